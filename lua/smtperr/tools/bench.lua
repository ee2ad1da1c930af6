--[[
bench.lua: smtperr's speed and memory, measured in one run (make bench).

  LUA_CPATH='build/lua5.4/?.so;build/bench/lua5.4/?.so;;' lua5.4 lua/smtperr/tools/bench.lua [--quick]

Prints figures and their ratios to the floors:
  * classify over the vendor table's replies, against a C function that only
    builds a table of the same shape (floor.result), target <= 2x;
  * lookup against a C call that does nothing (floor.noop), target <= 4x;
  * the same classifications by a plain Lua implementation of the same
    phrase list with string.find;
  * classify with 1,000 user rules, target <= 1.5x the built-in speed;
  * how the cost grows with the input (8x the bytes);
  * bounce messages: smtperr.bounces over every message of the bounce corpus,
    and Sisimai over the same messages in one process when it is installed
    (src/bench/sisimai.pl), target >= 50x faster;
  * memory: module size, per-state memory, and Lua memory over many calls;
  * mail logs: a log built from spec/fixtures/sample-mail.log (queue ids
    varied) of 10 MB, 100 MB and, without --quick, 1 GB (a temporary file,
    deleted after): `smtperr scan` against pflogsumm on 100 MB, target >= 3x
    faster (pflogsumm is skipped, saying so, when it is not installed);
    smtperr.logline in a Lua loop, target >= 100 MB/s; scan's time per byte
    at each size; the peak RSS of scan, --json and --jsonl on the largest
    log, target <= 64 MB (measured with /usr/bin/time; CPU from bash's
    `times` when it is missing, and no RSS).
Times are CPU seconds (os.clock here; user + system for the processes run);
each figure is the best of several runs.
]]

local smtperr = require("smtperr")
local floor = require("floor")

local quick = arg[1] == "--quick"
local CALLS = quick and 1000000 or 10000000     -- for the memory check

---------------------------------------------------------------- inputs

