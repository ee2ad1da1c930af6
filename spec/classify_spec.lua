local smtperr = require("smtperr")

local classify = smtperr.classify

describe("smtperr.classify", function()
  describe("reads every input form", function()
    it("a single reply", function()
      local r = classify("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
      assert.are.equal(550, r.code)
      assert.are.equal("5.1.1", r.enhanced)
      assert.are.equal("<bob@example.org>: Recipient address rejected: User unknown", r.text)
      assert.are.equal("permanent", r.class)
      assert.is_false(r.retry)
      assert.are.equal("user_unknown", r.reason)
      assert.are.equal("hard", r.bounce)
      assert.are.equal("remove_recipient", r.action)
      assert.are.equal(1, r.lines)
    end)

    for name, sep in pairs({ CRLF = "\r\n", LF = "\n", CR = "\r" }) do
      it("a multi-line reply joined by " .. name, function()
        local r = classify(table.concat({
          "550-5.7.1 [192.0.2.1] Our system has detected that this message is",
          "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent",
          "550 5.7.1 to Gmail, this message has been blocked.",
        }, sep))
        assert.are.equal(550, r.code)
        assert.are.equal("5.7.1", r.enhanced)
        assert.are.equal("[192.0.2.1] Our system has detected that this message is likely "
          .. "unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been "
          .. "blocked.", r.text)
        assert.are.equal("spam_detected", r.reason)
        assert.are.equal(3, r.lines)
        assert.are.equal("Gmail", r.provider)
      end)
    end

    it("a reply that ends with a line break", function()
      local r = classify("452 4.2.2 Mailbox full\r\n")
      assert.are.equal(452, r.code)
      assert.are.equal("Mailbox full", r.text)
      assert.are.equal(1, r.lines)
    end)

    it("a Postfix log fragment", function()
      local r = classify("host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: "
        .. "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)")
      assert.are.equal(550, r.code)
      assert.are.equal("<bob@example.org>: Recipient address rejected: User unknown in virtual "
        .. "mailbox table", r.text)
      assert.are.equal("user_unknown", r.reason)
      assert.are.equal("RCPT", r.command)
      assert.are.equal("mx.example.org", r.host)
    end)

    it("a whole Postfix log line", function()
      local r = classify("Nov 30 10:00:01 mx1 postfix/smtp[4242]: 4B1C21234: to=<bob@example.org>, "
        .. "relay=mx.example.org[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.2.2, "
        .. "status=deferred (host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full "
        .. "(in reply to RCPT TO command))")
      assert.are.equal(452, r.code)
      assert.are.equal("4.2.2", r.enhanced)
      assert.are.equal("Mailbox full", r.text)
      assert.are.equal("transient", r.class)
      assert.are.equal("mailbox_full", r.reason)
      assert.is_true(r.retry)
      assert.are.equal("RCPT", r.command)
    end)

    it("an Exim log line", function()
      local r = classify("2026-11-30 10:00:01 1qXyZa-000Abc-12 ** bob@example.org R=dnslookup "
        .. "T=remote_smtp H=mx.example.org [192.0.2.1]: SMTP error from remote mail server after "
        .. "RCPT TO:<bob@example.org>: 550 5.7.1 Service unavailable; Client host [198.51.100.7] "
        .. "blocked using zen.spamhaus.org")
      assert.are.equal(550, r.code)
      assert.are.equal("5.7.1", r.enhanced)
      assert.are.equal("blocked", r.reason)
      assert.are.equal("soft", r.bounce)
      assert.are.equal("check_reputation", r.action)
      assert.are.equal("RCPT", r.command)
      assert.are.equal("mx.example.org", r.host)
    end)

    it("an Exim bounce message body", function()
      local r = classify(table.concat({
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        "  bob@example.org",
        "    host mx.example.org [192.0.2.1]",
        "    SMTP error from remote mail server after RCPT TO:<bob@example.org>:",
        "    550 5.2.2 <bob@example.org>: mailbox is full",
      }, "\n"))
      assert.are.equal(550, r.code)
      assert.are.equal("<bob@example.org>: mailbox is full", r.text)
      assert.are.equal("mailbox_full", r.reason)
      assert.are.equal("RCPT", r.command)
      assert.are.equal("bob@example.org", r.address)
      assert.are.equal(7, r.lines)
    end)

    it("a DSN Diagnostic-Code field", function()
      local r = classify("Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>... User unknown")
      assert.are.equal(550, r.code)
      assert.are.equal("<bob@example.org>... User unknown", r.text)
      assert.are.equal("user_unknown", r.reason)
      assert.are.equal("bob@example.org", r.address)
    end)

    it("a whole DSN status part", function()
      local r = classify("Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.2.2\n"
        .. "Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 552 5.2.2 Over quota")
      assert.are.equal(552, r.code)
      assert.are.equal("5.2.2", r.enhanced)
      assert.are.equal("Over quota", r.text)
      assert.are.equal("mailbox_full", r.reason)
      assert.are.equal("mx.example.org", r.host)
    end)

    it("lua-resty-mail's error", function()
      local r = classify("/usr/local/openresty/site/lualib/resty/mail/smtp.lua:130: SMTP response "
        .. "was not successful: 550-5.7.26 Unauthenticated email from example.com is not accepted\n"
        .. "550 5.7.26 due to domain's DMARC policy.")
      assert.are.equal(550, r.code)
      assert.are.equal("5.7.26", r.enhanced)
      assert.are.equal("auth_failure", r.reason)
      assert.are.equal("fix_authentication", r.action)
    end)

    it("PHPMailer's errors", function()
      local r = classify("SMTP ERROR: RCPT TO command failed: 550 5.1.1 <bob@example.org>: "
        .. "Recipient address rejected: User unknown in local recipient table")
      assert.are.equal(550, r.code)
      assert.are.equal("user_unknown", r.reason)
      assert.are.equal("RCPT", r.command)
      r = classify("SMTP Error: data not accepted.SMTP server error: DATA END command failed "
        .. "Detail: Message rejected as spam SMTP code: 554 Additional SMTP info: 5.7.1")
      assert.are.equal(554, r.code)
      assert.are.equal("5.7.1", r.enhanced)
      assert.are.equal("spam_detected", r.reason)
      assert.are.equal("DATA", r.command)
      r = classify("SMTP ERROR: Failed to connect to server: Connection refused (111)")
      assert.is_nil(r.code)
      assert.are.equal("network_error", r.reason)
      assert.are.equal("transient", r.class)
    end)

    it("LuaSocket's error: the reply itself", function()
      local r = classify("554 5.7.1 <bob@example.org>: Relay access denied")
      assert.are.equal("relay_denied", r.reason)
      assert.are.equal("fix_configuration", r.action)
    end)

    it("an enhanced code without a reply code", function()
      local r = classify("5.2.2 mailbox full")
      assert.is_nil(r.code)
      assert.are.equal("5.2.2", r.enhanced)
      assert.are.equal("permanent", r.class)
      assert.are.equal("mailbox_full", r.reason)
      r = classify("4.4.7 Message expired")
      assert.are.equal("transient", r.class)
      assert.are.equal("expired", r.reason)
    end)

    it("words alone", function()
      local cases = {
        { "Connection refused", "network_error", "transient" },
        { "timeout", "network_error", "transient" },
        { "mailbox is full", "mailbox_full", "permanent" },
        { "No such user", "user_unknown", "permanent" },
        { "Host or domain name not found", "host_unknown", "permanent" },
      }
      for _, c in ipairs(cases) do
        local r = classify(c[1])
        assert.is_nil(r.code)
        assert.is_nil(r.enhanced)
        assert.are.equal(c[2], r.reason, c[1])
        assert.are.equal(c[3], r.class, c[1])
      end
    end)

    it("a bare code as a number or a string", function()
      local r = classify(550)
      assert.are.equal(550, r.code)
      assert.are.equal("permanent", r.class)
      assert.are.equal("", r.text)
      r = classify("421")
      assert.are.equal(421, r.code)
      assert.are.equal("transient", r.class)
      assert.are.equal("system_error", r.reason)
      assert.is_true(r.retry)
      r = classify(250)
      assert.are.equal("success", r.class)
      assert.is_nil(r.bounce)
      assert.are.equal("none", r.action)
      r = classify("354 End data with <CR><LF>.<CR><LF>")
      assert.are.equal("intermediate", r.class)
      assert.are.equal("continue", r.action)
      assert.is_nil(r.bounce)
    end)

    it("a code and a text apart", function()
      local r = classify(550, "Requested action not taken: mailbox unavailable")
      assert.are.equal(550, r.code)
      assert.are.equal("user_unknown", r.reason)
      r = classify(452, "4.2.2 The email account that you tried to reach is over quota.")
      assert.are.equal(452, r.code)
      assert.are.equal("4.2.2", r.enhanced)
      assert.are.equal("mailbox_full", r.reason)
      assert.is_true(r.retry)
    end)
  end)

  describe("normalizes the text the same wherever a break falls", function()
    -- The scanner reads eight bytes at a time: each break is tried at every
    -- offset of a block, and its word runs as the rest of the text does.
    local breaks = {
      { "two spaces", "  " }, { "a tab", "\t" }, { "Exim's \\n", "\\n" },
      { "a continuation prefix", " 550-" }, { "the code and enhanced code again", " 550 5.1.1 " },
    }
    for _, case in ipairs(breaks) do
      it(case[1], function()
        for k = 0, 17 do
          local word = ("x"):rep(k)
          local r = classify("550 5.1.1 " .. word .. case[2] .. "user unknown")
          assert.are.equal(word == "" and "user unknown" or word .. " user unknown", r.text)
          assert.are.equal("user_unknown", r.reason)
        end
      end)
    end

    it("keeps a word that only starts like the code", function()
      for k = 1, 17 do
        local word = ("x"):rep(k)
        assert.are.equal(word .. " 5xx user unknown", classify("550 " .. word .. " 5xx user unknown").text)
        assert.are.equal(word .. " back\\slash", classify("550 " .. word .. " back\\slash").text)
      end
    end)
  end)

  describe("does not mistake other numbers for reply codes", function()
    local traps = {
      "Message rejected [506]: content looks like spam",
      "Mail rejete. Mail rejected. ofr_506 spam detected",
      "spam detected by filter 2.11.3 at 10:20:30 on 2026-11-30",
      "connect to mx.example.org[192.0.2.250]:25: Connection timed out",
      "queue 4B1C2550 size=550 delay=421, connection timed out",
      "message size 20971520 exceeds size limit 10240000 of server mx.example.org[192.0.2.1]",
      "Delivery failed after 450 attempts: mailbox full",
      "blocked by policy 5.7.606 (ip 192.168.250.254)",
      "Access denied, IP 203.0.113.254 has exceeded permitted limits",
    }
    for _, text in ipairs(traps) do
      it(text, function()
        local r = assert(classify(text))
        assert.is_nil(r.code)
      end)
    end

    it("does not read a DSN's non-SMTP diagnostic as a reply code", function()
      local r = classify("X-Unix; 255")          -- a local delivery program's exit status
      assert.is_nil(r.code)
      assert.are.equal("system_error", r.reason)
      assert.are.equal(550, classify("Diagnostic-Code: smtp; 550 5.1.1 user unknown").code)
    end)

    it("keeps the enhanced code with three-digit parts", function()
      local r = classify("5.7.606 Access denied, banned sending IP [192.0.2.1]")
      assert.is_nil(r.code)
      assert.are.equal("5.7.606", r.enhanced)
      assert.are.equal("blocked", r.reason)
      r = classify("451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited")
      assert.are.equal(451, r.code)
      assert.are.equal("4.7.650", r.enhanced)
      assert.are.equal("blocked", r.reason)        -- Microsoft: rate limited for the IP's reputation
    end)

    it("does not take IP addresses or versions for enhanced codes", function()
      assert.is_nil(classify("Connection refused by 5.1.1.1").enhanced)
      assert.is_nil(classify("timeout talking to 10.5.1.1").enhanced)
      assert.is_nil(classify("Postfix 3.7.11: timeout").enhanced)
    end)

    it("takes the first reply when another is quoted inside it", function()
      local r = classify("554 4.4.7 Message expired: unable to deliver in 840 minutes."
        .. "<421 4.4.2 Connection timed out>")
      assert.are.equal(554, r.code)
      assert.are.equal("4.4.7", r.enhanced)
      assert.are.equal("permanent", r.class)
      assert.are.equal("expired", r.reason)
    end)
  end)

  describe("when code, enhanced code and words disagree", function()
    it("a specific phrase beats the enhanced code", function()
      local r = classify("550 5.1.1 <kijitora@example.com> - 203.0.113.222 has sent to too many "
        .. "recipients this hour. IB607")
      assert.are.equal("rate_limited", r.reason)
      assert.are.equal("soft", r.bounce)
    end)

    it("a specific enhanced code beats a weak phrase", function()
      local r = classify("550 5.1.1 Recipient rejected: blocked")
      assert.are.equal("user_unknown", r.reason)
      assert.are.equal("enhanced 5.1.1", r.evidence)
    end)

    it("a weak phrase around a specific one does not hide it", function()
      local r = classify("550 5.7.1 IP address blacklisted by recipient")
      assert.are.equal("blocked", r.reason)
      assert.are.equal('phrase "blacklist"', r.evidence)
    end)

    it("the reply code sets the class over the enhanced code", function()
      local r = classify("452 5.2.2 Mailbox over quota")
      assert.are.equal("transient", r.class)
      assert.is_true(r.retry)
      r = classify("550 4.2.2 mailbox full")
      assert.are.equal("permanent", r.class)
      assert.are.equal("contact_recipient", r.action)
    end)

    it("a success code wins over alarming words", function()
      local r = classify("250 2.0.0 Ok: queued as 4B1C2; spam score 0.1, no virus found")
      assert.are.equal("success", r.class)
      assert.are.equal("success", r.reason)
      assert.is_false(r.retry)
    end)

    it("a block-listed sender is a soft bounce even with 550", function()
      local r = classify("550 5.7.1 Service unavailable; client [192.0.2.1] blocked using "
        .. "bl.spamcop.net")
      assert.are.equal("blocked", r.reason)
      assert.are.equal("soft", r.bounce)
    end)

    it("a bare 550 is read as a refusal by policy, and says that it is a reading", function()
      local r = classify("550 Rejected")
      assert.are.equal("policy_violation", r.reason)
      assert.are.equal("best reading of code 550", r.evidence)
      assert.are.equal("soft", r.bounce)
      assert.are.equal("contact_postmaster", r.action)
    end)
  end)

  describe("reaches every reason and action", function()
    local cases = {
      user_unknown = "550 5.1.1 User unknown",
      mailbox_disabled = "550 5.2.1 The email account that you tried to reach is disabled.",
      has_moved = "551 User not local; please try <bob@example.net>",
      host_unknown = "550 Unrouteable address",
      mailbox_full = "552 5.2.2 Quota exceeded",
      message_too_big = "552 5.3.4 Message size exceeds fixed limit",
      too_many_recipients = "452 4.5.3 Error: too many recipients",
      rate_limited = "421 4.7.0 Error: too many connections from 192.0.2.1",
      greylisted = "450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted",
      blocked = "554 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
      spam_detected = "554 5.7.1 Spam message rejected",
      virus_detected = "550 Virus Detected; Content Rejected",
      policy_violation = "550 Administrative prohibition",
      auth_failure = "550 5.7.23 SPF validation failed",
      auth_required = "530 5.7.0 Authentication required",
      tls_required = "530 5.7.0 Must issue a STARTTLS command first",
      relay_denied = "554 5.7.1 <bob@example.org>: Relay access denied",
      sender_rejected = "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
      syntax_error = "500 5.5.2 Error: command not recognized",
      bad_sequence = "503 5.5.1 Error: need MAIL command",
      not_implemented = "502 5.5.1 Unimplemented command",
      content_error = "554 5.6.0 Message is malformed",
      system_error = "452 4.3.1 Insufficient system storage",
      network_error = "421 4.4.2 Connection dropped",
      expired = "4.4.7 Message expired",
      success = "250 2.1.5 Ok",
      intermediate = "334 VXNlcm5hbWU6",
      unknown = "554 5.5.1 Error: no valid recipients",
    }
    for reason in pairs(smtperr.reasons) do
      it(reason, function()
        assert.is_string(cases[reason], "a case for " .. reason)
        assert.are.equal(reason, classify(cases[reason]).reason)
      end)
    end

    it("every action", function()
      local seen = {}
      for _, reply in pairs(cases) do seen[classify(reply).action] = true end
      local extra = {
        "451 4.3.0 Temporary lookup failure",           -- retry
        "550 5.7.1 Delivery not authorized",            -- contact_postmaster
        "530 5.7.0 Authentication required",            -- authenticate
        "550 5.1.1 User unknown",                       -- remove_recipient
        "552 5.2.2 Mailbox full",                       -- contact_recipient
        "550 5.1.6 Recipient has moved",                -- update_recipient
        "101",                                          -- fix_configuration
      }
      for _, reply in ipairs(extra) do seen[classify(reply).action] = true end
      for action in pairs(smtperr.actions) do
        assert.is_true(seen[action] == true, "no case reaches " .. action)
      end
    end)

    it("bounce is hard only for a permanent failure of the address", function()
      assert.are.equal("hard", classify("550 5.1.1 User unknown").bounce)
      assert.are.equal("soft", classify("450 4.1.1 User unknown").bounce)
      assert.are.equal("hard", classify("550 5.2.1 Mailbox disabled").bounce)
      assert.are.equal("hard", classify("550 5.1.6 Recipient has moved").bounce)
      assert.are.equal("hard", classify("550 Unrouteable address").bounce)
      assert.are.equal("soft", classify("550 5.7.1 Message rejected as spam").bounce)
      assert.are.equal("soft", classify("552 5.2.2 Mailbox full").bounce)
    end)
  end)

  describe("bad input", function()
    it("answers nil and a message when nothing is recognised", function()
      for _, v in ipairs({ "", "hello world", "   ", "\0\0\0", "999 nine nine nine", "12345" }) do
        local r, err = classify(v)
        assert.is_nil(r, v)
        assert.matches("no SMTP reply code", err)
      end
    end)

    it("quotes at most 80 bytes of the input, never half a character", function()
      local _, err = classify(("é"):rep(100))
      local quoted = err:match(": (.*)$")
      assert.are.equal(("é"):rep(40), quoted)
      _, err = classify("x" .. ("é"):rep(100))
      assert.are.equal("x" .. ("é"):rep(39), err:match(": (.*)$"))
    end)

    it("answers nil and a message for a code out of range", function()
      for _, v in ipairs({ 0, -550, 99999, 550.5, 0 / 0, math.huge, 999, 199 }) do
        local r, err = classify(v)
        assert.is_nil(r, tostring(v))
        assert.is_string(err)
      end
    end)

    it("raises for wrong types", function()
      for _, v in ipairs({ {}, true, print }) do
        assert.has_error(function() classify(v) end)
      end
      assert.has_error(function() classify() end)
      assert.has_error(function() classify(550, {}) end)
      assert.has_error(function() classify("550 x", "extra") end)
    end)
  end)
end)
