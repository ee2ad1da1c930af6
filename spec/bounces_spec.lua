-- smtperr.bounces over the development corpus of real bounces (spec/fixtures/bounces,
-- half of Sisimai's public test set), against what Sisimai 4.25 reports for each
-- recipient, with the mapping of its reasons to ours (README there). Targets: 97% of
-- Sisimai's recipients found, 97% of ours confirmed, 90% of reasons agreeing.
local smtperr = require("smtperr")

local DIR = "spec/fixtures/bounces/"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- Sisimai's reasons in our vocabulary (spec/fixtures/bounces/README.md).
local MAPPING = {
  userunknown = { "user_unknown" },
  filtered = { "user_unknown", "policy_violation", "spam_detected", "blocked", "content_error" },
  mailboxfull = { "mailbox_full" },
  hostunknown = { "host_unknown" },
  notaccept = { "host_unknown", "policy_violation", "blocked" },
  mesgtoobig = { "message_too_big" },
  exceedlimit = { "message_too_big", "too_many_recipients" },
  norelaying = { "relay_denied" },
  spamdetected = { "spam_detected" },
  suspend = { "mailbox_disabled" },
  rejected = { "sender_rejected", "blocked", "policy_violation" },
  policyviolation = { "policy_violation", "spam_detected", "auth_failure", "content_error" },
  blocked = { "blocked", "auth_failure" },
  contenterror = { "content_error" },
  securityerror = { "auth_required", "auth_failure", "tls_required" },
  systemerror = { "system_error" },
  systemfull = { "system_error", "mailbox_full" },
  networkerror = { "network_error" },
  toomanyconn = { "rate_limited" },
  expired = { "expired", "network_error" },
  hasmoved = { "has_moved" },
  virusdetected = { "virus_detected" },
  syntaxerror = { "syntax_error", "bad_sequence", "not_implemented" },
  mailererror = { "system_error" },
  delivered = { "success" },
}

-- Where we read a bounce otherwise than Sisimai 4.25, and why. Keyed by file; 'recipient'
-- and 'reason' say what smtperr must answer for the recipient Sisimai names.
local DISAGREE = {
  ["arf-11.eml"] = { none = "undisclosed-recipient-in-headers@libsisimai.org.invalid",
    why = "the report names no recipient: Sisimai's address is a placeholder it makes up" },
  ["lhost-domino-03.eml"] = { none = "kijitora@neko.example.com", also = "kijitora@neko.example.org",
    why = "the DSN's Final-Recipient says example.org; Sisimai follows a text the test data sanitised otherwise" },
  ["lhost-office365-04.eml"] = { none = "otsu-sakaba-hunter-nyaaaaaaan@ezweb.ne.jp",
    also = "otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp",
    why = "Final-Recipient and the visible text say ...-neko-nyaaaaaaan; Sisimai took a mailto link" },
  ["rfc3464-28.eml"] = { none = "info@neko.example.jp",
    why = "that recipient is in a second message appended to the file; one message is read" },
  ["rfc3834-05.eml"] = { none = "karl@hanz.de", also = "foo@bar.net",
    why = "an auto-reply (Auto-Submitted: auto-replied, an address-change notice): its sender is the recipient" },
  ["lhost-fml-02.eml"] = { none = "neko-nyaan@example.org",
    why = "a mailing list's 'you are not a member' reply, not a delivery report" },
  ["lhost-postfix-13.eml"] = { recipient = "kijitora@example.jp", reason = "user_unknown",
    why = "the DSN says 5.2.1 User Unknown for this recipient; Sisimai copies the other one's Mailbox Full" },
  ["lhost-postfix-48.eml"] = { recipient = "neko-nyaan@ntt.example.net", reason = "too_many_recipients",
    why = "552 Too many recipients: too many recipients, not too many connections" },
  ["lhost-postfix-80.eml"] = { recipient = "xxxx@xxxx.com", reason = "blocked",
    why = "MailFrom domain is listed in Spamhaus: a block list, not an unknown user" },
  ["rfc3464-54.eml"] = { recipient = "sotoneko@haineko.org", reason = "host_unknown",
    why = "NXDOMAIN, Domain name not found: the domain does not exist" },
  ["lhost-exim-56.eml"] = { recipient = "kijitora@example.com", reason = "rate_limited",
    why = "You've reached your daily relay quota: a sending rate, not a block list" },
  ["rhost-zoho-03.eml"] = { recipient = "kijitora@zoho.example.com", reason = "spam_detected",
    why = "Email flagged as Spam" },
  ["rhost-google-08.eml"] = { recipient = "kijitora-nyaan@example.org", reason = "content_error",
    why = "not RFC 5322 compliant, multiple Subject headers: the content, not security" },
  ["rhost-mimecast-02.eml"] = { recipient = "kijitora@sample.co.uk", reason = "spam_detected",
    why = "MCSpamSignature: Mimecast's spam signature, not a virus" },
  ["lhost-ezweb-02.eml"] = { recipient = "this-local-part-does-not-exist-on-the-server@ezweb.ne.jp",
    reason = "user_unknown", why = "the reply says 550 user unknown; 'account is disabled' is boilerplate" },
  ["rhost-google-07.eml"] = { recipient = "kijitora-cat@google.example.com", reason = "mailbox_disabled",
    why = "The email account that you tried to reach is inactive: a disabled mailbox" },
  ["lhost-postfix-78.eml"] = { recipient = "postmaster@libsisimai.org", reason = "content_error",
    why = "Duplicate header 'DKIM-Signature': the message's content" },
  ["lhost-exim-43.eml"] = { recipient = "kijitora@example.net", reason = "auth_failure",
    why = "no valid sender domain, Fix reverse DNS: the sending host's reverse DNS" },
  ["lhost-exim-48.eml"] = { recipient = "kijitora@example.net", reason = "auth_failure",
    why = "no valid sender domain, Fix reverse DNS: the sending host's reverse DNS" },
  ["lhost-gmail-07.eml"] = { recipient = "kijitora@example.ed.jp", reason = "tls_required",
    why = "Remote server does not support TLS: Gmail required TLS the server lacks" },
  ["lhost-opensmtpd-12.eml"] = { recipient = "neko@nyaan.jp", reason = "host_unknown",
    why = "No MX found for domain: the domain accepts no mail" },
  ["rfc3464-62.eml"] = { recipient = "nekonyaan@gmal.com", reason = "host_unknown",
    why = "no MX and no address for the domain (NOERROR, no records): it accepts no mail" },
  ["rhost-gsuite-13.eml"] = { recipient = "nekonyaan@gmal.com", reason = "host_unknown",
    why = "no MX and no address for the domain (NOERROR, no records): it accepts no mail" },
  ["lhost-v5sendmail-05.eml"] = { recipient = "kijitora@example.edu", reason = "network_error",
    why = "Connection reset by peer during result wait: the connection was lost, nothing blocked" },
  ["lhost-sendmail-21.eml"] = { recipient = "kijitora@cat.example.ne.jp", reason = "network_error",
    why = "Deferred: Connection refused: the host could not be reached" },
  ["rhost-aol-06.eml"] = { recipient = "neko@libsisimai.org", reason = "network_error",
    why = "Name service error, malformed name server reply: a DNS failure" },
}

local labels, files = {}, {}
do
  local header
  for line in io.lines(DIR .. "sisimai-4.25-labels.tsv") do
    local cols = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do cols[#cols + 1] = field end
    if header then
      labels[cols[1]] = labels[cols[1]] or {}
      table.insert(labels[cols[1]], { recipient = cols[2]:lower(), reason = cols[3], action = cols[9] })
    else
      header = cols
    end
  end
  local p = assert(io.popen("ls " .. DIR))
  for name in p:lines() do
    if name:find("%.eml$") then files[#files + 1] = name end
  end
  p:close()
end

local function agrees(sisimai, ours)
  for _, r in ipairs(MAPPING[sisimai] or {}) do
    if r == ours then return true end
  end
  return false
end

-- Every file read once; the figures and each file's answer kept.
local results, figures = {}, { sisimai = 0, found = 0, ours = 0, confirmed = 0, scored = 0, agree = 0,
                               agree_listed = 0, wrong = {} }
for _, name in ipairs(files) do
  local r, err = smtperr.bounces(read(DIR .. name))
  results[name] = { r = r, err = err }
  local mine = {}
  for _, x in ipairs(r and r.recipients or {}) do mine[x.recipient:lower()] = x end
  local listed = DISAGREE[name] or {}
  for _, label in ipairs(labels[name] or {}) do
    figures.sisimai = figures.sisimai + 1
    local x = mine[label.recipient]
    if x then
      figures.found = figures.found + 1
      if MAPPING[label.reason] then
        figures.scored = figures.scored + 1
        if agrees(label.reason, x.reason) then
          figures.agree, figures.agree_listed = figures.agree + 1, figures.agree_listed + 1
        elseif listed.recipient == label.recipient and listed.reason == x.reason then
          figures.agree_listed = figures.agree_listed + 1
        else
          figures.wrong[#figures.wrong + 1] = ("%s %s: Sisimai %s, ours %s (%s)"):format(
            name, label.recipient, label.reason, tostring(x.reason), (x.diagnostic or ""):sub(1, 70))
        end
      end
    end
  end
  if labels[name] then
    local sisimai = {}
    for _, label in ipairs(labels[name]) do sisimai[label.recipient] = true end
    for address in pairs(mine) do
      figures.ours = figures.ours + 1
      if sisimai[address] then figures.confirmed = figures.confirmed + 1 end
    end
  end
end

describe("bounces over the development corpus", function()
  it(("finds 97%% of Sisimai's recipients (%d of %d)"):format(figures.found, figures.sisimai), function()
    assert.is_true(figures.found / figures.sisimai >= 0.97)
  end)

  it(("finds few that Sisimai does not: 97%% of ours confirmed (%d of %d)"):format(figures.confirmed,
     figures.ours), function()
    assert.is_true(figures.confirmed / figures.ours >= 0.97)
  end)

  it(("agrees on 90%% of the reasons, counting the listed disagreements (%d of %d; %d as is)")
     :format(figures.agree_listed, figures.scored, figures.agree), function()
    assert.is_true(figures.agree_listed / figures.scored >= 0.90,
                   "differ:\n" .. table.concat(figures.wrong, "\n"))
  end)

  it("answers as written where it disagrees with Sisimai", function()
    for name, d in pairs(DISAGREE) do
      local r = results[name].r
      local mine = {}
      for _, x in ipairs(r and r.recipients or {}) do mine[x.recipient:lower()] = x end
      if d.none then assert.is_nil(mine[d.none], name) end
      if d.also then assert.is_table(mine[d.also], name) end
      if d.reason then assert.are.equal(d.reason, mine[d.recipient] and mine[d.recipient].reason, name) end
    end
  end)

  it("reads every file of the corpus without failing, and answers nil only where no recipient exists",
     function()
    local missing = {}
    for _, name in ipairs(files) do
      if not results[name].r and labels[name] and not (DISAGREE[name] or {}).none then
        missing[#missing + 1] = name .. ": " .. tostring(results[name].err)
      end
    end
    assert.are.same({}, missing)
  end)
end)

describe("bounces: what each kind of message gives", function()
  local function bounce(name, options) return assert(smtperr.bounces(read(DIR .. name), options)) end

  it("a Postfix DSN: recipient, action, reply, remote MTA, and classify's fields", function()
    local r = bounce("lhost-postfix-06.eml")
    assert.are.equal("bounce", r.kind)
    assert.are.equal("dsn", r.format)
    local x = r.recipients[1]
    assert.are.equal("failed", x.status)
    assert.are.equal("permanent", x.class)
    assert.are.equal("hard", x.bounce)
    assert.is_string(x.diagnostic)
    assert.is_string(x.action)
    assert.is_string(x.recipient)
  end)

  it("text dialects name their format", function()
    assert.are.equal("qmail", bounce("lhost-qmail-17.eml").format)
    assert.are.equal("exim", bounce("lhost-exim-61.eml").format)
    assert.are.equal("gmail", bounce("lhost-gmail-01.eml").format)
  end)

  it("delay warnings, delivery reports, feedback reports and auto-replies", function()
    assert.are.equal("delay", bounce("lhost-gmail-06.eml").kind)
    assert.are.equal("delay", bounce("rfc3464-09.eml").kind)
    assert.are.equal("delivered", bounce("lhost-amazonses-13.eml").kind)
    local arf = bounce("arf-01.eml")
    assert.are.equal("feedback", arf.kind)
    assert.are.equal("abuse", arf.recipients[1].feedback_type)
    local auto = bounce("rfc3834-02.eml")
    assert.are.equal("autoreply", auto.kind)
    assert.are.equal(1, #auto.recipients)
  end)

  it("the returned original's headers, and the ones asked for", function()
    local r = bounce("lhost-postfix-33.eml", { headers = { "Subject", "Message-Id", "X-Nothing" } })
    assert.are.equal("Nyaaaan", r.subject)
    assert.are.equal("<20150429233445.BB8FFFFC16@p6.libsisimai.org>", r.message_id)
    assert.are.equal("Nyaaaan", r.original_headers.Subject)
    assert.are.equal(r.message_id, r.original_headers["Message-Id"])
    assert.is_nil(r.original_headers["X-Nothing"])
  end)

  it("every recipient of a bounce to several", function()
    local r = bounce("lhost-qmail-17.eml")
    assert.is_true(#r.recipients >= 2)
  end)

  it("a bounce returned inside a bounce adds none of its recipients", function()
    for _, name in ipairs({ "lhost-sendmail-38.eml", "rhost-yahooinc-03.eml" }) do
      local r = bounce(name)
      local sisimai = {}
      for _, label in ipairs(labels[name]) do sisimai[label.recipient] = true end
      for _, x in ipairs(r.recipients) do assert.is_true(sisimai[x.recipient:lower()], name) end
    end
  end)

  it("user rules apply: c:bounces", function()
    local c = smtperr.new({ rules = { { match = "user unknown", reason = "mailbox_disabled" } } })
    local r = assert(c:bounces(read(DIR .. "lhost-sendmail-01.eml")))
    assert.are.equal("mailbox_disabled", r.recipients[1].reason)
  end)
end)

describe("bounces: made-up messages", function()
  local function message(headers, body)
    return table.concat(headers, "\r\n") .. "\r\n\r\n" .. body
  end

  local dsn = table.concat({
    "--B", "Content-Type: text/plain", "", "Your message could not be delivered.", "",
    "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.net", "",
    "Final-Recipient: rfc822; bob@example.org", "Action: failed", "Status: 5.2.2",
    "Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is",
    "    over quota.", "", "--B--", "" }, "\r\n")
  local headers = { "From: MAILER-DAEMON@example.net", "To: bounces+alice=example.com@news.example.net",
                    "Subject: Undelivered Mail", "Content-Type: multipart/report; report-type=delivery-status;",
                    "\tboundary=\"B\"" }

  it("a folded Diagnostic-Code, the reporting MTA and the VERP recipient", function()
    local r = assert(smtperr.bounces(message(headers, dsn)))
    assert.are.equal("mx.example.net", r.reporting_mta)
    assert.are.equal("alice@example.com", r.verp_recipient)
    local x = r.recipients[1]
    assert.are.equal("bob@example.org", x.recipient)
    assert.are.equal("mailbox_full", x.reason)
    assert.are.equal("552-5.2.2 The email account that you tried to reach is over quota.", x.diagnostic)
  end)

  it("the VERP recipient when the report names none", function()
    local r = assert(smtperr.bounces(message(headers,
      "--B\r\nContent-Type: text/plain\r\n\r\nDelivery failed permanently: 550 User unknown\r\n--B--\r\n")))
    assert.are.equal("alice@example.com", r.recipients[1].recipient)
    assert.are.equal("verp", r.format)
  end)

  it("quoted-printable soft breaks inside a field name, Latin-1 and Windows-1252 text", function()
    local body = table.concat({
      "--B", "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable", "",
      "Le message n'a pu =EAtre remis =E0 :", "", "Final-Reci=", "pient: rfc822; zo=E9@example.fr",
      "Action: failed", "Diagnostic-Code: smtp; 550 5.1.1 utilisateur inconnu", "",
      "--B--", "" }, "\r\n")
    local r = assert(smtperr.bounces(message({ "From: postmaster@example.fr",
      "Content-Type: multipart/mixed; boundary=B" }, body)))
    assert.are.equal("zoé@example.fr", r.recipients[1].recipient)
    assert.are.equal("user_unknown", r.recipients[1].reason)
    local cp = assert(smtperr.bounces(message({ "From: MAILER-DAEMON@x.example",
      "Subject: =?windows-1252?Q?Non_remis_=96_=80?=", "Content-Type: text/plain; charset=windows-1252" },
      "<bob@example.org>: 550 Mailbox unavailable \150 quota \128\r\n")))
    assert.are.equal("bob@example.org", cp.recipients[1].recipient)
    assert.matches("\226\128\147 quota \226\130\172", cp.recipients[1].diagnostic)
  end)

  it("a message that is not a bounce answers nil and a message; a non-string raises", function()
    local r, err = smtperr.bounces(message({ "From: alice@example.org", "Subject: lunch?" }, "See you at noon.\r\n"))
    assert.is_nil(r)
    assert.matches("not a bounce", err)
    assert.has_error(function() smtperr.bounces(42) end)
    assert.has_error(function() smtperr.bounces(nil) end)
    assert.has_error(function() smtperr.bounces("x", { headers = "Subject" }) end)
    assert.has_error(function() smtperr.bounces("x", { colour = "red" }) end)
  end)
end)

describe("bounces: hostile messages answer or fail cleanly, fast", function()
  local function within(seconds, f)
    local t = os.clock()
    local ok, r, err = pcall(f)
    assert.is_true(ok, tostring(r))
    assert.is_true(os.clock() - t < seconds, ("took %.2f s"):format(os.clock() - t))
    return r, err
  end

  it("100,000 nested multiparts", function()
    local parts = {}
    for i = 1, 100000 do
      parts[#parts + 1] = ("--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n"):format(i, i + 1)
    end
    within(5, function()
      return smtperr.bounces("From: MAILER-DAEMON@x\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n"
                             .. table.concat(parts) .. "<bob@example.org>: 550 User unknown\r\n")
    end)
  end)

  it("a boundary that never closes, 50 MB of base64, a header of 10 MB", function()
    within(5, function()
      return smtperr.bounces("From: MAILER-DAEMON@x\r\nContent-Type: multipart/report; boundary=B\r\n\r\n"
                             .. "--B\r\nContent-Type: text/plain\r\n\r\n<bob@example.org>: 550 User unknown\r\n"
                             .. "--B\r\nContent-Type: text/plain\r\n\r\nno end")
    end)
    local base64 = ("QUJD"):rep(13107200)
    within(10, function()
      return smtperr.bounces("From: MAILER-DAEMON@x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
                             .. "--B\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                             .. base64 .. "\r\n--B--\r\n")
    end)
    within(10, function()
      return smtperr.bounces("Subject: " .. ("x"):rep(10 * 1048576) .. "\r\n\r\n<bob@example.org>: 550 User unknown")
    end)
  end)

  it("NUL bytes and invalid UTF-8 give valid UTF-8", function()
    local r = within(2, function()
      return smtperr.bounces("From: MAILER-DAEMON@x\r\nSubject: \255\254\r\n\r\n"
                             .. "<bob@example.org>: 550 \0User \192\175unknown \255\r\n")
    end)
    assert.is_table(r)
    local d = r.recipients[1].diagnostic
    assert.is_nil(d:find("[\192\193\245-\255]"))
    assert.are.equal(utf8 and utf8.len(d) ~= nil or true, true)
  end)

  it("every recipient is bounded: a report naming 100,000 recipients", function()
    local lines = {}
    for i = 1, 100000 do lines[i] = ("<user%d@example.org>: 550 User unknown"):format(i) end
    local r = within(10, function()
      return smtperr.bounces("From: MAILER-DAEMON@x\r\n\r\n" .. table.concat(lines, "\r\n"))
    end)
    assert.is_true(#r.recipients <= 1000)
  end)
end)