local function read_replies(path)
  local replies, first = {}, true
  for line in io.lines(path) do
    if first then
      first = false
    else
      local reply = line:match("^[^\t]*\t([^\t]*)")
      replies[#replies + 1] = reply:gsub("\\n", "\n")
    end
  end
  return replies
end

local replies = read_replies("spec/fixtures/vendor-replies.tsv")

---------------------------------------------------------------- timing

-- Nanoseconds per call of f over every item of list, 'rounds' times.
local function time_once(f, list, rounds)
  local t0 = os.clock()
  for _ = 1, rounds do
    for i = 1, #list do f(list[i]) end
  end
  return (os.clock() - t0) / (rounds * #list) * 1e9
end

-- The best of 'runs' timings of each function, taken in turns so that a
-- passing load on the machine weighs on all of them alike. 'rounds' is a
-- number, or one number per function.
local function time_together(fs, list, rounds, runs)
  local best = {}
  for k = 1, #fs do best[k] = math.huge end
  for _ = 1, runs or 9 do
    for k, f in ipairs(fs) do
      local ns = time_once(f, list, type(rounds) == "table" and rounds[k] or rounds)
      if ns < best[k] then best[k] = ns end
    end
  end
  return best
end

local function time_each(f, list, rounds, runs)
  return time_together({ f }, list, rounds, runs)[1]
end

local function line(name, ns, floor_ns, target)
  local ratio = floor_ns and ns / floor_ns
  io.write(string.format("  %-46s %9.0f ns", name, ns))
  if ratio then
    io.write(string.format("   %5.2fx", ratio))
    if target then io.write(string.format("  (target <= %.1fx: %s)", target,
                                          ratio <= target and "met" or "MISSED")) end
  end
  io.write("\n")
  return ratio
end

---------------------------------------------------------------- plain Lua

-- A straightforward Lua classifier with the same data: the phrase list of
-- src/data/ tried one by one with string.find, the longest match winning.
local function plain_classifier()
  local providers = dofile("src/data/providers.lua")
  local list = {}
  for _, phrases in ipairs({ dofile("src/data/phrases.lua").reasons, dofile("src/data/phrases-intl.lua") }) do
    for _, p in ipairs(phrases) do
      if p[2] ~= "none" then list[#list + 1] = { p[1]:lower(), p[2] } end
    end
  end
  for _, p in ipairs(providers) do
    for _, ph in ipairs(p.phrases or {}) do list[#list + 1] = { ph[1]:lower(), ph[2] } end
  end
  local CLASS = { ["2"] = "success", ["3"] = "intermediate", ["4"] = "transient", ["5"] = "permanent" }
  return function(reply)
    local code, enhanced
    local text = {}
    for l in (reply .. "\n"):gmatch("([^\r\n]*)[\r\n]") do
      local c, rest = l:match("^%s*(%d%d%d)[ %-](.*)$")
      if c then
        code = code or c
        l = rest
      end
      local e, after = l:match("^([245]%.%d+%.%d+)%s*(.*)$")
      if e then
        enhanced = enhanced or e
        l = after
      end
      text[#text + 1] = l
    end
    local joined = table.concat(text, " ")
    local lower = joined:lower()
    local best, best_len = nil, 0
    for i = 1, #list do
      local p = list[i]
      if #p[1] > best_len and lower:find(p[1], 1, true) then
        best, best_len = p[2], #p[1]
      end
    end
    local class = CLASS[(code or enhanced or "5"):sub(1, 1)]
    local r = { code = tonumber(code), enhanced = enhanced, text = joined, class = class,
                retry = class == "transient", reason = best or "unknown", lines = #text }
    r.bounce = (class == "permanent" or class == "transient") and "soft" or nil
    r.action = "none"
    return r
  end
end

---------------------------------------------------------------- run

print(string.format("smtperr bench: %s, %s, %d replies from spec/fixtures/vendor-replies.tsv",
                    smtperr._VERSION, _VERSION .. (jit and (" / " .. jit.version) or ""), #replies))

print("speed")
local t = time_together({ floor.result, floor.base, smtperr.classify }, replies, 100)
local floor_full, floor_base, classify_ns = t[1], t[2], t[3]
line("floor: build the result table (all fields)", floor_full)
line("floor: the same without evidence and hints", floor_base)
local ratio_classify = line("classify", classify_ns, floor_full, 2.0)
line("  of which evidence and hint fields (table)", floor_full - floor_base)

local codes = {}
for i = 1, 271 do codes[i] = ({ 550, "5.1.1", 421, "4.2.2", 250, "5.7.1" })[i % 6 + 1] end
t = time_together({ floor.noop, smtperr.lookup }, codes, 1000)
local noop_ns, lookup_ns = t[1], t[2]
line("floor: a C call that does nothing", noop_ns)
local ratio_lookup = line("lookup", lookup_ns, noop_ns, 4.0)

local plain = plain_classifier()
-- Timed in turns with classify, so that the ratio comes from one stretch of time.
t = time_together({ plain, smtperr.classify }, replies, { quick and 2 or 10, 100 }, 3)
line("plain Lua, same phrases with string.find", t[1])
print(string.format("  smtperr classifies %.0fx faster than the plain Lua version", t[1] / t[2]))

local rules = {}
for i = 1, 1000 do
  rules[i] = { match = string.format("in-house relay refusal number %d for this account", i),
               reason = ({ "blocked", "rate_limited", "policy_violation", "mailbox_full" })[i % 4 + 1] }
end
local with_rules = smtperr.new({ rules = rules })
local builtin = smtperr.new()
t = time_together({ function(r) return builtin:classify(r) end,
                    function(r) return with_rules:classify(r) end }, replies, 100)
line("classifier object, no user rules", t[1])
local ratio_rules = line("classifier object with 1,000 user rules", t[2], t[1], 1.5)

print("growth with the input (time per byte should stay flat)")
local unit = table.concat(replies, "\n")
-- "patterns": the last pieces of patterns in one long word, each found
-- with the words before it to check; "advice": a sentence of advice that
-- never ends, with weak words and links in it.
local growth = {
  { "vendor replies", unit },
  { "digits", ("9"):rep(#unit) },
  { "550- prefixes", ("550-"):rep(math.floor(#unit / 4)) },
  { "phrases", ("user unknown spam blocked "):rep(math.floor(#unit / 26)) },
  { "patterns", "550 user " .. ("unknown,"):rep(math.floor(#unit / 8)) },
  { "advice", "550 to reduce " .. ("spam example.com/x "):rep(math.floor(#unit / 19)) },
}
for _, g in ipairs(growth) do
  local name, base = g[1], g[2]
  local sizes, out = { 1, 8, 64 }, {}
  for _, k in ipairs(sizes) do
    local text = base:rep(k)
    local ns = time_each(smtperr.classify, { text }, math.max(1, math.floor(64 / k)), 3)
    out[#out + 1] = string.format("%7d KB %6.2f ns/B", math.floor(#text / 1024), ns / #text)
  end
  print(string.format("  %-16s %s", name, table.concat(out, "   ")))
end

print("bounce messages (spec/fixtures/bounces, each read once from memory)")
local messages = {}
do
  local dir = "spec/fixtures/bounces/"
  local list = assert(io.popen("ls " .. dir))
  for name in list:lines() do
    if name:match("%.eml$") then
      local f = assert(io.open(dir .. name, "rb"))
      messages[#messages + 1] = f:read("a")
      f:close()
    end
  end
  list:close()
end
local ours = time_each(smtperr.bounces, messages, quick and 2 or 10, 3)
line(("smtperr.bounces, %d messages"):format(#messages), ours)
local ratio_bounces
local perl = io.popen("perl -MSisimai -e 1 2>/dev/null && perl src/bench/sisimai.pl spec/fixtures/bounces "
                      .. (quick and 1 or 3) .. " 2>/dev/null")
local sisimai_line = perl and perl:read("a") or ""
if perl then perl:close() end
local sisimai_us, sisimai_warm = sisimai_line:match("([%d.]+) us per message %(first pass%), ([%d.]+) us")
if sisimai_us then
  line("Sisimai, first pass over them", tonumber(sisimai_us) * 1000)
  line("Sisimai, later passes", tonumber(sisimai_warm) * 1000)
  ratio_bounces = tonumber(sisimai_us) * 1000 / ours
  io.write(string.format("  smtperr reads bounces %.0fx faster than Sisimai's pass over the corpus, %.0fx its "
                         .. "later passes  (target >= 50x: %s)\n", ratio_bounces,
                         tonumber(sisimai_warm) * 1000 / ours, ratio_bounces >= 50 and "met" or "MISSED"))
else
  print("  Sisimai: not installed (libsisimai-perl), no comparison")
end

print("memory")
local so = package.searchpath and package.searchpath("smtperr", package.cpath)
local f = so and io.open(so, "rb")
if f then
  print(string.format("  module file %s: %d bytes", so, f:seek("end")))
  f:close()
end
-- A fresh state: what loading the module and using it once costs in Lua memory.
local interpreter = arg[-1] or "lua5.4"
local probe = io.popen(interpreter .. [[ -e 'collectgarbage() local a = collectgarbage("count")
  local s = require("smtperr") collectgarbage() local b = collectgarbage("count")
  s.classify("550 5.1.1 User unknown") s.lookup(550) s.explain(550)
  collectgarbage() local c = collectgarbage("count")
  io.write(string.format("%.1f %.1f", b - a, c - a))']])
local loaded, used = probe:read("*a"):match("(%S+) (%S+)")
probe:close()
print(string.format("  per state: %s KB of Lua memory after require, %s KB after first use", loaded, used))
collectgarbage()
collectgarbage()
local before = collectgarbage("count")
local ok = 0
for i = 1, CALLS do
  if smtperr.classify(replies[i % #replies + 1]) then ok = ok + 1 end
  if i == 100000 then
    collectgarbage()
    collectgarbage()
    before = collectgarbage("count")
  end
end
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print(string.format("  Lua memory after %d classify calls: %.1f KB, %.1f KB after the first 100,000 "
                    .. "(growth %.1f KB)", CALLS, after, before, after - before))

---------------------------------------------------------------- mail logs

local MB = 1048576

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function succeeded(...)
  local status = ...
  return status == true or status == 0
end

local function has_command(name)
  return succeeded(os.execute("command -v " .. name .. " >/dev/null 2>&1"))
end

local GNU_TIME = io.open("/usr/bin/time", "rb")
if GNU_TIME then GNU_TIME:close() end

local function read_all(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

-- Runs a shell command, its output thrown away: returns the CPU seconds
-- (user + system) of what it ran, and its peak RSS in KB (nil without
-- /usr/bin/time).
local function run_measured(cmd)
  local out = os.tmpname()
  local cpu, rss
  if GNU_TIME then
    os.execute("/usr/bin/time -o " .. out .. " -f '%U %S %M' " .. cmd .. " >/dev/null 2>&1")
    local u, sy, m = read_all(out):match("([%d.]+) ([%d.]+) (%d+)")
    cpu, rss = tonumber(u) + tonumber(sy), tonumber(m)
  else
    os.execute("bash -c " .. shell_quote(cmd .. " >/dev/null 2>&1; times") .. " >" .. out)
    local um, us, sm, ss = read_all(out):match("\n(%d+)m([%d.]+)s (%d+)m([%d.]+)s")
    cpu = um * 60 + us + sm * 60 + ss
  end
  os.remove(out)
  return cpu, rss
end

-- The best CPU time of 'runs' runs of each command, run in turns so that
-- a passing load on the machine weighs on all of them alike.
local function best_cpu(cmds, runs)
  local best = {}
  for k = 1, #cmds do best[k] = math.huge end
  for _ = 1, runs do
    for k, cmd in ipairs(cmds) do best[k] = math.min(best[k], (run_measured(cmd))) end
  end
  return best
end

-- The sample log with a placeholder for a part of each Postfix queue id and
-- Exim message id, so that each copy has ids of its own.
local function log_template()
  local text = read_all("spec/fixtures/sample-mail.log")
  text = text:gsub("(postfix[%w%-]*/[%w/]+%[%d+%]: )%x%x%x(%x%x%x%x%x%x%x: )", "%1@@@%2")
  text = text:gsub("( %w%w%w%w%w%w%-)%w%w%w(%w%w%w%-%w%w )", "%1@@@%2")
  return text
end

-- Writes copies of the template to path until it holds 'bytes' bytes;
-- returns its size.
local function write_log(path, bytes, template)
  local file = assert(io.open(path, "wb"))
  local written, k = 0, 0
  while written < bytes do
    local copy = template:gsub("@@@", string.format("%03X", k % 4096))
    file:write(copy)
    written, k = written + #copy, k + 1
  end
  file:close()
  return written
end

local interpreter_cmd = (arg[-1] or "lua5.4") .. " lua/smtperr-cli.lua"

local function scan_cmd(path, option)
  return interpreter_cmd .. " scan " .. (option and option .. " " or "") .. shell_quote(path)
end

local function mb(bytes)
  return bytes / MB
end

print(string.format("mail logs (%s, the command run as %s)", _VERSION .. (jit and (" / " .. jit.version) or ""),
                    interpreter_cmd))
local template = log_template()
local sizes = quick and { 10 * MB, 100 * MB } or { 10 * MB, 100 * MB, 1024 * MB }
local logs = {}
for i, bytes in ipairs(sizes) do
  logs[i] = { path = os.tmpname() }
  logs[i].bytes = write_log(logs[i].path, bytes, template)
end
local built = {}
for i, log in ipairs(logs) do built[i] = string.format("%.0f MB", mb(log.bytes)) end
print("  logs built from spec/fixtures/sample-mail.log, queue ids varied: " .. table.concat(built, ", "))

local scan_runs = quick and 3 or 5
local hundred = logs[2]
local has_pflogsumm = has_command("pflogsumm")
local times = best_cpu({ scan_cmd(logs[1].path), scan_cmd(hundred.path),
                         has_pflogsumm and "pflogsumm " .. shell_quote(hundred.path) or "true" }, scan_runs)
logs[1].cpu, hundred.cpu = times[1], times[2]
for i = 3, #logs do logs[i].cpu = best_cpu({ scan_cmd(logs[i].path) }, 2)[1] end
io.write(string.format("  smtperr scan, %.0f MB%s %6.2f s CPU\n", mb(hundred.bytes), ("."):rep(26), hundred.cpu))
local ratio_pflogsumm
if has_pflogsumm then
  local pf = times[3]
  ratio_pflogsumm = pf / hundred.cpu
  io.write(string.format("  pflogsumm, %.0f MB%s %6.2f s CPU\n", mb(hundred.bytes), ("."):rep(30), pf))
  io.write(string.format("  smtperr scan is %.1fx faster than pflogsumm (target >= 3x: %s)\n", ratio_pflogsumm,
                         ratio_pflogsumm >= 3 and "met" or "MISSED"))
else
  print("  pflogsumm is not installed (apt-get install pflogsumm): the comparison is skipped")
end

-- smtperr.logline over a log's lines in a Lua loop: MB/s, best of 'runs'.
local function logline_rate_of(path, runs)
  local lines, bytes = {}, 0
  for text in io.lines(path) do
    lines[#lines + 1] = text
    bytes = bytes + #text + 1
  end
  local logline, best = smtperr.logline, math.huge
  for _ = 1, runs do
    local t0 = os.clock()
    for i = 1, #lines do logline(lines[i]) end
    best = math.min(best, os.clock() - t0)
  end
  return mb(bytes) / best, bytes
end

local logline_rate, line_bytes = logline_rate_of(logs[1].path, quick and 3 or 7)
print(string.format("  smtperr.logline over the %.0f MB log's lines in a Lua loop: %.0f MB/s (target >= 100: %s)",
                    mb(line_bytes), logline_rate, logline_rate >= 100 and "met" or "MISSED"))

local per_byte = {}
for i, log in ipairs(logs) do
  per_byte[i] = string.format("%5.0f MB %5.2f ns/B", mb(log.bytes), log.cpu / log.bytes * 1e9)
end
print("  scan's time per byte: " .. table.concat(per_byte, "   "))
-- What the 10 MB run spends whatever the size: the line through the 10 and
-- 100 MB points, at zero bytes (start-up, the heap's first growth).
local slope = (hundred.cpu - logs[1].cpu) / (hundred.bytes - logs[1].bytes)
print(string.format("    of which fixed (start-up, the heap's growth): about %.0f ms; per byte beyond it: %.2f ns",
                    math.max(0, logs[1].cpu - slope * logs[1].bytes) * 1000, slope * 1e9))

local largest = logs[#logs]
local rss = {}
if GNU_TIME then
  for _, option in ipairs({ false, "--json", "--jsonl" }) do
    local cpu, kb = run_measured(scan_cmd(largest.path, option or nil))
    rss[#rss + 1] = { name = option or "scan", kb = kb, cpu = cpu }
  end
  local worst, parts = 0, {}
  for i, r in ipairs(rss) do
    worst = math.max(worst, r.kb)
    parts[i] = string.format("%s %.1f MB (%.1f s)", r.name, r.kb / 1024, r.cpu)
  end
  rss.worst = worst / 1024
  print(string.format("  peak RSS on the %.0f MB log: %s (target <= 64 MB: %s)", mb(largest.bytes),
                      table.concat(parts, ", "), rss.worst <= 64 and "met" or "MISSED"))
else
  print("  peak RSS not measured: /usr/bin/time is not installed (apt-get install time)")
end
for _, log in ipairs(logs) do os.remove(log.path) end

print(string.format("verdict: classify %.2fx floor (<= 2), lookup %.2fx floor (<= 4), "
                    .. "1,000 rules %.2fx (<= 1.5), bounces %s Sisimai (>= 50x)", ratio_classify,
                    ratio_lookup, ratio_rules,
                    ratio_bounces and string.format("%.0fx", ratio_bounces) or "not compared with"))
print(string.format("verdict, logs: scan %s pflogsumm (>= 3), logline %.0f MB/s (>= 100), peak RSS %s (<= 64)",
                    ratio_pflogsumm and string.format("%.1fx", ratio_pflogsumm) or "not compared with",
                    logline_rate, rss.worst and string.format("%.1f MB", rss.worst) or "not measured"))
