-- smtperr scan --follow FILE: follows a growing mail log, as tail -F
-- does, and prints each failed or deferred delivery as it is logged: one
-- line of text, or one JSON object with --jsonl. It starts at the end of
-- the file, and notices when the log is rotated (the name given to a new
-- file) or truncated: Lua has no stat(), so a new file is known by its
-- first bytes, which differ, or by a size smaller than what was read.
local console = require("smtperr.cli.console")
local errors = require("smtperr.cli.errors")
local input = require("smtperr.cli.input")
local logs = require("smtperr.cli.logs")
local report = require("smtperr.cli.report")
local scan = require("smtperr.cli.scan")

local follow = {}

-- Seconds between two looks at the file; SMTPERR_FOLLOW_INTERVAL changes
-- it (the specs look more often).
follow.INTERVAL = tonumber(os.getenv("SMTPERR_FOLLOW_INTERVAL") or "") or 0.5

-- How many of the first bytes of the file tell it from the next one.
local HEAD = 256

-- Waits s seconds: LuaSocket's sleep when installed, else sleep(1).
local sleep do
  local ok, socket = pcall(require, "socket")
  if ok and type(socket) == "table" and socket.sleep then
    sleep = socket.sleep
  else
    sleep = function(s) os.execute("sleep " .. string.format("%.3f", s)) end
  end
end

-- The line of text of a failure: time, status, recipient, reason, codes,
-- remote host and the reply.
local function text_line(e)
  local codes = ((e.code and e.code .. " " or "") .. (e.enhanced or "")):gsub(" $", "")
  local reply = (e.reply or ""):gsub("%s+", " ")
  if #reply > 160 then reply = reply:sub(1, 157) .. "..." end
  local fields = { e.time or "-", e.status, e.recipient or "-", e.reason, codes ~= "" and codes or "-",
                   e.host or "-", reply }
  return table.concat(fields, "  ") .. "\n"
end

-- The output: failures only, flushed at once.
local function output(codec)
  local out = {}
  function out.failure(record)
    for a in (record.recipient or ""):gmatch("[^,]+") do
      local e = scan.entry_of(record, a)
      console.out(codec and codec.encode(report.complete_entry(e, codec)) .. "\n" or text_line(e))
    end
    if not record.recipient then
      local e = scan.entry_of(record, nil)
      console.out(codec and codec.encode(report.complete_entry(e, codec)) .. "\n" or text_line(e))
    end
    if console.stdout.flush then console.stdout:flush() end
  end
  function out.delivery() end
  function out.reject() end
  return out
end

-- The file being followed: its handle, what was read of it, its first bytes.
local function open_at(path, at_end)
  local f = io.open(path, "rb")
  if not f then return nil end
  local head = f:read(HEAD) or ""
  local pos = at_end and f:seek("end") or 0
  f:seek("set", pos)
  return { f = f, pos = pos, head = head }
end

-- Is the file now at 'path' another one than cur (rotated), or cut short
-- (truncated)? Returns the new file to read from its start, or nil.
local function replaced(path, cur)
  local g = io.open(path, "rb")
  if not g then return nil end
  local head = g:read(#cur.head) or ""
  local size = g:seek("end")
  g:close()
  if head ~= cur.head or size < cur.pos then return open_at(path, false) end
  return nil
end

-- Reads what was added to cur; returns false on a read error.
local function read_more(cur, reader, out)
  while true do
    local block, err = cur.f:read(input.LOG_BLOCK)
    if not block then return err == nil end
    cur.pos = cur.pos + #block
    if #cur.head < HEAD then                    -- the file was short: its head grew
      cur.f:seek("set", 0)
      cur.head = cur.f:read(HEAD) or ""
      cur.f:seek("set", cur.pos)
    end
    scan.take(reader:feed(block), out, nil)
  end
end

-- Follows opts.follow until interrupted.
function follow.run(opts, classifier, codec)
  local path = opts.follow
  local cur = open_at(path, true)
  if not cur then errors.fail("cannot open " .. path) end
  local reader, out = logs.reader(classifier, { classify = "failures" }), output(codec)
  console.warn("following " .. path .. " (Ctrl-C to stop)")
  while true do
    if not read_more(cur, reader, out) then errors.fail("cannot read " .. path) end
    local new = replaced(path, cur)
    if new then
      scan.take(reader.log:finish(), out, nil)
      cur.f:close()
      cur = new
    else
      sleep(follow.INTERVAL)
    end
  end
end

return follow
