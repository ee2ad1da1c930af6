-- smtperr scan's streams, run as a process: --jsonl, --json written as it
-- reads, gzip-compressed logs, the formats of the log reader, refusals
-- counted apart, and --follow on a log that grows and is rotated.
local LUA = os.getenv("SMTPERR_LUA") or "lua5.4"
local CPATH = os.getenv("SMTPERR_CPATH") or "build/lua5.4/?.so"
local SCRIPT = "lua/smtperr-cli.lua"
local F = "spec/fixtures/"
local SAMPLE = F .. "sample-mail.log"

local json do
  local ok, cjson = pcall(require, "cjson")
  json = ok and cjson or require("dkjson")
end

local function quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- A file the follower may not have made yet: "" until it has.
local function read_yet(path)
  local f = io.open(path, "rb")
  if not f then return "" end
  local s = f:read("*a")
  f:close()
  return s
end

local function write(path, s, mode)
  local f = assert(io.open(path, mode or "wb"))
  f:write(s)
  f:close()
end

-- The command line; env: more "NAME=value" settings.
local function command(args, env)
  local quoted = {}
  for i, a in ipairs(args) do quoted[i] = quote(a) end
  return "env LUA_CPATH=" .. quote(CPATH .. ";;") .. " " .. (env or "") .. " " .. LUA .. " " .. SCRIPT
    .. " " .. table.concat(quoted, " ")
end

-- Runs the command; returns stdout, stderr and the exit status.
local function run(args)
  local err_file = os.tmpname()
  local p = assert(io.popen(command(args) .. " 2>" .. err_file .. "; echo \"exit=$?\""))
  local stdout = p:read("*a")
  p:close()
  local stderr = read(err_file)
  os.remove(err_file)
  return stdout:gsub("exit=%d+\n$", ""), stderr, tonumber(stdout:match("exit=(%d+)\n$"))
end

