-- examples/send.lua - send a small batch of mail with LuaSocket, and act on every
-- failure the way smtperr classifies it:
--
--   * hard bounce (the address is bad)         -> drop the address (append it to a drop list)
--   * transient failure                        -> retry later: after the wait the reply asks
--                                                 for, else an exponential backoff, at most
--                                                 --tries times
--   * rate limited                             -> slow the whole batch down; stop when it
--                                                 happens again before anything got through
--   * a problem on the sending side (TLS, AUTH, block list, relay, sender refused)
--                                              -> stop the batch: nothing else can go through
--   * any other permanent failure (spam, ...)  -> keep the address, report the failure
--
-- Runs on Lua 5.1 to 5.4 and LuaJIT with LuaSocket (Debian: lua-socket) and smtperr:
--
--   LUA_CPATH='build/lua5.4/?.so;;' lua5.4 examples/send.lua --server mx.example.org \
--       --from me@example.com alice@example.org bob@example.org
--   lua5.4 examples/send.lua --list recipients.txt --drop drop.txt
--
-- Options (and the environment variables that set the same):
--   --server HOST      SMTP_SERVER      the SMTP server (default localhost)
--   --port N           SMTP_PORT        its port (default 25)
--   --from ADDR        SMTP_FROM        the envelope sender (default sender@example.com)
--   --list FILE                         recipients, one a line ("-" for standard input;
--                                       blank lines and # comments skipped)
--   --drop FILE                         where dropped addresses are appended (drop.txt)
--   --tries N                           tries per address at most (default 4)
--   --wait-scale X     SEND_WAIT_SCALE  multiplies every wait (default 1; tests use 0.001)
--
-- Exit status: 0 when the batch ran to its end (whatever each address gave), 2 when a
-- problem on the sending side stopped it, 1 on a usage error.

local smtp = require("socket.smtp")
local socket = require("socket")
local smtperr = require("smtperr")

-- Reasons that say the fault is ours, not the recipient's: every further message
-- would fail the same way, so the batch stops and says why.
local STOP = {
  tls_required = true, auth_required = true, auth_failure = true, blocked = true,
  relay_denied = true, sender_rejected = true,
}

local BACKOFF = 60          -- first wait when the reply names none, seconds; doubles each try
local BACKOFF_MAX = 3600
local GREYLIST_WAIT = 300   -- postgrey and most greylisting servers want 5 minutes

local function usage(msg)
  if msg then io.stderr:write("send.lua: ", msg, "\n") end
  io.stderr:write("usage: send.lua [--server HOST] [--port N] [--from ADDR] [--drop FILE]\n",
                  "                [--tries N] [--wait-scale X] (--list FILE | RECIPIENT...)\n")
  os.exit(1)
end

local opt = {
  server = os.getenv("SMTP_SERVER") or "localhost",
  port = tonumber(os.getenv("SMTP_PORT") or "25"),
  from = os.getenv("SMTP_FROM") or "sender@example.com",
  drop = "drop.txt",
  tries = 4,
  scale = tonumber(os.getenv("SEND_WAIT_SCALE") or "1"),
}
local recipients = {}

local function read_list(path)
  local f = path == "-" and io.stdin or io.open(path, "r")
  if not f then usage("cannot read " .. path) end
  for line in f:lines() do
    line = line:gsub("#.*", ""):match("^%s*(.-)%s*$")
    if line ~= "" then recipients[#recipients + 1] = line end
  end
  if f ~= io.stdin then f:close() end
end

do
  local i = 1
  local function value()
    i = i + 1
    if arg[i] == nil then usage(arg[i - 1] .. " needs a value") end
    return arg[i]
  end
  while arg[i] do
    local a = arg[i]
    if a == "--server" then opt.server = value()
    elseif a == "--port" then opt.port = tonumber(value())
    elseif a == "--from" then opt.from = value()
    elseif a == "--list" then read_list(value())
    elseif a == "--drop" then opt.drop = value()
    elseif a == "--tries" then opt.tries = tonumber(value())
    elseif a == "--wait-scale" then opt.scale = tonumber(value())
    elseif a == "-h" or a == "--help" then usage()
    elseif a:sub(1, 1) == "-" then usage("unknown option " .. a)
    else recipients[#recipients + 1] = a end
    i = i + 1
  end
  if not opt.port or not opt.tries or opt.tries < 1 or not opt.scale or opt.scale < 0 then
    usage("--port, --tries and --wait-scale take numbers")
  end
  if #recipients == 0 then usage("no recipients") end
end

smtp.TIMEOUT = 30

-- One message to one recipient: one SMTP transaction each, so that one bad address
-- cannot fail the others (socket.smtp gives up the whole transaction at the first
-- refused RCPT). Returns true, or nil and the server's reply: every line of a
-- multi-line reply, joined by "\n" ("550-5.1.1 ...\n550 5.1.1 ..."), or LuaSocket's
-- own word when there was no reply ("closed", "timeout", "connection refused").
local function send_one(to)
  return smtp.send({
    server = opt.server, port = opt.port,
    from = "<" .. opt.from .. ">",
    rcpt = "<" .. to .. ">",
    source = smtp.message({
      headers = { from = opt.from, to = to, subject = "smtperr example" },
      body = "Hello,\r\n\r\nThis message was sent by smtperr's examples/send.lua.\r\n",
    }),
  })
end

-- What smtperr makes of a failure.
local function classify(err)
  local r = smtperr.classify(err)
  if r then return r end
  -- classify answers nil for text it does not recognise. LuaSocket's own words when
  -- no reply came ("closed", "timeout", "connection refused") are read as network
  -- errors; anything else unrecognised is taken for one too: no reply to read, so
  -- treat it as a lost connection, a transient network error, and retry.
  return { class = "transient", retry = true, reason = "network_error", action = "retry", bounce = "soft",
           evidence = "not recognised by smtperr: taken for a network error", fallback = true }
end

local function first_line(s)
  local line = s:match("^[^\n]*")
  local more = select(2, s:gsub("\n", ""))
  return more > 0 and string.format("%s (+%d lines)", line, more) or line
end

local function codes(r)
  local c = {}
  if r.code then c[#c + 1] = tostring(r.code) end
  if r.enhanced then c[#c + 1] = r.enhanced end
  return #c > 0 and table.concat(c, " ") or "no code"
end

local function seconds(s)
  return s == math.floor(s) and string.format("%d s", s) or string.format("%.2f s", s)
end

local function explain(err)
  return smtperr.explain(err)
      or "smtperr does not recognise this reply; it is handled as a lost connection."
end

-- The batch: a queue of addresses, each with its tries and when it is due.
local queue, results = {}, {}
for i, to in ipairs(recipients) do
  queue[i] = { to = to, tries = 0, due = 0, seq = i }
  results[i] = queue[i]
end

local pace = 0              -- pause between two messages, seconds (grows when rate limited)
local limited_in_a_row = 0  -- rate limits since the last delivery
local stopped               -- { item, r, err } when the batch stopped
local last_send = -math.huge

local function next_item()
  local best
  for _, it in ipairs(queue) do
    if not it.status and (not best or it.due < best.due or (it.due == best.due and it.seq < best.seq)) then
      best = it
    end
  end
  return best
end

local function wait_until(t)
  local d = t - socket.gettime()
  if d > 0 then socket.sleep(d) end
end

local function drop(it)
  local f, ferr = io.open(opt.drop, "a")
  if f then
    f:write(it.to, "\n")
    f:close()
  else
    io.stderr:write("send.lua: cannot write ", opt.drop, ": ", ferr, "\n")
  end
end

-- Retry later: when the reply says how long, that; else the backoff.
local function retry_wait(r, tries)
  if r.retry_after then return r.retry_after end
  if r.reason == "greylisted" then return GREYLIST_WAIT end
  return math.min(BACKOFF * 2 ^ (tries - 1), BACKOFF_MAX)
end

local function schedule(it, wait, what)
  it.due = socket.gettime() + wait * opt.scale
  print(string.format("    %s in %s%s", what, seconds(wait),
        opt.scale ~= 1 and string.format(" (scaled: %s)", seconds(wait * opt.scale)) or ""))
end

print(string.format("Sending to %d recipients through %s:%d, from %s", #recipients, opt.server,
                    opt.port, opt.from))

while true do
  local it = next_item()
  if not it then break end
  wait_until(math.max(it.due, last_send + pace * opt.scale))
  it.tries = it.tries + 1
  last_send = socket.gettime()
  local ok, err = send_one(it.to)
  if ok then
    it.status = "sent"
    limited_in_a_row = 0
    print(string.format("[try %d] %s: sent", it.tries, it.to))
  else
    err = tostring(err)
    local r = classify(err)
    it.err, it.r = err, r
    print(string.format("[try %d] %s: %s", it.tries, it.to, first_line(err)))
    print(string.format("    -> %s, %s, %s%s", r.reason, r.class, r.action,
                        r.bounce and (", " .. r.bounce .. " bounce") or ""))
    if r.fallback then print("    (" .. r.evidence .. ")") end

    if STOP[r.reason] then
      it.status = "stopped"
      stopped = { item = it, r = r, err = err }
      break
    elseif r.reason == "rate_limited" or r.action == "slow_down" then
      limited_in_a_row = limited_in_a_row + 1
      if limited_in_a_row > 1 then
        -- Slowing down did not help: the server wants far less from us.
        it.status = "stopped"
        stopped = { item = it, r = r, err = err }
        break
      end
      pace = math.max(pace * 2, 1)
      schedule(it, retry_wait(r, it.tries), string.format("slowing down (%s between messages); retry", seconds(pace)))
      -- Nothing else goes out before this one is due again.
      for _, other in ipairs(queue) do
        if not other.status and other.due < it.due then other.due = it.due end
      end
    elseif r.bounce == "hard" then
      it.status = "dropped"
      drop(it)
      print("    dropped: added to " .. opt.drop)
    elseif r.retry then
      if it.tries < opt.tries then
        schedule(it, retry_wait(r, it.tries), "retry")
      else
        it.status = "gave up"
        print(string.format("    giving up after %d tries", it.tries))
      end
    else
      it.status = "failed"
      print("    " .. explain(err))
    end
  end
end

-- The report.
local count = { sent = 0, dropped = 0, ["gave up"] = 0, failed = 0, stopped = 0, ["not sent"] = 0 }
local retried = 0
print()
print("Report")
for _, it in ipairs(results) do
  local st = it.status or "not sent"
  count[st] = count[st] + 1
  if it.tries > 1 then retried = retried + 1 end
  local line = string.format("  %-9s %s", st, it.to)
  if st == "sent" then
    line = line .. (it.tries > 1 and string.format(" (try %d)", it.tries) or "")
  elseif st == "not sent" then
    line = line .. (it.tries == 0 and " (the batch stopped before it)"
                    or string.format(" (the batch stopped; a retry was due after %d %s)", it.tries,
                                     it.tries == 1 and "try" or "tries"))
  else
    line = line .. string.format(": %s, %s, %d %s", it.r.reason, codes(it.r), it.tries,
                                 it.tries == 1 and "try" or "tries")
    if st == "dropped" then line = line .. " (hard bounce, added to " .. opt.drop .. ")" end
    if st == "failed" then line = line .. " (" .. it.r.action .. ")" end
  end
  print(line)
end
print(string.format("Totals: %d sent, %d dropped, %d retried, %d gave up, %d failed, %d not sent",
                    count.sent, count.dropped, retried, count["gave up"], count.failed,
                    count["not sent"] + count.stopped))
if stopped then
  print(string.format("Stopped at %s: %s. %s", stopped.item.to, stopped.r.reason, explain(stopped.err)))
  os.exit(2)
end
print("Stopped: no")
