-- Who answered: how to recognise a provider in a reply, its own meaning of
-- enhanced codes, and its own reply codes ("[TSS04]", "OFR_416", "IB605").
-- Read by lua/smtperr/tools/gen-tables.lua at build time. See src/data/README.md.
--
-- detect: words (host names, product names) that show who answered; they
--   match at the start of a word.
-- codes: enhanced codes the provider uses with a meaning of its own. Only the
--   ones whose meaning differs from the IANA registry are listed. "X" stands
--   for both 4 and 5; "exclusive" codes are the provider's alone, so they
--   also tell who answered.
-- phrases: the provider's own codes or words; they count only when this
--   provider answered, and then they beat every general phrase.
return {
  -- support.google.com/a/answer/3726730; Sisimai Rhost/Google.pm
  { id = "gmail", name = "Gmail",
    detect = { "gsmtp", "google.com", "googlemail.com", "gmail", "google workspace",
               "aspmx.l.google.com", "gmail-smtp-in" },
    codes = {
      { "4.2.1", "rate_limited" },
      { "5.4.5", "rate_limited" },
      { "5.7.10", "bad_sequence" },
      { "5.7.14", "auth_required" },
      { "X.7.26", "auth_failure" },
      { "X.7.27", "auth_failure" },
      { "4.7.28", "rate_limited" }, { "5.7.28", "blocked" },
      { "X.7.29", "tls_required" },
      { "X.7.30", "auth_failure" },
      { "4.7.31", "auth_failure" },
      { "X.7.32", "auth_failure" },
      { "X.7.40", "auth_failure" },
    },
    phrases = {
      { "?p=nosuchuser", "user_unknown" },
      { "?p=disableduser", "mailbox_disabled" },
      { "?p=overquotatemp", "mailbox_full" },
      { "?p=overquotaperm", "mailbox_full" },
      { "?p=receivingrate", "rate_limited" },
      { "?p=badrcptdomain", "host_unknown" },
      { "?p=maxsizeerror", "message_too_big" },
      { "?p=mailloop", "network_error" },
      { "?p=unsolicitedratelimiterror", "rate_limited" },
      { "?p=unsolicitedipratelimiterror", "rate_limited" },
      { "?p=unsolicitedmessageerror", "spam_detected" },
      { "?p=wantautherror", "auth_required" },
      { "?p=invalidsecondfactor", "auth_required" },
    } },

  -- learn.microsoft.com: non-delivery reports in Exchange Online; Sisimai Rhost/Microsoft.pm
  { id = "microsoft", name = "Microsoft",
    detect = { "outlook.com", "protection.outlook.com", "prod.outlook.com", "office365",
               "office 365", "microsoft", "hotmail", "hotmail.com", "live.com", "msn.com",
               "exchange online", "storedrv", "resolver.adr", "resolver.rst",
               "postmaster.live.com", "mail.live.com", "smtpsend", "tenantattribution",
               "onmicrosoft.com", "exchangelabs.com", "sender.office.com" },
    codes = {
      { "5.1.10", "user_unknown" },
      { "5.7.12", "policy_violation" },
      { "5.1.90", "rate_limited", exclusive = true },
      { "5.2.121-122", "rate_limited", exclusive = true },
      { "4.4.316", "network_error", exclusive = true },
      { "4.4.318", "network_error", exclusive = true },
      { "X.4.317", "tls_required", exclusive = true },
      { "5.4.14", "network_error", exclusive = true },
      { "5.4.300", "expired", exclusive = true },
      { "5.0.350", "policy_violation", exclusive = true },
      { "5.3.190", "system_error", exclusive = true },
      { "5.6.11", "content_error", exclusive = true },
      { "4.7.500-649", "rate_limited", exclusive = true },
      { "4.7.650-651", "blocked", exclusive = true },      -- rate limited for the IP's reputation
      { "4.7.652-699", "rate_limited", exclusive = true },
      { "4.7.850-899", "rate_limited", exclusive = true },
      { "5.7.501", "blocked", exclusive = true },
      { "5.7.502", "blocked", exclusive = true },
      { "5.7.503", "blocked", exclusive = true },
      { "5.7.504", "user_unknown", exclusive = true },
      { "5.7.505", "mailbox_disabled", exclusive = true },
      { "5.7.506", "syntax_error", exclusive = true },
      { "5.7.507", "blocked", exclusive = true },
      { "5.7.508", "rate_limited", exclusive = true },
      { "5.7.509", "auth_failure", exclusive = true },
      { "5.7.510", "policy_violation", exclusive = true },
      { "5.7.511", "blocked", exclusive = true },
      { "5.7.512", "content_error", exclusive = true },
      { "5.7.513", "blocked", exclusive = true },
      { "5.7.515", "auth_failure", exclusive = true },
      { "5.7.606-649", "blocked", exclusive = true },
      { "5.7.700-749", "blocked", exclusive = true },
      { "5.7.750", "sender_rejected", exclusive = true },
      { "5.7.900-999", "policy_violation", exclusive = true },
      { "5.7.57", "auth_required", exclusive = true },
      { "5.7.64", "relay_denied", exclusive = true },
      { "5.7.124", "policy_violation", exclusive = true },
      { "5.7.133-136", "policy_violation", exclusive = true },
      { "X.7.321-325", "tls_required", exclusive = true },
    },
    phrases = {
      { "recipient address rejected: access denied", "user_unknown" },
      { "s3150", "blocked", word = true },
      { "s3140", "blocked", word = true },
      { "s3113", "rate_limited", word = true },
      { "s775", "rate_limited", word = true },
      { "sc-001", "blocked", word = true },
      { "sc-002", "blocked", word = true },
      { "sc-003", "relay_denied", word = true },
      { "sc-004", "blocked", word = true },
      { "ou-001", "blocked", word = true },
      { "ou-002", "blocked", word = true },
      { "dy-001", "blocked", word = true },
      { "dy-002", "virus_detected", word = true },
      { "rp-001", "rate_limited", word = true },
      { "rp-002", "rate_limited", word = true },
      { "rp-003", "rate_limited", word = true },
      { "as16012607", "blocked", word = true },
      { "as16012609", "blocked", word = true },
      { "as16012611", "blocked", word = true },
      { "as345", "policy_violation", word = true },
    } },

  -- senders.yahooinc.com/smtp-error-codes; Sisimai Rhost/YahooInc.pm; zone-mta bounces.txt
  { id = "yahoo", name = "Yahoo",
    detect = { "yahoo", "yahoodns", "yahoodns.net", "yahooinc", "ymail", "postmaster.yahoo.com",
               "senders.yahooinc.com" },
    phrases = {
      { "not accepted for policy reasons", "policy_violation" },
      { "[tss01]", "rate_limited" }, { "[tss02]", "blocked" }, { "[tss03]", "rate_limited" },
      { "[tss04]", "blocked" }, { "[tss05]", "blocked" }, { "[tss07]", "blocked" },
      { "[tss09]", "blocked" }, { "[tss11]", "blocked" },
      { "[bl21]", "blocked" }, { "[bl22]", "blocked" }, { "[bl23]", "blocked" },
      { "[ts01]", "rate_limited" }, { "[ts02]", "rate_limited" }, { "[ts03]", "blocked" },
      { "[ts06]", "blocked" }, { "[ph01]", "policy_violation" },
      { "(554.30)", "mailbox_disabled" }, { "(au01)", "auth_failure" },
      { "vs1-ip", "relay_denied", word = true }, { "vs1-mf", "spam_detected", word = true },
    } },

  -- postmaster.aol.com (legacy infrastructure); zone-mta bounces.txt
  { id = "aol", name = "AOL",
    detect = { "aol.com", "mx.aol.com", "mail.aol.com", "postmaster.aol.com" },
    phrases = {
      { "rtr:bb", "blocked" }, { "rtr:du", "blocked" }, { "rtr:ch", "virus_detected" },
      { "rtr:rd", "auth_failure" }, { "rtr:sc", "blocked" }, { "rtr:bl", "blocked" },
      { "rtr:ge", "system_error" }, { "hvu:b1", "spam_detected" }, { "rly:b1", "rate_limited" },
      { "rly:bl", "blocked" }, { "rly:bd", "spam_detected" }, { "rly:ch", "spam_detected" },
      { "rly:ir", "blocked" }, { "rly:sn", "sender_rejected" }, { "dyn:t1", "rate_limited" },
      { "con:b1", "blocked" }, { "mff:", "content_error" },
    } },

  -- support.apple.com/102322; Sisimai Rhost/Apple.pm
  { id = "apple", name = "Apple iCloud",
    detect = { "icloud", "icloud.com", "mail.icloud.com", "me.com", "mac.com", "apple.com",
               "[hme1]" },
    phrases = { { "[hme1]", "auth_failure" }, { "[cs01]", "policy_violation" } } },

  -- Sisimai Rhost/FrancePTT.pm; postmaster.orange.fr
  { id = "orange", name = "Orange",
    detect = { "orange.fr", "wanadoo", "wanadoo.fr", "mwinf", "ofr", "ofr_", "ofr00" },
    phrases = {
      { "[102]", "blocked" }, { "[103]", "blocked" }, { "[104]", "rate_limited" },
      { "[305]", "auth_required" }, { "[403]", "sender_rejected" }, { "[405]", "sender_rejected" },
      { "[415]", "sender_rejected" }, { "[416]", "user_unknown" }, { "[417]", "mailbox_full" },
      { "[418]", "user_unknown" }, { "[420]", "mailbox_disabled" }, { "[426]", "mailbox_disabled" },
      { "[505]", "system_error" }, { "[506]", "spam_detected" }, { "[510]", "blocked" },
      { "[514]", "message_too_big" }, { "[517]", "auth_failure" }, { "[630]", "policy_violation" },
      { "[999]", "blocked" },
    } },

  -- Sisimai Rhost/FrancePTT.pm; bentonow.com/smtp-errors/laposte
  { id = "laposte", name = "La Poste",
    detect = { "laposte", "laposte.net", "lpn0", "lpn1", "lpnaaa" },
    phrases = {
      { "lpn027_503", "blocked" }, { "lpn007_405", "sender_rejected" },
      { "lpn007_416", "user_unknown" }, { "lpn007_510", "blocked" },
      { "lpn007_517", "auth_failure" }, { "lpn007_420", "mailbox_disabled" },
      { "lpn007_426", "mailbox_disabled" }, { "lpn004_401", "auth_failure" },
      { "lpn105_402", "auth_required" }, { "lpn105_104", "rate_limited" },
      { "lpn105_421", "sender_rejected" }, { "lpn005_510", "blocked" },
      { "lpn007_505", "system_error" }, { "lpnaaa_101", "blocked" },
      { "lpn007_102", "blocked" }, { "lpn000_630", "policy_violation" },
    } },

  -- postmaster.free.fr
  { id = "free", name = "Free", detect = { "free.fr", "postmaster.free.fr", "proxad", "usersearch" } },

  -- bentonow.com/smtp-errors/sfr
  { id = "sfr", name = "SFR", detect = { "sfr.fr", "smtp-in.sfr.fr", "neuf.fr", "sfr_in", "msfrf" },
    phrases = {
      { "sfr_in_101", "blocked" }, { "sfr_in_102", "virus_detected" }, { "sfr_in_103", "blocked" },
      { "sfr_in_104", "blocked" }, { "sfr_in_105", "rate_limited" },
    } },

  -- postmaster.gmx.com/en/error-messages; Sisimai Lhost/EinsUndEins.pm
  { id = "gmx", name = "GMX / WEB.DE",
    detect = { "gmx", "gmx.net", "gmx.de", "web.de", "mail.com", "nemesis esmtp", "kundenserver",
               "1und1", "1and1", "ionos", "postmaster.1and1.com" } },
  -- postmaster.t-online.de: its block-list refusal names no cause
  { id = "tonline", name = "T-Online", detect = { "t-online", "t-online.de", "magenta.de" },
    phrases = { { "a problem occurred", "blocked" } } },
  { id = "mailru", name = "Mail.ru", detect = { "mail.ru", "corp.mail.ru" } },
  { id = "yandex", name = "Yandex", detect = { "yandex", "yandex.ru", "yandex.net" } },
  { id = "zoho", name = "Zoho", detect = { "zoho", "zoho.com", "zoho.eu", "zohomail" } },
  { id = "mimecast", name = "Mimecast", detect = { "mimecast", "mimecast-offshore.com" } },
  { id = "proofpoint", name = "Proofpoint", detect = { "proofpoint", "pphosted", "ppe-hosted.com" } },
  { id = "barracuda", name = "Barracuda",
    detect = { "barracuda", "barracudanetworks", "barracudacentral", "bbpt" } },
  { id = "cisco", name = "Cisco Secure Email", detect = { "ironport", "iphmx" } },
  { id = "sophos", name = "Sophos", detect = { "sophos" } },
  { id = "trendmicro", name = "Trend Micro", detect = { "trendmicro" } },
  { id = "messagelabs", name = "Broadcom MessageLabs", detect = { "messagelabs" } },
  { id = "hornetsecurity", name = "Hornetsecurity", detect = { "hornetsecurity", "antispameurope" } },
  { id = "spamexperts", name = "SpamExperts", detect = { "spamexperts", "antispamcloud" } },
  { id = "cloudmark", name = "Cloudmark", detect = { "cloudmark", "cloudfilter.net" } },

  -- Sisimai Rhost/GoDaddy.pm (https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568)
  { id = "godaddy", name = "GoDaddy", detect = { "secureserver.net", "godaddy", "ibsmtp" },
    phrases = {
      { "ib401", "auth_required", word = true }, { "ib501", "content_error", word = true },
      { "ib502", "content_error", word = true }, { "ib506", "sender_rejected", word = true },
      { "ib508", "auth_failure", word = true }, { "ib108", "auth_failure", word = true },
      { "ib212", "spam_detected", word = true }, { "ib705", "virus_detected", word = true },
      { "ib605", "too_many_recipients", word = true }, { "ib007", "rate_limited", word = true },
      { "ib101", "rate_limited", word = true }, { "ib110", "blocked", word = true },
      { "ib111", "blocked", word = true }, { "ib112", "blocked", word = true },
      { "ib113", "blocked", word = true }, { "ib504", "rate_limited", word = true },
      { "ib510", "rate_limited", word = true }, { "ib607", "rate_limited", word = true },
      { "ib103", "blocked", word = true }, { "ib104", "blocked", word = true },
      { "ib105", "blocked", word = true }, { "ib106", "blocked", word = true },
    } },

  { id = "amazonses", name = "Amazon SES", detect = { "amazonses", "amazonses.com", "amazon ses" } },

  -- facebook.com/postmaster/response_codes; Sisimai Rhost/Facebook.pm
  { id = "facebook", name = "Facebook", detect = { "facebook", "facebook.com", "postmaster.facebook.com" },
    phrases = {
      { "pol-p1", "blocked" }, { "pol-p2", "blocked" }, { "pol-p3", "blocked" },
      { "pol-p4", "blocked" }, { "pol-p5", "virus_detected" }, { "pol-p6", "spam_detected" },
      { "pol-p7", "auth_failure" }, { "pol-p8", "policy_violation" },
      { "pol-t1", "blocked" }, { "pol-t2", "blocked" }, { "pol-t3", "blocked" },
      { "msg-p1", "message_too_big" }, { "msg-p2", "policy_violation" },
      { "msg-p3", "content_error" }, { "msg-t1", "too_many_recipients" },
      { "con-t1", "rate_limited" }, { "con-t2", "rate_limited" }, { "con-t3", "rate_limited" },
      { "con-t4", "too_many_recipients" },
      { "dns-p1", "sender_rejected" }, { "dns-p2", "sender_rejected" },
      { "dns-t1", "sender_rejected" }, { "dns-p3", "auth_failure" }, { "dns-t2", "auth_failure" },
      { "rcp-p1", "user_unknown" }, { "rcp-p2", "policy_violation" },
      { "rcp-p3", "policy_violation" }, { "rcp-t1", "system_error" },
      { "rcp-t4", "mailbox_disabled" },
      { "int-p1", "user_unknown" }, { "int-p2", "message_too_big" }, { "int-p3", "user_unknown" },
      { "int-p4", "user_unknown" }, { "int-p7", "mailbox_full" },
    } },

  -- postmaster.comcast.net
  { id = "comcast", name = "Comcast", detect = { "comcast", "comcast.net", "postmaster.comcast.net" },
    phrases = {
      { "es000001", "blocked" }, { "es000010", "blocked" }, { "bl000000", "blocked" },
      { "bl000001", "blocked" }, { "bl000010", "blocked" }, { "bl000011", "blocked" },
      { "bl000100", "blocked" }, { "bl000101", "blocked" }, { "bl000110", "blocked" },
      { "bl006", "blocked" }, { "bl007", "blocked" }, { "rl001", "rate_limited" },
    } },

  -- rbl.att.net
  { id = "att", name = "AT&T", detect = { "att.net", "abuse-att.net", "bellsouth.net" },
    phrases = { { "dnsbl:rbl", "blocked" }, { "dnsbl:attrbl", "blocked" } } },

  -- Sisimai Rhost/Cox.pm
  { id = "cox", name = "Cox", detect = { "cox.net", "cox.com" },
    phrases = {
      { "cxbl", "blocked", word = true }, { "cxdns", "auth_failure", word = true },
      { "cxsndr", "auth_failure", word = true }, { "cxsmtp", "sender_rejected", word = true },
      { "cxcnct", "rate_limited", word = true }, { "cxmxrt", "rate_limited", word = true },
      { "cdrbl", "blocked", word = true },
    } },

  -- Sisimai Rhost/Spectrum.pm (spectrumbusiness.net/support/internet/understanding-email-error-codes)
  { id = "spectrum", name = "Spectrum", detect = { "charter.net", "spectrum.net", "rr.com" },
    phrases = {
      { "aup#1000", "blocked" }, { "aup#1010", "sender_rejected" }, { "aup#1090", "system_error" },
      { "aup#1260", "network_error" }, { "aup#1500", "sender_rejected" },
      { "aup#1520", "sender_rejected" }, { "aup#1530", "message_too_big" },
      { "aup#1540", "rate_limited" }, { "aup#1550", "too_many_recipients" },
      { "aup#1560", "blocked" }, { "aup#1580", "rate_limited" },
    } },

  { id = "qq", name = "Tencent QQ Mail", detect = { "qq.com", "service.mail.qq.com", "exmail.qq.com" } },
  { id = "netease", name = "NetEase", detect = { "163.com", "126.com", "mail.163.com" } },
  { id = "kddi", name = "au / KDDI", detect = { "ezweb.ne.jp", "au.com" } },
  { id = "docomo", name = "NTT docomo", detect = { "docomo.ne.jp" } },

  -- Sisimai Rhost/IUA.pm
  { id = "iua", name = "i.ua", detect = { "i.ua/err", "email.ua" },
    phrases = {
      { "i.ua/err/10", "policy_violation" }, { "i.ua/err/1", "relay_denied", word = true },
      { "i.ua/err/2", "user_unknown", word = true }, { "i.ua/err/3", "mailbox_disabled", word = true },
      { "i.ua/err/4", "mailbox_full", word = true }, { "i.ua/err/5", "rate_limited", word = true },
      { "i.ua/err/6", "relay_denied", word = true }, { "i.ua/err/7", "syntax_error", word = true },
      { "i.ua/err/8", "sender_rejected", word = true }, { "i.ua/err/9", "blocked", word = true },
    } },

  { id = "fortinet", name = "Fortinet FortiMail", detect = { "fortimail" } },
  { id = "forcepoint", name = "Forcepoint", detect = { "mailcontrol.com" } },
  { id = "protonmail", name = "Proton Mail", detect = { "protonmail", "protonmail.ch", "proton.me" } },
}
