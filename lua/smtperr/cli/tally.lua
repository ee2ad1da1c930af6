-- What scan found, counted as it goes: the numbers and lists that
-- smtperr.cli.report prints.
--
-- The fields: files (names read), lines, formats (lines per log format,
-- set by scan at the end), delivered, total (failed or deferred), bounced
-- (expired ones too), deferred, recovered (addresses delivered after a soft
-- failure), rejects (refusals by this server's own rules, apart),
-- by_reason, by_domain, by_command (name -> count), no_command, groups
-- (hard, retry, sender, other: reason -> count), hard (address -> reason),
-- soft (address -> { tries, reason, code, retry_after }: still failing),
-- sender (reason -> { action, commands, domains }) and entries (every
-- failure, when kept).
local address = require("smtperr.cli.address")

local tally = {}

-- Reasons that point at the sending side.
tally.SENDER_SIDE = {
  blocked = true, auth_failure = true, auth_required = true, tls_required = true,
  relay_denied = true, sender_rejected = true, rate_limited = true,
}

local Tally = {}
Tally.__index = Tally

-- keep_entries: keep each failure's entry in the list 'entries'.
function tally.new(keep_entries)
  return setmetatable({
    files = {}, lines = 0, formats = { postfix = 0, exim = 0, sendmail = 0, dsn = 0 },
    delivered = 0, total = 0, bounced = 0, deferred = 0, recovered = 0, rejects = 0,
    by_reason = {}, by_domain = {}, by_command = {}, no_command = 0,
    groups = { hard = {}, retry = {}, sender = {}, other = {} },
    hard = {}, soft = {}, sender = {},
    entries = keep_entries and {} or nil,
  }, Tally)
end

-- The statuses that end the tries for an address: the MTA gave up.
tally.FINAL = { bounced = true, expired = true }

local function increment(map, key)
  map[key] = (map[key] or 0) + 1
end

-- Which part of the summary a failure goes to.
function tally.group_of(e)
  if tally.SENDER_SIDE[e.reason] then return "sender" end
  if e.bounce == "hard" then return "hard" end
  if e.retry or (e.class == nil and e.status == "deferred") then return "retry" end
  return "other"
end

-- "550 5.1.1", "550", "5.1.1" or "".
local function code_of(e)
  return (((e.code and e.code .. " " or "") .. (e.enhanced or "")):gsub(" $", ""))
end

-- Follows the addresses: a hard bounce is to remove and ends any retry; a
-- soft failure is to retry, unless the address bounced hard; any other
-- bounce means the MTA gave up, so no retry is pending.
local function track_recipient(t, e, group)
  local a = e.recipient
  if not a then return end
  if group == "hard" then
    t.hard[a] = e.reason
    t.soft[a] = nil
  elseif group == "retry" and not t.hard[a] then
    local s = t.soft[a] or { tries = 0 }
    s.tries, s.reason, s.code = s.tries + 1, e.reason, code_of(e)
    s.retry_after = e.retry_after or s.retry_after
    t.soft[a] = s
  elseif tally.FINAL[e.status] then
    t.soft[a] = nil
  end
end

local function track_sender_problem(t, e, domain)
  local s = t.sender[e.reason] or { action = e.action, commands = {}, domains = {} }
  if e.command then increment(s.commands, e.command) end
  if domain then increment(s.domains, domain) end
  t.sender[e.reason] = s
end

-- Counts a failed or deferred delivery: e has status ("bounced",
-- "expired" or "deferred"), reason, recipient, and the fields of the
-- classification (code, enhanced, class, bounce, action, command, retry,
-- retry_after).
function Tally:add_failure(e)
  self.total = self.total + 1
  if tally.FINAL[e.status] then
    self.bounced = self.bounced + 1
  else
    self.deferred = self.deferred + 1
  end
  increment(self.by_reason, e.reason)
  local domain = address.domain(e.recipient)
  if domain then increment(self.by_domain, domain) end
  if e.command then increment(self.by_command, e.command) else self.no_command = self.no_command + 1 end
  local group = tally.group_of(e)
  increment(self.groups[group], e.reason)
  track_recipient(self, e, group)
  if group == "sender" then track_sender_problem(self, e, domain) end
  if self.entries then self.entries[#self.entries + 1] = e end
end

-- Counts a refusal by this server's own rules (to a client, or by policy).
function Tally:add_reject()
  self.rejects = self.rejects + 1
end

-- Counts a delivery to 'recipient' (normalized, or nil when unknown).
function Tally:add_delivery(recipient)
  self.delivered = self.delivered + 1
  if recipient and self.soft[recipient] then
    self.soft[recipient] = nil
    self.recovered = self.recovered + 1
  end
end

return tally