local function lines_of(s)
  local list = {}
  for line in s:gmatch("([^\n]*)\n") do list[#list + 1] = line end
  return list
end

local function sleep(s)
  os.execute("sleep " .. s)
end

describe("smtperr scan", function()
  describe("--jsonl", function()
    it("one JSON object per delivery, as read, sent ones too", function()
      local stdout, stderr, status = run({ "scan", "--jsonl", SAMPLE })
      assert.are.same({ 0, "" }, { status, stderr })
      local rows, statuses = lines_of(stdout), {}
      assert.are.equal(86 + 98, #rows)                  -- the deliveries and failures of the summary
      local last = 0
      for _, row in ipairs(rows) do
        local e = json.decode(row)
        statuses[e.status] = (statuses[e.status] or 0) + 1
        assert.are.equal(SAMPLE, e.file)
        assert.is_true(e.line >= last, "in the order of the log")
        last = e.line
        assert.is_string(e.reason)
        assert.truthy(row:find('"queue_id":', 1, true))
      end
      assert.are.same({ sent = 86, bounced = 60, expired = 1, deferred = 37 }, statuses)
    end)

    it("no summary, and the same entries as --json", function()
      local entries = json.decode((run({ "scan", "--json", SAMPLE }))).entries
      local k = 0
      for _, row in ipairs(lines_of((run({ "scan", "--jsonl", SAMPLE })))) do
        local e = json.decode(row)
        if e.status ~= "sent" then
          k = k + 1
          assert.are.same(entries[k], e)
        end
      end
      assert.are.equal(#entries, k)
    end)
  end)

  describe("--json", function()
    it("writes the entries first, as it finds them, then the summary", function()
      local stdout, _, status = run({ "scan", "--json", SAMPLE })
      assert.are.equal(0, status)
      assert.matches('^{"entries":%[{', stdout)
      local at_summary = stdout:find('%],"[a-z_]+":')
      assert.truthy(at_summary)
      assert.is_nil(stdout:find('"entries"', at_summary, true))
      local report = json.decode(stdout)
      assert.are.same({ 98, 61, 37, 0 }, { report.total, report.bounced, report.deferred, report.rejects })
    end)
  end)

  describe("gzip", function()
    it("reads a compressed log through gzip, whatever its name", function()
      local dir = os.tmpname()
      os.remove(dir)
      assert(os.execute("mkdir " .. quote(dir)))
      local path = dir .. "/mail's log.2.gz"
      assert(os.execute("gzip -c " .. SAMPLE .. " > " .. quote(path)))
      local plain = run({ "scan", SAMPLE })
      local stdout, stderr, status = run({ "scan", path })
      assert.are.same({ 0, "" }, { status, stderr })
      assert.are.equal((plain:gsub("^[^:]*", "")), (stdout:gsub("^[^:]*", "")))
      assert.are.equal(path, lines_of(stdout)[1]:match("^(.*): 483 lines"))
      assert(os.execute("mkfifo " .. quote(dir .. "/pipe")))           -- a pipe, given by name
      os.execute("cat " .. SAMPLE .. " > " .. quote(dir .. "/pipe") .. " &")
      assert.are.equal(plain:gsub("^[^:]*", ""), (run({ "scan", dir .. "/pipe" }):gsub("^[^:]*", "")))
      write(dir .. "/broken.gz", "\31\139 not gzip")
      stdout, stderr, status = run({ "scan", dir .. "/broken.gz" })
      assert.are.same({ "", 1 }, { stdout, status })
      assert.matches("broken%.gz", stderr)
      os.execute("rm -r " .. quote(dir))
    end)
  end)

  describe("every format of the log reader", function()
    local LOG = table.concat({
      "Mar 22 17:56:37 mercury smtpd[45037]: 8f4864084ecc48f4 mta event=delivery evpid=7077717e797a776e "
        .. "from=<puffy@example.com> to=<bill@hotmail.com> rcpt=<-> source=\"203.0.113.1\" relay=\"104.47.38.33 "
        .. "(104.47.38.33)\" delay=1s result=\"PermFail\" stat=\"550 5.7.1 Unfortunately, messages from "
        .. "[203.0.113.1] weren't sent. Please contact your Internet service provider since part of their "
        .. "network is on our block list (AS3150).\"",
      "1054194593.322921 starting delivery 183: msg 161214 to remote fjkdasljf@nocrew.org",
      "1054194596.057500 delivery 183: failure: 213.242.147.30_does_not_like_recipient./Remote_host_said:_"
        .. "550_Unknown_local_part_fjkdasljf_in_<fjkdasljf@nocrew.org>/Giving_up_on_213.242.147.30./",
      '{"type":"Bounce","recipient":"dead@gmail.com","queue":"mta1@gmail.com","response":{"code":550,'
        .. '"enhanced_code":{"class":5,"subject":1,"detail":1},"content":"550 5.1.1 no such user"}}',
      "Jul 12 07:47:48 saturn postfix/smtpd[8738]: NOQUEUE: reject: RCPT from c[1.2.3.4]: 554 5.7.1 "
        .. "<smtp@example.com>: Relay access denied; from=<john@example.com> to=<smtp@example.org> "
        .. "proto=SMTP helo=<198.51.100.17>",
    }, "\n") .. "\n"

    it("OpenSMTPD, qmail and KumoMTA failures; a refusal of this server counted apart", function()
      local path = os.tmpname()
      write(path, LOG)
      local stdout, _, status = run({ "scan", "--json", path })
      local text = run({ "scan", path })
      os.remove(path)
      assert.are.equal(0, status)
      local report = json.decode(stdout)
      assert.are.same({ 1, 2, 1, 1 }, { report.formats.opensmtpd, report.formats.qmail,
                                        report.formats.kumomta, report.formats.postfix })
      assert.are.same({ 3, 3, 1 }, { report.total, report.bounced, report.rejects })
      local by = {}
      for _, e in ipairs(report.entries) do by[e.recipient] = e end
      assert.are.same({ "opensmtpd", "blocked" }, { by["bill@hotmail.com"].format, by["bill@hotmail.com"].reason })
      assert.are.same({ "qmail", "user_unknown", "161214" },
                      { by["fjkdasljf@nocrew.org"].format, by["fjkdasljf@nocrew.org"].reason,
                        by["fjkdasljf@nocrew.org"].queue_id })
      assert.are.same({ "kumomta", "user_unknown" }, { by["dead@gmail.com"].format, by["dead@gmail.com"].reason })
      assert.matches(": 5 lines %(Postfix 1, OpenSMTPD 1, qmail 2, KumoMTA 1%)\n", text)
      assert.matches("\nRefused by this server's own rules: 1 %(not counted above%)\n", text)
    end)
  end)

  describe("usage", function()
    local cases = {
      { { "scan", "--json", "--jsonl", SAMPLE }, "use --json or --jsonl, not both" },
      { { "scan", "--follow", SAMPLE, "--json" }, "--follow writes text or --jsonl: a summary would never end" },
      { { "scan", "--follow", SAMPLE, SAMPLE }, "--follow takes one file, named after it" },
    }
    for _, case in ipairs(cases) do
      it(table.concat(case[1], " "), function()
        local stdout, stderr, status = run(case[1])
        assert.are.same({ "", 2 }, { stdout, status })
        assert.are.equal("smtperr: " .. case[2] .. " (see smtperr scan --help)\n", stderr)
      end)
    end

    it("--follow of a missing file", function()
      local stdout, stderr, status = run({ "scan", "--follow", F .. "cli/no-such.log" })
      assert.are.same({ "", 1, "smtperr: cannot open " .. F .. "cli/no-such.log\n" }, { stdout, status, stderr })
    end)

    it("the help tells every option", function()
      local stdout = run({ "scan", "--help" })
      for _, option in ipairs({ "--json", "--jsonl", "--follow FILE", "gzip", "OpenSMTPD", "KumoMTA" }) do
        assert.truthy(stdout:find(option, 1, true), option)
      end
    end)
  end)

  describe("--follow", function()
    local lines = {}
    for line in io.lines(SAMPLE) do
      if line:find("status=bounced", 1, true) then lines[#lines + 1] = line end
    end

    -- Follows a new log while fn changes it; returns the follower's stdout
    -- and stderr.
    local function follow(extra, fn)
      local dir = os.tmpname()
      os.remove(dir)
      assert(os.execute("mkdir " .. quote(dir)))
      local path = dir .. "/mail.log"
      write(path, lines[1] .. "\n")                     -- before: not shown
      local out, err = dir .. "/out", dir .. "/err"
      local args = { "scan", "--follow", path }
      for _, a in ipairs(extra) do args[#args + 1] = a end
      os.execute("timeout 20 " .. command(args, "SMTPERR_FOLLOW_INTERVAL=0.05") .. " >" .. out .. " 2>" .. err
        .. " & echo $! > " .. dir .. "/pid")
      local waited = 0
      while not read_yet(err):find("following", 1, true) and waited < 100 do
        sleep(0.1)
        waited = waited + 1
      end
      local function wait_for(n)                         -- lines of output
        for _ = 1, 100 do
          if #lines_of(read_yet(out)) >= n then return end
          sleep(0.1)
        end
      end
      fn(path, wait_for)
      local stdout, stderr = read_yet(out), read_yet(err)
      os.execute("kill " .. read(dir .. "/pid"):match("%d+") .. " 2>/dev/null")
      os.execute("rm -r " .. quote(dir))
      return stdout, stderr
    end

    it("prints each failure appended, through a rotation and a truncation", function()
      local stdout, stderr = follow({}, function(path, wait_for)
        write(path, lines[2] .. "\n" .. lines[3]:sub(1, 50), "ab")   -- half a line for now
        wait_for(1)
        write(path, lines[3]:sub(51) .. "\n", "ab")
        wait_for(2)
        assert(os.rename(path, path .. ".1"))                         -- rotated
        write(path, lines[4] .. "\n")
        wait_for(3)
        write(path, lines[5] .. "\n")                                 -- truncated
        wait_for(4)
      end)
      assert.matches("^smtperr: following .*mail%.log %(Ctrl%-C to stop%)\n$", stderr)
      local got = lines_of(stdout)
      assert.are.equal(4, #got)
      for i, line in ipairs(got) do
        local recipient = lines[i + 1]:match("to=<([^>]+)>")
        assert.truthy(line:find("  bounced  " .. recipient .. "  ", 1, true), line)
        assert.matches("^Nov 30 %d%d:%d%d:%d%d  bounced  ", line)
      end
    end)

    it("--jsonl: one object per failure", function()
      local stdout = follow({ "--jsonl" }, function(path, wait_for)
        write(path, lines[2] .. "\n", "ab")
        wait_for(1)
      end)
      local e = json.decode(lines_of(stdout)[1])
      assert.are.same({ "bounced", lines[2]:match("to=<([^>]+)>"), "postfix" }, { e.status, e.recipient, e.format })
    end)
  end)
end)

describe("smtperr scan: bounce messages", function()
  local B = F .. "bounces/"
  local one, two, report = B .. "lhost-postfix-06.eml", B .. "lhost-exim-05.eml", B .. "arf-01.eml"

  local function recipients_of(out)
    local list = {}
    for _, e in ipairs(out.entries) do list[#list + 1] = e.recipient end
    table.sort(list)
    return list
  end

  -- What smtperr.bounces finds in the files, as sorted recipients.
  local function expected(files)
    local smtperr = require("smtperr")
    local list = {}
    for _, file in ipairs(files) do
      for _, x in ipairs(assert(smtperr.bounces(read(file))).recipients) do list[#list + 1] = x.recipient end
    end
    table.sort(list)
    return list
  end

  it("an .eml file is one bounce: its recipients, each with its file and the message's first line", function()
    local stdout, stderr, status = run({ "scan", "--json", one })
    assert.are.equal(0, status, stderr)
    local out = json.decode(stdout)
    assert.are.same(expected({ one }), recipients_of(out))
    assert.are.equal(1, out.formats.bounce)
    for _, e in ipairs(out.entries) do
      assert.are.same({ one, 1 }, { e.file, e.line })
      assert.is_string(e.reason)
    end
  end)

  it("an mbox file: each message after its From line", function()
    local mbox = os.tmpname()
    write(mbox, "From MAILER-DAEMON Mon Nov 30 09:20:11 2026\n" .. read(one) .. "\n"
      .. "From MAILER-DAEMON Mon Nov 30 09:21:11 2026\n" .. read(two) .. "\n")
    local stdout, stderr, status = run({ "scan", "--json", mbox })
    os.remove(mbox)
    assert.are.equal(0, status, stderr)
    local out = json.decode(stdout)
    assert.are.same(expected({ one, two }), recipients_of(out))
    assert.are.equal(2, out.formats.bounce)
    assert.are.equal(2, out.entries[1].line)     -- the line after the first From line
  end)

  it("a Maildir folder: the messages of cur/ and new/, each a file; a feedback report is no delivery", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. quote(dir .. "/cur") .. " " .. quote(dir .. "/new") .. " "
      .. quote(dir .. "/tmp")))
    write(dir .. "/cur/1:2,S", read(one))
    write(dir .. "/new/2", read(two))
    write(dir .. "/new/3", read(report))
    write(dir .. "/tmp/4", read(one))             -- still being delivered: not read
    local stdout, stderr, status = run({ "scan", "--json", dir })
    local text = run({ "scan", dir })
    os.execute("rm -rf " .. quote(dir))
    assert.are.equal(0, status, stderr)
    local out = json.decode(stdout)
    assert.are.same(expected({ one, two }), recipients_of(out))
    assert.are.same({ dir .. "/cur/1:2,S", dir .. "/new/2", dir .. "/new/3" }, out.files)
    assert.matches("%(bounce messages 2%)", lines_of(text)[1])
  end)
end)
