-- How a reply of a kind no table has seen is read (issue 13): several
-- replies in one text, greetings before a refusal, words split by an address
-- or a number, generic words against specific codes, advice, expiry
-- wrappers, bare refusals, client errors, Python's smtplib, other languages.
-- Each wording below is written for this spec, none copied from a fixture.
local smtperr = require("smtperr")

local function reads(reply, reason, class)
  local r, err = smtperr.classify(reply)
  assert.is_table(r, err)
  assert.are.equal(reason, r.reason, reply)
  if class then assert.are.equal(class, r.class, reply) end
  return r
end

describe("reading: several replies in one text", function()
  it("the first failure that says why decides, not its follow-up", function()
    reads("550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in local "
      .. "recipient table\n554 5.5.1 Error: no valid recipients", "user_unknown", "permanent")
    reads("452 4.2.2 Mailbox full\n503 5.5.1 Need RCPT command", "mailbox_full", "transient")
    reads("550 Unknown user paul@example.org\n554 No valid recipients, start afresh",
      "user_unknown", "permanent")
    reads("552 5.3.4 Message size exceeds fixed limit\n503 Bad sequence of commands",
      "message_too_big", "permanent")
  end)

  it("the code and enhanced code are the deciding reply's", function()
    local r = reads("450 4.2.1 <kim@example.org>: Mailbox temporarily disabled\n554 5.5.1 no valid "
      .. "recipients", "mailbox_disabled", "transient")
    assert.are.equal(450, r.code)
    assert.are.equal("4.2.1", r.enhanced)
  end)
end)

describe("reading: greetings and accepted commands before the failure", function()
  it("a failure later in the exchange decides the class", function()
    reads("220-mail.example.org ESMTP Postfix\n421 4.3.2 Service shutting down, try later",
      "system_error", "transient")
    local r = reads("220 mx.example.com ready\n250 mx.example.com Hello\n550 5.7.1 Client host "
      .. "[198.51.100.7] blocked using zen.spamhaus.org", "blocked", "permanent")
    assert.are.equal(550, r.code)
    reads("250 2.1.0 Sender ok\n451 4.7.1 Greylisted, please try again in 300 seconds",
      "greylisted", "transient")
  end)

  it("a greeting alone is still a success", function()
    reads("220 smtp.example.net ESMTP ready", "success", "success")
  end)
end)

describe("reading: words split by an address, a name or a number", function()
  it("slots hold the words together", function()
    reads("550 User (max@example.com) unknown", "user_unknown", "permanent")
    reads("550 User <max@example.com> unknown", "user_unknown", "permanent")
    reads("550 Command RCPT User <lou@example.org> not OK", "user_unknown", "permanent")
    reads("550 <lou@example.org>: Invalid User", "user_unknown", "permanent")
    reads("550 Mailbox \"lou\" does not exist", "user_unknown", "permanent")
    reads("550 Recipient <nora@example.net> not found", "user_unknown")
    reads("452 Mailbox <tom@example.org> is full", "mailbox_full", "transient")
    reads("550 Account <joe@example.com> has been disabled", "mailbox_disabled")
    reads("550 Domain example.invalid not found", "host_unknown")
    reads("554 Your IP 203.0.113.9 is listed in bl.example.org", "blocked")
    reads("552 Message size 48211003 exceeds the limit", "message_too_big")
    reads("452 More than 100 recipients in one message", "too_many_recipients")
  end)

  it("user rules take gaps and slots too", function()
    local c = assert(smtperr.new({ rules = {
      { match = "mailbox {address} is frozen", reason = "mailbox_disabled" },
      { match = "quota ... exceeded", reason = "mailbox_full" },
      { match = "wait {number} minutes", reason = "greylisted" },
    } }))
    assert.are.equal("mailbox_disabled", c:classify("550 Mailbox <eve@example.org> is frozen").reason)
    assert.are.equal("mailbox_full", c:classify("452 Quota of this mailbox exceeded").reason)
    assert.are.equal("greylisted", c:classify("451 Please wait 5 minutes").reason)
    assert.are.equal("user rule 3", c:classify("451 Please wait 5 minutes").evidence)
    assert.are_not.equal("user rule 3", c:classify("451 Please wait five minutes").evidence)
  end)

  it("a malformed pattern is an error that says why", function()
    for _, bad in ipairs({ "... unknown", "unknown ...", "user {address} {word} x" }) do
      local ok, err = pcall(smtperr.new, { rules = { { match = bad, reason = "user_unknown" } } })
      assert.is_false(ok)
      assert.matches("rule 1", err)
    end
  end)
end)

