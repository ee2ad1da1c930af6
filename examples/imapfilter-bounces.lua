-- examples/imapfilter-bounces.lua - sort a bounce mailbox with imapfilter and smtperr.
--
-- imapfilter logs into an IMAP server, reads every message of the Bounces folder,
-- reads each with smtperr.bounces and moves it:
--
--   Bounces/Hard    a bounce where at least one recipient failed for good because the
--                   address is bad (user unknown, mailbox disabled, domain unknown)
--   Bounces/Soft    the other bounces and the delay warnings (mailbox full, greylisting,
--                   rate limits, expired, blocked, ...)
--   Bounces/Other   everything else: feedback (complaint) reports, auto-replies,
--                   delivery reports, messages that are no bounce at all
--
-- and appends the hard-bounced addresses to a file, one a line and each only once, for
-- the mailing list to remove. Messages it cannot fetch stay where they are.
--
-- Debian's imapfilter runs Lua 5.2, so it needs smtperr's Lua 5.2 build:
--
--   make LUA=lua5.2
--   IMAP_SERVER=imap.example.org IMAP_USER=bounces IMAP_PASSWORD=secret \
--     LUA_CPATH_5_2='build/lua5.2/?.so;;' imapfilter -c examples/imapfilter-bounces.lua
--
-- (or `make install LUA=lua5.2`, which puts it where Lua 5.2 looks by default).
--
-- Environment:
--   IMAP_SERVER      the IMAP server (default localhost)
--   IMAP_PORT        its port (default 143, or 993 with IMAP_SSL)
--   IMAP_USER        the login
--   IMAP_PASSWORD    the password (imapfilter asks for it when unset)
--   IMAP_SSL         "auto" for an imaps connection (port 993); unset: plain IMAP with
--                    STARTTLS when the server offers it
--   BOUNCES_FOLDER   the folder to read (default Bounces); the three folders above are
--                    made inside it when missing
--   REMOVE_FILE      where the addresses to remove are appended (default remove.txt)
--
-- It prints one line per message and a summary. Exit status: 0, or imapfilter's own
-- when the server cannot be reached or the login fails.

local smtperr = require("smtperr")

local folder = os.getenv("BOUNCES_FOLDER") or "Bounces"
local remove_file = os.getenv("REMOVE_FILE") or "remove.txt"

options.info = false        -- this script prints its own lines
options.timeout = 60

local account = IMAP {
  server = os.getenv("IMAP_SERVER") or "localhost",
  port = tonumber(os.getenv("IMAP_PORT") or ""),
  username = os.getenv("IMAP_USER") or os.getenv("USER"),
  password = os.getenv("IMAP_PASSWORD"),
  ssl = os.getenv("IMAP_SSL"),
}

-- Where a message goes, and the addresses it asks to remove.
local function sort(result)
  if not result then return "Other", {} end
  if result.kind ~= "bounce" and result.kind ~= "delay" then return "Other", {} end
  local bad = {}
  for _, rc in ipairs(result.recipients) do
    -- A hard bounce is final for this address: a permanent failure whose reason is
    -- the address itself. A delayed recipient is never removed.
    if rc.bounce == "hard" and rc.status ~= "delayed" then
      bad[#bad + 1] = rc.original_recipient or rc.recipient or result.verp_recipient
    end
  end
  if #bad > 0 then return "Hard", bad end
  return "Soft", {}
end

-- What a message's line says: the kind and format, then each recipient.
local function describe(result, err)
  if not result then return "not a bounce (" .. tostring(err) .. ")" end
  local parts = { result.kind .. "/" .. tostring(result.format) }
  for _, rc in ipairs(result.recipients) do
    parts[#parts + 1] = ("%s %s%s%s%s"):format(tostring(rc.recipient or result.verp_recipient or "?"),
      tostring(rc.reason or rc.feedback_type or "-"), rc.code and " " .. rc.code or "",
      rc.enhanced and " " .. rc.enhanced or "", rc.bounce and " (" .. rc.bounce .. ")" or "")
  end
  return table.concat(parts, "  ")
end

-- The addresses already in the file, so that each is written once.
local listed = {}
do
  local f = io.open(remove_file, "r")
  if f then
    for line in f:lines() do listed[line:lower()] = true end
    f:close()
  end
end

-- The folders, made when missing.
local existing = {}
for _, name in ipairs((account:list_all(folder, "*"))) do existing[name] = true end
for _, sub in ipairs({ "Hard", "Soft", "Other" }) do
  local name = folder .. "/" .. sub
  if not existing[name] then account:create_mailbox(name) end
end

local box = account[folder]
local moves = { Hard = Set {}, Soft = Set {}, Other = Set {} }
local count = { Hard = 0, Soft = 0, Other = 0, unread = 0 }
local added = {}

for _, message in ipairs(box:select_all()) do
  local mbox, uid = table.unpack(message)
  local text = mbox[uid]:fetch_message()
  if not text then
    count.unread = count.unread + 1
    print(("%s[%d]: could not be fetched, left in place"):format(folder, uid))
  else
    local result, err = smtperr.bounces(text)
    local dest, bad = sort(result)
    table.insert(moves[dest], message)
    count[dest] = count[dest] + 1
    for _, address in ipairs(bad) do
      if not listed[address:lower()] then
        listed[address:lower()] = true
        added[#added + 1] = address
      end
    end
    print(("%s[%d] -> %s: %s"):format(folder, uid, dest, describe(result, err)))
  end
end

-- The addresses first: when a move fails, the next run still finds the message.
if #added > 0 then
  local f = assert(io.open(remove_file, "a"))
  f:write(table.concat(added, "\n"), "\n")
  f:close()
end
for _, dest in ipairs({ "Hard", "Soft", "Other" }) do
  if #moves[dest] > 0 then moves[dest]:move_messages(account[folder .. "/" .. dest]) end
end

print(("%d messages: %d hard, %d soft, %d other%s; %d new addresses in %s"):format(
  count.Hard + count.Soft + count.Other + count.unread, count.Hard, count.Soft, count.Other,
  count.unread > 0 and (", " .. count.unread .. " not fetched") or "", #added, remove_file))
