-- The words that decide: reasons, SMTP stages, class hints, waits and hosts.
-- Read by lua/gen-tables.lua at build time. See src/data/README.md.
-- Matching ignores case, accents and white space runs; a phrase held inside
-- a longer phrase that matched does not count.
return {
  reasons = {
    -- user_unknown
    { "user unknown", "user_unknown" },
    { "unknown user", "user_unknown" },
    { "no such user", "user_unknown" },
    { "user not found", "user_unknown" },
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
    { "utilisateur inconnu", "user_unknown" },
    { "destinataire inconnu", "user_unknown" },
    { "adresse destinataire invalide", "user_unknown" },
    { "benutzer nicht bekannt", "user_unknown" },
    { "benutzer unbekannt", "user_unknown" },

    -- mailbox_disabled
    { "inactive", "mailbox_disabled", word = true },
    { "mailbox disabled", "mailbox_disabled" },
    { "mailbox is disabled", "mailbox_disabled" },
    { "account is disabled", "mailbox_disabled" },
    { "account disabled", "mailbox_disabled" },
    { "archived recipient", "mailbox_disabled" },
    { "boite du destinataire archivee", "mailbox_disabled" },
    { "banned recipient", "mailbox_disabled" },

    -- host_unknown
    { "domain not found", "host_unknown" },
    { "host not found", "host_unknown" },
    { "unrouteable address", "host_unknown" },
    { "nxdomain", "host_unknown" },
    { "couldn't find any host named", "host_unknown" },
    { "nonexistentdomain", "host_unknown" },
    { "host or domain name not found", "host_unknown" },

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
    { "boite du destinataire pleine", "mailbox_full" },
    { "speichervolumen", "mailbox_full" },

    -- message_too_big
    { "message size exceeds", "message_too_big" },
    { "exceeds size limit", "message_too_big" },
    { "message too large", "message_too_big" },
    { "message too big", "message_too_big" },
    { "size exceeds", "message_too_big" },
    { "databytes limit", "message_too_big" },

    -- too_many_recipients
    { "too many recipients", "too_many_recipients" },

    -- rate_limited
    { "rate limited", "rate_limited", weak = true },
    { "rate limited because", "none" },
    { "limit exceeded", "rate_limited" },
    { "relay limit", "rate_limited" },
    { "exceeded permitted limits", "rate_limited" },
    { "submission quota", "rate_limited" },
    { "rate limit", "rate_limited" },
    { "too many connections", "rate_limited" },
    { "too many sessions", "rate_limited" },
    { "unusual rate", "rate_limited", permanent = "blocked" },
    { "sending limit exceeded", "rate_limited" },
    { "daily limit", "rate_limited" },
    { "receive limit", "rate_limited" },
    { "has sent to too many recipients", "rate_limited" },
    { "too many recipients from", "rate_limited" },
    { "received too much email", "rate_limited" },
    { "receiving email at a rate", "rate_limited" },
    { "thread limit exceeded", "rate_limited" },
    { "max message per connection", "rate_limited" },
    { "exceeded the quota for sending", "rate_limited" },
    { "trop de connexions", "rate_limited" },

    -- greylisted
    { "greylist", "greylisted" },
    { "greylisted", "greylisted" },
    { "greylisting", "greylisted" },
    { "graylisted", "greylisted" },
    { "internal resources are temporarily unavailable", "greylisted" },

    -- blocked
    { "blocked using", "blocked" },
    { "block list", "blocked" },
    { "blocklist", "blocked" },
    { "blacklist", "blocked" },
    { "blacklisted", "blocked" },
    { "black list", "blocked" },
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
    { "block listed", "blocked" },
    { "blocked by", "blocked", weak = true },
    { "blocked", "blocked", weak = true },

    -- spam_detected
    { "spam", "spam_detected", weak = true },
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
    { "resolver.rst.authrequired", "policy_violation" },
    { "does not accept email over ipv6", "policy_violation" },
    { "administrative prohibition", "policy_violation" },
    { "delivery not authorized", "policy_violation" },
    { "recipient preferences", "policy_violation" },
    { "access denied", "policy_violation", weak = true },
    { "security issue", "policy_violation" },
    { "banned", "policy_violation", weak = true },
    { "rejected by destination domain", "policy_violation" },
    { "authentication required", "auth_required", weak = true },

    -- auth_failure
    { "spf", "auth_failure", word = true },
    { "dkim", "auth_failure", word = true },
    { "dmarc", "auth_failure", word = true },
    { "ptr record", "auth_failure" },
    { "does not have a ptr record", "auth_failure" },
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
    { "authentication requise", "auth_required" },
    { "too many login attempts", "auth_required" },
    { "server authentication", "auth_required" },

    -- tls_required
    { "starttls", "tls_required" },
    { "tls connection", "tls_required" },
    { "certificate", "tls_required" },
    { "dane", "tls_required", word = true },

    -- relay_denied
    { "relay access denied", "relay_denied" },
    { "relaying denied", "relay_denied" },
    { "unable to relay", "relay_denied" },
    { "relay denied", "relay_denied" },
    { "open relay", "relay_denied" },
    { "allowed rcpthosts", "relay_denied" },

    -- sender_rejected
    { "sender address rejected", "sender_rejected" },
    { "sender denied", "sender_rejected" },
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
    { "connection expired", "network_error" },
    { "refused to talk to me", "network_error" },
    { "failed to connect", "network_error" },
    { "did not accept our requests to connect", "network_error", class = "permanent" },
    { "tcp write error", "network_error" },
    { "tcp read error", "network_error" },
    { "looping", "network_error" },
    { "hops", "network_error", word = true },

    -- expired
    { "message expired", "expired" },
    { "retry timeout exceeded", "expired" },
    { "in the queue too long", "expired" },

    -- unknown, on purpose: the real reason is in earlier replies
    { "no valid recipients", "unknown" },
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
    { "while performing the helo handshake", "HELO" },
    { "while receiving the initial server greeting", "CONNECT" },
    { "after initial connection", "CONNECT" },
  },

  -- Words of a wrapper that tell the class when no code does.
  class_hints = {
    { "status=deferred", "transient" },
    { "status=bounced", "permanent" },
    { "delivery temporarily suspended", "transient" },
    { "action: delayed", "transient" },
    { "action: failed", "permanent" },
  },

  -- Words before a duration to wait: "try again in 5 minutes".
  waits = {
    "try again in",
    "try again after",
    "retry in",
    "retry after",
    "please wait",
    "wait",
    "come back in",
    "greylisted for",
    "reessayez dans",
    "reessayer dans",
    "versuchen sie es in",
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
}