describe("reading: generic words and specific codes", function()
  it("a specific registered enhanced code beats a generic phrase", function()
    reads("422 4.2.2 Quota limit exceeded", "mailbox_full", "transient")
    reads("552 5.2.2 Storage limit exceeded for this mailbox", "mailbox_full")
    reads("525 5.7.13 User account disabled", "mailbox_disabled", "permanent")
  end)

  it("a specific phrase beats a broad code such as 5.7.1 or 5.0.0", function()
    reads("550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "auth_required")
    reads("554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using "
      .. "b.barracudacentral.org", "blocked")
    reads("550 5.0.0 User unknown", "user_unknown")
  end)

  it("a quota of mail sent or relayed is a rate; a mailbox's quota is its size", function()
    reads("550 5.4.5 Daily user sending quota exceeded.", "rate_limited")
    reads("554 You have reached your daily relay quota - 198.51.100.7", "rate_limited")
    reads("451 4.7.1 Hourly relay quota exceeded for sender <ann@example.com>", "rate_limited")
    reads("552 5.2.2 Mailbox quota exceeded for this recipient", "mailbox_full")
  end)

  it("a limit on outgoing mail is a rate", function()
    reads("550 5.4.6 Outgoing mail limit reached for this account", "rate_limited")
    reads("554 5.7.0 Your message could not be sent. The limit on the number of allowed "
      .. "outgoing messages was exceeded. Try again later.", "rate_limited")
  end)

  it("a deactivated or closed mailbox is disabled, whatever its code says", function()
    reads("550 5.1.1 The user's mailbox has been deactivated", "mailbox_disabled")
    reads("550 This account has been closed", "mailbox_disabled")
    reads("550 Requested action not taken: mailbox is closed", "mailbox_disabled")
  end)

  it("a deny list is a block list", function()
    reads("550 Sender is on user denylist", "blocked")
    reads("554 5.7.1 Your IP 192.0.2.1 is on our deny list", "blocked")
  end)
end)

describe("reading: advice weighs less than the diagnosis", function()
  it("a reason named in a sentence of advice does not decide", function()
    reads("550 5.7.1 Message rejected due to spam classification. To reduce spam, set up SPF "
      .. "records for your sending domain", "spam_detected")
    reads("554 5.7.1 This message looks like spam. For more information about DKIM and SPF, "
      .. "please visit our help pages", "spam_detected")
    reads("550 5.1.1 Mailbox not found. If you believe your DMARC setup is at fault, contact "
      .. "your administrator", "user_unknown")
  end)

  it("a link still names its cause", function()
    reads("550-5.1.1 Try double-checking the address. Learn more at "
      .. "https://support.google.com/mail/?p=NoSuchUser", "user_unknown")
  end)
end)

describe("reading: the wrapper's expiry does not hide the cause", function()
  it("the cause quoted inside a give-up message decides", function()
    reads("Remote host said: 452 4.2.2 Mailbox full\nGiving up on 192.0.2.3.\nI'm not going "
      .. "to try again; this message has been in the queue too long.", "mailbox_full")
    reads("Deferred: Connection timed out with mx.example.org.\nMessage could not be delivered "
      .. "for 5 days", "network_error", "permanent")
  end)

  it("expiry alone is expired", function()
    reads("Message expired after sitting in queue for 5 days", "expired")
    reads("retry timeout exceeded", "expired", "permanent")
  end)
end)

describe("reading: short, bare refusals", function()
  it("the code gives a best reading, and the evidence says so", function()
    local r = reads("550 Rejected", "policy_violation", "permanent")
    assert.are.equal("best reading of code 550", r.evidence)
    r = reads("554 Transaction failed", "policy_violation")
    assert.matches("^best reading", r.evidence)
  end)

  it("the stage refused, a bare greeting, an address shown", function()
    local r = reads("SMTP error from remote mail server after RCPT TO:<amy@example.org>: 550 "
      .. "Not accepted", "user_unknown", "permanent")
    assert.are.equal("best reading of a refusal at RCPT", r.evidence)
    r = reads("554 mx2.example.net", "blocked")
    assert.are.equal("best reading of a refused greeting", r.evidence)
    r = reads("550 <amy@example.org> Rejected", "user_unknown")
    assert.are.equal("best reading of a refusal that names an address", r.evidence)
    reads("550 5.2.0 Message Filtered", "policy_violation")
    reads("550 #5.1.0 Address rejected", "user_unknown")
  end)

  it("a refusal that says why is not a best reading", function()
    assert.is_nil(reads("550 5.1.1 User unknown", "user_unknown").evidence:match("best reading"))
  end)

  it("a temporary bare refusal stays unknown", function()
    reads("450 Try later", "unknown", "transient")
  end)
end)

describe("reading: client errors that carry no code", function()
  it("a closed, reset or garbled connection is a transient network_error", function()
    for _, text in ipairs({
      "closed",
      "/usr/local/openresty/lualib/resty/mail/smtp.lua:189: closed",
      "SMTP error from remote mail server after RCPT TO:<bob@example.org>: closed",
      "invalid server reply",
      "Connection unexpectedly closed",
      "SMTPServerDisconnected('Connection unexpectedly closed')",
      "smtplib.SMTPServerDisconnected: Connection unexpectedly closed: timed out",
      "Error: Connection closed unexpectedly",
      "read ECONNRESET",
      "Greeting never received",
      "dial tcp: lookup smtp.example.com: no such host",
    }) do
      reads(text, "network_error", "transient")
    end
  end)

  it("a TLS library that could not agree with the server is a TLS problem", function()
    reads("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)", "tls_required")
    reads("error:1408F10B:SSL routines:ssl3_get_record:wrong version number", "tls_required")
  end)

  it("a provider's notice that a message was not delivered, and no more, is recognised", function()
    reads("Your message wasn't delivered because the recipient's email provider rejected it.", "unknown")
    reads("Message not delivered. There was a problem delivering your message to bob@example.org.",
      "unknown", "permanent")
  end)

  it("the English messages of mail clients and libraries", function()
    reads("SMTP Error: Could not authenticate.", "auth_required")
    reads("SMTP Error (-1): Connection to server failed.", "network_error", "transient")
    reads("The following From address failed: carol@example.org", "sender_rejected")
    reads("The message could not be sent because connecting to Outgoing server (SMTP) "
      .. "smtp.example.net failed.", "network_error", "transient")
    reads("The size of the message you are trying to send exceeds the global size limit (10485760 "
      .. "bytes) of the server.", "message_too_big")
  end)

  it("'closed' inside a reply is not a client error", function()
    reads("550 5.2.1 Mailbox closed: account closed by owner", "mailbox_disabled")
    reads("550 5.1.1 Account status: closed", "user_unknown")
    assert.is_nil(smtperr.classify("The shop is closed"))
  end)
end)

describe("reading: Python's smtplib shapes", function()
  local luasocket = "550-5.1.1 The email account that you tried to reach does not exist. "
    .. "Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n"
    .. "550 5.1.1 unnecessary spaces."
  local python = [[{'ivy@example.com': (550, b"5.1.1 The email account that you tried to reach ]]
    .. [[does not exist. Please try\n5.1.1 double-checking the recipient's email address for ]]
    .. [[typos or\n5.1.1 unnecessary spaces.")}]]

  it("reads like the same reply from LuaSocket", function()
    local a, b = assert(smtperr.classify(luasocket)), assert(smtperr.classify(python))
    assert.are.equal(a.reason, b.reason)
    assert.are.equal(a.code, b.code)
    assert.are.equal(a.enhanced, b.enhanced)
    assert.are.equal(3, b.lines)
    assert.are.equal(a.text, b.text)
    assert.are.equal("ivy@example.com", b.address)
  end)

  it("escapes undone, exception names aside, the first recipient first", function()
    local r = reads([[smtplib.SMTPDataError: (554, b'5.7.1 Message refused: caf\xc3\xa9 spam ]]
      .. [[content')]], "spam_detected", "permanent")
    assert.matches("café", r.text)
    r = reads([[SMTPRecipientsRefused({'a@example.org': (452, b'4.2.2 Over quota'), ]]
      .. [['b@example.org': (550, b'5.1.1 User unknown')})]], "mailbox_full", "transient")
    assert.are.equal("a@example.org", r.address)
    reads([[(535, b'5.7.8 Username and Password not accepted.')]], "auth_required")
  end)
end)
