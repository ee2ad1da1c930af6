-- The mail log parsers of scan: Postfix, Exim, Sendmail and DSN (RFC 3464)
-- lines in, delivery records out. A reader takes the lines of its inputs in
-- turn:
--
--   local reader = logs.reader()
--   reader:line(s)     the records that line completes, in order (a list,
--                      maybe empty: the caller must not change it)
--   reader:finish()    the records still pending at the end of an input;
--                      the next line is line 1 of the next input
--   reader:formats()   lines recognised so far, per format: { postfix = n,
--                      exim = n, sendmail = n, dsn = n }
--
-- A record has: format ("postfix", "exim", "sendmail" or "dsn"), status
-- ("bounced", "deferred" or "delivered"), recipient (address.normalize'd,
-- nil when the log gives none) and line (its line in the input). A bounced
-- or deferred one also has: reply (the remote reply, else what the log
-- says), fragment (the part of the log to classify) and host (the remote
-- host's name, nil when unknown). A line with several recipients gives one
-- record per recipient.
local address = require("smtperr.cli.address")

local logs = {}

logs.FORMATS = { "postfix", "exim", "sendmail", "dsn" }

-- The list line() returns when a line completes no record: one table for all.
local NONE = {}

-- Sendmail "reply=" lines kept, waiting for their "to=" line: at most this
-- many, then they are all dropped.
local MAX_SENDMAIL_REPLIES = 1000

local Reader = {}
Reader.__index = Reader

-- {======================================================================
-- Records
-- =======================================================================

local function emit(rd, record)
  if rd.records == NONE then rd.records = {} end
  rd.records[#rd.records + 1] = record
end

local function emit_delivery(rd, format, to, line)
  emit(rd, { format = format, status = "delivered", recipient = address.normalize(to),
             line = line or rd.lineno })
end

-- d: format, status, recipients (a list, maybe empty), reply, fragment,
-- host and line (when not the current one).
local function emit_failure(rd, d)
  local recipients = #d.recipients > 0 and d.recipients or { false }
  for _, to in ipairs(recipients) do
    emit(rd, {
      format = d.format, status = d.status, recipient = address.normalize(to or nil),
      reply = d.reply or d.fragment, fragment = d.fragment, host = d.host,
      line = d.line or rd.lineno,
    })
  end
end

-- The host name of a relay= or Remote-MTA value ("mx.example.org[192.0.2.1]:25").
local function host_of(relay)
  if not relay then return nil end
  local host = relay:gsub("^dns;%s*", ""):gsub("[%[%s].*$", ""):gsub("%.$", "")
  if not host:find(".", 1, true) then return nil end      -- none, local, ...
  return host
end

-- }======================================================================

-- {======================================================================
-- Postfix and Exim
-- =======================================================================

-- Postfix: a delivery agent's status line (smtp, lmtp, local, virtual,
-- error, ...). Returns true when the line is Postfix's.
local function parse_postfix(rd, line)
  local rest = line:match("postfix[%w%._%-]*/[%w%._%-/]+%[%d+%]: (.*)$")
  if not rest then return false end
  rd.counts.postfix = rd.counts.postfix + 1
  local status = rest:match(", status=(%a+)")
  local to = rest:match("to=<([^>]*)>")
  if not status or not to then return true end
  status = status:lower()
  if status == "sent" then
    emit_delivery(rd, "postfix", to)
    return true
  end
  local kind = (status == "bounced" or status == "expired") and "bounced"
    or (status == "deferred" or status == "softbounce") and "deferred"
  if kind then
    emit_failure(rd, {
      format = "postfix", status = kind, recipients = { to },
      reply = rest:match(", status=%a+ %((.*)%)%s*$"),
      fragment = rest:match("(dsn=.*)$") or rest:match("(status=.*)$"),
      host = host_of(rest:match("relay=([^,%s]+)")),
    })
  end
  return true
end

-- Exim main log: "** addr ...: message" (failed), "== addr ...: message"
-- (deferred), "=>" and "->" (delivered).
local function parse_exim(rd, line)
  if not line:find("^%d%d%d%d%-%d%d%-%d%d %d%d:%d%d:%d%d") then return false end
  local rest = line:sub(20):gsub("^%.%d+", ""):gsub("^ [%+%-]%d%d%d%d", ""):gsub("^ %[%d+%]", "")
  local body = rest:match("^ %w+%-%w+%-%w+ (.*)$")
  if not body then return false end
  rd.counts.exim = rd.counts.exim + 1
  local flag, to, after = body:match("^(%S+) (%S+)%s*(.*)$")
  if flag == "=>" or flag == "->" then
    emit_delivery(rd, "exim", to)
  elseif flag == "**" or flag == "==" then
    local message = to:find(":$") and after or after:match("^.-: (.*)$")
    emit_failure(rd, {
      format = "exim", status = flag == "**" and "bounced" or "deferred",
      recipients = { (to:gsub(":$", "")) },
      reply = message or after, fragment = to .. " " .. after,
      host = host_of(after:match("H=(%S+)")),
    })
  end
  return true
end

-- }======================================================================

-- {======================================================================
-- Sendmail: "QID: to=<a>,<b>, ..., dsn=5.1.1, stat=User unknown", and a
-- "QID: reply=550 ..." line before or after it with the remote reply
-- =======================================================================

-- The failure of a "to=" line waiting for the "reply=" line that may follow.
local function flush_pending(rd)
  local d = rd.pending
  if d then
    rd.pending = nil
    emit_failure(rd, d)
  end
end

local function keep_reply(rd, qid, reply)
  if rd.replies_kept >= MAX_SENDMAIL_REPLIES then rd.replies, rd.replies_kept = {}, 0 end
  rd.replies[qid], rd.replies_kept = reply, rd.replies_kept + 1
end

local function take_reply(rd, qid)
  local reply = rd.replies[qid]
  if reply then rd.replies[qid], rd.replies_kept = nil, rd.replies_kept - 1 end
  return reply
end

local function sendmail_status(rd, qid, rest)
  local dsn, stat = rest:match("dsn=(%d%.%d+%.%d+)"), rest:match("stat=(.*)$")
  local list = rest:match("^to=(.-), %a+=")
  if not list or not stat then return end
  local recipients = {}
  for item in list:gmatch("[^,]+") do recipients[#recipients + 1] = item end
  if stat:find("^Sent") then
    for _, to in ipairs(recipients) do emit_delivery(rd, "sendmail", to) end
    return
  end
  local class = dsn and dsn:sub(1, 1)
  if not (stat:find("^Deferred") or class == "4" or class == "5") then return end
  local d = {
    format = "sendmail", status = (class == "5" and not stat:find("^Deferred")) and "bounced"
      or "deferred", recipients = recipients, reply = stat,
    fragment = (dsn and dsn .. " " or "") .. stat,
    host = host_of(rest:match("relay=([^,]+)")), qid = qid, line = rd.lineno,
  }
  local earlier = take_reply(rd, qid)
  if earlier then
    d.reply, d.fragment = earlier, earlier
    emit_failure(rd, d)
  else
    rd.pending = d
  end
end

local function parse_sendmail(rd, line)
  local qid, rest = line:match("sendmail%[%d+%]: (%w+): (.*)$")
  if not qid then qid, rest = line:match("sm%-mta%[%d+%]: (%w+): (.*)$") end
  if not qid then
    return line:find("sendmail%[%d+%]: ") ~= nil or line:find("sm%-mta%[%d+%]: ") ~= nil
  end
  rd.counts.sendmail = rd.counts.sendmail + 1
  local reply = rest:match("^reply=(.*)$")
  if reply and rd.pending and rd.pending.qid == qid then
    rd.pending.reply, rd.pending.fragment = reply, reply
    flush_pending(rd)
  elseif reply then
    keep_reply(rd, qid, reply)
  elseif rest:find("^to=") then
    sendmail_status(rd, qid, rest)
  end
  return true
end

-- }======================================================================

-- {======================================================================
-- DSN (RFC 3464) per-recipient fields; a group ends at a line that is none
-- of them nor a continuation
-- =======================================================================

local DSN_FIELDS = {
  ["final-recipient"] = true, ["original-recipient"] = true, action = true, status = true,
  ["remote-mta"] = true, ["diagnostic-code"] = true, ["last-attempt-date"] = true,
  ["will-retry-until"] = true, ["x-actual-recipient"] = true, ["final-log-id"] = true,
}

-- A field's value without its type ("rfc822;", "smtp;") and folding.
local function field_value(value)
  return value and (value:gsub("^[%w%-]+;%s*", ""):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

-- "bounced", "deferred" or "delivered" from the Action and Status fields;
-- nil for a group that is none of them.
local function dsn_status(fields)
  local action = (fields.action or ""):lower():match("%a+")
  local class = (fields.status or ""):match("^%s*(%d)%.")
  if action == "failed" or (not action and class == "5") then return "bounced" end
  if action == "delayed" or (not action and class == "4") then return "deferred" end
  if action == "delivered" or action == "relayed" or action == "expanded" then
    return "delivered"
  end
  return nil
end

local function flush_dsn(rd)
  local g = rd.dsn
  if not g then return end
  rd.dsn = nil
  local status = dsn_status(g.fields)
  if not status then return end
  rd.counts.dsn = rd.counts.dsn + #g.lines
  local recipient = field_value(g.fields["final-recipient"] or g.fields["original-recipient"])
  if status == "delivered" then
    emit_delivery(rd, "dsn", recipient, g.line)
    return
  end
  emit_failure(rd, {
    format = "dsn", status = status, recipients = { recipient },
    reply = field_value(g.fields["diagnostic-code"]) or field_value(g.fields.status),
    fragment = table.concat(g.lines, "\n"), host = host_of(field_value(g.fields["remote-mta"])),
    line = g.line,
  })
end

-- Returns true when the line belongs to a DSN group.
local function parse_dsn(rd, line)
  local g = rd.dsn
  if g and g.last and line:find("^[ \t]+%S") then
    g.lines[#g.lines + 1] = line
    g.fields[g.last] = g.fields[g.last] .. "\n" .. line
    return true
  end
  local name, value = line:match("^([%a%-]+):%s*(.*)$")
  name = name and name:lower()
  if not (name and DSN_FIELDS[name]) then
    flush_dsn(rd)
    return false
  end
  if g and g.fields[name] then        -- a field seen again starts the next recipient
    flush_dsn(rd)
    g = nil
  end
  if not g then
    g = { lines = {}, fields = {}, line = rd.lineno }
    rd.dsn = g
  end
  g.lines[#g.lines + 1] = line
  g.fields[name], g.last = value, name
  return true
end

-- }======================================================================

-- {======================================================================
-- The reader
-- =======================================================================

function logs.reader()
  return setmetatable({
    counts = { postfix = 0, exim = 0, sendmail = 0, dsn = 0 },
    lineno = 0,
    records = NONE,
    pending = nil,           -- a Sendmail failure that waits for its reply= line
    dsn = nil,               -- the DSN group being read
    -- Kept across inputs too: a log can be split over several files.
    replies = {}, replies_kept = 0,
  }, Reader)
end

function Reader:line(s)
  self.records = NONE
  self.lineno = self.lineno + 1
  if self.pending and not s:find(self.pending.qid .. ": reply=", 1, true) then
    flush_pending(self)
  end
  local _ = parse_dsn(self, s) or parse_postfix(self, s) or parse_exim(self, s)
    or parse_sendmail(self, s)
  return self.records
end

function Reader:finish()
  self.records = NONE
  flush_pending(self)
  flush_dsn(self)
  self.lineno = 0
  return self.records
end

function Reader:formats()
  local c = self.counts
  return { postfix = c.postfix, exim = c.exim, sendmail = c.sendmail, dsn = c.dsn }
end

-- }======================================================================

return logs
