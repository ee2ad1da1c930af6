-- The evidence and hints classify reads from a reply: why it decided, the
-- SMTP stage, the address, the remote host, how long to wait, the help link.
local smtperr = require("smtperr")

local classify = smtperr.classify

describe("classify's evidence and hints", function()
  describe("evidence", function()
    it("names the phrase that decided", function()
      assert.are.equal('phrase "user unknown"', classify("550 5.1.1 User unknown").evidence)
    end)

    it("names a provider's own code", function()
      local r = classify("550-5.7.26 This mail has been blocked because the sender is\n"
        .. "550 5.7.26 unauthenticated. x12si1234567qkb.12 - gsmtp")
      assert.are.equal("Gmail", r.provider)
      assert.are.equal('provider gmail "5.7.26"', r.evidence)
      assert.are.equal("auth_failure", r.reason)
    end)

    it("names the enhanced code, then the reply code", function()
      assert.are.equal("enhanced 5.2.2", classify("552 5.2.2 Over the limit").evidence)
      assert.are.equal("code 452", classify("452 Requested action not taken").evidence)
    end)

    it("names a user rule by its number", function()
      local c = smtperr.new({ rules = {
        { match = "nothing here", reason = "blocked" },
        { match = "no such person", reason = "user_unknown" },
      } })
      assert.are.equal("user rule 2", c:classify("550 no such person here").evidence)
    end)

    it("says when the SMTP stage turned the reason around", function()
      local r = classify("SMTP error from remote mail server after MAIL FROM:<me@example.com> "
        .. "SIZE=1234: 553 5.1.8 <me@example.com>: Domain not found")
      assert.are.equal("MAIL", r.command)
      assert.are.equal("sender_rejected", r.reason)
      assert.are.equal('phrase "domain not found" at MAIL', r.evidence)
    end)

    it("is shown by explain in a 'because' clause", function()
      local text = smtperr.explain("550 5.1.1 <bob@example.org>: User unknown")
      assert.is_truthy(text:find('because phrase "user unknown"', 1, true))
      text = smtperr.explain("550 5.1.1 <bob@example.org>: User unknown", "fr")
      local nbsp = "\194\160"                  -- French guillemets hold no-break spaces
      assert.is_truthy(text:find("d'après expression «" .. nbsp .. "user unknown" .. nbsp .. "»", 1, true))
    end)
  end)

  describe("command: the SMTP stage", function()
    local stages = {
      -- Postfix
      { "host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)", "RCPT" },
      { "host mx.example.org[192.0.2.1] said: 553 5.7.1 Sender rejected (in reply to MAIL FROM command)", "MAIL" },
      { "host mx.example.org[192.0.2.1] said: 554 5.7.1 Spam message rejected "
        .. "(in reply to end of DATA command)", "DATA" },
      { "host mx.example.org[192.0.2.1] said: 554 5.5.1 Error: no valid recipients "
        .. "(in reply to DATA command)", "DATA" },
      { "host mx.example.org[192.0.2.1] refused to talk to me: 554 5.7.1 Blocked", "CONNECT" },
      { "host mx.example.org[192.0.2.1] said: 501 5.5.4 Invalid EHLO argument (in reply to EHLO command)", "EHLO" },
      { "host mx.example.org[192.0.2.1] said: 454 4.7.0 TLS not available (in reply to STARTTLS command)", "STARTTLS" },
      { "lost connection with mx.example.org[192.0.2.1] while performing the HELO handshake", "HELO" },
      { "conversation with mx.example.org[192.0.2.1] timed out while receiving the initial "
        .. "server greeting", "CONNECT" },
      -- Exim
      { "SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 User unknown", "RCPT" },
      { "SMTP error from remote mail server after MAIL FROM:<me@example.com> SIZE=2048: 550 5.7.1 Rejected", "MAIL" },
      { "SMTP error from remote mail server after end of data: 552 5.3.4 Message too big", "DATA" },
      { "SMTP error from remote mail server after pipelined RCPT TO:<bob@example.org>: 450 4.2.0 Greylisted", "RCPT" },
      { "SMTP error from remote mail server after initial connection: 554 5.7.1 Go away", "CONNECT" },
      -- Sendmail
      { "... while talking to mx.example.org.:\n>>> RCPT To:<bob@example.org>\n"
        .. "<<< 550 5.1.1 <bob@example.org>... User unknown", "RCPT" },
      { "... while talking to mx.example.org.:\n>>> DATA\n<<< 554 5.7.1 Message rejected", "DATA" },
      { "... while talking to mx.example.org.:\n>>> MAIL From:<me@example.com> SIZE=120\n"
        .. "<<< 553 5.1.8 Domain of sender address does not exist", "MAIL" },
      -- Microsoft
      { "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM", "MAIL" },
      -- PHPMailer
      { "SMTP ERROR: RCPT TO command failed: 550 5.1.1 User unknown", "RCPT" },
      { "SMTP ERROR: Password command failed: 535 5.7.8 Authentication failed", "AUTH" },
    }
    for _, case in ipairs(stages) do
      it(case[2] .. ": " .. case[1]:sub(1, 50), function()
        assert.are.equal(case[2], classify(case[1]).command)
      end)
    end

    it("is nil when the text does not say", function()
      assert.is_nil(classify("550 5.1.1 User unknown").command)
    end)

    it("turns an address problem at MAIL into the sender's", function()
      local at_rcpt = classify("SMTP error from remote mail server after RCPT TO:<bob@example.org>: "
        .. "550 5.1.1 User unknown")
      local at_mail = classify("SMTP error from remote mail server after MAIL FROM:<me@example.com>: "
        .. "550 5.1.1 User unknown")
      assert.are.equal("user_unknown", at_rcpt.reason)
      assert.are.equal("hard", at_rcpt.bounce)
      assert.are.equal("sender_rejected", at_mail.reason)
      assert.are.equal("soft", at_mail.bounce)
      assert.are.equal("fix_configuration", at_mail.action)
    end)
  end)

  describe("address", function()
    it("in angle brackets", function()
      assert.are.equal("bob@example.org",
        classify("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown").address)
    end)

    it("bare, as Sendmail writes it", function()
      assert.are.equal("bob@example.org", classify("550 5.1.1 bob@example.org... User unknown").address)
    end)

    it("prefers the one in brackets when several are named", function()
      local r = classify("550 5.7.1 Message from me@example.com to <bob@example.org> rejected; "
        .. "ask postmaster@example.org")
      assert.are.equal("bob@example.org", r.address)
    end)

    it("takes the first of several bare ones", function()
      assert.are.equal("first@example.org",
        classify("550 5.1.1 first@example.org and second@example.org: no such user").address)
    end)

    it("falls back to the wrapper's", function()
      local r = classify("SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 No such user")
      assert.are.equal("bob@example.org", r.address)
    end)

    it("is nil when no address is named", function()
      assert.is_nil(classify("550 5.1.1 The email account that you tried to reach does not exist.").address)
      assert.is_nil(classify("550 see https://example.org/?a=1@2 for help").address)
    end)
  end)

  describe("host", function()
    local hosts = {
      { "host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown", "mx.example.org" },
      { "** bob@example.org R=dnslookup T=remote_smtp H=mx2.example.org [192.0.2.2]: SMTP error "
        .. "from remote mail server after RCPT TO:<bob@example.org>: 550 No such user", "mx2.example.org" },
      { "connect to mx3.example.org[192.0.2.3]:25: Connection timed out", "mx3.example.org" },
      { "lost connection with mx4.example.org[192.0.2.4] while sending RCPT TO", "mx4.example.org" },
      { "Remote-MTA: dns; mx5.example.org\nDiagnostic-Code: smtp; 550 5.1.1 User unknown", "mx5.example.org" },
      { "... while talking to mx6.example.org.:\n>>> DATA\n<<< 554 5.7.1 Rejected", "mx6.example.org" },
    }
    for _, case in ipairs(hosts) do
      it(case[2], function()
        assert.are.equal(case[2], classify(case[1]).host)
      end)
    end

    it("is not a word that follows 'host'", function()
      assert.is_nil(classify("Host or domain name not found").host)
      assert.is_nil(classify("550 Client host rejected: cannot find your hostname").host)
    end)
  end)

  describe("retry_after", function()
    local waits = {
      { "451 4.7.1 Please try again in 5 minutes", 300 },
      { "451 4.7.1 Retry after 300 seconds", 300 },
      { "450 4.2.0 Greylisted for 60 seconds", 60 },
      { "421 4.7.0 Please wait 1 hour before trying again", 3600 },
      { "451 4.7.1 Greylisting in action, please come back in 00:05:00", 300 },
      { "450 4.7.1 Greylisted, try again in 2 min", 120 },
      { "421 4.7.0 Temporarily blocked for 24 hours", 86400 },
      { "451 4.7.1 Veuillez réessayer dans 10 minutes", 600 },
      { "451 4.7.1 Réessayez dans 1 heure", 3600 },
      { "450 4.7.1 Bitte versuchen Sie es in 15 Minuten erneut", 900 },
      { "450 4.7.1 Greylisting: bitte erneut in 30 Sekunden versuchen", 30 },
    }
    for _, case in ipairs(waits) do
      it(case[1], function()
        assert.are.equal(case[2], classify(case[1]).retry_after)
      end)
    end

    it("is nil when the text gives no duration", function()
      for _, reply in ipairs({
        "451 4.7.1 Try again later",
        "554 4.4.7 Message expired: unable to deliver in 840 minutes.",
        "452 4.5.3 Too many recipients, 100 at most",
        "421 4.7.0 Please wait",
        "450 4.2.0 Greylisted for 5 attempts",
      }) do
        assert.is_nil(classify(reply).retry_after, reply)
      end
    end)
  end)

  describe("help", function()
    it("is the link the reply holds, as written", function()
      local r = classify("550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
        .. "550-5.1.1 double-checking the recipient's email address for typos or\n"
        .. "550-5.1.1 unnecessary spaces. For more information, go to\n"
        .. "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser x7si123 - gsmtp")
      assert.are.equal("https://support.google.com/mail/?p=NoSuchUser", r.help)
    end)

    it("drops the punctuation around it", function()
      assert.are.equal("http://postmaster.yahoo.com/550-bl23.html",
        classify("553 5.7.1 [BL21] blocked; see http://postmaster.yahoo.com/550-bl23.html.").help)
      assert.are.equal("http://x.co/rlbounce",
        classify("550 5.1.1 too many recipients this hour. IB607 <http://x.co/rlbounce>").help)
    end)

    it("stops at the end of the line", function()
      local r = classify("554-IP address is block listed.\n554 For explanation visit "
        .. "https://postmaster.gmx.net/en/case?c=r0201\nnot part of it")
      assert.are.equal("https://postmaster.gmx.net/en/case?c=r0201", r.help)
    end)

    it("is never invented", function()
      assert.is_nil(classify("550 5.1.1 User unknown").help)
      assert.is_nil(classify("550-5.7.1 Blocked by Gmail - gsmtp").help)
    end)
  end)

  describe("lines", function()
    it("counts the lines read", function()
      assert.are.equal(1, classify("550 5.1.1 User unknown").lines)
      assert.are.equal(3, classify("550-a\r\n550-b\r\n550 c user unknown\r\n").lines)
      assert.are.equal(2, classify("550-a\r550 b user unknown").lines)
      assert.are.equal(0, classify(550).lines)
    end)
  end)
end)
