-- The words that decide: reasons, SMTP stages, class hints, waits and hosts.
-- Read by lua/smtperr/tools/gen-tables.lua at build time. See src/data/README.md.
-- Matching ignores case, accents and white space runs; a phrase held inside
-- a longer phrase that matched does not count.
return {
  reasons = {
    -- user_unknown
    { "user unknown", "user_unknown" },
    { "unknown user", "user_unknown" },
    { "no such user", "user_unknown" },
    { "user not found", "user_unknown" },
    { "address couldn't be found", "user_unknown" },
    { "address was not found", "user_unknown" },
    { "address could not be found", "user_unknown" },
    { "recipient not found", "user_unknown" },
    { "mailbox not found", "user_unknown" },
    { "does not exist", "user_unknown" },
    { "mailbox unavailable", "user_unknown" },
    { "invalid recipient", "user_unknown" },
    { "no mailbox here by that name", "user_unknown" },
    { "doesn't have a yahoo.com account", "user_unknown" },
    { "recipientnotfound", "user_unknown" },
    { "exrecipnotfound", "user_unknown" },
    { "user is unknown", "user_unknown" },
    { "invalid mailbox", "user_unknown" },

    -- mailbox_disabled
    { "inactive", "mailbox_disabled", word = true },
    { "deactivated", "mailbox_disabled", word = true },
    { "account has been closed", "mailbox_disabled" },
    { "mailbox has been closed", "mailbox_disabled" },
    { "account is closed", "mailbox_disabled" },
    { "mailbox is closed", "mailbox_disabled" },
    { "mailbox disabled", "mailbox_disabled" },
    { "mailbox is disabled", "mailbox_disabled" },
    { "account is disabled", "mailbox_disabled" },
    { "account disabled", "mailbox_disabled" },
    { "archived recipient", "mailbox_disabled" },
    { "banned recipient", "mailbox_disabled" },

    -- host_unknown
    { "domain not found", "host_unknown" },
    { "host not found", "host_unknown" },
    { "unrouteable address", "host_unknown" },
    { "nxdomain", "host_unknown" },
    { "no mx found", "host_unknown" },
    { "no mx record", "host_unknown" },
    { "couldn't find any host named", "host_unknown" },
    { "nonexistentdomain", "host_unknown" },
    { "host or domain name not found", "network_error", permanent = "host_unknown", class = "permanent" },

    -- mailbox_full
    { "mailbox full", "mailbox_full" },
    { "mailbox is full", "mailbox_full" },
    { "over quota", "mailbox_full" },
    { "overquota", "mailbox_full" },
    { "quota exceeded", "mailbox_full" },
    { "out of storage space", "mailbox_full" },
    { "storage quota", "mailbox_full" },
    { "mailbox size limit exceeded", "mailbox_full" },
    { "exhausted allowed storage space", "mailbox_full" },

    -- message_too_big
    { "exceeds size limit", "message_too_big" },
    { "message too large", "message_too_big" },
    { "message too big", "message_too_big" },
    { "too big", "message_too_big", weak = true },
    { "size exceeds", "message_too_big" },
    { "databytes limit", "message_too_big" },

    -- too_many_recipients
    { "too many recipients", "too_many_recipients" },

    -- rate_limited
    { "rate limited", "rate_limited", weak = true },
    { "rate limited because", "none" },
    { "limit exceeded", "rate_limited", weak = true },
    { "relay limit", "rate_limited" },
    { "exceeded permitted limits", "rate_limited" },
    { "submission quota", "rate_limited" },
    { "rate limit", "rate_limited" },
    { "too many connections", "rate_limited" },
    { "too many sessions", "rate_limited" },
    { "unusual rate", "rate_limited", permanent = "blocked" },
    { "daily limit", "rate_limited" },
    -- A quota of mail sent or relayed is a rate, not a mailbox's size ("daily user
    -- sending quota exceeded", "reached your daily relay quota"); the longer form
    -- outweighs "quota exceeded".
    { "sending quota", "rate_limited" },
    { "outgoing ... limit", "rate_limited" },           -- "outgoing mail limit reached"
    { "limit ... outgoing messages", "rate_limited" },  -- "the limit on the number of allowed outgoing messages"
    { "sending quota exceeded", "rate_limited" },
    { "relay quota", "rate_limited" },
    { "relay quota exceeded", "rate_limited" },
    { "receive limit", "rate_limited" },
    { "has sent to too many recipients", "rate_limited" },
    { "too many recipients from", "rate_limited" },
    { "received too much email", "rate_limited" },
    { "receiving email at a rate", "rate_limited" },
    { "thread limit exceeded", "rate_limited" },
    { "max message per connection", "rate_limited" },
    { "exceeded the quota for sending", "rate_limited" },

    -- greylisted
    { "greylist", "greylisted" },
    { "graylisted", "greylisted" },
    { "internal resources are temporarily unavailable", "greylisted" },
    { "internal resource temporarily unavailable", "greylisted" },

    -- blocked
    { "blocked using", "blocked" },
    { "client host rejected", "blocked" },
    { "block list", "blocked" },
    { "blocklist", "blocked" },
    { "blacklist", "blocked" },
    { "black list", "blocked" },
    { "denylist", "blocked" },                          -- the newer words for the same lists
    { "deny list", "blocked" },
    { "blocked list", "blocked" },
    { "spamhaus", "blocked" },
    { "spamcop", "blocked" },
    { "low reputation", "blocked" },
    { "ip reputation", "blocked" },
    { "dynamic ip", "blocked" },
    { "not authorized to send email directly", "blocked" },
    { "spam abuse", "blocked" },
    { "spam statistics", "blocked" },
    { "too many spam", "blocked" },
    { "too many errors", "blocked" },
    { "bad behavior", "blocked" },
    { "permanently deferred", "blocked" },
    { "rejected by recipient", "blocked" },
    { "traffic not accepted", "blocked" },
    { "blocked by", "blocked", weak = true },
    { "rbl", "blocked", weak = true, word = true },
    { "dnsbl", "blocked", weak = true, word = true },
    { "blocked", "blocked", weak = true },

    -- spam_detected
    { "spam", "spam_detected", weak = true },
    { "mail score", "spam_detected", weak = true },
    { "spam content", "spam_detected" },
    { "due to spam", "spam_detected" },
    { "spam detected", "spam_detected" },
    { "spam message rejected", "spam_detected" },
    { "suspicion of spam", "spam_detected" },
    { "likely unsolicited", "spam_detected" },
    { "scored as spam", "spam_detected" },
    { "flagged as spam", "spam_detected" },
    { "rejected as spam", "spam_detected" },
    { "security policies", "spam_detected" },
    { "to protect our users from spam", "none" },

    -- virus_detected
    { "virus", "virus_detected" },
    { "malware", "virus_detected" },

    -- policy_violation
    { "policy violation", "policy_violation" },
    { "policy reasons", "policy_violation", weak = true },
    { "not authenticated by organization", "policy_violation" },
    { "resolver.rst.authrequired", "auth_required" },
    { "does not accept email over ipv6", "policy_violation" },
    { "administrative prohibition", "policy_violation", weak = true },
    { "message not allowed", "policy_violation" },
    { "message filtered", "policy_violation" },
    { "filtered", "policy_violation", weak = true, word = true },
    { "delivery not authorized", "policy_violation" },
    { "recipient preferences", "policy_violation" },
    { "access denied", "policy_violation", weak = true },
    { "security issue", "policy_violation" },
    { "banned", "policy_violation", weak = true },
    { "rejected by destination domain", "policy_violation" },
    { "authentication required", "auth_required" },
    { "auth required", "auth_required" },
    { "authentication is required", "auth_required" },

    -- auth_failure
    { "spf", "auth_failure", word = true },
    { "isn't aligned with", "auth_failure" },
    { "not aligned with", "auth_failure" },
    { "purported responsible address", "auth_failure" },
    { "dkim", "auth_failure", word = true },
    { "dmarc", "auth_failure", word = true },
    { "ptr record", "auth_failure" },
    { "reverse dns", "auth_failure" },
    { "cannot find your hostname", "auth_failure" },
    { "cannot find your reverse hostname", "auth_failure" },
    { "sender is unauthenticated", "auth_failure" },
    { "unauthenticated email", "auth_failure" },
    { "because it is unauthenticated", "auth_failure" },

    -- auth_required
    { "authentication failed", "auth_required" },
    { "incorrect authentication data", "auth_required" },
    { "username and password not accepted", "auth_required" },
    { "application-specific password", "auth_required" },
    { "log in through your web browser", "auth_required" },
    { "not authenticated", "auth_required" },
    { "too many login attempts", "auth_required" },
    { "server authentication", "auth_required" },

    -- tls_required
    { "starttls", "tls_required" },
    { "starttls command failed", "tls_required" },
    { "does not support tls", "tls_required" },
    { "tls connection", "tls_required" },
    { "certificate", "tls_required" },
    -- A client's TLS library that could not agree with the server: OpenSSL's
    -- "wrong version number" (TLS spoken to a plain port), Python's SSLError.
    { "wrong version number", "tls_required" },
    { "sslerror", "tls_required" },
    { "ssl routines", "tls_required" },
    { "dane", "tls_required", word = true },

    -- relay_denied
    { "relay access denied", "relay_denied" },
    { "relay attempt", "relay_denied" },
    { "relaying denied", "relay_denied" },
    { "unable to relay", "relay_denied" },
    { "relay denied", "relay_denied" },
    { "open relay", "relay_denied" },
    { "allowed rcpthosts", "relay_denied" },

    -- sender_rejected
    { "sender address rejected", "sender_rejected", weak = true },
    { "sender denied", "sender_rejected" },
    { "verified sender identity", "sender_rejected" },
    { "domain {word} is not allowed to send", "sender_rejected" },
    { "from address does not match", "sender_rejected" },
    { "sendasdenied", "sender_rejected" },
    { "sender verify failed", "sender_rejected" },
    { "sender address", "sender_rejected", weak = true },
    { "badmailfrom", "sender_rejected" },
    { "from: domain is invalid", "sender_rejected" },
    { "unresolvable", "sender_rejected" },
    { "domain of sender address", "sender_rejected" },

    -- syntax_error
    { "syntax error", "syntax_error" },
    { "command not recognized", "syntax_error" },
    { "unrecognized command", "syntax_error" },
    { "bad sender address syntax", "syntax_error" },
        { "need fully-qualified address", "syntax_error" },

    -- bad_sequence
    { "bad sequence", "bad_sequence" },
    { "need mail command", "bad_sequence" },
    { "sender not yet given", "bad_sequence" },
    { "mail first", "bad_sequence" },
    { "missing mail from", "bad_sequence" },
    { "protocol synchronization error", "bad_sequence" },
    { "pre-greeting traffic", "bad_sequence" },
    { "used when not advertised", "bad_sequence" },
    { "missing rcpt to", "bad_sequence" },
    { "no recipient specified", "bad_sequence" },
    { "introduce yourself first", "bad_sequence" },
    { "not allowed during message transfer", "bad_sequence" },
    { "already authenticated", "bad_sequence" },
    { "already running", "bad_sequence" },
    { "not allowed for binarymime", "bad_sequence" },
    { "rcpt first", "bad_sequence" },
    { "no data after bdat", "bad_sequence" },
    { "pipeline after starttls", "bad_sequence" },

    -- not_implemented
    { "not implemented", "not_implemented" },
    { "unimplemented", "not_implemented" },
    { "unrecognized authentication type", "not_implemented" },

    -- content_error
    { "message-id", "content_error" },
    { "duplicate header", "content_error" },
    { "malformed", "content_error" },
    { "headers too large", "content_error" },
    { "8-bit data", "content_error" },
    { "invalid characters", "content_error" },
    { "rfc 5322", "content_error" },
    { "from: addresses are not allowed", "content_error" },

    -- system_error
    { "insufficient system", "system_error" },
    { "could not be saved", "system_error" },
    { "x-unix", "system_error", weak = true, word = true },
    { "server busy", "system_error", weak = true },
    { "temporary failure", "system_error" },
    { "temporary lookup failure", "system_error" },
    { "unable to read controls", "system_error" },
    { "service not available", "system_error", weak = true },
    { "system incorrectly configured", "system_error" },
    { "local error", "system_error" },

    -- network_error
    { "connection refused", "network_error", weak = true },
    { "connection timed out", "network_error", weak = true },
    { "timed out", "network_error", weak = true },
    { "timeout", "network_error", weak = true },
    { "no route to host", "network_error", weak = true },
    { "network is unreachable", "network_error", weak = true },
    { "lost connection", "network_error", weak = true },
    { "connection dropped", "network_error", weak = true },
    { "network error", "network_error", weak = true },
    { "dns query failed", "network_error", weak = true },
    { "connection expired", "network_error" },
    { "refused to talk to me", "network_error" },
    { "failed to connect", "network_error" },
    { "smtp connect()", "network_error", weak = true },
    { "did not accept our requests to connect", "network_error", class = "permanent" },
    { "tcp write error", "network_error" },

    -- network_error said by the client library, with no reply: LuaSocket and
    -- ngx cosockets ("closed", "timeout"), lua-resty-mail, Python's smtplib,
    -- nodemailer, PHPMailer, JavaMail, .NET SmtpClient.
    { "closed", "network_error", whole = true, class = "transient" },
    { "invalid server reply", "network_error", class = "transient" },
    { "invalid response", "network_error", weak = true, class = "transient" },
    { "unexpectedly closed", "network_error", class = "transient" },
    { "closed unexpectedly", "network_error", class = "transient" },
    { "smtpserverdisconnected", "network_error", class = "transient" },
    { "server disconnected", "network_error", class = "transient" },
    { "connection reset", "network_error", class = "transient" },
    { "broken pipe", "network_error", class = "transient" },
    { "unexpected socket close", "network_error", class = "transient" },
    { "socket closed", "network_error", class = "transient" },
    { "socket error", "network_error", weak = true, class = "transient" },
    { "greeting never received", "network_error", class = "transient" },
    { "econnrefused", "network_error", class = "transient" },
    { "econnreset", "network_error", class = "transient" },
    { "eoferror", "network_error", class = "transient" },
    { "end of file reached", "network_error", class = "transient" },
    { "eof", "network_error", weak = true, word = true, class = "transient" },
    { "enotfound", "network_error", class = "transient" },
    { "no such host", "network_error", class = "transient" },    -- Go's resolver: as ENOTFOUND
    { "getaddrinfo", "network_error", weak = true, class = "transient" },
    { "temporary failure in name resolution", "network_error", class = "transient" },
    { "nodename nor servname provided", "network_error", class = "transient" },
    { "etimedout", "network_error", class = "transient" },
    { "ehostunreach", "network_error", class = "transient" },
    { "enetunreach", "network_error", class = "transient" },
    { "read timed out", "network_error", class = "transient" },
    { "could not connect to smtp host", "network_error", weak = true, class = "transient" },
    { "smtp connect() failed", "network_error", weak = true, class = "transient" },
    { "failed to connect to server", "network_error", weak = true, class = "transient" },
    { "unable to connect to", "network_error", weak = true, class = "transient" },
    { "unable to read data from the transport connection", "network_error", weak = true, class = "transient" },
    { "connection was closed", "network_error", class = "transient" },
    { "connection closed by", "network_error", class = "transient" },
    { "connection has been closed", "network_error", class = "transient" },
    { "remote end closed connection", "network_error", class = "transient" },

    -- The English catalogues of mail clients and libraries (PHPMailer,
    -- Roundcube, Thunderbird's composeMsgs, Evolution), the messages their
    -- users meet, with or without the server's reply appended.
    { "could not authenticate", "auth_required" },
    { "failed smtp login", "auth_required" },
    { "authentication to smtp server", "auth_required" },
    { "following from address failed", "sender_rejected" },
    { "failed to set sender", "sender_rejected" },
    { "please verify that your email address is correct", "sender_rejected", weak = true },
    { "following recipients failed", "user_unknown", weak = true },
    { "failed to add recipient", "user_unknown", weak = true },
    { "connection to server failed", "network_error", weak = true, class = "transient" },
    { "connecting to outgoing server", "network_error", weak = true, class = "transient" },
    { "was lost in the middle of the transaction", "network_error", class = "transient" },
    { "the connection to outgoing server", "network_error", weak = true, class = "transient" },
    { "for an unknown reason", "unknown", weak = true },
    { "exceeds the global size limit", "message_too_big" },
    { "exceeds the permitted number of recipients", "too_many_recipients" },
    { "doesn't advertise that feature", "tls_required" },
    { "tcp read error", "network_error" },
    { "looping", "network_error" },
    { "hops", "network_error", word = true },

    -- expired
    { "message expired", "expired" },
    { "retry timeout exceeded", "expired" },
    { "in the queue too long", "expired" },

    -- unknown, on purpose: the real reason is in earlier replies
    { "no valid recipients", "unknown" },

    -- Added from real replies (Postfix, Exim, qmail, Microsoft, Gmail, Yahoo, Mimecast,
    -- Barracuda, amavis, client libraries) where the lists above had no wording.
    { "relaying denied. proper authentication required", "relay_denied" },
    { "infected with", "virus_detected" },
    { "appears infected", "virus_detected" },
    { "attachments are not allowed", "policy_violation" },
    { "attachment is not allowed", "policy_violation" },
    { "file type not allowed", "policy_violation" },
    { "vba macro", "policy_violation" },
    { "anti-spoofing", "policy_violation" },
    { "permission to send to", "policy_violation" },
    { "permissions to send as", "sender_rejected" },
    { "is not allowed to send mail", "auth_failure" },
    { "need rcpt", "bad_sequence" },
    { "auth first", "auth_required" },
    { "fail authentication", "auth_required" },
    { "authentication not enabled", "not_implemented" },
    { "subject is mandatory", "content_error" },
    { "bare lf", "content_error" },
    { "bare cr", "content_error" },
    { "bare linefeed", "content_error" },
    { "bare line feed", "content_error" },
    { "rfc5322", "content_error" },
    { "size exceeded", "message_too_big" },
    { "unusual amount", "rate_limited", permanent = "blocked" },
    { "relay prohibited", "relay_denied" },
    { "list of allowed hosts", "relay_denied" },
    { "recipient count exceeds", "too_many_recipients" },
    { "domain name not found", "host_unknown" },
    { "had no relevant answers", "host_unknown" },
    { "tls handshake failed", "tls_required" },
    { "tls is required", "tls_required" },
    { "encryption is required", "tls_required" },
    { "encryption required", "tls_required" },
    { "should be a fqdn", "syntax_error" },
    { "internal server error", "system_error" },
    { "stopped trying", "expired" },
    { "despite repeated attempts", "expired" },
    { "temporary problem delivering", "unknown", weak = true, class = "transient" },
    { "will continue to be attempted", "unknown", weak = true, class = "transient" },
    { "unusual sending activity", "rate_limited", permanent = "blocked" },
    { "retry time not reached", "expired", class = "transient" },
    { "closed connection", "network_error", weak = true },
    { "connection closed", "network_error", weak = true },
    { "is full", "mailbox_full", weak = true },
    { "quota violation", "mailbox_full" },
    { "invalid data in message", "content_error" },
    { "line is too long", "content_error" },
    { "line too long", "syntax_error" },
    { "points back to", "network_error" },
    { "loop detected", "network_error" },
    { "is broken", "network_error", weak = true },
    { "sending limit", "rate_limited" },
    { "concurrent connections", "rate_limited" },
    { "queue quota exceeded", "rate_limited" },
    { "tls not available", "tls_required" },
    { "cannot start tls", "tls_required" },
    { "handshake failure", "tls_required" },
    { "invalid login", "auth_required" },
    { "authentication unsuccessful", "auth_required" },
    { "not logged in", "auth_required" },
    { "authorization required", "auth_required" },
    { "openspf.org", "auth_failure" },
    { "envelope expired", "expired" },
    { "status=expired", "expired" },
    { "command is disabled", "not_implemented" },
    { "unsupported option", "not_implemented" },
    { "command not supported", "not_implemented" },
    { "not supported", "not_implemented", weak = true },
    { "suspicious due to the nature of the content", "spam_detected" },
    { "links within", "spam_detected" },
    { "license expired", "system_error" },
    { "this user doesn't have a", "user_unknown" },
    { "not in recipient list", "user_unknown" },
    { "marked as invalid", "user_unknown" },
    { "as a relay", "relay_denied" },
    { "blocked senders", "sender_rejected" },
    { "valid rfc 5321 address", "syntax_error", weak = true },
    { "valid rfc-5321 address", "syntax_error", weak = true },
    { "recipient address rejected: access denied", "user_unknown", enhanced = "5.4.1" },
    -- Found missing by a third held-out set of real replies (server sources, Sisimai's
    -- tests, public bounces), after its score was taken.
    { "not our user", "user_unknown" },
    { "too frequent connects", "rate_limited" },
    { "too frequent connections", "rate_limited" },
    { "number of sessions exceeds", "rate_limited" },
    { "command line too long", "syntax_error" },
    { "invalid syntax", "syntax_error" },
    { "use helo/ehlo first", "bad_sequence" },
    { "must issue an auth command first", "auth_required" },
    { "not authorized to send from", "sender_rejected" },
    -- Delivery failed, without a reason: recognised, but the reason stays unknown.
    { "could not be delivered", "unknown", weak = true },
    { "couldn't be delivered", "unknown", weak = true },
    { "delivery failed", "unknown", weak = true },
    { "undeliverable", "unknown", weak = true },
    { "wasn't delivered", "unknown", weak = true },
    { "was not delivered", "unknown", weak = true },
    { "message not delivered", "unknown", weak = true },
    { "data not accepted", "unknown", weak = true, class = "permanent" },

    -- Collected from bounce classifiers and provider documentation (each group names its
    -- source); codes at the start of a phrase are left out, since the parser strips them.

    -- ===== user_unknown (184) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-userunknown.go (same list in p5-sisimai lib/Sisimai/Reason/UserUnknown.pm)
    { "bad address", "user_unknown" },
    { "address invalid", "user_unknown" },
    { "address not present in directory", "user_unknown" },
    { "address unknown", "user_unknown" },
    { "can't accept user", "user_unknown" },
    { "destination addresses were unknown", "user_unknown" },
    { "destination server rejected recipients", "user_unknown" },
    { "invalid address", "user_unknown", weak = true },
    { "is not a known user", "user_unknown" },
    { "is not a valid mailbox", "user_unknown" },
    { "is not an active address at this host", "user_unknown" },
    { "mailbox invalid", "user_unknown" },
    { "mailbox is inactive", "user_unknown" },
    { "mailbox is unavailable", "user_unknown" },
    { "mailbox not present", "user_unknown" },
    { "mailbox unavaiable", "user_unknown" },
    { "no account by that name here", "user_unknown" },
    { "no mail box available for this user", "user_unknown" },
    { "no mailbox by that name is currently available", "user_unknown" },
    { "no mailbox found", "user_unknown" },
    { "no such address here", "user_unknown" },
    { "no such mailbox", "user_unknown" },
    { "no such person at this address", "user_unknown" },
    { "no such recipient", "user_unknown" },
    { "no thank you rejected: account unavailable", "user_unknown" },
    { "no valid recipients, bye", "user_unknown" },
    { "not a valid recipient", "user_unknown" },
    { "not a valid user here", "user_unknown" },
    { "not a local address", "user_unknown" },
    { "recipient address rejected: invalid user", "user_unknown" },
    { "recipient address rejected: invalid-recipient", "user_unknown" },
    { "recipient address rejected: userunknown", "user_unknown" },
    { "recipient is not accepted", "user_unknown" },
    { "recipient is not local", "user_unknown" },
    { "recipient not exist", "user_unknown" },
    { "recipient not ok", "user_unknown" },
    { "recipient refuses to accept your mail", "user_unknown" },
    { "recipient unknown", "user_unknown" },
    { "resolver.adr.recipient notfound", "user_unknown" },
    { "sorry, badrcptto", "user_unknown" },
    { "sorry, your envelope recipient has been denied", "user_unknown" },
    { "that domain or user isn't in my list of allowed rcpthosts", "user_unknown" },
    { "the following recipients was undeliverable", "user_unknown" },
    { "the user's email name is not found", "user_unknown" },
    { "there is no one at this address", "user_unknown" },
    { "this email address is wrong or no longer valid", "user_unknown" },
    { "this recipient is in my badrecipientto list", "user_unknown" },
    { "this recipient is not in my validrcptto list", "user_unknown" },
    { "unknown mailbox", "user_unknown" },
    { "unknown recipient", "user_unknown" },
    { "user missing home directory", "user_unknown" },
    { "user not active", "user_unknown" },
    { "user not exist", "user_unknown" },
    { "user not known", "user_unknown" },
    { "vdeliver: invalid or unknown virtual user", "user_unknown" },
    { "your envelope recipient is in my badrcptto list", "user_unknown" },
    { "nonexistent user", "user_unknown" },
    { "non-existent user", "user_unknown" },
    { "was not found in ldap server", "user_unknown" },
    { "unknown local part", "user_unknown" },
    { "unknown local-part", "user_unknown" },
    { "unknown email address", "user_unknown" },
    { "unknown e-mail address", "user_unknown" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-filtered.go (Sisimai "filtered": recipient-side filter; mapped per meaning)
    { "not found recipient account", "user_unknown" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-suspend.go (Sisimai "suspend")
    { "mailbox unavailable or access denied", "user_unknown" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=nosuchuser", "user_unknown" },
    { "answer.py?answer=6596", "user_unknown" },
    { "please try double-checking the recipient's email address for typos or unnecessary spaces", "user_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "destination mailbox address ambiguous", "user_unknown" },
    { "recipient address reserved by rfc 2606", "user_unknown" },
    { "recipient addresses in single label domains not accepted", "user_unknown" },
    { "bad destination mailbox address", "user_unknown" },
    { "invalid x.400 address", "user_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exchange2007.pm (Exchange NDR enhanced texts)
    { "resolver.adr.recipnotfound", "user_unknown" },
    { "resolver.adr.ambiguous", "user_unknown" },
    -- source: Real Exchange / Exchange Online NDRs in public pastes: https://pastebin.com/4NLVeuUu ; https://pastebin.com/32NXKByX ; https://pastebin.com/2SNHTj4Y ; https://pastebin.com/e6yfDi5v ; https://pastebin.com/JHaPQHk7 ; https://pastebin.com/RJeh1Bwk ; https://pastebin.com/nuTmn3Nu
    { "the recipient's e-mail address was not found in the recipient's e-mail system", "user_unknown" },
    { "the email address you entered couldn't be found", "user_unknown" },
    { "this is a default recipient used as a placeholder in many web applications", "user_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm (quotes iCloud replies; https://support.apple.com/en-us/102322)
    { "inactive email address", "mailbox_disabled" },
    { "unknown or illegal alias", "user_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Cox.pm (quotes https://www.cox.com/residential/support/email-error-codes.html)
    { "recipient rejected", "user_unknown", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm
    { "mailbox delivery failure policy error", "user_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    { "does not like recipient", "user_unknown" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "recipient address rejected: mail to this address bounces", "user_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/DeutscheTelekom.pm ; lib/Sisimai/Lhost/EinsUndEins.pm (1&1 / GMX / WEB.DE)
    { "no valid recipients were found for this message", "user_unknown" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "i cannot deliver mail for", "user_unknown" },
    { "that recipient is not allowed", "user_unknown" },
    { "sorry, no mail-box here by that name", "user_unknown" },
    { "no such id", "user_unknown" },
    { "sorry, no mailbox", "user_unknown" },
    { "invalid account. tenant or domain not found", "user_unknown" },
    { "recipient unrecognized", "user_unknown" },
    { "undeliverable address: no such user here", "user_unknown" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "can't find user's mailbox", "user_unknown" },
    { "could not deliver mail to this user", "user_unknown" },
    { "several matches found in domino directory", "user_unknown" },
    { "not listed in public name & address book", "user_unknown" },
    { "user path no exist", "user_unknown" },
    { "addressee unknown", "user_unknown" },
    { "not found or inactivated", "user_unknown" },
    { "not our customer", "user_unknown" },
    { "wrong recipients", "user_unknown" },
    { "lookup in domain map failed", "user_unknown" },
    { "not a member of domain", "user_unknown" },
    { "the recipient cannot be verified", "user_unknown" },
    { "that recipient doesn't exist", "user_unknown" },
    { "does not have an account here", "user_unknown" },
    { "recipient address no longer exists", "user_unknown" },
    { "all recipients are invalid", "user_unknown" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "not listed in domino directory", "user_unknown" },
    { "unable to validate recipient", "user_unknown" },
    { "no such virtual user here", "user_unknown" },
    { "mailbox is currently unavailable", "user_unknown" },
    { "unknown account", "user_unknown" },
    { "no users here by that name", "user_unknown" },
    { "the mailbox is not available on this system", "user_unknown" },
    { "server doesn't handle mail for that user", "user_unknown" },
    { "no such account", "user_unknown" },
    { "user invalid", "user_unknown", weak = true },
    { "the following recipients are unknown", "user_unknown" },
    { "this address does not receive mail", "user_unknown" },
    { "this address is no longer in use", "user_unknown" },
    { "unknown address or alias", "user_unknown" },
    { "recipient not allowed", "user_unknown" },
    { "bad destination email address", "user_unknown" },
    { "this recipient e-mail address was not found", "user_unknown" },
    { "550_invalid_recipient", "user_unknown" },
    -- source: RFC 5321 section 4.2 reply texts, as listed in https://github.com/mirage/colombe/blob/master/reply_codes.md
    { "requested mail action not taken: mailbox unavailable", "user_unknown", weak = true },
    -- source: LinusU server-accepts-email lib/client.js (search index id 35489913376): greylisting replies seen from real servers
    -- source: Go test table smtpclass scope_test.go (public GitHub file, search index id 71596364711)
    { "ambiguous destination", "user_unknown" },
    -- source: https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons ; https://bastion.umanix.net/info (Baruwa)
    { "call forward rejected", "user_unknown" },
    { "recipient verification failed", "user_unknown" },
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html
    { "no correct recipients", "user_unknown" },

    -- ===== mailbox_disabled (69) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-suspend.go (Sisimai "suspend")
    { "this address no longer accepts mail", "mailbox_disabled" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-filtered.go (Sisimai "filtered": recipient-side filter; mapped per meaning)
    { "is not accepting any mail", "mailbox_disabled" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-notaccept.go (Sisimai "notaccept": destination does not accept mail / null MX)
    { "mail receiving disabled", "mailbox_disabled" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-suspend.go (Sisimai "suspend")
    { "is currently suspended", "mailbox_disabled" },
    { "temporary locked", "mailbox_disabled" },
    { "email account that you tried to reach is disabled", "mailbox_disabled" },
    { "has been suspended", "mailbox_disabled", weak = true },
    { "inactive account", "mailbox_disabled", weak = true },
    { "is a deactivated mailbox", "mailbox_disabled" },
    { "is unavailable: user is terminated", "mailbox_disabled" },
    { "mailbox currently suspended", "mailbox_disabled" },
    { "mailbox is frozen", "mailbox_disabled" },
    { "recipient rejected: temporarily inactive", "mailbox_disabled" },
    { "recipient suspend the service", "mailbox_disabled" },
    { "this account has been disabled or discontinued", "mailbox_disabled" },
    { "this account has been temporarily suspended", "mailbox_disabled" },
    { "user or domain is disabled", "mailbox_disabled" },
    { "user suspended", "mailbox_disabled" },
    { "vdelivermail: account is locked email bounced", "mailbox_disabled" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "inbox is out of storage space and inactive", "mailbox_full" },
    { "the email account that you tried to reach is inactive", "mailbox_disabled" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=disableduser", "mailbox_disabled" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "access denied, banned recipient", "mailbox_disabled" },
    { "mailbox cannot be accessed", "mailbox_disabled" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    { "is no longer valid", "user_unknown", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    { "le compte du destinataire est bloque", "mailbox_disabled" },
    { "the recipient account isblocked", "mailbox_disabled" },
    { "the recipient account is blocked", "mailbox_disabled" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    { "mailaddress is administratively disabled", "mailbox_disabled" },
    { "mailaddress is administrativley disabled", "mailbox_disabled" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "user no longer receiving mail at this address", "mailbox_disabled" },
    -- source: https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (literal fragments of the regex rules and of the example replies in its comments)
    { "is expired account", "mailbox_disabled" },
    { "inactive user", "mailbox_disabled" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "account closed, please remove", "mailbox_disabled" },
    { "this account is suspended", "mailbox_disabled" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "user is inactive", "mailbox_disabled" },
    { "mailbox temporarily disabled", "mailbox_disabled" },
    { "user disabled", "mailbox_disabled", weak = true },
    { "is now disabled with mta service", "mailbox_disabled" },
    { "account inactive", "mailbox_disabled" },
    { "account closed due to inactivity", "mailbox_disabled" },
    { "no forwarding information is available", "mailbox_disabled" },
    { "user account not activated", "mailbox_disabled" },
    { "account expired", "mailbox_disabled", weak = true },
    { "possible forgery or deactivated due to abuse", "mailbox_disabled" },
    { "user status is locked", "mailbox_disabled" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "user account is expired", "mailbox_disabled" },
    { "extended inactivity new mail is not currently being accepted", "mailbox_disabled" },
    { "user mailbox is inactive", "mailbox_disabled" },
    { "user hasn't entered during last", "mailbox_disabled" },
    { "mailbox_currently_suspended", "mailbox_disabled" },
    { "account has been suspended", "mailbox_disabled" },
    { "account is not active", "mailbox_disabled" },
    { "account closed", "mailbox_disabled", weak = true },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    -- source: http://rbl.att.net/block_enduser.html ; http://worldnet.att.net/general-info/bls_info/block_enduser.html ; http://worldnet.att.net/general-info/mail_info/block_enduser.html
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html
    { "policy rejection on the target address", "policy_violation" },

    -- ===== has_moved (6) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-hasmoved.go
    { "has been replaced by", "has_moved" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm (quotes iCloud replies; https://support.apple.com/en-us/102322)
    { "recipient no longer on server", "has_moved" },
    -- source: RFC 5321 section 4.2 reply texts, as listed in https://github.com/mirage/colombe/blob/master/reply_codes.md
    { "user not local; please try", "has_moved" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    -- source: Go test table smtpclass scope_test.go (public GitHub file, search index id 71596364711)
    { "mailbox has moved", "has_moved" },

    -- ===== host_unknown (47) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-blocked.go (p5: lib/Sisimai/Reason/Blocked.pm)
    { "domain does not exist", "host_unknown" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-hostunknown.go
    { "domain is not reachable", "host_unknown" },
    { "domain must exist", "host_unknown" },
    { "host unknown", "host_unknown" },
    { "mail domain mentioned in email address is unknown", "host_unknown" },
    { "name or service not known", "host_unknown" },
    { "no such domain", "host_unknown" },
    { "recipient address rejected: unknown domain name", "host_unknown" },
    { "the account or domain may not exist", "host_unknown" },
    { "unknown host", "host_unknown" },
    { "unroutable address", "host_unknown" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-notaccept.go (Sisimai "notaccept": destination does not accept mail / null MX)
    { "does not accept mail (nullmx)", "host_unknown", weak = true },
    { "host/domain does not accept mail", "host_unknown" },
    { "host does not accept mail", "host_unknown" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-networkerror.go
    { "dns records for the destination computer could not be found", "host_unknown" },
    { "unrouteable mail domain", "host_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "we weren't able to find the recipient domain", "host_unknown" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=badrcptdomain", "host_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "nonexistent domain", "host_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm (quotes exim src/deliver.c, route.c, transports/*.c)
    { "all host address lookups failed permanently", "host_unknown" },
    { "all relevant mx records point to non-existent hosts", "host_unknown" },
    { "an mx or srv record indicated no smtp service", "host_unknown" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    { "sorry, i couldn't find any host by that name", "host_unknown" },
    { "sorry, i couldn't find a mail exchanger or ip address", "host_unknown" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "address uses mx in private address space", "host_unknown" },
    { "address uses mx in loopback address space", "host_unknown" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "recipient address has a null mx", "host_unknown" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "invalid host name", "host_unknown" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "has installed an invalid mx record with an ip address instead of a domain name", "host_unknown" },
    { "not capable to receive mail", "host_unknown" },
    { "domain does not exist; please check your spelling", "host_unknown" },
    { "domain not used for mail", "host_unknown" },
    { "domain must resolve", "host_unknown" },
    -- source: RFC 5321 section 4.2 reply texts, as listed in https://github.com/mirage/colombe/blob/master/reply_codes.md
    { "machine does not accept mail", "host_unknown" },
    -- source: Go test table smtpclass scope_test.go (public GitHub file, search index id 71596364711)
    { "bad destination system address", "host_unknown" },
    { "null mx", "host_unknown", weak = true },
    { "unable to route", "host_unknown", weak = true },
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html

    -- ===== mailbox_full (99) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-mailboxfull.go (p5: lib/Sisimai/Reason/MailboxFull.pm)
    { "account disabled temporarly for exceeding receiving limits", "mailbox_full" },
    { "account is exceeding their quota", "mailbox_full" },
    { "delivery failed: over quota", "mailbox_full" },
    { "diskspace quota", "mailbox_full" },
    { "does not have enough space", "mailbox_full" },
    { "exceeded storage allocation", "mailbox_full" },
    { "exceeding its mailbox quota", "mailbox_full" },
    { "full mailbox", "mailbox_full" },
    { "is over disk quota", "mailbox_full" },
    { "mail file size exceeds the maximum size allowed for mail delivery", "mailbox_full" },
    { "mailbox exceeded the local limit", "mailbox_full" },
    { "mailbox has exceeded its disk space limit", "mailbox_full" },
    { "mailbox quota usage exceeded", "mailbox_full" },
    { "maildir delivery failed: userdisk quota", "mailbox_full" },
    { "maildir delivery failed: domaindisk quota", "mailbox_full" },
    { "mailfolder is full", "mailbox_full" },
    { "not enough storage space in", "mailbox_full" },
    { "over the allowed quota", "mailbox_full" },
    { "recipient reached disk quota", "mailbox_full" },
    { "mailbox would exceed maximum allowed storage", "mailbox_full" },
    { "the user's space has been used up", "mailbox_full" },
    { "too much mail data", "mailbox_full" },
    { "user has exceeded quota, bouncing mail", "mailbox_full" },
    { "user has too many messages on the server", "mailbox_full" },
    { "user is over the quota", "mailbox_full" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-systemfull.go
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "account storage limit", "mailbox_full" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm + Aol.pm
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm (quotes exim src/deliver.c, route.c, transports/*.c)
    { "error: quota exceed", "mailbox_full" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/DeutscheTelekom.pm ; lib/Sisimai/Lhost/EinsUndEins.pm (1&1 / GMX / WEB.DE)
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "mailbox limit exeeded for this email address", "mailbox_full" },
    { "mailbox is full / blocks limit exceeded / inode limit exceeded", "mailbox_full" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "quota exceed the hard limit", "mailbox_full" },
    { "requested mailbox exceeds quota", "mailbox_full" },
    { "recipient storage full", "mailbox_full" },
    { "error writing message: file too large", "mailbox_full" },
    { "recipient quota limit is exceeded", "mailbox_full" },
    { "has exceeded the allowed mailbox quota", "mailbox_full" },
    { "mailbox space not enough", "mailbox_full" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "user mailbox exceeds allowed size", "mailbox_full" },
    { "too many messages on this mailbox", "mailbox_full" },
    { "too many messages in this mailbox", "mailbox_full" },
    { "over the maximum allowed number of messages", "mailbox_full" },
    { "recipient exceeded email quota", "mailbox_full" },
    { "the user has not enough diskspace available", "mailbox_full" },
    { "mailbox has exceeded the limit", "mailbox_full" },
    { "522_mailbox_full", "mailbox_full" },
    { "account is full", "mailbox_full", weak = true },
    { "message would exceed quota", "mailbox_full" },
    { "recipient exceeded dropfile size quota", "mailbox_full" },
    { "not able to receive any more mail", "mailbox_full" },
    { "exceeds allowed message count", "mailbox_full" },
    { "message is larger than the space available", "mailbox_full" },
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html
    { "mailbox size exceeded", "mailbox_full" },
    -- source: https://mailout.ru/2015/09 (Mail.ru bounce texts)

    -- ===== message_too_big (27) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-emailtoolarge.go + why-mesgtoobig.go + why-exceedlimit.go
    { "exceeded maximum inbound message size", "message_too_big" },
    { "exceeded the maximum incoming message size", "message_too_big" },
    { "message file too big", "message_too_big" },
    { "message length exceeds administrative limit", "message_too_big" },
    { "size limit", "message_too_big", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "your message exceeded google's message size limits", "message_too_big" },
    { "exceeds google's message size limit of", "message_too_big" },
    { "exceeds google's limit of", "message_too_big" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=maxsizeerror", "message_too_big" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "resolver.rst.recipsizelimit", "message_too_big" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    { "the message exeeded the maximum size the user accepts", "message_too_big" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "queue file size limit exceeded", "message_too_big" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/DeutscheTelekom.pm ; lib/Sisimai/Lhost/EinsUndEins.pm (1&1 / GMX / WEB.DE)
    { "mail size limit exceeded", "message_too_big" },

    -- ===== too_many_recipients (8) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-ratelimited.go + why-toomanyconn.go + why-speeding.go
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "multiple destination domains per transaction is unsupported", "too_many_recipients" },
    { "domain policy size per transaction exceeded", "too_many_recipients" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=toomanyrecipientserror", "too_many_recipients" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exchange2007.pm (Exchange NDR enhanced texts)
    { "resolver.adr.reciplimit", "too_many_recipients" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)

    -- ===== rate_limited (71) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-ratelimited.go + why-toomanyconn.go + why-speeding.go
    { "has exceeded the max emails per hour", "rate_limited" },
    { "please try again slower", "rate_limited" },
    { "receiving mail at a rate that prevents additional messages from being delivered", "rate_limited" },
    { "throttling failure", "rate_limited", weak = true },
    { "throttling failure: daily message quota exceeded", "rate_limited" },
    { "throttling failure: maximum sending rate exceeded", "rate_limited" },
    { "too many errors from your ip", "rate_limited" },
    { "allowable number of posts without solving a captcha", "rate_limited" },
    { "all available ips are at maximum connection limit", "rate_limited" },
    { "exceeds per-domain connection limit for", "rate_limited" },
    { "too many concurrent smtp connections", "rate_limited" },
    { "too many smtp sessions for this host", "rate_limited" },
    { "temporarily rate limited", "rate_limited", weak = true },
    { "we have already made numerous attempts to deliver this message", "rate_limited" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "try again later, closing connection", "rate_limited" },
    { "is receiving mail too quickly", "rate_limited" },
    { "daily sending quota exceeded", "rate_limited" },
    { "this mail has been rate limited", "rate_limited", weak = true },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=receivingrate", "rate_limited" },
    { "mail/answer/22839", "rate_limited" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "submission quota exceeded", "rate_limited" },
    { "access denied, tenant has exceeded threshold", "rate_limited" },
    { "server busy. please try again later from", "rate_limited" },
    { "the recipient has exceeded their limit for", "rate_limited" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "lower the number of concurrent sessions", "rate_limited" },
    { "this ip has sent too many messages this hour", "rate_limited" },
    { "this message has exceeded the max number of messages per session", "rate_limited" },
    { "has sent too many to too many recipients this hour", "rate_limited" },
    { "has sent to too many recipients this hour", "rate_limited" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "account service is temporarily unavailable", "rate_limited" },
    { "exceeding outbound thread limit", "rate_limited" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm (quotes iCloud replies; https://support.apple.com/en-us/102322)
    { "due to excessive volume", "rate_limited" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Cox.pm (quotes https://www.cox.com/residential/support/email-error-codes.html)
    { "too many sessions from", "rate_limited", weak = true },
    { "requested action aborted: try again later", "rate_limited" },
    { "message threshold exceeded", "rate_limited" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Tencent.pm (quotes https://service.mail.qq.com/detail/122)
    { "mailbox unavailable or access denined", "rate_limited" },
    { "ip frequency limited", "rate_limited" },
    { "domain frequency limited", "rate_limited" },
    { "sender frequency limited", "rate_limited" },
    { "connection frequency limited", "rate_limited" },
    { "frequency limited", "rate_limited", weak = true },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "stop flooding our users with mail", "rate_limited" },
    { "too many errors after", "rate_limited" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "mail system congestion", "rate_limited" },
    -- source: http://postmaster.comcast.net/mail-error-codes.html ; http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx
    -- source: https://bentonow.com/smtp-errors/sfr ; https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html
    { "spam limit exceeded", "rate_limited" },

    -- ===== greylisted (16) =====
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm
    -- source: https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (literal fragments of the regex rules and of the example replies in its comments)
    -- source: https://github.com/stalwartlabs/mail-server/blob/main/resources/config/spamfilter/scripts/greylist.sieve ; milter-manager test scenario ("Greylisting in action, please come back later"); https://github.com/helpscout/chef-rspamd/blob/master/attributes/greylist.rb (rspamd default message "Try again later")
    -- source: LinusU server-accepts-email lib/client.js (search index id 35489913376): greylisting replies seen from real servers
    { "postgrey.schweikert.ch/help", "greylisted" },
    { "is not yet authorized to deliver mail from", "greylisted" },
    -- source: postgrey replies quoted in public repos (find_string "Greylisted, see http", e.g. index ids 70301335275, 14760004835)

    -- ===== blocked (204) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-blocked.go (p5: lib/Sisimai/Reason/Blocked.pm)
    { "www.spamcop.net/bl", "blocked" },
    { "bad sender ip address", "blocked" },
    { "banned sending ip", "blocked" },
    { "blacklisted by", "blocked", weak = true },
    { "blocked - see http", "blocked" },
    { "dnsbl:attrbl", "blocked" },
    { "abus detecte gu_eib_02", "blocked" },
    { "abus detecte gu_eib_04", "blocked" },
    { "client host rejected: may not be mail exchanger", "blocked" },
    { "confirm this mail server", "blocked" },
    { "connections not accepted from ip addresses on spamhaus xbl", "blocked" },
    { "currently sending spam see", "blocked" },
    { "dynamic/zombied/spam ips blocked", "blocked" },
    { "extreme bad ip profile", "blocked" },
    { "go away", "blocked", weak = true },
    { "host network not allowed", "blocked" },
    { "invalid ip for sending mail of domain", "blocked" },
    { "is in a black list", "blocked", weak = true },
    { "no access from mail server", "blocked" },
    { "not currently accepting mail from your ip", "blocked" },
    { "please use the smtp server of your isp", "blocked" },
    { "refused - see http", "blocked" },
    { "rejected because the sending mta or the sender has not passed validation", "blocked" },
    { "rejecting open proxy", "blocked" },
    { "sender ip address rejected", "blocked" },
    { "server access forbidden by your ip", "blocked" },
    { "sorry, your remotehost looks suspiciously like spammer", "blocked" },
    { "temporarily deferred due to unexpected volume or user complaints", "blocked" },
    { "to submit messages to this e-mail system has been rejected", "blocked" },
    { "too many spams from your ip", "blocked" },
    { "too many unwanted messages have been sent from the following ip address above", "blocked" },
    { "you are not allowed to connect", "blocked" },
    { "you are sending spam", "blocked" },
    { "your ip address is listed in the rbl", "blocked" },
    { "your server requires confirmation", "blocked" },
    { "because the ip is in spamhaus's list", "blocked" },
    { "barracudacentral.org", "blocked" },
    { "is blocked by earthlink", "blocked" },
    { "temporarily deferred due to user complaints", "blocked" },
    { "listed as abusive", "blocked" },
    { "is blocked by rbl", "blocked" },
    { "is blacklisted", "blocked", weak = true },
    { ".abuseat.org", "blocked" },
    { "service refused, please try later", "none" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-spamdetected.go (older regex form: p5-sisimai lib/Sisimai/Reason/SpamDetected.pm)
    { "www.spamhaus.org/help/help_spam_16.htm", "blocked" },
    { "denied due to spam list", "blocked" },
    { "listed in work.drbl.imedia.ru", "blocked" },
    { "sender domain listed at", "blocked" },
    { "too many spam complaints", "blocked" },
    { "too much spam", "blocked" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-rejected.go (Sisimai "rejected" = envelope sender rejected)
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-requireptr.go
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-badreputation.go
    { "a poor email reputation score", "blocked" },
    { "has been temporarily rate limited due to ip reputation", "blocked" },
    { "ip/domain reputation problems", "blocked" },
    { "none/bad reputation", "blocked" },
    { "the sending mta's poor reputation", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "ip not in whitelist for rcpt domain", "blocked" },
    { "an unusual rate of unsolicited mail", "blocked" },
    { "an unusual rate of unsolicited mail originating from your ip address", "rate_limited", permanent = "blocked" },
    { "use the smtp relay at your service provider instead", "blocked" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=unsolicitedratelimiterror", "blocked" },
    { "?p=notauthorizederror", "blocked" },
    { "answer.py?answer=10336", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "access denied, please try again later", "blocked" },
    { "access denied, rejected by recipient", "blocked" },
    { "access denied, banned sender", "blocked" },
    { "access denied, banned sending ip", "blocked" },
    { "restrictdomainstoipaddresses or restrictdomainstocertificate", "blocked" },
    { "access denied, traffic not accepted from this ip", "blocked" },
    -- source: https://dijitul.uk/live-outlook-hotmail-rejects-emails-550-5-7-1-s3150 ; https://foxpa.ws/e-mails-to-hotmail-bounce-550-sc-001-part-of-your-network-is-on-our-block-list ; https://support.binarylane.com.au/support/solutions/articles/11000047583
    { "mail rejected by hotmail for policy reasons", "blocked" },
    { "related to content with spam-like characteristics or ip/domain reputation", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    { "not accepted from ip addresses on spamhaus xbl", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    { "les emails envoyes vers la messagerie laposte.net ont ete bloques par nos services", "blocked" },
    { "the emails sent to the mail host laposte.net were blocked by our services", "blocked" },
    { "adresse ip source bloquee pour incident de spam", "blocked" },
    { "client host blocked for spamming issues", "blocked" },
    { "service refuse. veuillez essayer plus tard", "none" },
    -- source: https://tamingdns.com/bounce-decoder/yahoo ; https://help.yahoo.com/kb/review-xx-smtp-sln26151.html ; smtp-error-codes.info (Yahoo TS02)
    { "the ip/domain is in the unverified category", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "this ip has been temporarily blocked for attempting to send too many messages containing content judged to be spam", "blocked" },
    { "this ip has been blocked for the day", "blocked" },
    { "this ip has been temporarily blocked for attempting to mail too many invalid recipients", "blocked" },
    { "poor reputation on cloudmark", "blocked" },
    { "this ip address is listed on the spamhaus block list", "blocked" },
    { "rbl reject", "blocked", weak = true },
    { "www.spamhaus.org/query/bl?ip=", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "host network, not allowed", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm (quotes iCloud replies; https://support.apple.com/en-us/102322)
    { "rejected due to having a domain present in the spamhaus", "blocked" },
    { "rejected due to listing in spamhaus", "blocked" },
    { "support.proofpoint.com/dnsbl-lookup", "blocked" },
    { "not accepting connections", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Cox.pm (quotes https://www.cox.com/residential/support/email-error-codes.html)
    { "too many bad commands from", "blocked" },
    { "too many invalid recipients", "blocked" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Tencent.pm (quotes https://service.mail.qq.com/detail/122)
    { "suspected bounce attacks", "blocked" },
    { "suspected spam ip", "blocked" },
    { "connection denied", "blocked", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    { "but my name was rejected", "blocked" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "service unavailable; client host", "blocked" },
    { "blocked using sbl-xbl.spamhaus.org", "blocked" },
    { "blocked using zen.spamhaus.org", "blocked" },
    { "this mail was handled by an open relay", "blocked" },
    { "helo command rejected: you are not in my network", "blocked" },
    -- source: https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (literal fragments of the regex rules and of the example replies in its comments)
    { "your server ip address is in the spamhaus", "blocked" },
    { "has been blocked by zen.spamhaus.org", "blocked" },
    { "mail from ip banned", "blocked" },
    { "listed at zen.spamhaus.org", "blocked" },
    { "you are in the spammer list", "blocked" },
    { "rejected using zen.spamhaus.org", "blocked" },
    { "was rejected due to listing in", "blocked" },
    { "found in spl-xbl listing", "blocked" },
    { "the ip address was rejected by", "blocked" },
    { "is listed by the lookup site", "blocked" },
    { "ip address is listed by", "blocked" },
    { "email blocked by spamhaus", "blocked" },
    { "www.spamhaus.org/query", "blocked" },
    { "denied by spamhaus xbl", "blocked" },
    { "is on the spamhaus xbl blacklist", "blocked" },
    { "ip blacklisted by spamhaus", "blocked" },
    { "rejected due to dnsbl", "blocked" },
    { "sorbs dnsbl", "blocked" },
    { "sender refused by the dnsbl", "blocked" },
    { "dnsbl.sorbs.net", "blocked" },
    { "your ip identified as spammer", "blocked" },
    { "junkemailfilter.com/remove.php", "blocked" },
    { "is listed on https://spamrl.com", "blocked" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "rejected due to poor reputation of a domain used in message transfer", "blocked" },
    { "blocked by ivmsip", "blocked" },
    { "your ip or email address blocked by the fakemail user", "blocked" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "was blocked by rota dnsbl", "blocked" },
    { "client host rejected: access denied", "blocked" },
    { "client host bypassing service provider's mail relay", "blocked" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "spamblock.outblaze.com", "blocked" },
    { "connection refused due to abuse", "blocked" },
    { "mail server is currently blocked", "blocked" },
    { "spam origin", "blocked", weak = true },
    { "they are not accepting mail from", "blocked" },
    -- source: http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda ; https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-bounces-from-barracuda-based-domains-and-how-to-resolve-them ; https://campus.barracuda.com/doc/39815000
    { "barracuda reputation", "blocked" },
    { "permanent failure: blocked", "blocked" },
    -- source: http://rbl.att.net/block_enduser.html ; http://worldnet.att.net/general-info/bls_info/block_enduser.html ; http://worldnet.att.net/general-info/mail_info/block_enduser.html
    { "unauthorized interface for", "blocked" },
    { "blocked by ldap:ou=rblmx", "blocked" },
    { "blocked for abuse", "blocked" },
    -- source: Go test table smtpclass scope_test.go (public GitHub file, search index id 71596364711)
    { "message rejected due to poor reputation of sending ip", "blocked" },
    -- source: https://help.mailgun.com/hc/en-us/articles/25099259504411-Classified-Bounces-List ; https://help.mailgun.com/hc/en-us/articles/23504153869723-Bounce-Classification
    { "is listed on cloudmark csi-global", "blocked" },
    { "csi.cloudmark.com", "blocked" },
    { "blocked by bl.spamcop.net", "blocked" },
    { "bl.spamcop.net", "blocked" },
    { "abuse_rbl@abuse-att.net", "blocked" },
    -- source: https://success.trendmicro.com/solution/1097055 (Trend Micro Email Reputation Services); https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes
    { "refused by rbl-plus.mail-abuse.org", "blocked" },
    { "mail-abuse.com", "blocked" },
    { "temporary denial of connection", "blocked" },
    { "for zombie matches (ers)", "blocked" },
    { "permanent denial of connection", "blocked" },
    { "for rbl+ matches (ers)", "blocked" },
    { "block temporarily (sender filtering/authentication)", "blocked" },
    { "block permanently (sender filtering/authentication)", "blocked" },
    -- source: https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons ; https://bastion.umanix.net/info (Baruwa)
    { "dictionary attack detected", "blocked" },
    { "hostkarma.junkemailfilter.com", "blocked" },
    -- source: https://bentonow.com/smtp-errors/sfr ; https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html
    { "blocked by spam statistics", "blocked" },

    -- ===== spam_detected (125) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-spamdetected.go (older regex form: p5-sisimai lib/Sisimai/Reason/SpamDetected.pm)
    { "mail.163.com/help/help_spam_16.htm", "spam_detected" },
    { "reject, id=", "none" },
    { "appears to be unsolicited", "spam_detected" },
    { "blacklisted url in message", "spam_detected" },
    { "block for spam", "spam_detected" },
    { "blocked by policy: no spam please", "spam_detected" },
    { "blocked by spamassassin", "spam_detected" },
    { "cannot be forwarded because it was detected as spam", "spam_detected" },
    { "content filter rejection", "spam_detected" },
    { "cyberoam anti spam engine has identified this email as a bulk email", "spam_detected" },
    { "high probability of spam", "spam_detected" },
    { "is classified as spam and is rejected", "spam_detected" },
    { "mail content denied", "spam_detected" },
    { "may consider spam", "spam_detected" },
    { "message considered as spam or virus", "spam_detected" },
    { "message contains spam or virus", "spam_detected" },
    { "message content rejected", "spam_detected", weak = true },
    { "message detected as spam", "spam_detected" },
    { "message filtered. please see the faqs section on spam", "spam_detected" },
    { "message filtered. refer to the troubleshooting page at", "spam_detected" },
    { "message looks like spam", "spam_detected" },
    { "message is being rejected as it seems to be a spam", "spam_detected" },
    { "message refused by mailmarshal spamprofiler", "spam_detected" },
    { "message refused by trustwave seg spamprofiler", "spam_detected" },
    { "message rejected because of unacceptable content", "spam_detected" },
    { "message was rejected for possible spam/virus content", "spam_detected" },
    { "our email server thinks this email is spam", "spam_detected" },
    { "reject bulk.advertising", "spam_detected" },
    { "rejected: spamassassin score", "spam_detected" },
    { "rejected - bulk email", "spam_detected" },
    { "rejecting mail content", "spam_detected" },
    { "related to content with spam-like characteristics", "spam_detected" },
    { "sending address not accepted due to spam filter", "spam_detected" },
    { "spam blocked", "spam_detected" },
    { "spam check", "spam_detected", weak = true },
    { "spam content matched", "spam_detected" },
    { "spam email", "spam_detected", weak = true },
    { "spam email not accepted", "spam_detected" },
    { "spam not accepted", "spam_detected" },
    { "spam refused", "spam_detected" },
    { "spam rejection", "spam_detected" },
    { "spam score", "spam_detected" },
    { "spambouncer identified spam", "spam_detected" },
    { "spamming not allowed", "spam_detected" },
    { "the email message was detected as spam", "spam_detected" },
    { "the message has been rejected by spam filtering engine", "spam_detected" },
    { "the message was rejected due to classification as bulk mail", "spam_detected" },
    { "the content of this message looked like spam", "spam_detected" },
    { "this message has been identified as spam", "spam_detected" },
    { "this message was classified as spam", "spam_detected" },
    { "this message was rejected by recurrent pattern detection system", "spam_detected" },
    { "transaction failed spam message not queued", "spam_detected" },
    { "we dont accept spam", "spam_detected" },
    { "your email appears similar to spam we have received before", "spam_detected" },
    { "your email breaches local uribl policy", "spam_detected" },
    { "your email had spam-like", "spam_detected" },
    { "your email is probably spam", "spam_detected" },
    { "your email was detected as spam", "spam_detected" },
    { "your message as spam and has prevented delivery", "spam_detected" },
    { "your message has been temporarily blocked by our filter", "spam_detected" },
    { "your message has triggered a spam block", "spam_detected" },
    { "your message may contain the spam contents", "spam_detected" },
    { "your message failed several antispam checks", "spam_detected" },
    { "percent probability of being spam", "spam_detected" },
    { "spam points", "spam_detected" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-policyviolation.go
    { "you're using a mass mailer", "spam_detected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=unsolicitedmessageerror", "spam_detected" },
    { "answer.py?answer=69585", "spam_detected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "content filter agent quarantined this message", "spam_detected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    { "mail rejete. mail rejected", "spam_detected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "this message has been rejected due to content judged to be spam", "spam_detected" },
    { "content judged to be spam by the internet community", "spam_detected" },
    { "message rejected for spam or virus content", "spam_detected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Tencent.pm (quotes https://service.mail.qq.com/detail/122)
    { "spam is embedded in the email", "spam_detected" },
    { "suspected spam", "spam_detected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm
    -- source: https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (literal fragments of the regex rules and of the example replies in its comments)
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "reject spam", "spam_detected", weak = true },
    { "blocked using spam pattern, your message may contain the spam contents", "spam_detected" },
    { "a url in this email", "spam_detected" },
    { "rejected - spamtext", "spam_detected" },
    { "junkmail rejected", "spam_detected" },
    { "we can't accept this message because it is spam", "spam_detected" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "content reject", "spam_detected", weak = true },
    { "mail data refused by aisp", "spam_detected" },
    { "the spam message is detected", "spam_detected" },
    { "spamtrap technology", "spam_detected" },
    { "it seems as a junk mail", "spam_detected" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "spam rejected", "spam_detected", weak = true },
    { "error: content rejected", "spam_detected" },
    { "blocked for spam", "spam_detected" },
    { "considered unsolicited bulk e-mail", "spam_detected" },
    { "listed in multi.surbl.org", "spam_detected" },
    { "black listed url host", "spam_detected" },
    { "on spam scale", "spam_detected" },
    { "rejected as bulk", "spam_detected" },
    { "appears to be spam", "spam_detected" },
    { "message contains potential spam", "spam_detected" },
    { "high spam probability", "spam_detected" },
    { "email is considered spam", "spam_detected" },
    -- source: http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda ; https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-bounces-from-barracuda-based-domains-and-how-to-resolve-them ; https://campus.barracuda.com/doc/39815000
    { "the message has been deferred due to suspect content", "spam_detected" },
    -- source: http://postmaster.free.fr/ (Free.fr postmaster: "550 spam detected"); Sisimai go-sisimai why-blocked.go / why-ratelimited.go comments tag "too many spams from your ip" / "too many errors from your ip" as free.fr
    -- source: https://help.mailgun.com/hc/en-us/articles/25099259504411-Classified-Bounces-List ; https://help.mailgun.com/hc/en-us/articles/23504153869723-Bounce-Classification
    { "rejecting banned content", "policy_violation" },
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html

    -- ===== virus_detected (10) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-virusdetected.go
    { "it has a potentially executable attachment", "virus_detected" },
    { "the message was rejected because it contains prohibited virus or spam content", "virus_detected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm
    { "detected by zoho mail", "virus_detected" },
    -- source: https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (literal fragments of the regex rules and of the example replies in its comments)
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html

    -- ===== policy_violation (73) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-spamdetected.go (older regex form: p5-sisimai lib/Sisimai/Reason/SpamDetected.pm)
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-filtered.go (Sisimai "filtered": recipient-side filter; mapped per meaning)
    { "because the recipient is only accepting mail from specific email addresses", "policy_violation" },
    { "has restricted sms e-mail", "policy_violation" },
    { "message rejected due to user rules", "policy_violation" },
    { "resolver.rst.notauthorized", "policy_violation" },
    { "user refuses to receive this mail", "policy_violation" },
    { "you have been blocked by the recipient", "policy_violation" },
    { "refuse to receive mail", "policy_violation" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-rejected.go (Sisimai "rejected" = envelope sender rejected)
    { "because the sender isn't on the recipient's list of senders to accept mail from", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-rejected.go (Sisimai "rejected" = envelope sender rejected)
    { "rule imposed mailbox access for", "policy_violation" },
    { "spam reporting address", "policy_violation" },
    { "you are not allowed to post to this mailing list", "policy_violation" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-policyviolation.go
    { "an illegal attachment on your message", "policy_violation" },
    { "because the recipient is not accepting mail with", "policy_violation" },
    { "by non-member to a members-only list", "policy_violation" },
    { "closed mailing list", "policy_violation" },
    { "denied by policy", "policy_violation" },
    { "message bounced due to organizational settings", "policy_violation" },
    { "message given low priority", "policy_violation" },
    { "message rejected due to local policy", "policy_violation" },
    { "messages with multiple addresses", "policy_violation" },
    { "rejected for policy reasons", "policy_violation" },
    { "the email address used to send your message is not subscribed to this group", "policy_violation" },
    { "the message was rejected by organization policy", "policy_violation" },
    { "this message was blocked because its content presents a potential", "policy_violation" },
    { "we do not accept messages containing images or other attachments", "policy_violation" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-securityerror.go (Sisimai "securityerror")
    { "executable files are not allowed in compressed files", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "this message was blocked because its content presents a potential security issue", "policy_violation" },
    { "has a policy that prohibited the mail that you sent", "policy_violation" },
    { "the user or domain that you are sending to (or from) has a policy that prohibited", "policy_violation" },
    { "exceeded its quota for sending messages with the same message-id", "policy_violation" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=blockedmessage", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "sender was not authenticated by organization", "policy_violation" },
    { "sender not in allowed-senders list", "policy_violation" },
    { "sender not authenticated for group", "policy_violation" },
    { "sender was not authenticated for mailbox", "policy_violation" },
    { "sender was not authenticated for public folder", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    { "not accepted for policy reasons", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "account outbounds disabled", "policy_violation" },
    { "message bounced due to content examination policy", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Cox.pm (quotes https://www.cox.com/residential/support/email-error-codes.html)
    { "attachment extension is forbidden", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Tencent.pm (quotes https://service.mail.qq.com/detail/122)
    { "mail is rejected by recipients", "policy_violation" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm
    { "mailbox delivery restricted by policy error", "policy_violation" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "requires an upgrade to enhanced protection", "policy_violation" },
    { "reject due to policy restrictions", "policy_violation" },
    { "message denied", "policy_violation", weak = true },
    { "rejected - content policy", "policy_violation" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "bounced by administrator", "policy_violation" },
    { "user refused to receive this mail", "policy_violation" },
    { "no permit", "policy_violation", weak = true },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "message denied: restricted attachment", "policy_violation" },
    { "has exceeded maximum attachment count limit", "policy_violation" },
    { "message held for human verification", "policy_violation" },
    { "not accepting mail with attachments or embedded images", "policy_violation" },
    { "message contains unacceptable attachment", "policy_violation" },
    { "user reject the mail", "policy_violation" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "mailing list expansion prohibited", "policy_violation" },

    -- ===== auth_failure (84) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-authfailure.go
    { "spf.pobox.com", "auth_failure" },
    { "bad spf records for", "auth_failure" },
    { "dmarc policy", "auth_failure" },
    { "please inspect your spf settings", "auth_failure" },
    { "sender policy framework (spf) fail", "auth_failure" },
    { "sender policy framework violation", "auth_failure" },
    { "spf (sender policy framework) domain authentication fail", "auth_failure" },
    { "spf check: fail", "auth_failure" },
    { "per it's spf record", "auth_failure" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-requireptr.go
    { "access denied. ip name lookup failed", "auth_failure" },
    { "bad dns ptr resource record", "auth_failure" },
    { "cannot resolve your address", "auth_failure" },
    { "sender ip reverse lookup rejected", "auth_failure" },
    { "the corresponding forward dns entry does not point to the sending ip", "auth_failure" },
    { "unresolvable relay host name", "auth_failure" },
    { "mismatches client ip", "auth_failure" },
    { "forbidden by invalid rdns record of your mail server", "auth_failure" },
    { "unverifyable sending ips", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "the spf record of the sending domain has one or more suspicious entries", "auth_failure" },
    { "gmail requires all senders to authenticate with either spf or dkim", "auth_failure" },
    { "this mail has been rate limited because it is unauthenticated", "auth_failure" },
    { "this message fails to pass spf checks for an spf record with a hard fail", "auth_failure" },
    { "has an spf record with a hard fail policy", "auth_failure" },
    { "fails to pass authentication checks", "auth_failure" },
    { "gmail requires all large senders to authenticate with spf", "auth_failure" },
    { "gmail requires all bulk email senders to authenticate their email with spf", "auth_failure" },
    { "spf authentication didn't pass", "auth_failure" },
    { "gmail requires all large senders to authenticate with dkim", "auth_failure" },
    { "this mail has been rate limited because dkim does not pass", "auth_failure" },
    { "the sending ip does not match the ip address of the hostname", "auth_failure" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=ipv6autherror", "auth_failure" },
    { "?p=dmarcrejection", "auth_failure" },
    { "answer/81126#authentication", "auth_failure" },
    { "answer/81126#ip-practices", "auth_failure" },
    { "a/answer/180504", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "must pass either spf or dkim validation, this message is not signed", "auth_failure" },
    { "does not pass dmarc verification", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    { "yahoo requires all senders to authenticate with either spf or dkim", "auth_failure" },
    { "this mail has been blocked because the sender is unauthenticated", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    { "message refused, dmarc verification failed", "auth_failure" },
    { "message refuse, verification dmarc en echec", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "invalid spf record", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "spf sender invalid - envelope rejected", "auth_failure" },
    { "dkim sender invalid - envelope rejected", "auth_failure" },
    { "dmarc sender invalid - envelope rejected", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm (quotes iCloud replies; https://support.apple.com/en-us/102322)
    { "blocked for failing both spf and dkim", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Cox.pm (quotes https://www.cox.com/residential/support/email-error-codes.html)
    { "dns check failure - try again later", "auth_failure" },
    { "rejected - no rdns", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Tencent.pm (quotes https://service.mail.qq.com/detail/122)
    { "spf check failed", "auth_failure" },
    { "dmarc check failed", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "mail only accepted from ips with valid reverse lookups", "auth_failure" },
    -- source: http://postmaster.comcast.net/mail-error-codes.html ; http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx
    -- source: http://rbl.att.net/block_enduser.html ; http://worldnet.att.net/general-info/bls_info/block_enduser.html ; http://worldnet.att.net/general-info/mail_info/block_enduser.html
    { "failure in dns look-up", "auth_failure" },
    { "blocked for status: <unknown sender>", "auth_failure" },
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html
    { "is not authorized to send in the name of domain", "auth_failure" },

    -- ===== auth_required (33) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-blocked.go (p5: lib/Sisimai/Reason/Blocked.pm)
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-securityerror.go (Sisimai "securityerror")
    { "account not subscribed to ses", "auth_required" },
    { "authentication credentials invalid", "auth_required" },
    { "authentication failure", "auth_required" },
    { "authentication turned on in your email client", "auth_required" },
    { "unauthenticated senders not allowed", "auth_required" },
    { "is not authorized to perform ses:sendrawemail on resource", "auth_required" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "no identity changes permitted", "auth_required" },
    { "please log in with your web browser and then try again", "auth_required" },
    { "xoauth is no longer supported", "auth_required" },
    { "too many unauthenticated commands", "auth_required" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=wantautherror", "auth_required" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exchange2007.pm (Exchange NDR enhanced texts)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "authentication not allowed on ibsmtp servers", "auth_required" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "submitter failed to authenticate", "auth_required" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "please turn on smtp authentication in your mail client", "auth_required" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "auth failed", "auth_required" },

    -- ===== tls_required (24) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-failedstarttls.go
    { "tls required but not supported", "tls_required" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "tls required for rcpt domain", "tls_required" },
    { "gmail requires all large senders to use tls/ssl during smtp", "tls_required" },
    { "this mail has been rate limited because tls wasn't used", "tls_required" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "a/answer/100181", "tls_required" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "the domain failed dane validation", "tls_required" },
    { "destination domain returned invalid dnssec records", "tls_required" },
    { "destination mail server must support tls to receive mail", "tls_required" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "this route requires encryption (tls)", "tls_required" },
    { "this route requires tls version 1.2 or greater", "tls_required" },
    { "this route requires high-strength ciphers", "tls_required" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "security conversion required but not possible", "tls_required" },
    { "security features not supported", "not_implemented" },
    { "cryptographic failure", "tls_required" },
    { "cryptographic algorithm not supported", "tls_required" },
    -- source: http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda ; https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-bounces-from-barracuda-based-domains-and-how-to-resolve-them ; https://campus.barracuda.com/doc/39815000
    { "tls encoding is not available due to a temporary condition", "tls_required" },
    -- source: https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons ; https://bastion.umanix.net/info (Baruwa)
    { "your sender domain is required to send via an encrypted smtp session", "tls_required" },

    -- ===== relay_denied (44) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-blocked.go (p5: lib/Sisimai/Reason/Blocked.pm)
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-securityerror.go (Sisimai "securityerror")
    { "insecure mail relay", "relay_denied" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-norelaying.go
    { "is not permitted to relay through this server without authentication", "relay_denied" },
    { "mail server requires authentication when attempting to send to a non-local e-mail address", "relay_denied" },
    { "no relaying", "relay_denied" },
    { "not a gateway", "relay_denied", weak = true },
    { "not allowed to relay through this machine", "relay_denied" },
    { "not local host", "relay_denied" },
    { "relaying mail to", "relay_denied" },
    { "relay not permitted", "relay_denied" },
    { "specified domain is not allowed", "relay_denied" },
    { "that domain isn't in my list of allowed rcpthost", "relay_denied" },
    { "this system is not configured to relay mail", "relay_denied" },
    { "we don't handle mail for", "relay_denied" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "invalid credentials for relay", "relay_denied" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "tenantattribution; relay access denied", "relay_denied" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "hostname is not authorized", "relay_denied" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "isn't allowed to relay", "relay_denied" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "prohibited by administrator", "relay_denied" },
    { "sender email is not in my domain", "relay_denied" },
    { "relaying not allowed", "relay_denied" },
    { "unauthorized relay", "relay_denied" },
    { "local user only or authentication mechanism", "relay_denied" },
    { "is currently not permitted to relay through this server", "relay_denied" },
    { "do not have smtp authentication turned on in your email client", "relay_denied" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "remote sending only allowed with authentication", "relay_denied" },
    { "we do not relay", "relay_denied" },
    { "relaying is prohibited", "relay_denied" },
    { "cannot relay", "relay_denied" },
    { "relaying disallowed", "relay_denied" },
    { "authentication required for relay", "relay_denied" },
    -- source: https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons ; https://bastion.umanix.net/info (Baruwa)
    { "your domain is not configured to use this mx host", "relay_denied" },

    -- ===== sender_rejected (91) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-rejected.go (Sisimai "rejected" = envelope sender rejected)
    { "access denied (in reply to mail from command)", "sender_rejected" },
    { "access denied (sender blacklisted)", "sender_rejected" },
    { "batv failed to verify", "sender_rejected" },
    { "batv validation failure", "sender_rejected" },
    { "backscatter protection detected an invalid or expired email address", "sender_rejected" },
    { "bogus mail from", "sender_rejected" },
    { "can't determine purported responsible address", "auth_failure" },
    { "connections not accepted from servers without a valid sender domain", "auth_failure" },
    { "denied [bouncedeny]", "sender_rejected" },
    { "denied by secumail valid-address-filter", "sender_rejected" },
    { "email address is on senderfilterconfig list", "sender_rejected" },
    { "empty envelope senders not allowed", "sender_rejected" },
    { "envelope blocked -", "sender_rejected" },
    { "error: no third-party dsns", "sender_rejected" },
    { "fully qualified email address required", "sender_rejected" },
    { "invalid sender", "sender_rejected", weak = true },
    { "is not a registered gateway user", "sender_rejected" },
    { "mail from not owned by user", "sender_rejected" },
    { "null sender is not allowed", "sender_rejected" },
    { "recipient not accepted. (batv: no tag", "sender_rejected" },
    { "returned mail not accepted here", "sender_rejected" },
    { "rfc 1035 violation: recursive cname records for", "sender_rejected" },
    { "sending this from a different address or alias using the", "sender_rejected" },
    { "sender address has been blacklisted", "sender_rejected" },
    { "sender email address rejected", "sender_rejected" },
    { "sender is in my black list", "sender_rejected" },
    { "sender is spammer", "sender_rejected" },
    { "sender not pre-approved", "sender_rejected" },
    { "sender rejected", "sender_rejected", weak = true },
    { "sender domain is empty", "sender_rejected" },
    { "sender was rejected", "sender_rejected" },
    { "syntax error: empty email address", "sender_rejected" },
    { "the message has been rejected by batv defense", "sender_rejected" },
    { "this server does not accept mail from", "sender_rejected" },
    { "transaction failed unsigned dsn for", "sender_rejected" },
    { "unroutable sender address", "sender_rejected" },
    { "you are sending to/from an address that has been blacklisted", "sender_rejected" },
    { "your email address has been blacklisted", "sender_rejected" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-securityerror.go (Sisimai "securityerror")
    { "is a dead domain", "sender_rejected" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-norelaying.go
    { "email address is not verified", "sender_rejected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "mail sending denied", "sender_rejected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "unknown sender address", "sender_rejected" },
    { "access denied, bad outbound sender", "sender_rejected" },
    { "access denied, spam abuse detected", "sender_rejected" },
    { "client blocked from sending from unregistered domains", "sender_rejected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    { "emetteur invalide. invalid sender", "sender_rejected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "sender address blocked", "sender_rejected" },
    { "administrative prohibition envelope blocked", "sender_rejected" },
    { "envelope blocked - user entry", "sender_rejected" },
    { "envelope blocked - user domain entry", "sender_rejected" },
    { "rejected by header-based manually blocked senders", "sender_rejected" },
    { "rejected by header-based blocked senders", "sender_rejected" },
    { "envelope rejected - block policy for envelope from address", "sender_rejected" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "sender address rejected: user unknown in local recipient table", "sender_rejected" },
    { "sender address rejected: domain not found", "sender_rejected" },
    { "sender address rejected: address uses mx in loopback address space", "sender_rejected" },
    { "sender address rejected: address uses mx in private address space", "sender_rejected" },
    { "sender address rejected: sender address unknown", "sender_rejected" },
    { "sender address rejected: need fully-qualified address", "sender_rejected" },
    { "multi-recipient bounce", "sender_rejected" },
    -- source: https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (literal fragments of the regex rules and of the example replies in its comments)
    { "senderfilterconfig", "sender_rejected", weak = true },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "domain may not exist or dns check failed", "sender_rejected" },
    { "sender domain resolve fail", "sender_rejected" },
    { "sorry, your envelope sender domain must exist", "sender_rejected" },
    { "has no a, aaaa, or mx dns records", "sender_rejected" },
    { "invalid sender. your domain has been blacklisted", "sender_rejected" },
    { "mail from domain does not include a usable mx or a entry", "sender_rejected" },
    { "sender rejected aup", "sender_rejected" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "sender is rejected", "sender_rejected" },
    { "mail from is mismatched with message header from address", "sender_rejected" },
    { "verify mailfrom failed", "sender_rejected" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "is not accepting mail from this sender", "sender_rejected" },
    { "could not complete sender verify callout", "sender_rejected" },
    { "sender verification error", "sender_rejected" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "bad sender's system address", "sender_rejected" },
    -- source: http://rbl.att.net/block_enduser.html ; http://worldnet.att.net/general-info/bls_info/block_enduser.html ; http://worldnet.att.net/general-info/mail_info/block_enduser.html
    { "requires valid sender domain", "sender_rejected" },
    -- source: Go test table smtpclass scope_test.go (public GitHub file, search index id 71596364711)
    { "bad sender system address", "sender_rejected" },
    -- source: https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons ; https://bastion.umanix.net/info (Baruwa)
    { "legitimate bounces are never sent to more than one recipient", "sender_rejected" },
    { "sender verification failed", "sender_rejected" },
    -- source: https://mailout.ru/2015/09 (Mail.ru bounce texts)
    { "message sending for this account is disabled", "sender_rejected" },

    -- ===== syntax_error (32) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-blocked.go (p5: lib/Sisimai/Reason/Blocked.pm)
    { "helo command rejected", "blocked", weak = true },
    { "helo command rejected: host not found", "auth_failure" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "empty helo/ehlo argument not allowed", "syntax_error" },
    { "helo/ehlo argument is invalid", "syntax_error" },
    { "optional argument not permitted for that auth mode", "syntax_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "access denied, bad helo", "syntax_error" },
    { "helo / ehlo requires domain address", "syntax_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Tencent.pm (quotes https://service.mail.qq.com/detail/122)
    { "bad address syntax", "syntax_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm (quotes exim src/deliver.c, route.c, transports/*.c)
    { "angle-brackets nested too deep", "syntax_error" },
    { "domain missing in source-routed address", "syntax_error" },
    { "malformed address", "syntax_error" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "need fully-qualified hostname", "syntax_error" },
    { "helo command rejected: invalid ip address", "syntax_error" },
    { "helo command rejected: invalid name", "syntax_error" },
    { "helo command rejected: you are not me", "syntax_error" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "domain missing or malformed", "syntax_error" },
    -- source: RFC 5321 section 4.2 reply texts, as listed in https://github.com/mirage/colombe/blob/master/reply_codes.md
    { "server unable to accommodate parameters", "syntax_error" },
    { "mailbox name not allowed", "syntax_error" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "bad destination mailbox address syntax", "syntax_error" },
    { "bad sender's mailbox address syntax", "syntax_error" },
    { "invalid command arguments", "syntax_error" },
    { "a valid address is required", "syntax_error" },
    { "invalid authentication mechanism", "not_implemented" },
    { "authentication mechanism not supported", "not_implemented" },
    -- source: LinusU server-accepts-email lib/client.js (search index id 35489913376): greylisting replies seen from real servers
    { "bad recipient address syntax", "syntax_error" },
    -- source: https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons ; https://bastion.umanix.net/info (Baruwa)
    { "you cannot say you are me. i am me", "syntax_error" },
    { "restricted characters in address", "syntax_error" },
    -- source: https://www.yandex.com/support/mail/bounces/yandex.html ; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html ; https://www.yandex.com/support/mail/bounces/other.html
    { "bad address mailbox syntax", "syntax_error" },
    { "invalid arguments - possible version mismatch", "syntax_error" },

    -- ===== bad_sequence (14) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-policyviolation.go
    { "protocol violation", "bad_sequence" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "no commands allowed to pipeline after starttls", "bad_sequence" },
    { "starttls may not be repeated", "bad_sequence" },
    { "ehlo/helo first", "bad_sequence" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "send hello first", "bad_sequence" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Cox.pm (quotes https://www.cox.com/residential/support/email-error-codes.html)
    { "esmtp no data before greeting", "bad_sequence" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "improper use of smtp command pipelining", "bad_sequence" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "wrong protocol version", "bad_sequence" },

    -- ===== not_implemented (9) =====
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "too many unrecognized commands, goodbye", "not_implemented" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm + Aol.pm
    -- source: RFC 5321 section 4.2 reply texts, as listed in https://github.com/mirage/colombe/blob/master/reply_codes.md
    { "command unrecognized", "syntax_error" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "system not capable of selected features", "not_implemented" },

    -- ===== content_error (45) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-emailtoolarge.go + why-mesgtoobig.go + why-exceedlimit.go
    { "line limit exceeded", "content_error" },
    { "message header size exceeds limit", "message_too_big" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-policyviolation.go
    { "header are not accepted", "content_error" },
    { "header error", "content_error", weak = true },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-contenterror.go
    { "header size exceeds maximum permitted", "content_error" },
    { "message header size, or recipient list, exceeds policy limit", "content_error" },
    { "message mime complexity exceeds the policy maximum", "content_error" },
    { "this message contain invalid mime headers", "content_error" },
    { "this message contain improperly-formatted binary content", "content_error" },
    { "this message contain text that uses unnecessary base64 encoding", "content_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "your message exceeded google's message header size limits", "content_error" },
    { "bytes per individual header size", "content_error" },
    { "exceeds google's header name limit of", "content_error" },
    { "header that exceeds google's message header size limit", "content_error" },
    { "messages missing a valid address in the from: header", "content_error" },
    { "messages with multiple addresses in from: header are not accepted", "content_error" },
    { "the message contains a unicode character in a disallowed header", "content_error" },
    { "encoded-word syntax is not permitted in message header", "content_error" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=rfcmessagenoncompliant", "content_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "too many related errors", "content_error" },
    { "agent generated message depth exceeded", "content_error" },
    { "invalid message content", "content_error" },
    { "x-dg-ref header is too long", "content_error" },
    { "access denied, message must be rfc 5322 section 3.6.2 compliant", "content_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    { "headers are not rfc compliant", "content_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "ip addresses are not allowed as a from: address", "content_error" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "messages without to: fields are not accepted here", "content_error" },
    { "does not accept email in non-western (non-latin) character sets", "content_error" },
    { "mime/reject: invalid structure", "content_error" },
    { "message with invalid header rejected", "content_error" },
    { "mime error", "content_error", weak = true },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "html tag unacceptable", "content_error" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "media not supported", "content_error" },
    { "conversion required and prohibited", "content_error" },
    { "conversion required but not supported", "content_error" },
    { "conversion failed", "content_error" },
    { "message integrity failure", "content_error" },

    -- ===== system_error (96) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-blocked.go (p5: lib/Sisimai/Reason/Blocked.pm)
    { "service not available, closing transmission channel", "system_error", weak = true },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-mailboxfull.go (p5: lib/Sisimai/Reason/MailboxFull.pm)
    { "insufficient disk space", "system_error" },
    { "no space left on device", "system_error" },
    { "not enough disk space", "system_error" },
    { "not sufficient disk space", "system_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-systemerror.go
    { "aliasing/forwarding loop broken", "system_error" },
    { "can't create user output file", "system_error" },
    { "could not load drd for domain", "system_error" },
    { "internal error reading data", "system_error" },
    { "interrupted system call", "system_error" },
    { "it encountered an error while being processed", "system_error" },
    { "it would create a mail loop", "system_error" },
    { "local configuration error", "system_error" },
    { "loop was found in the mail exchanger", "system_error" },
    { "loops back to myself", "system_error" },
    { "mail system configuration error", "system_error" },
    { "recipient deferred because there is no mdb", "system_error" },
    { "remote server is misconfigured", "system_error" },
    { "server configuration error", "system_error" },
    { "service currently unavailable", "system_error" },
    { "system config error", "system_error" },
    { "temporary local problem", "system_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-systemfull.go
    { "mail system full", "system_error", weak = true },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-mailererror.go (local delivery agent failures)
    { "command died with status", "system_error" },
    { "command output", "system_error" },
    { "mailer error", "system_error", weak = true },
    { "procmail", "system_error", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "temporary system problem", "system_error" },
    { "mail server has temporarily rejected this message", "system_error" },
    { "mail server temporarily rejected message", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "system not accepting network messages", "system_error" },
    { "storedrv.deliver: missing or bad storedriver mdb properties", "system_error" },
    { "service not active", "system_error" },
    { "mailing list expansion problem", "system_error" },
    { "misconfigured forwarding address", "system_error" },
    { "message failed to be replicated", "system_error" },
    { "pfa agent busy, please try again", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exchange2007.pm (Exchange NDR enhanced texts)
    { "resolver.adr.badprimary", "system_error" },
    { "resolver.adr.invalidinsmtp", "system_error" },
    -- source: https://tamingdns.com/bounce-decoder/yahoo ; https://help.yahoo.com/kb/review-xx-smtp-sln26151.html ; smtp-error-codes.info (Yahoo TS02)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "server temporarily unavailable. try again later", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "recipient temporarily unavailable", "system_error" },
    { "the incorrect hostname used for inbounds", "system_error" },
    { "account inbounds disabled", "system_error" },
    { "unable to process connection at this time", "system_error" },
    { "unable to process command", "system_error" },
    { "unable to process an email at this time", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Cox.pm (quotes https://www.cox.com/residential/support/email-error-codes.html)
    { "esmtp server temporarily not available", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm
    { "temporary system error", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm (quotes exim src/deliver.c, route.c, transports/*.c)
    { "delivery to file forbidden", "system_error" },
    { "delivery to pipe forbidden", "system_error" },
    { "local delivery failed", "system_error" },
    { "has been frozen", "system_error" },
    { "was frozen on arrival", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    { "automatic homedir creator crashed", "system_error" },
    { "illegal value in ldap attribute", "system_error" },
    { "ldap attribute is not given but mandatory", "system_error" },
    { "timeout while performing search on ldap server", "system_error" },
    { "too many results returned but needs to be unique", "system_error" },
    { "permanent error while executing qmail-forward", "system_error" },
    { "temporary error in automatic homedir creation", "system_error" },
    { "temporary error while executing qmail-forward", "system_error" },
    { "unable to contact ldap server", "system_error" },
    { "unable to login into ldap server, bad credentials", "system_error" },
    { "requested action not taken: mailbox unavailable (not enough free space)", "system_error" },
    { "bad interpreter: no such file or directory", "system_error" },
    { "although i'm listed as a best-preference mx or a for that host", "system_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Sendmail.pm (quotes sendmail savemail.c / transcripts)
    { "unknown mailer error", "system_error" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "server configuration problem", "system_error" },
    -- source: https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (literal fragments of the regex rules and of the example replies in its comments)
    { "file write error", "system_error" },
    { "service is currently unavailable", "system_error" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "temporarily unable to process your email", "system_error" },
    { "cannot accept your message due to internal error", "system_error" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "input/output error", "system_error" },
    { "can not open new email file", "system_error" },
    { "resources temporarily unavailable", "system_error" },
    { "system busy, try again later", "system_error" },
    { "i/o error", "system_error" },
    -- source: RFC 5321 section 4.2 reply texts, as listed in https://github.com/mirage/colombe/blob/master/reply_codes.md
    -- source: http://rbl.att.net/block_enduser.html ; http://worldnet.att.net/general-info/bls_info/block_enduser.html ; http://worldnet.att.net/general-info/mail_info/block_enduser.html
    { "busy--please try again later", "system_error" },
    -- source: Go test table smtpclass scope_test.go (public GitHub file, search index id 71596364711)
    { "temporary server error", "system_error" },
    -- source: https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons ; https://bastion.umanix.net/info (Baruwa)
    { "could not complete recipient callout", "system_error" },
    { "lowest numbered mx record points to local host", "system_error" },

    -- ===== network_error (65) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-blocked.go (p5: lib/Sisimai/Reason/Blocked.pm)
    { "connection reset by peer", "network_error" },
    { "connection was dropped by remote host", "network_error" },
    { "connection refused by", "network_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-hostunknown.go
    { "host unreachable", "network_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-notaccept.go (Sisimai "notaccept": destination does not accept mail / null MX)
    { "no route for current request", "network_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-expired.go
    { "server did not respond", "network_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-networkerror.go
    { "could not connect and send the mail to", "network_error" },
    { "hop count exceeded - possible mail loop", "network_error" },
    { "host is unreachable", "network_error" },
    { "host name lookup failure", "network_error" },
    { "host not found, try again", "network_error", class = "transient" },
    { "mail forwarding loop for", "network_error" },
    { "malformed name server reply", "network_error" },
    { "malformed or unexpected name server reply", "network_error" },
    { "maximum forwarding loop count exceeded", "network_error" },
    { "message probably in a routing loop", "network_error" },
    { "too many hops", "network_error", weak = true },
    { "unable to resolve route", "network_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-systemerror.go
    { "timeout waiting for input", "network_error" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-contenterror.go
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "timeout - closing connection", "network_error" },
    { "this may indicate a mail loop", "network_error" },
    -- source: Gmail help-link markers inside Gmail replies, as quoted in https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm and in real bounces found via find_string "- gsmtp (in reply to"
    { "?p=mailloop", "network_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "(suspiciousremoteservererror)", "network_error" },
    { "connection was closed abruptly", "network_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exchange2007.pm (Exchange NDR enhanced texts)
    { "smtpsend.dns.mxloopback", "network_error" },
    -- source: Real Exchange / Exchange Online NDRs in public pastes: https://pastebin.com/4NLVeuUu ; https://pastebin.com/32NXKByX ; https://pastebin.com/2SNHTj4Y ; https://pastebin.com/e6yfDi5v ; https://pastebin.com/JHaPQHk7 ; https://pastebin.com/RJeh1Bwk ; https://pastebin.com/nuTmn3Nu
    { "a communication failure occurred during the delivery of this message", "network_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "it already has my delivered-to line", "network_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "message ended early", "network_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm + Aol.pm
    { "type=mx: malformed or unexpected name server reply", "network_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm (quotes exim src/deliver.c, route.c, transports/*.c)
    { "no host found for existing smtp connection", "network_error" },
    { "too many \"received\" headers", "network_error" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    { "but greeting failed", "network_error" },
    { "sorry, i wasn't able to establish an smtp connection", "network_error" },
    { "sorry, no smtp connection got far enough", "network_error" },
    -- source: Postfix smtpd/smtp log lines quoted in John Tobin's Postfix log parser rules (SQL rules file, public GitHub copy, search index id 10888418976)
    { "malformed dns server reply", "network_error" },
    { "read timeout", "network_error", weak = true },
    { "server dropped connection without sending the initial smtp greeting", "network_error" },
    { "message may be sent more than once", "network_error" },
    { "timed out while performing the initial protocol handshake", "network_error" },
    { "timed out while receiving the initial server greeting", "network_error" },
    { "timed out while performing the ehlo handshake", "network_error" },
    { "lost connection with", "network_error", weak = true },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "could not initiate smtp conversation with any hosts", "network_error" },
    { "timed out while sending end of data", "network_error" },
    { "name server timeout", "network_error" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "cname lookup failed temporarily", "network_error" },
    { "tls connect failed: timed out", "network_error" },
    -- source: RFC 3463 enhanced status code titles, as listed in https://github.com/cfortune/PHP-Bounce-Handler/blob/master/rfc1893.error.codes.php
    { "no answer from host", "network_error" },
    { "bad connection", "network_error", weak = true },
    { "directory server failure", "network_error" },

    -- ===== expired (29) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-expired.go
    { "could not find a gateway for", "expired" },
    { "delivery expired", "expired" },
    { "delivery time expired", "expired" },
    { "failed to deliver to domain", "expired" },
    { "have been failing for a long time", "expired" },
    { "has been delayed", "expired", weak = true },
    { "it has not been collected after", "expired" },
    { "message timed out", "expired" },
    { "retry time not reached for any host after a long failure period", "expired" },
    { "unable to deliver message after multiple retries", "expired" },
    { "was not reachable within the allowed queue period", "expired" },
    { "your message could not be delivered for more than", "expired" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm (quotes learn.microsoft.com Exchange/Exchange Online NDR texts)
    { "message delayed", "expired", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exchange2007.pm (Exchange NDR enhanced texts)
    { "queue.expired", "expired" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/GoDaddy.pm (quotes https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
    { "delivery timeout", "expired", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm (quotes community.mimecast.com "Mimecast SMTP Error Codes")
    { "journal messages past the expiration", "expired" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm (quotes exim src/deliver.c, route.c, transports/*.c)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/qmail.pm (quotes qmail-remote.c, qmail-local.c, qmail-send.c, qmail-ldap patch, notqmail)
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Sendmail.pm (quotes sendmail savemail.c / transcripts)
    { "message could not be delivered for too long", "expired" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "message could not be delivered for 5 days", "expired" },
    { "message will be deleted from queue", "expired" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "unreachable for too long", "expired" },

    -- ===== none (33) =====
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-spamdetected.go (older regex form: p5-sisimai lib/Sisimai/Reason/SpamDetected.pm)
    { "our system has detected that this message is", "none" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-ratelimited.go + why-toomanyconn.go + why-speeding.go
    { "mail sent from your ip address has been temporarily rate limited", "none" },
    -- source: https://github.com/sisimai/go-sisimai/blob/master/reason/why-expired.go
    { "delivery attempts will continue to be", "none" },
    { "giving up on", "none" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Google.pm (quotes Gmail replies, https://support.google.com/a/answer/3726730)
    { "to best protect our users from spam", "none" },
    { "to reduce the amount of spam sent to gmail", "none" },
    -- source: Real Exchange / Exchange Online NDRs in public pastes: https://pastebin.com/4NLVeuUu ; https://pastebin.com/32NXKByX ; https://pastebin.com/2SNHTj4Y ; https://pastebin.com/e6yfDi5v ; https://pastebin.com/JHaPQHk7 ; https://pastebin.com/RJeh1Bwk ; https://pastebin.com/nuTmn3Nu
    { "remote smtp server has rejected address", "none" },
    { "rejected your message to the following email addresses", "none" },
    { "delivery has failed to these recipients or groups", "none" },
    { "delivery has failed to these recipients or distribution lists", "none" },
    { "microsoft exchange will not try to redeliver this message for you", "none" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm (quotes https://senders.yahooinc.com/smtp-error-codes)
    { "retrying will not succeed", "none" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange OFR / La Poste LPN replies quoted in comments)
    { "veuillez essayer plus tard", "none" },
    -- source: https://tamingdns.com/bounce-decoder/yahoo ; https://help.yahoo.com/kb/review-xx-smtp-sln26151.html ; smtp-error-codes.info (Yahoo TS02)
    { "please make sure that your email is rfc-5321 compliant", "none" },
    { "temporarily deferred", "none", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm (quotes iCloud replies; https://support.apple.com/en-us/102322)
    { "your message was rejected due to", "none", weak = true },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm (quotes exim src/deliver.c, route.c, transports/*.c)
    { "no action is required on your part", "none" },
    { "a message that you sent could not be delivered to one or more of its recipients", "none" },
    { "this is a permanent error", "none" },
    -- source: https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Sendmail.pm (quotes sendmail savemail.c / transcripts)
    { "warning: message still undelivered after", "none" },
    -- source: https://github.com/KumoCorp/kumomta/blob/main/assets/community/bounces.toml (literal fragments of community rules)
    { "the mail server could not deliver mail to", "none" },
    { "they may be blacklisted, or missing the proper dns entries", "none" },
    { "permanent failure for one or more recipients", "none" },
    -- source: https://github.com/voku/PHPMailer-BMH/blob/master/phpmailer-bmh_rules.php (sample bounce texts quoted in the rule comments)
    { "delivery to the following recipients failed", "none" },
    { "delivery temporarily suspended", "none" },
    -- source: Interspire SendStudio / Email Marketer bounce_rules.php ($GLOBALS['BOUNCE_RULES'], public GitHub copy, search index file id 29559756729)
    { "message temporarily deferred", "none" },
    { "delivery to the following recipient failed permanently", "none" },
    { "mail server permanently rejected message", "none" },
    -- source: Gmail boilerplate seen in Sisimai Rhost/Google.pm comments (appears in replies of several different reasons)
    { "why has gmail blocked my messages", "none" },
    { "go to email sender guidelines", "none" },
    { "support.google.com/mail/answer/188131", "none" },
    { "for more information, go to", "none" },

    -- Patterns: the words around what varies from reply to reply, an
    -- address, a host, a number or a name ({address}, {host}, {number},
    -- {word}: one of them; "...": a few words). See src/data/README.md.
    -- user_unknown
    { "user {word} unknown", "user_unknown" },
    { "user {word} is unknown", "user_unknown" },
    { "user {word} not found", "user_unknown" },
    { "user {word} doesn't exist", "user_unknown" },
    { "user {word} could not be found", "user_unknown" },
    { "user {address} not ok", "user_unknown" },
    { "recipient {word} unknown", "user_unknown" },
    { "recipient {word} is unknown", "user_unknown" },
    { "recipient {word} not found", "user_unknown" },
    { "recipient {word} could not be found", "user_unknown" },
    { "mailbox {word} unknown", "user_unknown" },
    { "mailbox {word} not found", "user_unknown" },
    { "mailbox {word} unavailable", "user_unknown" },
    { "mailbox {word} could not be found", "user_unknown" },
    { "address {address} unknown", "user_unknown" },
    { "address {address} not found", "user_unknown" },
    { "no such user {word} here", "user_unknown" },
    { "invalid user", "user_unknown" },
    { "invalid user or password", "auth_required" },
    { "invalid user name or password", "auth_required" },
    { "invalid username or password", "auth_required" },
    -- mailbox_disabled
    { "account {word} disabled", "mailbox_disabled" },
    { "account {word} is disabled", "mailbox_disabled" },
    { "account {word} has been disabled", "mailbox_disabled" },
    { "account {word} suspended", "mailbox_disabled" },
    { "account {word} is suspended", "mailbox_disabled" },
    { "account {word} is locked", "mailbox_disabled" },
    { "mailbox {word} disabled", "mailbox_disabled" },
    { "mailbox {word} is disabled", "mailbox_disabled" },
    { "mailbox {word} has been disabled", "mailbox_disabled" },
    { "mailbox {word} suspended", "mailbox_disabled" },
    { "mailbox {word} is suspended", "mailbox_disabled" },
    { "mailbox {word} is locked", "mailbox_disabled" },
    { "user {word} disabled", "mailbox_disabled" },
    { "user {word} is disabled", "mailbox_disabled" },
    { "user {word} suspended", "mailbox_disabled" },
    -- mailbox_full
    { "mailbox {word} full", "mailbox_full" },
    { "mailbox {word} is full", "mailbox_full" },
    { "inbox {word} is full", "mailbox_full" },
    { "account {word} is full", "mailbox_full" },
    { "mailbox {word} over quota", "mailbox_full" },
    { "mailbox {word} is over quota", "mailbox_full" },
    -- host_unknown
    { "domain {host} not found", "host_unknown" },
    { "domain {host} does not accept mail", "host_unknown" },
    { "domain {host} does not exist", "host_unknown" },
    { "domain {host} unknown", "host_unknown" },
    { "domain {host} is unknown", "host_unknown" },
    { "host {host} not found", "host_unknown" },
    { "host {host} does not exist", "host_unknown" },
    -- relay_denied
    { "relaying to {word} denied", "relay_denied" },
    { "relaying to {word} not allowed", "relay_denied" },
    { "relaying to {word} is not allowed", "relay_denied" },
    { "relaying to {word} not permitted", "relay_denied" },
    { "relaying to {word} prohibited", "relay_denied" },
    { "relay to {word} denied", "relay_denied" },
    { "relay to {word} not permitted", "relay_denied" },
    { "relay to {word} prohibited", "relay_denied" },
    -- sender_rejected
    { "sender {address} rejected", "sender_rejected" },
    { "sender address {address} rejected", "sender_rejected" },
    { "sender {address} denied", "sender_rejected" },
    { "sender {address} not allowed", "sender_rejected" },
    { "sender {address} is not allowed", "sender_rejected" },
    -- message_too_big
    { "size {word} exceeds", "message_too_big" },
    { "more than {number} bytes", "message_too_big" },
    { "message size {word} exceeds", "message_too_big" },
    { "size of {number} exceeds", "message_too_big" },
    { "message of {number} bytes exceeds", "message_too_big" },
    -- too_many_recipients
    { "more than {number} recipients", "too_many_recipients" },
    { "maximum of {number} recipients", "too_many_recipients" },
    { "limit of {number} recipients", "too_many_recipients" },
    -- rate_limited
    { "more than {number} connections", "rate_limited" },
    { "maximum of {number} connections", "rate_limited" },
    { "limit of {number} connections", "rate_limited" },
    { "more than {number} messages", "rate_limited" },
    { "limit of {number} messages", "rate_limited" },
    { "limit of {number} rcpts", "rate_limited" },
    { "rcpts per", "rate_limited" },
    { "recipients per hour", "rate_limited" },
    { "recipients per day", "rate_limited" },
    { "exceeded {number} messages", "rate_limited" },
    -- blocked
    { "listed in {host}", "blocked" },
    { "listed on {host}", "blocked" },
    { "listed at {host}", "blocked" },
    { "listed by {host}", "blocked" },
    { "ip {word} is blocked", "blocked" },
    { "ip {word} blocked", "blocked" },
    { "ip {word} is blacklisted", "blocked" },
    { "ip {word} has been blocked", "blocked" },
    { "ip address {word} is blocked", "blocked" },
    { "ip address {word} is blacklisted", "blocked" },
    { "ip address {word} has been blocked", "blocked" },
    { "client host {word} blocked", "blocked" },
    { "client host {word} rejected", "blocked" },
  },

  -- The SMTP stage a reply answered.
  commands = {
    { "in reply to rcpt to command", "RCPT" },
    { "in reply to mail from command", "MAIL" },
    { "in reply to end of data command", "DATA" },
    { "in reply to data command", "DATA" },
    { "in reply to ehlo command", "EHLO" },
    { "in reply to helo command", "HELO" },
    { "in reply to starttls command", "STARTTLS" },
    { "in reply to auth command", "AUTH" },
    { "after rcpt to", "RCPT" },
    { "after mail from", "MAIL" },
    { "after end of data", "DATA" },
    { "after data", "DATA" },
    { "during mail from", "MAIL" },
    { "during rcpt to", "RCPT" },
    { "after pipelined rcpt to", "RCPT" },
    { "after pipelined mail from", "MAIL" },
    { "after pipelined data", "DATA" },
    { "after ehlo", "EHLO" },
    { "after helo", "HELO" },
    { "after starttls", "STARTTLS" },
    { "after auth", "AUTH" },
    { "after bdat", "BDAT" },
    { ">>> rcpt to", "RCPT" },
    { ">>> mail from", "MAIL" },
    { ">>> data", "DATA" },
    { ">>> ehlo", "EHLO" },
    { ">>> helo", "HELO" },
    { ">>> starttls", "STARTTLS" },
    { ">>> auth", "AUTH" },
    { ">>> bdat", "BDAT" },
    { "rcpt to command failed", "RCPT" },
    { "mail from command failed", "MAIL" },
    { "data end command failed", "DATA" },
    { "data command failed", "DATA" },
    { "ehlo command failed", "EHLO" },
    { "helo command failed", "HELO" },
    { "starttls command failed", "STARTTLS" },
    { "auth command failed", "AUTH" },
    { "username command failed", "AUTH" },
    { "password command failed", "AUTH" },
    { "while performing the helo handshake", "HELO" },
    { "smtp error from remote mailer after rcpt to", "RCPT" },
    { "smtp error from remote mailer after mail from", "MAIL" },
    { "smtp error from remote mailer after end of data", "DATA" },
    { "lmtp error after rcpt to", "RCPT" },
    { "lmtp error after end of data", "DATA" },
    { "but greeting failed", "CONNECT" },
    { "but my name was rejected", "HELO" },
    { "but sender was rejected", "MAIL" },
    { "does not like recipient", "RCPT" },
    { "failed on data command", "DATA" },
    { "failed after i sent the message", "DATA" },
    { "smtp error from remote server for text command", "DATA" },
    { "smtp error from remote server for rcpt command", "RCPT" },
    { "smtp error from remote server for mail command", "MAIL" },
    { "refused to talk to me", "CONNECT" },
    { "while sending end of data", "DATA" },
    { "while sending rcpt to", "RCPT" },
    { "while sending mail from", "MAIL" },
    { "while performing the ehlo handshake", "EHLO" },
    { "while sending data command", "DATA" },
    { "while performing the initial protocol handshake", "CONNECT" },
    { "data command rejected", "DATA" },
    { "helo command rejected", "HELO" },
    { "reject: rcpt from", "RCPT" },
    { "reject: mail from", "MAIL" },
    { "reject: connect from", "CONNECT" },
    { "timeout after data", "DATA" },
    { "lost connection after data", "DATA" },
    { "authentication failed; server", "AUTH" },
    { "no data after bdat", "BDAT" },
    { "in reply to bdat command", "BDAT" },
    { "after pipelined bdat", "BDAT" },
    { "in reply to end of bdat command", "BDAT" },
    { "while receiving the initial server greeting", "CONNECT" },
    { "after initial connection", "CONNECT" },
  },

  -- Words of a wrapper that tell the class when no code does.
  class_hints = {
    { "defer (-", "transient" },
    { "temporary failure", "transient" },
    { "temporary error", "transient" },
    { "permanent failure", "permanent" },
    { "permanent error", "permanent" },
    { "failed to deliver", "permanent" },
    { "delivery has failed", "permanent" },
    { "status=deferred", "transient" },
    { "status=bounced", "permanent" },
    { "delivery temporarily suspended", "transient" },
    { "action: delayed", "transient" },
    { "action: failed", "permanent" },
    -- "temporarily" in other languages
    { "vorübergehend", "transient" },
    { "temporaire", "transient" },
    { "temporairement", "transient" },
    { "temporal", "transient", word = true },
    { "temporalmente", "transient" },
    { "temporaneamente", "transient" },
    { "temporário", "transient" },
    { "temporariamente", "transient" },
    { "tijdelijk", "transient" },
    { "временн", "transient" },
    { "一時的", "transient" },
    { "暂时", "transient" },
    { "暫時", "transient" },
    { "临时", "transient" },
    { "臨時", "transient" },
  },

  -- Words before a duration to wait: "try again in 5 minutes".
  waits = {
    "try again in",
    "try again after",
    "please try again in",
    "retry in",
    "retry after",
    "retry again in",
    "please wait",
    "wait",
    "come back in",
    "come back after",
    "greylisted for",
    "greylisting for",
    "deferred for",
    "blocked for",
    "delayed for",
    "try later in",
    "resend in",
    "resend after",
    "retry-after:",
    "after a delay of",
    "reessayez dans",
    "reessayer dans",
    "essayez dans",
    "essayer dans",
    "de nouveau dans",
    "nouvel essai dans",
    "patientez",
    "versuchen sie es in",
    "erneut in",
    "erneut nach",
    "warten sie",
    "in frühestens",
  },

  -- Words before the remote host's name: "host mx.example.org[192.0.2.1] said:".
  hosts = {
    "host",
    "connect to",
    "lost connection with",
    "conversation with",
    "while talking to",
    "remote-mta: dns;",
    "h=",
    "relay=",
  },

  -- Words that put the blame on the sender's address: an address problem
  -- then becomes sender_rejected, as it does at the MAIL stage.
  senders = {
    "sender address rejected", "sender address", "sender domain", "envelope sender",
    "domain of sender address", "from domain", "sender verify fail", "verification failed for",
    "emetteur invalide", "absenderadresse", "absender-adresse",
  },

  -- Where a link and an address start: the matcher finds them in its one pass.
  links = { "http://", "https://", "www." },
  -- Words that open advice ("To reduce spam, set up SPF"): the reasons
  -- named in the rest of that sentence weigh less than the diagnosis.
  advice = {
    "to reduce", "to avoid", "to prevent", "to ensure", "to fix this", "to resolve this",
    "set up", "please visit", "please see", "please refer", "please review", "please check",
    "please ensure", "please make sure", "please contact", "please consult", "please read",
    "for more information", "for more details", "for further information", "for information",
    "for details", "to learn more", "learn more", "more info", "contact your", "ask your",
    "we recommend", "it is recommended", "you should", "you may want to", "you can",
    "if you believe", "if you think", "if you feel", "if this is an error", "if you are the",
    "in order to", "visit https", "see https", "see http", "refer to", "consult",
  },

  addresses = { "@" },
}
