-- What scan reads (smtperr.cli.logs): logs through the module's reader,
-- DSN groups of bounce messages read line by line.
local smtperr = require("smtperr")
local classifier = require("smtperr.cli.classifier")
local input = require("smtperr.cli.input")
local logs = require("smtperr.cli.logs")

-- A file whose reads give the text by blocks of 'size' bytes.
local function file_of(text, size)
  local at = 1
  return {
    read = function(_, n)
      assert(n == input.BLOCK or n == input.LOG_BLOCK, "reads by blocks")
      if at > #text then return nil end
      local block = text:sub(at, at + (size or n) - 1)
      at = at + #block
      return block
    end,
  }
end

-- Reads the lines as one input; returns every record, in order, and the reader.
local function read_all(lines, size, opts)
  local reader, all = logs.reader(classifier.new(opts or { lang = "en" })), {}
  assert(reader:read(file_of(table.concat(lines, "\n") .. "\n", size), function(records)
    for _, r in ipairs(records) do all[#all + 1] = r end
  end))
  return all, reader
end

-- The fields a spec looks at.
local function summary(r)
  return { r.format, r.status, r.recipient, r.line, r.reply, r.reason }
end

local POSTFIX_BOUNCED = "Nov 30 10:00:02 mx1 postfix/smtp[4243]: 4B1C21235: to=<Bob@Example.ORG>, "
  .. "relay=mx.example.org[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, "
  .. "status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: "
  .. "Recipient address rejected: User unknown (in reply to RCPT TO command))"

describe("smtperr.cli.logs", function()
  describe("logs", function()
    it("a Postfix bounce, classified with its wrapper: stage and remote host", function()
      local records = read_all({ POSTFIX_BOUNCED })
      assert.are.equal(1, #records)
      local r = records[1]
      assert.are.same({ "postfix", "bounced", "Bob@Example.ORG", 1, "550 5.1.1 <bob@example.org>: "
                          .. "Recipient address rejected: User unknown", "user_unknown" }, summary(r))
      assert.are.same({ "RCPT", "mx.example.org", "mx.example.org[192.0.2.1]:25", "5.1.1", "4B1C21235" },
                      { r.command, r.remote_host, r.relay, r.dsn, r.queue_id })
    end)

    it("Postfix deferred, expired, softbounce and sent; other lines only counted", function()
      local records, reader = read_all({
        "Nov 30 10:00:01 mx1 postfix/smtp[1]: A1: to=<a@x.org>, relay=none, delay=9, dsn=4.4.1, "
          .. "status=deferred (connect to mx.x.org[192.0.2.9]:25: Connection timed out)",
        "Nov 30 10:00:02 mx1 postfix/qmgr[2]: A2: to=<b@x.org>, relay=none, delay=432000, "
          .. "dsn=4.4.1, status=expired, returned to sender",
        "Nov 30 10:00:03 mx1 postfix/smtp[3]: A3: to=<c@x.org>, relay=mx.x.org[192.0.2.9]:25, "
          .. "dsn=4.2.2, status=SOFTBOUNCE (host mx.x.org[192.0.2.9] said: 552 4.2.2 Mailbox full)",
        "Nov 30 10:00:04 mx1 postfix/lmtp[4]: A4: to=<d@x.org>, relay=local, dsn=2.0.0, "
          .. "status=sent (250 2.0.0 Ok)",
        "Nov 30 10:00:05 mx1 postfix/smtpd[5]: connect from unknown[198.51.100.7]",
      })
      assert.are.same({ "postfix", "deferred", "a@x.org", 1, nil, "network_error" }, summary(records[1]))
      assert.are.equal("connect to mx.x.org[192.0.2.9]:25: Connection timed out", records[1].detail)
      -- Given up, with 4.4.1 (no answer from host) as the cause: the cause is the reason.
      assert.are.same({ "postfix", "expired", "b@x.org", 2, nil, "network_error" }, summary(records[2]))
      assert.are.same({ "deferred", "552 4.2.2 Mailbox full" }, { records[3].status, records[3].reply })
      assert.are.same({ "postfix", "sent", "d@x.org", 4, "250 2.0.0 Ok", "success" }, summary(records[4]))
      assert.are.equal(4, #records)
      assert.are.equal(5, reader:formats().postfix)
      assert.are.equal(5, reader:lines())
    end)

    it("Exim ** bounced, == deferred, => and -> sent, with or without ms and pid", function()
      local records, reader = read_all({
        "2026-11-30 09:13:10.412 [30211] 1tB2cD-00A1bC-7x ** chantal.roux@example.net R=dnslookup "
          .. "T=remote_smtp H=mx.example.net [198.51.100.25]: SMTP error from remote mail server "
          .. "after end of data: 552 5.3.4 Message size exceeds fixed limit",
        "2026-11-30 09:13:11 1tB2cE-00A1bC-8y == dan@example.com R=dnslookup T=remote_smtp "
          .. "defer (-44): SMTP error from remote mail server after RCPT TO:<dan@example.com>: "
          .. "451 4.7.1 Greylisted",
        "2026-11-30 09:13:12 +0100 1tB2cF-00A1bC-9z => eve@example.com R=dnslookup T=remote_smtp "
          .. "H=mx.example.com [192.0.2.4]",
        "2026-11-30 09:13:13 1tB2cF-00A1bC-9z -> eve+copy@example.com R=dnslookup",
        "2026-11-30 09:13:14 1tB2cF-00A1bC-9z Completed",
        "2026-11-30 09:13:15 no message id here",
      })
      assert.are.equal(4, #records)
      assert.are.same({ "exim", "bounced", "chantal.roux@example.net", 1,
                        "552 5.3.4 Message size exceeds fixed limit", "message_too_big" }, summary(records[1]))
      assert.are.same({ "mx.example.net [198.51.100.25]", "DATA" }, { records[1].relay, records[1].command })
      assert.are.same({ "exim", "deferred", "dan@example.com", 2, "451 4.7.1 Greylisted", "greylisted" },
                      summary(records[2]))
      assert.are.same({ "sent", "eve@example.com" }, { records[3].status, records[3].recipient })
      assert.are.same({ "sent", "eve+copy@example.com" }, { records[4].status, records[4].recipient })
      assert.are.equal(5, reader:formats().exim)      -- not the line without a message id
    end)

    it("a line cut between two blocks is read whole", function()
      local lines = { POSTFIX_BOUNCED, POSTFIX_BOUNCED:gsub("Bob@", "Ann@") }
      for _, size in ipairs({ 1, 7, 100, #POSTFIX_BOUNCED, #POSTFIX_BOUNCED + 1 }) do
        local records = read_all(lines, size)
        assert.are.same({ "Bob@Example.ORG", "Ann@Example.ORG" }, { records[1].recipient,
                                                                    records[2].recipient }, size)
      end
    end)

    it("the records of a classifier with rules are classified by its rules", function()
      local rules = os.tmpname()
      local f = assert(io.open(rules, "w"))
      f:write("blocked: acme gateway refusal\n")
      f:close()
      local line = "Nov 30 10:00:01 mx1 postfix/smtp[1]: A1: to=<a@acme.example>, relay=mx.acme.example"
        .. "[192.0.2.7]:25, dsn=4.7.1, status=deferred (host mx.acme.example[192.0.2.7] said: 450 "
        .. "4.7.1 acme gateway refusal (in reply to MAIL FROM command))"
      local plain = read_all({ line })[1]
      local ruled = read_all({ line }, nil, { lang = "en", rules = rules })[1]
      os.remove(rules)
      assert.are_not.equal("blocked", plain.reason)
      assert.are.same({ "blocked", "user rule 1" }, { ruled.reason, ruled.evidence })
    end)
  end)

  describe("Sendmail, line by line in a message", function()
    local TO = "Nov 30 09:14:21 legacy sendmail[8813]: 5AU8ELr9008813: to=<f.garnier@example.com>, "
      .. "delay=00:00:01, mailer=esmtp, pri=120451, relay=mx.example.com. [192.0.2.10], dsn=5.0.0, "
      .. "stat=Service unavailable"
    local REPLY = "Nov 30 09:14:21 legacy sendmail[8813]: 5AU8ELr9008813: reply=554 5.7.1 "
      .. "<f.garnier@example.com>: Relay access denied"
    local NEXT = "Nov 30 09:14:22 legacy sendmail[8813]: 5AU8ELr9008813: 5AU8EMs0008813: DSN: "
      .. "Service unavailable"

    local function reader()
      return logs.reader(classifier.new({ lang = "en" }))
    end

    it("the reply= line after the to= line completes it, at the to= line", function()
      local rd = reader()
      assert.are.same({}, rd:line(TO))
      local records = rd:line(REPLY)
      assert.are.equal(1, #records)
      assert.are.same({ "sendmail", "bounced", "f.garnier@example.com", 1,
                        "554 5.7.1 <f.garnier@example.com>: Relay access denied", "relay_denied" },
                      summary(records[1]))
      assert.are.same({}, rd:finish())
    end)

    it("the reply= line before the to= line gives it too", function()
      local rd = reader()
      assert.are.same({}, rd:line(REPLY))
      local records = rd:line(TO)
      assert.are.same({ 1, 2, "554 5.7.1 <f.garnier@example.com>: Relay access denied" },
                      { #records, records[1].line, records[1].reply })
    end)

    it("without a reply= line, the failure comes with the next line, or at the end", function()
      local rd = reader()
      rd:line(TO)
      local records = rd:line(NEXT)
      assert.are.same({ 1, 1, nil, "Service unavailable" },
                      { #records, records[1].line, records[1].reply, records[1].detail })
      rd:line(TO)
      records = rd:finish()
      assert.are.same({ 1, 3 }, { #records, records[1].line })
    end)

    it("several recipients of one line are joined; Deferred is deferred; Sent is sent", function()
      local records = read_all({
        "From MAILER-DAEMON  Mon Nov 30 09:20:11 2026",
        "Nov 30 09:14:20 legacy sm-mta[8812]: Q1: to=<d.moulin@example.com>,<e.perrin@example.com>, "
          .. "delay=00:00:03, mailer=esmtp, relay=mx.example.com. [192.0.2.10], dsn=5.0.0, "
          .. "stat=Deferred: Connection timed out with mx.example.com.",
        "Nov 30 09:14:21 legacy sm-mta[8813]: Q2: to=<g@example.com>, delay=00:00:01, "
          .. "mailer=esmtp, relay=mx.example.com. [192.0.2.10], dsn=2.0.0, stat=Sent (Ok queued)",
      })
      assert.are.equal(2, #records)
      assert.are.same({ "sendmail", "deferred", "d.moulin@example.com,e.perrin@example.com", 2, nil,
                        "network_error" }, summary(records[1]))
      assert.are.same({ "sent", "g@example.com", 3, "Ok queued" },
                      { records[2].status, records[2].recipient, records[2].line, records[2].reply })
    end)
  end)

  describe("DSN groups", function()
    it("fields in any order, folded lines, one group per recipient", function()
      local records, reader = read_all({
        "Reporting-MTA: dns; relay2.example.org",
        "",
        "Final-Recipient: rfc822; chloe.thomas@gmail.com",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; gmail-smtp-in.l.google.com",
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does",
        "    not exist. Please try double-checking the recipient's email",
        "    address. - gsmtp",
        "Final-Recipient: rfc822; info@example.net",
        "Status: 4.7.1",
        "Diagnostic-Code: smtp; 451 4.7.1 Greylisted, come back later",
        "",
      })
      assert.are.equal(2, #records)
      assert.are.same({ "dsn", "bounced", "chloe.thomas@gmail.com", 3,
                        "550-5.1.1 The email account that you tried to reach does not exist. Please "
                          .. "try double-checking the recipient's email address. - gsmtp", "user_unknown" },
                      summary(records[1]))
      assert.are.equal("gmail-smtp-in.l.google.com", records[1].remote_host)
      assert.matches("^Final%-Recipient: rfc822; chloe%.thomas@gmail%.com\nAction: failed\n",
        records[1].detail)
      -- no Action: the class of Status decides
      assert.are.same({ "dsn", "deferred", "info@example.net", 10,
                        "451 4.7.1 Greylisted, come back later", "greylisted" }, summary(records[2]))
      assert.are.equal(10, reader:formats().dsn)        -- the lines of both groups
    end)

    it("delivered; no recipient; Status alone as the reply; a mailbox Status: line is nothing",
      function()
        local records, reader = read_all({      -- fields pasted in a text, not a message
          "a report, as pasted:",
          "Status: RO",
          "Subject: Mail delivery failed",
          "Action: failed",
          "Status: 5.1.1",
          "",
          "Final-Recipient: rfc822; ivan@example.org",
          "Action: delivered",
        })
        assert.are.equal(2, #records)
        assert.are.same({ "dsn", "bounced", nil, 4, "5.1.1", "user_unknown" }, summary(records[1]))
        assert.are.same({ "dsn", "sent", "ivan@example.org", 7 },
                        { records[2].format, records[2].status, records[2].recipient, records[2].line })
        assert.are.equal(4, reader:formats().dsn)
      end)

    it("a log input is not read for DSN fields; a message is", function()
      local dsn = { "Final-Recipient: rfc822; a@example.org", "Action: failed", "Status: 5.1.1" }
      local log = { POSTFIX_BOUNCED, table.unpack and table.unpack(dsn) or unpack(dsn) }
      assert.are.same({ "postfix" }, { read_all(log)[1].format, read_all(log)[2] })
      local records = read_all({ "Return-Path: <>", POSTFIX_BOUNCED, dsn[1], dsn[2], dsn[3] })
      assert.are.same({ "postfix", "dsn" }, { records[1].format, records[2].format })
    end)
  end)

  describe("the reader", function()
    it("numbers the lines of each input from 1 and keeps the counts of all", function()
      local reader = logs.reader(classifier.new({ lang = "en" }))
      local all = {}
      local function keep(records) for _, r in ipairs(records) do all[#all + 1] = r end end
      assert(reader:read(file_of("Final-Recipient: rfc822; a@example.org\nAction: failed\n"), keep))
      assert(reader:read(file_of(POSTFIX_BOUNCED .. "\n"), keep))
      assert.are.same({ 2, "a@example.org", 1, 1 }, { #all, all[1].recipient, all[1].line, all[2].line })
      local formats = reader:formats()
      assert.are.same({ 1, 2 }, { formats.postfix, formats.dsn })
      assert.are.equal(3, reader:lines())
    end)

    it("reads the sample of every format", function()
      local lines = {}
      for line in io.lines("spec/fixtures/cli/every-mta.log") do lines[#lines + 1] = line end
      local records, reader = read_all(lines)
      local got = {}
      for i, r in ipairs(records) do got[i] = r.status .. " " .. tostring(r.recipient) end
      assert.are.same({
        "sent alice.moreau@gmail.com", "bounced bruno.petit@example.org",
        "bounced chantal.roux@example.net", "sent chantal.roux+archive@example.net",
        "deferred d.moulin@example.com,e.perrin@example.com", "bounced f.garnier@example.com",
        "bounced gilles.caron@example.org", "bounced nil", "sent ivan.marchand@example.org",
      }, got)
      local formats = reader:formats()
      assert.are.same({ 4, 3, 4, 11 }, { formats.postfix, formats.exim, formats.sendmail, formats.dsn })
    end)

    it("classifies as smtperr.logline does", function()
      local records = read_all({ POSTFIX_BOUNCED })
      local alone = smtperr.logline(POSTFIX_BOUNCED)
      alone.line = 1
      assert.are.same(alone, records[1])
    end)
  end)
end)
