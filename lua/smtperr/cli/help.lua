-- smtperr help: the texts of --help, for the command and each subcommand.
local console = require("smtperr.cli.console")
local errors = require("smtperr.cli.errors")

local help = {}

local MAIN = [[
Usage: smtperr COMMAND [OPTIONS] [ARGUMENTS]

Understand SMTP replies: explain them, look up reply codes, classify replies
and scan mail logs and bounce messages for failed deliveries.

Commands:
  explain    explain replies or codes, one paragraph each
  lookup     show the table entry of reply codes and enhanced status codes
  classify   classify one reply per line, as tab-separated rows or JSON
  scan       summarise the failed deliveries of mail logs and bounce messages
  help       show the help of a command

  smtperr explain [--lang en|fr] [--rules FILE] REPLY...
  smtperr lookup [--lang en|fr] CODE...
  smtperr classify [--json] [--rules FILE] [FILE|-]
  smtperr scan [--json|--jsonl] [--lang en|fr] [--rules FILE] [FILE|DIR...|-]
  smtperr scan --follow LOGFILE [--jsonl] [--rules FILE]
  smtperr help [COMMAND]

Options:
  -h, --help     show this help (smtperr COMMAND --help: a command's help)
  --version      show the version

Exit status: 0 on success, 1 when nothing could be read or recognised,
2 on a usage error.
]]

-- The help of each command.
local HELP = {}

HELP.explain = [[
Usage: smtperr explain [--lang en|fr] [--rules FILE] REPLY...

Explains each REPLY in a paragraph. A reply code (550) or an enhanced status
code (5.1.1) is explained from the code table; anything else (a whole reply,
a log fragment, a Diagnostic-Code line, words such as "Connection timed out")
is classified first.

Options:
  --lang en|fr   language of the explanation (default en)
  --rules FILE   add the rules of FILE ("reason [action=A] [class=C]
                 [code=NNN] [enhanced=X.Y.Z]: phrase" lines, # comments)
  -h, --help     show this help

Example:
  smtperr explain "452 4.2.2 The email account that you tried to reach is over quota"

Exit status: 0, or 1 when a reply is not recognised or the rules file is bad.
]]

HELP.lookup = [[
Usage: smtperr lookup [--lang en|fr] CODE...

Shows the table entry of each reply code (550) or enhanced status code
(5.7.26): class, title, meaning, what to do, note, reason, action, whether
the code is standard, and its source.

Options:
  --lang en|fr   language of the entry (default en)
  -h, --help     show this help

Exit status: 0, or 1 when a code is not in the table.
]]

HELP.classify = [[
Usage: smtperr classify [--json] [--rules FILE] [FILE|-]

Reads one SMTP reply per line (a reply, a log fragment, a DSN
Diagnostic-Code line, ...) from FILE or standard input and writes one
decision per line, tab-separated:

  1 code       reply code (550), empty when none
  2 enhanced   enhanced status code (5.1.1), empty when none
  3 class      success, intermediate, transient or permanent
  4 reason     why, one of smtperr.reasons (user_unknown, mailbox_full, ...)
  5 bounce     hard, soft, or empty for a success
  6 action     what to do, one of smtperr.actions (remove_recipient, retry, ...)
  7 retry      true when retrying later may work, else false
  8 text       the reply text

A line that cannot be classified gives an empty row (a JSON object with
"error" under --json).

Options:
  --json         one JSON object per line with all the fields of
                 smtperr.classify (null when unknown)
  --rules FILE   add the rules of FILE
  -h, --help     show this help

Exit status: 0, or 1 when no line could be classified or a file could not
be read.
]]

HELP.scan = [[
Usage: smtperr scan [--json|--jsonl] [--lang en|fr] [--rules FILE] [FILE|DIR...|-]
       smtperr scan --follow LOGFILE [--jsonl] [--rules FILE]

Reads mail logs and bounce messages (standard input when no FILE is
given), finds every failed or deferred delivery with its recipient and the
remote reply, classifies it and prints a summary: counts by SMTP stage and
recipient domain, the hard-bounced addresses to remove, the soft failures
worth retrying and the sender-side problems to fix (block lists,
authentication, TLS, relay, sender address, sending rate), each reason with
a one-line explanation. Successful deliveries are only counted; refusals by
the server's own rules (Postfix NOQUEUE rejects, Exim ACLs, ...) are
counted apart.

Formats: Postfix (smtp, lmtp, local, virtual, pipe, error, expiries,
NOQUEUE rejects), Exim main log (=> -> ** == and defer errnos), Sendmail
(to= lines, ruleset rejects, reply= lines), OpenSMTPD, qmail-send, Microsoft
Exchange message tracking logs and message traces (CSV or JSON), PowerMTA
accounting files (CSV with a header row), KumoMTA JSON log records, and DSN
fields pasted among log lines (Final-Recipient, Action, Status,
Diagnostic-Code). A file that starts as a mail message is a bounce message
(DSN, Exchange NDR, Exim, qmail and provider bounces; every recipient), an
mbox file one bounce per message, and a directory a Maildir folder (the
messages of cur/ and new/) or a folder of messages: in --json, a bounce's
entries give the line where its message starts. A file compressed with gzip
(mail.log.2.gz) is read through the gzip command.
Logs are read by blocks, in constant memory; on a terminal, progress is
shown every 50 MB.

Options:
  --json         print one JSON object: entries (one per failed or deferred
                 delivery: recipient, reply, code, enhanced, reason, class,
                 bounce, action, command, retry_after, host, status, format,
                 time, queue_id, sender, relay, dsn, file, line), written as
                 they are found, then files, lines, formats, delivered, total,
                 bounced, deferred, recovered, rejects, by_reason, by_domain,
                 by_command, hard_bounces, retry and sender_problems
  --jsonl        print one JSON object per line for every delivery as it is
                 read (sent ones too, and refusals with "reject": true), with
                 the fields of an entry, and no summary
  --follow FILE  follow FILE as it grows (and when it is rotated) and print
                 each failed or deferred delivery as it is logged: time,
                 status, recipient, reason, codes, remote host and reply, or
                 a JSON object with --jsonl; it starts at the end of FILE and
                 runs until interrupted
  --lang en|fr   language of the summary (default en)
  --rules FILE   add the rules of FILE
  -h, --help     show this help

Examples:
  smtperr scan /var/log/mail.log /var/log/mail.log.2.gz
  smtperr scan --json /var/log/mail.log | jq -r '.hard_bounces[]'
  smtperr scan --jsonl /var/log/mail.log | jq -c 'select(.status == "bounced")'
  smtperr scan --follow /var/log/mail.log
  smtperr scan --json ~/Maildir/.Bounces

Exit status: 0, or 1 when a file cannot be read or no line of a supported
format is found.
]]

-- The help of a command, or of the whole command when name is nil; nil for
-- a name that is no command.
function help.text(name)
  if name == nil then return MAIN end
  return HELP[name]
end

-- smtperr help [COMMAND]: returns 0.
function help.run(name)
  local shown = help.text(name)
  if not shown then errors.usage("unknown command '" .. name .. "'") end
  console.out(shown)
  return 0
end

return help
