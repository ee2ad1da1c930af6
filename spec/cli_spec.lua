-- The smtperr command (lua/smtperr-cli.lua), run as a process on the
-- fixtures. SMTPERR_LUA and SMTPERR_CPATH (set by 'make test') name the
-- interpreter and the built module.
local smtperr = require("smtperr")

local LUA = os.getenv("SMTPERR_LUA") or "lua5.4"
local CPATH = os.getenv("SMTPERR_CPATH") or "build/lua5.4/?.so"
local SCRIPT = "lua/smtperr-cli.lua"
local F = "spec/fixtures/"

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

local function lines_of(s)
  local list = {}
  for line in s:gmatch("([^\n]*)\n") do list[#list + 1] = line end
  return list
end

-- Runs the command with the arguments of the list; opts.input is written to
-- its standard input, opts.env is prepended to the command (the default
-- sets LUA_CPATH to the built module). Returns stdout, stderr, exit status.
local function run(args, opts)
  opts = opts or {}
  local quoted = {}
  for i, a in ipairs(args) do quoted[i] = quote(a) end
  local err_file, in_file = os.tmpname(), nil
  local env = opts.env or ("LUA_CPATH=" .. quote(CPATH .. ";;"))
  local cmd = env .. " " .. LUA .. " " .. SCRIPT .. " " .. table.concat(quoted, " ")
  if opts.input then
    in_file = os.tmpname()
    local f = assert(io.open(in_file, "wb"))
    f:write(opts.input)
    f:close()
    cmd = cmd .. " < " .. in_file
  end
  local p = assert(io.popen(cmd .. " 2>" .. err_file .. "; echo \"exit=$?\""))
  local stdout = p:read("*a")
  p:close()
  local stderr = read(err_file)
  os.remove(err_file)
  if in_file then os.remove(in_file) end
  local status = tonumber(stdout:match("exit=(%d+)\n$"))
  return stdout:gsub("exit=%d+\n$", ""), stderr, status
end

-- Each run of the command once: several tests look at the same output.
local cache = {}
local function cached(args)
  local key = table.concat(args, "\0")
  if not cache[key] then cache[key] = { run(args) } end
  return cache[key][1], cache[key][2], cache[key][3]
end

local function scan_json(...)
  local stdout, stderr, status = cached({ "scan", "--json", ... })
  assert.are.equal(0, status, stderr)
  return json.decode(stdout), stdout
end

local function entries_by_recipient(report)
  local map = {}
  for _, e in ipairs(report.entries) do
    map[e.recipient] = map[e.recipient] or {}
    table.insert(map[e.recipient], e)
  end
  return map
end

local function sum(map)
  local n = 0
  for _, v in pairs(map) do n = n + v end
  return n
end

local function escape(s)
  return (s:gsub("%p", "%%%0"))
end

local function is_null(v)
  return v == nil or v == json.null
end

-- The failed or deferred deliveries of the sample log, counted without
-- the command: Postfix status=bounced/deferred, Exim ** and ==, Sendmail
-- to= lines with a 4.x.x or 5.x.x dsn.
local function count_failures(path)
  local bounced, deferred = 0, 0
  for line in io.lines(path) do
    if line:find("postfix/%a+%[%d+%]: %x+: to=<") then
      if line:find(", status=bounced ") then bounced = bounced + 1 end
      if line:find(", status=deferred ") then deferred = deferred + 1 end
    elseif line:find("^%d%d%d%d%-%d%d%-%d%d %d%d:%d%d:%d%d %S+ %*%* ") then
      bounced = bounced + 1
    elseif line:find("^%d%d%d%d%-%d%d%-%d%d %d%d:%d%d:%d%d %S+ == ") then
      deferred = deferred + 1
    elseif line:find("sendmail%[%d+%]: %w+: to=") then
      local dsn, stat = line:match("dsn=(%d)%.%d+%.%d+, stat=(%a+)")
      if dsn == "5" then bounced = bounced + 1 end
      if dsn == "4" or stat == "Deferred" then deferred = deferred + 1 end
    end
  end
  return bounced, deferred
end

describe("smtperr command", function()
  describe("help and version", function()
    it("--version prints the module's version", function()
      local stdout, stderr, status = run({ "--version" })
      assert.are.equal(0, status)
      assert.are.equal("", stderr)
      assert.matches("^" .. smtperr._VERSION:gsub("%.", "%%.") .. " %(.+%)\n$", stdout)
    end)

    it("--help, -h and help print the usage of every command", function()
      local main = run({ "--help" })
      for _, args in ipairs({ { "-h" }, { "help" } }) do
        local stdout, _, status = run(args)
        assert.are.equal(0, status)
        assert.are.equal(main, stdout)
      end
      for _, command in ipairs({ "explain", "lookup", "classify", "scan" }) do
        assert.truthy(main:find("\n  " .. command .. " ", 1, true), command)
      end
      assert.matches("Exit status: 0 on success, 1 when", main)
    end)

    for _, command in ipairs({ "explain", "lookup", "classify", "scan" }) do
      it(command .. " --help equals help " .. command, function()
        local stdout, stderr, status = run({ command, "--help" })
        assert.are.equal(0, status)
        assert.are.equal("", stderr)
        assert.matches("^Usage: smtperr " .. command .. " ", stdout)
        assert.are.equal(stdout, (run({ "help", command })))
        assert.are.equal(stdout, (run({ command, "-h" })))
      end)
    end

    it("classify --help documents the columns", function()
      local stdout = run({ "classify", "--help" })
      local at = 0
      for i, column in ipairs({ "code", "enhanced", "class", "reason", "bounce", "action",
                                "retry", "text" }) do
        local found = stdout:find("\n  " .. i .. " " .. column .. " ", 1, true)
        assert.truthy(found, column)
        assert.is_true(found > at, column)
        at = found
      end
    end)
  end)

  describe("usage errors exit with 2 and one line", function()
    local cases = {
      { {}, "smtperr: missing command (see smtperr --help)" },
      { { "frob" }, "smtperr: unknown command 'frob' (see smtperr --help)" },
      { { "--frob" }, "smtperr: unknown option '--frob' (see smtperr --help)" },
      { { "help", "frob" }, "smtperr: unknown command 'frob' (see smtperr --help)" },
      { { "scan", "--frobnicate" },
        "smtperr: unknown option '--frobnicate' (see smtperr scan --help)" },
      { { "scan", "--frobnicate=3", F .. "sample-mail.log" },
        "smtperr: unknown option '--frobnicate' (see smtperr scan --help)" },
      { { "scan", "-x" }, "smtperr: unknown option '-x' (see smtperr scan --help)" },
      { { "lookup", "--json", "550" }, "smtperr: unknown option '--json' (see smtperr lookup --help)" },
      { { "classify", "--lang", "fr" },
        "smtperr: unknown option '--lang' (see smtperr classify --help)" },
      { { "explain", "--lang" }, "smtperr: option '--lang' needs a value (see smtperr explain --help)" },
      { { "scan", "--rules" }, "smtperr: option '--rules' needs a value (see smtperr scan --help)" },
      { { "explain", "--lang", "de", "550" },
        "smtperr: bad --lang 'de': use en or fr (see smtperr explain --help)" },
      { { "scan", "--lang=es" }, "smtperr: bad --lang 'es': use en or fr (see smtperr scan --help)" },
      { { "classify", "--json=yes" },
        "smtperr: option '--json' takes no value (see smtperr classify --help)" },
      { { "explain" }, "smtperr: explain needs a reply or a code (see smtperr explain --help)" },
      { { "lookup", "--lang", "fr" }, "smtperr: lookup needs a code (see smtperr lookup --help)" },
    }
    for _, case in ipairs(cases) do
      it(table.concat(case[1], " "), function()
        local stdout, stderr, status = run(case[1])
        assert.are.equal(2, status)
        assert.are.equal("", stdout)
        assert.are.equal(case[2] .. "\n", stderr)
      end)
    end
  end)

  describe("explain", function()
    local function words(s) return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")) end

    it("explains a code from the table, wrapped", function()
      local stdout, stderr, status = run({ "explain", "550" })
      assert.are.equal(0, status)
      assert.are.equal("", stderr)
      assert.matches("^550 %(permanent failure%): Requested action not taken: mailbox unavailable%.",
        stdout)
      assert.are.equal(words(smtperr.explain("550")), words(stdout))
      for line in stdout:gmatch("[^\n]+") do assert.is_true(#line <= 78, line) end
    end)

    it("explains an enhanced code in French", function()
      local stdout, _, status = run({ "explain", "--lang", "fr", "5.1.1" })
      assert.are.equal(0, status)
      assert.matches("^5%.1%.1 %(échec définitif%) :", stdout)
      assert.are.equal(words(smtperr.explain("5.1.1", "fr")), words(stdout))
    end)

    it("classifies anything else, one paragraph each", function()
      local reply = "host mx.example.net[198.51.100.25] said: 451 4.7.1 Greylisting in action, "
        .. "please come back in 00:05:00 (in reply to RCPT TO command)"
      local stdout, _, status = run({ "explain", "--lang=en", reply, "Connection timed out" })
      assert.are.equal(0, status)
      local first, second = stdout:match("^(.-)\n\n(.*)$")
      assert.are.equal(words(smtperr.explain(reply)), words(first))
      assert.are.equal(words(smtperr.explain("Connection timed out")), words(second))
      assert.matches("wait 300 seconds", words(first))
    end)

    it("exits with 1 on a reply it does not recognise, after the others", function()
      local stdout, stderr, status = run({ "explain", "hello world", "421" })
      assert.are.equal(1, status)
      assert.matches("^421 %(transient failure%)", stdout)
      assert.are.equal("smtperr: no SMTP reply code, enhanced status code or known words in: "
        .. "hello world\n", stderr)
    end)

    it("--rules: a user rule decides, and says so", function()
      local reply = "450 4.7.1 refused by acme-gateway reputation filter"
      local plain = run({ "explain", reply })
      local stdout, _, status = run({ "explain", "--rules", F .. "rules.txt", reply })
      assert.are.equal(0, status)
      assert.is_nil(plain:find("user rule", 1, true))
      assert.matches("user rule 3", words(stdout))
      assert.matches(smtperr.reasons.blocked.en, words(stdout), 1, true)
    end)

    it("--rules: a bad rules file is an error with its line", function()
      local stdout, stderr, status = run({ "explain", "--rules", F .. "cli/bad-rules.txt", "550" })
      assert.are.equal(1, status)
      assert.are.equal("", stdout)
      assert.are.equal("smtperr: " .. F .. "cli/bad-rules.txt:3: unknown reason 'frobnicated'\n",
        stderr)
      stdout, stderr, status = run({ "explain", "--rules", F .. "cli/no-such-rules.txt", "550" })
      assert.are.equal(1, status)
      assert.are.equal("", stdout)
      assert.matches("^smtperr: cannot open .*no%-such%-rules%.txt", stderr)
    end)
  end)

  describe("lookup", function()
    it("shows every field of an entry", function()
      local stdout, stderr, status = run({ "lookup", "550" })
      assert.are.equal(0, status)
      assert.are.equal("", stderr)
      local e = smtperr.lookup(550)
      local lines = lines_of(stdout)
      assert.are.equal("550  " .. e.title, lines[1])
      assert.are.equal("Class:      permanent failure", lines[2])
      assert.matches("\nMeaning:    Most often the address does not exist", stdout)
      assert.matches("\nWhat to do: Reach the recipient another way", stdout)
      assert.matches("\nNote:       550 covers many permanent refusals", stdout)
      assert.matches("\nReason:     " .. e.reason .. " %- ", stdout)
      assert.matches("\nAction:     " .. e.action .. " %- ", stdout)
      assert.matches("\nStandard:   yes\n", stdout)
      assert.truthy(stdout:find("\nSource:     " .. e.source .. "\n", 1, true))
    end)

    it("shows a nonstandard code in French", function()
      local stdout, _, status = run({ "lookup", "--lang", "fr", "101" })
      assert.are.equal(0, status)
      local e = smtperr.lookup(101, "fr")
      assert.are.equal("101  " .. e.title, lines_of(stdout)[1])
      assert.matches("\nClasse :    échec temporaire %(transient%)\n", stdout)
      assert.matches("\nQue faire : Corrigez le nom du serveur", stdout)
      assert.matches("\nRaison :    network_error %- la connexion", stdout)
      assert.matches("\nNorme :     non %(code non standard%)\n", stdout)
    end)

    it("shows several codes, and exits with 1 for one it does not know", function()
      local stdout, stderr, status = run({ "lookup", "5.7.26", "999", "452" })
      assert.are.equal(1, status)
      assert.are.equal("smtperr: unknown reply code: 999\n", stderr)
      assert.matches("^5%.7%.26  Multiple authentication checks failed\n", stdout)
      assert.matches("\n\n452  ", stdout)
      assert.matches("\nReason:     auth_failure %- ", stdout)
    end)
  end)

  describe("classify", function()
    local replies = lines_of(read(F .. "replies.txt"))

    it("writes one tab-separated row per line", function()
      local stdout, stderr, status = cached({ "classify", F .. "replies.txt" })
      assert.are.equal(0, status)
      assert.are.equal("", stderr)
      local rows = lines_of(stdout)
      assert.are.equal(#replies, #rows)
      assert.are.equal("550\t5.1.1\tpermanent\tuser_unknown\thard\tremove_recipient\tfalse\t"
        .. "<bob@example.org>: Recipient address rejected: User unknown in local recipient table",
        rows[1])
      assert.are.equal("451\t4.7.1\ttransient\tgreylisted\tsoft\tretry\ttrue\t"
        .. "Greylisting in action, please come back in 00:05:00", rows[3])
      assert.are.equal("554\t5.7.1\tpermanent\trelay_denied\tsoft\tfix_configuration\tfalse\t"
        .. "<carol@example.net>: Relay access denied", rows[4])
      assert.are.equal("\t\ttransient\tnetwork_error\tsoft\tretry\ttrue\tConnection timed out",
        rows[5])
      assert.are.equal("250\t2.0.0\tsuccess\tsuccess\t\tnone\tfalse\tOk: queued as 4B1C21234",
        rows[6])
      assert.are.equal("\t\t\t\t\t\t\t", rows[7])   -- hello world
      assert.are.equal("\t\t\t\t\t\t\t", rows[8])   -- an empty line
      for i, row in ipairs(rows) do
        local _, tabs = row:gsub("\t", "")
        assert.are.equal(7, tabs, "row " .. i)
      end
    end)

    it("reads standard input by default and with -", function()
      local expected = cached({ "classify", F .. "replies.txt" })
      local input = read(F .. "replies.txt")
      for _, args in ipairs({ { "classify" }, { "classify", "-" } }) do
        local stdout, _, status = run(args, { input = input })
        assert.are.equal(0, status)
        assert.are.equal(expected, stdout)
      end
    end)

    it("--json: one object per line with all the fields", function()
      local stdout, _, status = cached({ "classify", "--json", F .. "replies.txt" })
      assert.are.equal(0, status)
      local rows = lines_of(stdout)
      assert.are.equal(#replies, #rows)
      for i, row in ipairs(rows) do
        local object = json.decode(row)
        local r, err = smtperr.classify(replies[i])
        if r then
          for _, field in ipairs({ "class", "reason", "action", "text", "evidence", "lines" }) do
            assert.are.equal(r[field], object[field], field .. " of line " .. i)
          end
          for _, field in ipairs({ "code", "enhanced", "bounce", "provider", "command", "address",
                                   "host", "retry_after", "help" }) do
            if r[field] == nil then
              assert.truthy(row:find('"' .. field .. '":null', 1, true), field .. " of line " .. i)
            else
              assert.are.equal(r[field], object[field], field .. " of line " .. i)
            end
          end
          assert.are.equal(r.retry, object.retry)
        else
          assert.are.equal(replies[i] == "" and "empty line" or err, object.error)
          assert.are.equal(i, object.line)
        end
      end
      local greylisted = json.decode(rows[3])
      assert.are.equal(300, greylisted.retry_after)
      assert.are.equal("RCPT", greylisted.command)
      assert.are.equal("mx.example.net", greylisted.host)
      assert.are.equal("empty line", json.decode(rows[8]).error)
    end)

    it("--rules: the user rules decide", function()
      local plain = lines_of((cached({ "classify", F .. "replies.txt" })))
      local stdout, _, status = run({ "classify", "--rules", F .. "rules.txt", F .. "replies.txt" })
      assert.are.equal(0, status)
      local rows = lines_of(stdout)
      assert.are.equal("550\t\tpermanent\tunknown\tsoft\tcontact_postmaster\tfalse\t"
        .. "Adresse introuvable dans l'annuaire de la mairie", plain[13])
      assert.are.equal("550\t\tpermanent\tuser_unknown\thard\tremove_recipient\tfalse\t"
        .. "Adresse introuvable dans l'annuaire de la mairie", rows[13])
      assert.are.equal("421\t4.7.0\ttransient\trate_limited\tsoft\tslow_down\ttrue\t"
        .. "Quota d'envoi horaire atteint, reessayez dans une heure", rows[14])
      assert.are.equal(plain[14], rows[14])   -- the built-in French phrases read it alike
      for i = 1, 12 do assert.are.equal(plain[i], rows[i]) end
    end)

    it("--rules: a bad rules file is an error", function()
      local stdout, stderr, status = run({ "classify", "--rules", F .. "cli/bad-rules.txt",
                                           F .. "replies.txt" })
      assert.are.equal(1, status)
      assert.are.equal("", stdout)
      assert.are.equal("smtperr: " .. F .. "cli/bad-rules.txt:3: unknown reason 'frobnicated'\n",
        stderr)
    end)

    it("exits with 1 when no line is an SMTP reply", function()
      local stdout, stderr, status = run({ "classify", F .. "cli/garbage.bin" })
      assert.are.equal(1, status)
      assert.are.equal("smtperr: no SMTP reply recognised in the input\n", stderr)
      local rows = lines_of(stdout)
      local _, breaks = read(F .. "cli/garbage.bin"):gsub("\n", "")
      assert.are.equal(breaks + 1, #rows)            -- the last line has no line break
      for _, row in ipairs(rows) do assert.are.equal("\t\t\t\t\t\t\t", row) end
      stdout, _, status = run({ "classify", "--json", F .. "cli/garbage.bin" })
      assert.are.equal(1, status)
      for i, row in ipairs(lines_of(stdout)) do
        local object = json.decode(row)
        assert.matches("^no SMTP reply code", object.error)
        assert.are.equal(i, object.line)
      end
    end)

    it("exits with 1 on an empty or missing file", function()
      local stdout, stderr, status = run({ "classify", F .. "cli/empty.log" })
      assert.are.same({ "", "smtperr: no input line\n", 1 }, { stdout, stderr, status })
      stdout, stderr, status = run({ "classify", F .. "cli/no-such-file.txt" })
      assert.are.same({ "", 1 }, { stdout, status })
      assert.are.equal("smtperr: cannot open " .. F .. "cli/no-such-file.txt: "
        .. "No such file or directory\n", stderr)
    end)
  end)

  describe("scan", function()
    local SAMPLE = F .. "sample-mail.log"

    describe("the sample log", function()
      it("counts every failed or deferred delivery, and the deliveries", function()
        local report = scan_json(SAMPLE)
        local bounced, deferred = count_failures(SAMPLE)
        assert.are.equal(61, bounced)
        assert.are.equal(37, deferred)
        assert.are.equal(98, report.total)
        assert.are.equal(61, report.bounced)
        assert.are.equal(37, report.deferred)
        assert.are.equal(86, report.delivered)
        assert.are.equal(483, report.lines)
        assert.are.same({ postfix = 366, exim = 85, sendmail = 30, opensmtpd = 0, qmail = 0, exchange = 0,
                          powermta = 0, kumomta = 0, dsn = 0, bounce = 0 }, report.formats)
        assert.are.same({ SAMPLE }, report.files)
        assert.are.equal(98, #report.entries)
      end)

      it("by_reason and by_domain sum to total", function()
        local report = scan_json(SAMPLE)
        assert.are.equal(report.total, sum(report.by_reason))
        assert.are.equal(report.total, sum(report.by_domain))
        for reason in pairs(report.by_reason) do assert.is_table(smtperr.reasons[reason], reason) end
        assert.are.equal(12, report.by_domain["gmail.com"])
        assert.are.equal(6, report.by_domain["transports-lefebvre.fr"])
        assert.are.equal(3, report.by_domain["t-online.de"])
        local commands = 0
        for command, n in pairs(report.by_command) do
          assert.matches("^%u+$", command)
          commands = commands + n
        end
        assert.is_true(commands <= report.total)
      end)

      it("entries have the fields and point to their line", function()
        local report = scan_json(SAMPLE)
        local log = lines_of(read(SAMPLE))
        local formats = { postfix = 0, exim = 0, sendmail = 0 }
        for _, e in ipairs(report.entries) do
          assert.is_string(e.recipient)
          assert.is_string(e.reply)
          assert.is_string(e.reason)
          assert.is_table(smtperr.reasons[e.reason], e.reason)
          assert.is_true(e.status == "bounced" or e.status == "deferred" or e.status == "expired")
          assert.are.equal(SAMPLE, e.file)
          assert.truthy(log[e.line]:find(e.recipient, 1, true), e.recipient)
          -- a Sendmail reply can come from a reply= line just before or after
          local near = table.concat({ log[e.line - 1], log[e.line], log[e.line + 1] }, "\n")
          assert.truthy((e.format == "sendmail" and near or log[e.line]):find(e.reply, 1, true),
            e.reply)
          formats[e.format] = formats[e.format] + 1
          for _, field in ipairs({ "code", "enhanced", "class", "bounce", "action", "command",
                                   "retry_after", "host" }) do
            assert.is_true(is_null(e[field]) or type(e[field]) == (
              (field == "code" or field == "retry_after") and "number" or "string"), field)
          end
        end
        assert.are.same({ postfix = 68, exim = 23, sendmail = 7 }, formats)
      end)

      it("classifies the known lines", function()
        local by = entries_by_recipient(scan_json(SAMPLE))
        local cases = {
          -- recipient, status, code, enhanced, reason, bounce, command, host
          { "chloe.thomas@gmail.com", "bounced", 550, "5.1.1", "user_unknown", "hard", "RCPT",
            "gmail-smtp-in.l.google.com" },
          { "nathan.durand@orange.fr", "bounced", 550, "5.1.1", "user_unknown", "hard", "RCPT",
            "smtp-in.orange.fr" },
          { "jules.simon@free.fr", "bounced", 550, "5.1.1", "user_unknown", "hard", "RCPT",
            "mx1.free.fr" },
          { "alice.faure@gmail.com", "bounced", 550, "5.2.1", "mailbox_disabled", "hard", "RCPT" },
          { "sarah.michel@free.fr", "deferred", 452, "4.2.2", "mailbox_full", "soft", "RCPT" },
          { "gabriel.leroy@gmail.com", "bounced", 550, "5.7.26", "auth_failure", "soft", "DATA" },
          { "leo.dumont@gmail.com", "deferred", 421, "4.7.28", "rate_limited", "soft", "DATA" },
          { "contact@boulangerie-dupont.fr", "bounced", 550, "5.7.1", "blocked", "soft", "RCPT" },
          { "achats@oldpartner.example", "bounced", 554, "5.7.1", "relay_denied", "soft", "RCPT",
            "mail.oldpartner.net" },
          { "direction@cabinet-moreau-avocats.fr", "bounced", 530, "5.7.0", "tls_required", "soft",
            "MAIL" },
          { "oscar.marchand@gmail.com", "bounced", 552, "5.3.4", "message_too_big", "soft", "DATA" },
          { "info@example.net", "deferred", 451, "4.7.1", "greylisted", "soft", "RCPT",
            "mx.example.net" },
          { "marie.dupuis@gmial.com", "bounced", nil, "5.4.4", "host_unknown", "hard" },
          { "compta@transports-lefebvre.fr", "deferred", nil, "4.4.1", "network_error", "soft", nil,
            "mail.transports-lefebvre.fr" },
          { "olduser@mx1.example.com", "bounced", nil, "5.1.1", "user_unknown", "hard" },
          -- Exim
          { "benoit.rey@gmail.com", "bounced", 550, "5.1.1", "user_unknown", "hard", "RCPT",
            "gmail-smtp-in.l.google.com" },
          { "klaus.fischer@gmx.de", "bounced", 552, "5.2.2", "mailbox_full", "soft", "DATA" },
          { "contact@garage-faure.example", "bounced", nil, nil, "host_unknown", "hard" },
          { "ventes@oldpartner.example", "bounced", 550, "5.7.1", "relay_denied", "soft", "RCPT" },
          { "boutique@lycee-victor-hugo.fr", "deferred", 451, "4.7.1", "greylisted", "soft", "RCPT" },
          -- Sendmail: dsn= and stat=, or the reply= line before or after
          { "gerard.vasseur@free.fr", "bounced", nil, "5.1.1", "user_unknown", "hard", nil,
            "mx1.free.fr" },
          { "alain.poirier@sfr.fr", "bounced", 550, "5.1.1", "user_unknown", "hard" },
          { "francoise.hubert@hotmail.fr", "bounced", 550, "5.7.1", "blocked", "soft" },
          { "michel.guerin@exemple.frr", "bounced", nil, "5.1.2", "host_unknown", "hard" },
          { "jacques.guillot@wanadoo-pro.example", "deferred", nil, "4.0.0", "network_error",
            "soft" },
        }
        for _, c in ipairs(cases) do
          local e = assert(by[c[1]], c[1])[1]
          assert.are.equal(c[2], e.status, c[1])
          assert.is_true(is_null(e.code) and c[3] == nil or e.code == c[3], c[1] .. " code")
          assert.is_true(is_null(e.enhanced) and c[4] == nil or e.enhanced == c[4], c[1] .. " enhanced")
          assert.are.equal(c[5], e.reason, c[1])
          assert.are.equal(c[6], e.bounce, c[1])
          if c[7] then assert.are.equal(c[7], e.command, c[1]) end
          if c[8] then assert.are.equal(c[8], e.host, c[1]) end
        end
        assert.are.equal(300, by["info@example.net"][1].retry_after)
        assert.are.equal(300, by["daniel.renault@lycee-victor-hugo.fr"][1].retry_after)
        assert.are.equal(2, #by["sarah.michel@free.fr"])            -- deferred twice
        assert.are.equal(3, #by["facturation@transports-lefebvre.fr"])  -- then expired
        assert.are.equal("expired", by["facturation@transports-lefebvre.fr"][3].status)
        assert.are.equal(61, scan_json(SAMPLE).bounced)             -- an expiry counts as bounced
      end)

      it("lists the hard bounces, unique and sorted", function()
        local report, raw = scan_json(SAMPLE)
        local hard = report.hard_bounces
        for i = 2, #hard do assert.is_true(hard[i - 1] < hard[i], hard[i]) end
        local set = {}
        for _, address in ipairs(hard) do set[address] = true end
        for _, address in ipairs({ "chloe.thomas@gmail.com", "nathan.durand@orange.fr",
                                   "jules.simon@free.fr", "alice.faure@gmail.com",
                                   "marie.dupuis@gmial.com", "contact@garage-faure.example",
                                   "tom.fournier@yahoo.fr", "gerard.vasseur@free.fr",
                                   "michel.guerin@exemple.frr", "paul.martin@example.com" }) do
          assert.is_true(set[address], address)
        end
        -- not hard: a soft failure, a block, a deferral delivered later
        for _, address in ipairs({ "sarah.michel@free.fr", "mathis.henry@outlook.com",
                                   "d.clarke@acme-logistics.co.uk" }) do
          assert.is_nil(set[address], address)
        end
        local n = 0
        for _, e in ipairs(report.entries) do
          if e.bounce == "hard" then
            n = n + 1
            assert.is_true(set[e.recipient], e.recipient)
          end
        end
        assert.is_true(n >= #hard)
        assert.matches('"hard_bounces":%[', raw)
      end)

      it("keeps the soft failures still pending, and the sender-side problems", function()
        local report = scan_json(SAMPLE)
        local retry = {}
        for _, r in ipairs(report.retry) do retry[r.recipient] = r end
        assert.are.equal(2, retry["sarah.michel@free.fr"].tries)
        assert.are.equal("mailbox_full", retry["sarah.michel@free.fr"].reason)
        assert.are.equal(300, retry["daniel.renault@lycee-victor-hugo.fr"].retry_after)
        -- delivered after their deferral, or bounced in the end
        for _, address in ipairs({ "d.clarke@acme-logistics.co.uk", "secretariat@lycee-victor-hugo.fr",
                                   "boutique@lycee-victor-hugo.fr", "tom.fournier@yahoo.fr",
                                   "facturation@transports-lefebvre.fr" }) do
          assert.is_nil(retry[address], address)
        end
        assert.is_true(report.recovered >= 5)
        local sender = report.sender_problems
        for _, reason in ipairs({ "blocked", "auth_failure", "tls_required", "relay_denied",
                                  "sender_rejected", "rate_limited", "auth_required" }) do
          assert.is_true(sender[reason] >= 1, reason)
          assert.are.equal(report.by_reason[reason], sender[reason])
        end
        assert.are.equal(2, sender.relay_denied)
        assert.is_nil(sender.user_unknown)
      end)

      it("prints a compact summary", function()
        local stdout, stderr, status = cached({ "scan", SAMPLE })
        assert.are.equal(0, status)
        assert.are.equal("", stderr)
        local lines = lines_of(stdout)
        assert.is_true(#lines <= 66, #lines .. " lines")
        assert.are.equal(SAMPLE .. ": 483 lines (Postfix 366, Exim 85, Sendmail 30)", lines[1])
        assert.are.equal("Delivered 86, failed or deferred 98 (bounced 61, deferred 37)", lines[2])
        assert.matches("^By SMTP stage: RCPT %d+, ", lines[3])
        assert.matches("^By recipient domain: gmail%.com 12, transports%-lefebvre%.fr 6, ", lines[4])
        local report = scan_json(SAMPLE)
        assert.truthy(stdout:find("\nHard bounces: " .. #report.hard_bounces
          .. " addresses to remove (smtperr scan --json lists them all)\n", 1, true))
        assert.matches("\nSoft failures worth retrying: %d+ failures, " .. #report.retry
          .. " addresses still failing, %d+ delivered later\n", stdout)
        assert.matches("\nSender%-side problems to fix: %d+ failures\n", stdout)
        assert.matches("\n +%d+  user_unknown +" .. escape(smtperr.reasons.user_unknown.en) .. "\n",
          stdout)
        assert.matches("\n +2  relay_denied +" .. escape(smtperr.reasons.relay_denied.en) .. "\n",
          stdout)
        assert.truthy(stdout:find("\n      -> " .. smtperr.actions.use_tls.en .. "\n", 1, true))
        assert.matches("\n +daniel%.renault@lycee%-victor%-hugo%.fr +greylisted +451 4%.7%.1 +"
          .. "retry after 300 s\n", stdout)
        assert.matches("\n +sarah%.michel@free%.fr +mailbox_full +452 4%.2%.2 +2 tries\n", stdout)
        assert.matches("chloe%.thomas@gmail%.com", stdout)
        assert.matches("\nOther failures\n", stdout)
      end)

      it("prints the summary in French", function()
        local stdout, _, status = cached({ "scan", "--lang", "fr", SAMPLE })
        assert.are.equal(0, status)
        local lines = lines_of(stdout)
        assert.are.equal(SAMPLE .. ": 483 lignes (Postfix 366, Exim 85, Sendmail 30)", lines[1])
        assert.are.equal("Remis 86, en échec ou différés 98 (rejetés 61, différés 37)", lines[2])
        assert.matches("^Par étape SMTP : RCPT ", lines[3])
        assert.matches("^Par domaine destinataire : gmail%.com 12,", lines[4])
        assert.matches("\nRebonds durs : %d+ adresses à retirer ", stdout)
        assert.matches("\nÉchecs temporaires à réessayer : %d+ échecs, ", stdout)
        assert.matches("\nProblèmes côté expéditeur à corriger : %d+ échecs\n", stdout)
        assert.matches("réessayer après 300 s", stdout)
        assert.truthy(stdout:find(smtperr.reasons.user_unknown.fr, 1, true))
        assert.truthy(stdout:find(smtperr.actions.use_tls.fr, 1, true))
        for _, english in ipairs({ "Delivered", "Hard bounces", "worth retrying", "Sender-side",
                                   "Other failures", "and %d+ more", "tries", "retry after",
                                   "By SMTP", "not said" }) do
          assert.is_nil(stdout:find(english), english)
        end
        assert.are.equal(#lines_of((cached({ "scan", SAMPLE }))), #lines)
      end)
    end)

    describe("every supported format", function()
      it("Postfix, Exim and Sendmail variants and DSN groups in one file", function()
        local report = scan_json(F .. "cli/every-mta.log")
        assert.are.same({ postfix = 4, exim = 3, sendmail = 4, opensmtpd = 0, qmail = 0, exchange = 0,
                          powermta = 0, kumomta = 0, dsn = 11, bounce = 0 }, report.formats)
        assert.are.equal(7, report.total)
        assert.are.equal(5, report.bounced)
        assert.are.equal(2, report.deferred)
        assert.are.equal(3, report.delivered)       -- status=sent, Exim ->, DSN Action: delivered
        local by = entries_by_recipient(report)
        local e = by["bruno.petit@example.org"][1]  -- ISO timestamp, postfix-out instance
        assert.are.same({ "postfix", 7, "user_unknown", "RCPT" },
                        { e.format, e.line, e.reason, e.command })
        e = by["chantal.roux@example.net"][1]       -- Exim with milliseconds and pid
        assert.are.same({ "exim", "message_too_big", 552, "DATA" },
                        { e.format, e.reason, e.code, e.command })
        -- Sendmail: one line, two recipients
        assert.are.equal(13, by["d.moulin@example.com"][1].line)
        assert.are.equal(13, by["e.perrin@example.com"][1].line)
        assert.are.equal("network_error", by["e.perrin@example.com"][1].reason)
        -- Sendmail: the reply= line after the status line gives the reply
        e = by["f.garnier@example.com"][1]
        assert.are.same({ 14, 554, "relay_denied", "554 5.7.1 <f.garnier@example.com>: Relay access denied" },
                        { e.line, e.code, e.reason, e.reply })
        -- DSN: fields in any order; without Final-Recipient, the address in the reply
        e = by["gilles.caron@example.org"][1]
        assert.are.same({ "dsn", 21, "blocked", "mx.example.org" }, { e.format, e.line, e.reason, e.host })
        e = by["helene.faure@example.org"][1]
        assert.are.same({ "dsn", "user_unknown", "bounced" }, { e.format, e.reason, e.status })
        assert.are.same({ "bruno.petit@example.org", "helene.faure@example.org" }, report.hard_bounces)
      end)

      it("a DSN bounce message with folded Diagnostic-Code lines", function()
        local report = scan_json(F .. "bounce-dsn.eml")
        assert.are.equal(3, report.total)
        assert.are.equal(3, report.bounced)
        assert.are.equal(0, report.delivered)
        assert.are.same({ "chloe.thomas@gmail.com", "nathan.durand@orange.fr" }, report.hard_bounces)
        local by = entries_by_recipient(report)
        local e = by["chloe.thomas@gmail.com"][1]
        -- read by smtperr.bounces: an entry's line is where its message starts
        assert.are.same({ 550, "5.1.1", "user_unknown", "gmail-smtp-in.l.google.com", 1, "dsn" },
                        { e.code, e.enhanced, e.reason, e.host, e.line, e.format })
        assert.matches("^550%-5%.1%.1 The email account that you tried to reach does not exist%. ", e.reply)
        assert.matches(" %- gsmtp$", e.reply)
        assert.is_nil(e.reply:find("\n"))
        e = by["mathis.henry@outlook.com"][1]
        assert.are.same({ "blocked", "check_reputation" }, { e.reason, e.action })
        assert.matches("%(S3140%)", e.reply)
        assert.are.same({ blocked = 1 }, report.sender_problems)
      end)

      it("a DSN of delayed mail", function()
        local report = scan_json(F .. "cli/delayed-dsn.eml")
        assert.are.same({ 2, 0, 2 }, { report.total, report.bounced, report.deferred })
        local by = entries_by_recipient(report)
        assert.are.equal("network_error", by["compta@transports-lefebvre.fr"][1].reason)
        assert.are.equal("connect to mail.transports-lefebvre.fr[192.0.2.90]:25: Connection timed out",
          by["compta@transports-lefebvre.fr"][1].reply)
        assert.are.same({ "greylisted", 300 },
          { by["info@example.net"][1].reason, by["info@example.net"][1].retry_after })
        assert.are.equal(2, #report.retry)
      end)

      it("several files in one report", function()
        local report = scan_json(F .. "bounce-dsn.eml", F .. "cli/delayed-dsn.eml")
        assert.are.equal(5, report.total)
        assert.are.same({ F .. "bounce-dsn.eml", F .. "cli/delayed-dsn.eml" }, report.files)
        assert.are.equal(F .. "cli/delayed-dsn.eml", report.entries[5].file)
      end)
    end)

    describe("inputs", function()
      local delivered = "Nov 30 10:00:01 mx1 postfix/smtp[4242]: 4B1C21234: to=<bob@example.org>, "
        .. "relay=mx.example.org[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, "
        .. "status=sent (250 2.0.0 Ok: queued as 9F2C31A0B4)\n"

      it("reads standard input by default and with -", function()
        local input = read(F .. "cli/every-mta.log")
        for _, args in ipairs({ { "scan" }, { "scan", "-" } }) do
          local stdout, _, status = run(args, { input = input })
          assert.are.equal(0, status)
          assert.are.equal("standard input: 33 lines (Postfix 4, Exim 3, Sendmail 4, DSN 11)",
            lines_of(stdout)[1])
        end
      end)

      it("a log with deliveries only: empty lists stay lists", function()
        local stdout, stderr, status = run({ "scan", "--json" }, { input = delivered })
        assert.are.equal(0, status, stderr)
        local report = json.decode(stdout)
        assert.are.same({ 0, 1 }, { report.total, report.delivered })
        for _, key in ipairs({ "hard_bounces", "retry", "entries" }) do
          assert.truthy(stdout:find('"' .. key .. '":[]', 1, true), key)
        end
        for _, key in ipairs({ "by_reason", "by_domain", "by_command", "sender_problems" }) do
          assert.truthy(stdout:find('"' .. key .. '":{}', 1, true), key)
        end
        local text, _, text_status = run({ "scan" }, { input = delivered })
        assert.are.equal(0, text_status)
        assert.are.equal("Delivered 1, failed or deferred 0 (bounced 0, deferred 0)\n"
          .. "No failed or deferred delivery found.\n", (text:gsub("^[^\n]*\n", "")))
      end)

      it("the same JSON with dkjson when lua-cjson is missing", function()
        local env = "LUA_CPATH=" .. quote(CPATH)           -- no default path: no cjson
        local stdout, stderr, status = run({ "scan", "--json", "-" }, { env = env, input = delivered })
        assert.are.equal(0, status, stderr)
        assert.truthy(stdout:find('"hard_bounces":[]', 1, true))
        assert.truthy(stdout:find('"by_reason":{}', 1, true))
        local report = json.decode(stdout)
        assert.are.equal(1, report.delivered)
        stdout = run({ "scan", "--json", F .. "cli/every-mta.log" }, { env = env })
        assert.are.same(scan_json(F .. "cli/every-mta.log").hard_bounces,
                        json.decode(stdout).hard_bounces)
      end)

      it("a clear error without any JSON library", function()
        local env = "LUA_CPATH=" .. quote(CPATH) .. " LUA_PATH='./?.lua'"
        local stdout, stderr, status = run({ "classify", "--json" }, { env = env, input = "550\n" })
        assert.are.same({ "", 1 }, { stdout, status })
        assert.matches("^smtperr: %-%-json needs a JSON library: install lua%-cjson or dkjson", stderr)
        assert.are.equal(0, select(3, run({ "classify" }, { env = env, input = "550\n" })))
      end)

      it("bytes that are not UTF-8 become characters in JSON", function()
        local report = scan_json(F .. "cli/latin1.log")
        local e = report.entries[1]
        assert.are.equal("mailbox_full", e.reason)
        assert.truthy(e.reply:find("Boîte aux lettres pleine, message refusé", 1, true))
      end)

      it("--rules: the user rules decide", function()
        local log = "Nov 30 10:00:01 mx1 postfix/smtp[4242]: 4B1C21234: to=<bob@acme.example>, "
          .. "relay=mx.acme.example[192.0.2.7]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.7.1, "
          .. "status=deferred (host mx.acme.example[192.0.2.7] said: 450 4.7.1 refused by "
          .. "acme-gateway reputation filter (in reply to MAIL FROM command))\n"
        local stdout = run({ "scan", "--json" }, { input = log })
        local plain = json.decode(stdout).entries[1]
        stdout = run({ "scan", "--json", "--rules", F .. "rules.txt" }, { input = log })
        local ruled = json.decode(stdout).entries[1]
        assert.are_not.equal("blocked", plain.reason)
        assert.are.same({ "blocked", "permanent", "MAIL" }, { ruled.reason, ruled.class, ruled.command })
        local _, stderr, status = run({ "scan", "--rules", F .. "cli/bad-rules.txt" }, { input = log })
        assert.are.equal(1, status)
        assert.matches("bad%-rules%.txt:3: unknown reason 'frobnicated'", stderr)
      end)

      it("exits with 1 on binary bytes, an empty file or a missing file", function()
        for _, name in ipairs({ "cli/garbage.bin", "cli/empty.log" }) do
          for _, args in ipairs({ { "scan", F .. name }, { "scan", "--json", F .. name } }) do
            local stdout, stderr, status = run(args)
            assert.are.same({ "", 1 }, { stdout, status })
            assert.are.equal("smtperr: no mail log line or DSN found in " .. F .. name .. "\n", stderr)
          end
        end
        local stdout, stderr, status = run({ "scan", F .. "cli/no-such.log" })
        assert.are.same({ "", 1 }, { stdout, status })
        assert.are.equal("smtperr: cannot open " .. F .. "cli/no-such.log: No such file or "
          .. "directory\n", stderr)
      end)

      it("reports what it could read, with status 1, when one file is missing", function()
        local stdout, stderr, status = run({ "scan", F .. "cli/every-mta.log", F .. "cli/no-such.log" })
        assert.are.equal(1, status)
        assert.matches("^smtperr: cannot open ", stderr)
        assert.matches("^" .. escape(F .. "cli/every-mta.log") .. ": 33 lines", stdout)
      end)

      it("shows progress on a terminal only", function()
        local env = "SMTPERR_PROGRESS_STEP=20000 LUA_CPATH=" .. quote(CPATH .. ";;")
        local _, stderr, status = run({ "scan", SAMPLE }, { env = env })
        assert.are.same({ "", 0 }, { stderr, status })      -- stderr is a file here
        local has_script = os.execute("command -v script >/dev/null 2>&1")
        if not (has_script == true or has_script == 0) then
          pending("script(1) is not installed")
          return
        end
        local cmd = env .. " " .. LUA .. " " .. SCRIPT .. " scan " .. SAMPLE
        local p = io.popen("script -qec " .. quote(cmd) .. " /dev/null")
        local output = p:read("*a")
        p:close()
        assert.matches("\rsmtperr: 0 MB read, %d+ lines, %d+ failed or deferred", output)
        assert.matches("\r +\r" .. escape(SAMPLE) .. ": 483 lines", output)
      end)
    end)
  end)
end)
