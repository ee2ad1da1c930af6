-- The log reader of scan (smtperr.cli.logs), fed line by line.
local logs = require("smtperr.cli.logs")

-- Feeds the lines to a new reader, then finishes it: returns every record,
-- each with the number of the line that completed it (0: finish), and the
-- reader.
local function read_all(lines)
  local reader, all = logs.reader(), {}
  local function keep(records, at)
    for _, r in ipairs(records) do
      r.completed_at = at
      all[#all + 1] = r
    end
  end
  for i, line in ipairs(lines) do keep(reader:line(line), i) end
  keep(reader:finish(), 0)
  return all, reader
end

-- The fields a spec looks at: format, status, recipient, line, host, reply.
local function summary(r)
  return { r.format, r.status, r.recipient, r.line, r.host, r.reply }
end

local POSTFIX_BOUNCED = "Nov 30 10:00:02 mx1 postfix/smtp[4243]: 4B1C21235: to=<Bob@Example.ORG>, "
  .. "relay=mx.example.org[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, "
  .. "status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: "
  .. "Recipient address rejected: User unknown (in reply to RCPT TO command))"

describe("smtperr.cli.logs", function()
  describe("Postfix", function()
    it("a bounce: recipient, reply, host and the fragment to classify", function()
      local records = read_all({ POSTFIX_BOUNCED })
      assert.are.equal(1, #records)
      local r = records[1]
      assert.are.same({ "postfix", "bounced", "Bob@example.org", 1, "mx.example.org",
                        "host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: "
                          .. "Recipient address rejected: User unknown (in reply to RCPT TO command)" },
                      summary(r))
      assert.matches("^dsn=5%.1%.1, status=bounced %(host ", r.fragment)
      assert.are.equal(1, r.completed_at)
    end)

    it("deferred, expired, softbounce and sent; other lines are only counted", function()
      local records, reader = read_all({
        "Nov 30 10:00:01 mx1 postfix/smtp[1]: A1: to=<a@x.org>, relay=none, delay=9, dsn=4.4.1, "
          .. "status=deferred (connect to mx.x.org[192.0.2.9]:25: Connection timed out)",
        "Nov 30 10:00:02 mx1 postfix/qmgr[2]: A2: to=<b@x.org>, relay=none, delay=432000, "
          .. "dsn=4.4.1, status=expired, returned to sender",
        "Nov 30 10:00:03 mx1 postfix/smtp[3]: A3: to=<c@x.org>, relay=mx.x.org[192.0.2.9]:25, "
          .. "dsn=4.2.2, status=SOFTBOUNCE (host said: 552 4.2.2 Mailbox full)",
        "Nov 30 10:00:04 mx1 postfix/lmtp[4]: A4: to=<d@x.org>, relay=local, dsn=2.0.0, "
          .. "status=sent (250 2.0.0 Ok)",
        "Nov 30 10:00:05 mx1 postfix/smtpd[5]: connect from unknown[198.51.100.7]",
      })
      assert.are.same({ "postfix", "deferred", "a@x.org", 1, nil,
                        "connect to mx.x.org[192.0.2.9]:25: Connection timed out" }, summary(records[1]))
      -- no reply in parentheses: the fragment stands for it
      assert.are.same({ "postfix", "bounced", "b@x.org", 2, nil,
                        "dsn=4.4.1, status=expired, returned to sender" }, summary(records[2]))
      assert.are.same({ "deferred", "mx.x.org" }, { records[3].status, records[3].host })
      assert.are.same({ "postfix", "delivered", "d@x.org", 4 },
                      { records[4].format, records[4].status, records[4].recipient, records[4].line })
      assert.are.equal(4, #records)
      assert.are.same({ postfix = 5, exim = 0, sendmail = 0, dsn = 0 }, reader:formats())
    end)
  end)

  describe("Exim", function()
    it("** bounced, == deferred, => and -> delivered, with or without ms and pid", function()
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
      assert.are.same({ "exim", "bounced", "chantal.roux@example.net", 1, "mx.example.net",
                        "SMTP error from remote mail server after end of data: 552 5.3.4 Message size "
                          .. "exceeds fixed limit" }, summary(records[1]))
      assert.matches("^chantal%.roux@example%.net R=dnslookup ", records[1].fragment)
      assert.are.same({ "exim", "deferred", "dan@example.com", 2, nil,
                        "SMTP error from remote mail server after RCPT TO:<dan@example.com>: "
                          .. "451 4.7.1 Greylisted" }, summary(records[2]))
      assert.are.same({ "delivered", "eve@example.com" }, { records[3].status, records[3].recipient })
      assert.are.same({ "delivered", "eve+copy@example.com" }, { records[4].status, records[4].recipient })
      assert.are.equal(5, reader:formats().exim)      -- not the line without a message id
    end)
  end)

  describe("Sendmail", function()
    local TO = "Nov 30 09:14:21 legacy sendmail[8813]: 5AU8ELr9008813: to=<f.garnier@example.com>, "
      .. "delay=00:00:01, mailer=esmtp, pri=120451, relay=mx.example.com. [192.0.2.10], dsn=5.0.0, "
      .. "stat=Service unavailable"
    local REPLY = "Nov 30 09:14:21 legacy sendmail[8813]: 5AU8ELr9008813: reply=554 5.7.1 "
      .. "<f.garnier@example.com>: Relay access denied"

    it("the reply= line after the to= line gives the reply, at the to= line", function()
      local records = read_all({ TO, REPLY })
      assert.are.equal(1, #records)
      assert.are.same({ "sendmail", "bounced", "f.garnier@example.com", 1, "mx.example.com",
                        "554 5.7.1 <f.garnier@example.com>: Relay access denied" }, summary(records[1]))
      assert.are.equal(records[1].reply, records[1].fragment)
      assert.are.equal(2, records[1].completed_at)
    end)

    it("the reply= line before the to= line gives it too", function()
      local records = read_all({ REPLY, TO })
      assert.are.same({ 1, 2, 2, "554 5.7.1 <f.garnier@example.com>: Relay access denied" },
                      { #records, records[1].line, records[1].completed_at, records[1].reply })
    end)

    it("without a reply= line, stat= is the reply, once the next line comes", function()
      local records = read_all({ TO, "Nov 30 09:14:22 legacy sendmail[8813]: 5AU8ELr9008813: "
        .. "5AU8EMs0008813: DSN: Service unavailable" })
      assert.are.same({ 1, 2, "Service unavailable", "5.0.0 Service unavailable" },
                      { #records, records[1].completed_at, records[1].reply, records[1].fragment })
    end)

    it("finish() gives a failure still waiting for its reply= line", function()
      local records = read_all({ TO })
      assert.are.same({ 1, 0, 1 }, { #records, records[1].completed_at, records[1].line })
    end)

    it("one record per recipient; Deferred stat is deferred whatever the dsn; Sent is delivered",
      function()
        local records, reader = read_all({
          "Nov 30 09:14:20 legacy sm-mta[8812]: Q1: to=<d.moulin@example.com>,<e.perrin@example.com>, "
            .. "delay=00:00:03, mailer=esmtp, relay=mx.example.com. [192.0.2.10], dsn=5.0.0, "
            .. "stat=Deferred: Connection timed out with mx.example.com.",
          "Nov 30 09:14:21 legacy sm-mta[8813]: Q2: to=<g@example.com>, delay=00:00:01, "
            .. "mailer=esmtp, relay=mx.example.com. [192.0.2.10], dsn=2.0.0, stat=Sent (Ok queued)",
          "Nov 30 09:14:22 legacy sendmail[8814]: starting daemon",
        })
        assert.are.equal(3, #records)
        for i, to in ipairs({ "d.moulin@example.com", "e.perrin@example.com" }) do
          assert.are.same({ "sendmail", "deferred", to, 1, "mx.example.com",
                            "Deferred: Connection timed out with mx.example.com." }, summary(records[i]))
        end
        assert.are.same({ "delivered", "g@example.com", 2 },
                        { records[3].status, records[3].recipient, records[3].line })
        assert.are.same({ postfix = 0, exim = 0, sendmail = 2, dsn = 0 }, reader:formats())
      end)
  end)

  describe("DSN", function()
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
      assert.are.same({ "dsn", "bounced", "chloe.thomas@gmail.com", 3, "gmail-smtp-in.l.google.com",
                        "550-5.1.1 The email account that you tried to reach does not exist. Please "
                          .. "try double-checking the recipient's email address. - gsmtp" },
                      summary(records[1]))
      assert.are.equal(10, records[1].completed_at)     -- Final-Recipient seen again
      assert.matches("^Final%-Recipient: rfc822; chloe%.thomas@gmail%.com\nAction: failed\n",
        records[1].fragment)
      -- no Action: the class of Status decides
      assert.are.same({ "dsn", "deferred", "info@example.net", 10, nil,
                        "451 4.7.1 Greylisted, come back later" }, summary(records[2]))
      assert.are.equal(13, records[2].completed_at)
      assert.are.equal(10, reader:formats().dsn)        -- the lines of both groups
    end)

    it("delivered; no recipient; Status alone as the reply; a mailbox Status: line is nothing",
      function()
        local records, reader = read_all({
          "Status: RO",
          "Subject: Mail delivery failed",
          "Action: failed",
          "Status: 5.1.1",
          "",
          "Final-Recipient: rfc822; ivan@example.org",
          "Action: delivered",
        })
        assert.are.equal(2, #records)
        assert.are.same({ "dsn", "bounced", nil, 3, nil, "5.1.1" }, summary(records[1]))
        assert.are.same({ "dsn", "delivered", "ivan@example.org", 6, 0 },
                        { records[2].format, records[2].status, records[2].recipient, records[2].line,
                          records[2].completed_at })
        assert.are.equal(4, reader:formats().dsn)
      end)
  end)

  describe("the reader", function()
    it("numbers the lines of each input from 1 and keeps the counts of all", function()
      local reader = logs.reader()
      assert.are.same({}, reader:line("nothing to see"))
      assert.are.same({}, reader:line("Final-Recipient: rfc822; a@example.org"))
      assert.are.same({}, reader:line("Action: failed"))
      local records = reader:finish()             -- the end of an input ends the group
      assert.are.same({ 1, "a@example.org", 2 }, { #records, records[1].recipient, records[1].line })
      records = reader:line(POSTFIX_BOUNCED)
      assert.are.same({ 1, 1 }, { #records, records[1].line })
      assert.are.same({}, reader:finish())
      assert.are.same({ postfix = 1, exim = 0, sendmail = 0, dsn = 2 }, reader:formats())
    end)

    it("reads the sample of every format", function()
      local lines = {}
      for line in io.lines("spec/fixtures/cli/every-mta.log") do lines[#lines + 1] = line end
      local records, reader = read_all(lines)
      local got = {}
      for i, r in ipairs(records) do got[i] = r.status .. " " .. tostring(r.recipient) end
      assert.are.same({
        "delivered alice.moreau@gmail.com", "bounced bruno.petit@example.org",
        "bounced chantal.roux@example.net", "delivered chantal.roux+archive@example.net",
        "deferred d.moulin@example.com", "deferred e.perrin@example.com",
        "bounced f.garnier@example.com", "bounced gilles.caron@example.org", "bounced nil",
        "delivered ivan.marchand@example.org",
      }, got)
      assert.are.same({ postfix = 4, exim = 3, sendmail = 4, dsn = 11 }, reader:formats())
    end)
  end)
end)
