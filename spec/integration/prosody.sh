#!/usr/bin/env bash
# spec/integration/prosody.sh - the example module examples/prosody/mod_smtperr.lua
# inside Prosody 0.12 (Lua 5.4), enabled as its header says: its HTTP API (curl,
# JSON in and out) and its `prosodyctl shell` commands, c2s and HTTP on 127.0.0.1
# only, s2s off. See README.md.
# Run from anywhere: bash spec/integration/prosody.sh
# (env SMTPERR_PROSODY_PORT moves the ports: c2s on it, HTTP on the next one; default 15797)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

PORT=${SMTPERR_PROSODY_PORT:-15797}
HTTP_PORT=$((PORT + 1))
B=$ROOT/build/integration/prosody
CFG=$B/prosody.cfg.lua
LOG=$B/prosody.log
FIXTURES=$ROOT/spec/fixtures/bounces
URL=http://127.0.0.1:$HTTP_PORT/smtperr
PRPID=""

unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4 LUA_INIT LUA_INIT_5_4
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

stop_prosody() {
  [ -n "$PRPID" ] || return 0
  stop_pid "$PRPID" TERM 10
  local rc=$?
  PRPID=""
  return $rc
}
on_exit stop_prosody

stop_leftover "$B/prosody.pid" "$CFG" TERM

# `prosodyctl shell` (bounded), without the lua-unbound banner every prosodyctl
# run prints: the command's printed lines, then its Result/OK/Error line.
pshell_all() {
  timeout 10 prosodyctl --config "$CFG" shell "$@" 2>&1 | grep -vE 'unbound|Old DNS|^\*\*|^$' | head -40
}
pshell() { pshell_all "$@" | grep -E '^(Result|OK|Error|console):?' | head -5; }

# post NAME PATH FILE [CONTENT-TYPE]: POST the file to $URL/PATH; STATUS is the
# HTTP status, the answer is in $B/NAME.json.
post() {
  STATUS=$(curl -sS --max-time 10 -o "$B/$1.json" -w '%{http_code}' \
    -H "Content-Type: ${4:-application/json}" --data-binary "@$3" "$URL/$2" 2>&1)
}
# body NAME PYTHON-DICT: writes $B/NAME.req, the JSON of the dict; M(f) is the
# text of fixture f, line ends kept.
body() {
  "$PY" -S - "$B/$1.req" "$FIXTURES" "$2" <<'PY'
import json, sys
def M(name):
    return open(sys.argv[2] + "/" + name + ".eml", encoding="utf-8", newline="").read()
json.dump(eval(sys.argv[3]), open(sys.argv[1], "w", encoding="utf-8"))
PY
}
# jq_ FILE EXPR: a Python expression over J, the JSON in FILE ("-" when absent).
jq_() {
  "$PY" -S - "$1" "$2" <<'PY'
import json, sys
try:
    J = json.load(open(sys.argv[1], encoding="utf-8"))
    r = eval(sys.argv[2])
except (KeyError, TypeError, ValueError, IndexError, OSError):
    r = "-"
print(r if isinstance(r, str) else json.dumps(r))
PY
}
# fields NAME KEYS...: the answer's fields, space-separated ("-" when absent).
fields() {
  local name=$1
  shift
  jq_ "$B/$name.json" "' '.join(str(J.get(k, '-')) for k in '$*'.split())"
}

if build_module lua5.4; then
  ok "make LUA=lua5.4 builds build/lua5.4/smtperr.so"
else
  bail "make LUA=lua5.4 failed: $BUILD_ERROR"
fi
HAVE_BOUNCES=no
if LUA_CPATH="$ROOT/build/lua5.4/?.so" lua5.4 -e 'os.exit(type(require("smtperr").bounces) == "function" and 0 or 1)' 2>/dev/null; then
  HAVE_BOUNCES=yes
fi

rm -rf "$B"
mkdir -p "$B/data" "$B/certs"
sed -e "s|@BASE@|$B|g" -e "s|@PORT@|$PORT|g" -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
    -e "s|@PLUGINS@|$ROOT/examples/prosody|g" "$HERE/prosody.cfg.lua.in" > "$CFG"
printf '%s\n' "# the admin's own rules (smtperr's rules format)" \
  "mailbox_disabled: account has been frozen by the administrator" > "$B/smtperr-rules.txt"

out=$(timeout 20 prosodyctl --config "$CFG" check config 2>&1)
if printf '%s' "$out" | grep -q 'All checks passed'; then
  ok "prosodyctl check config: all checks passed"
else
  not_ok "prosodyctl check config: $(printf '%s\n' "$out" | grep -vE '^\*|^ |unbound|Old DNS|More help|^$' | head -3 | tr '\n' ' ')"
fi

for p in $PORT $HTTP_PORT; do
  if port_busy "$p"; then bail "port $p on 127.0.0.1 is already in use (set SMTPERR_PROSODY_PORT)"; fi
done

# The Lua 5.4 build first in the cpath (Prosody drops relative entries).
LUA_CPATH_5_4="$ROOT/build/lua5.4/?.so;;" prosody -F --config "$CFG" >"$B/stdout.log" 2>&1 &
PRPID=$!

LOAD_RE="smtperr [0-9.]+ loaded from $ROOT/build/lua5.4/smtperr.so, rules from $B/smtperr-rules.txt"
load_seen() { grep -qE "$LOAD_RE" "$LOG" 2>/dev/null; }
http_up() { grep -q "Activated service 'http' on \[127.0.0.1\]:$HTTP_PORT" "$LOG" 2>/dev/null; }
load_done() { (load_seen && http_up) || grep -q 'Error initializing module' "$LOG" 2>/dev/null || dead "$PRPID"; }
wait_until 10 load_done
if load_seen; then
  ok "mod_smtperr logged its load line: the Lua 5.4 build and the rules file"
else
  alive "$PRPID" || note "prosody exited: $(tail -3 "$B/stdout.log" | tr '\n' ' ')"
  bail "no load line in $LOG: $(grep -E 'smtperr|error' "$LOG" 2>/dev/null | head -3 | tr '\n' ' ')"
fi
c2s_up() { grep -q "Activated service 'c2s' on \[127.0.0.1\]:$PORT" "$LOG" 2>/dev/null; }
if wait_until 10 http_up && wait_until 10 c2s_up; then
  expect_eq "prosody (pid $PRPID) listens only on 127.0.0.1:$PORT (c2s) and 127.0.0.1:$HTTP_PORT (HTTP)" \
    "127.0.0.1:$PORT 127.0.0.1:$HTTP_PORT" "$(listen_addrs "$PRPID")"
else
  not_ok "c2s or HTTP not activated on 127.0.0.1 within 10 s"
fi

# --- HTTP -----------------------------------------------------------------------
VERSION=$(LUA_CPATH="$ROOT/build/lua5.4/?.so" lua5.4 -e 'io.write(require"smtperr"._VERSION)' 2>/dev/null)
STATUS=$(curl -sS --max-time 10 -o "$B/index.json" -w '%{http_code}' "$URL/" 2>&1)
expect_eq "GET /smtperr/ -> 200, the module's version and its 3 endpoints" "200 $VERSION 3" \
  "$STATUS $(jq_ "$B/index.json" 'J["module"] + " " + str(len(J["endpoints"]))')"

GMAIL='550-5.1.1 The email account that you tried to reach does not exist. Please try
550-5.1.1 double-checking the recipient'"'"'s email address for typos or
550-5.1.1 unnecessary spaces. Learn more at
550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.2 - gsmtp'
body gmail "{'reply': '''$GMAIL'''}"
post gmail classify "$B/gmail.req"
expect_eq "POST classify, Gmail's 4-line 550 5.1.1 -> 200 user_unknown hard remove_recipient, Gmail, 4 lines" \
  "200 550 5.1.1 permanent user_unknown hard remove_recipient Gmail 4 False" \
  "$STATUS $(fields gmail code enhanced class reason bounce action provider lines retry)"

body later "{'code': 451, 'text': '4.7.1 Please try again in 5 minutes'}"
post later classify "$B/later.req"
expect_eq 'POST classify {"code": 451, "text": "4.7.1 Please try again in 5 minutes"} -> 200 transient, retry_after 300' \
  "200 451 4.7.1 transient 300 True" "$STATUS $(fields later code enhanced class retry_after retry)"

body rule "{'reply': '550 5.7.1 Your account has been frozen by the administrator'}"
post rule classify "$B/rule.req"
expect_eq "POST classify: the admin's rule (smtperr_rules_file) decides -> mailbox_disabled, user rule 1" \
  "200 mailbox_disabled user rule 1" "$STATUS $(fields rule reason evidence)"

body noreply "{'reply': 'hello world'}"
post noreply classify "$B/noreply.req"
expect_eq "POST classify with text that is no reply -> 422 and smtperr's message" "422 yes" \
  "$STATUS $(jq_ "$B/noreply.json" '"yes" if len(J["error"]) > 5 else "no"')"
printf '{"reply": ' > "$B/broken.req"
post broken classify "$B/broken.req"
expect_eq "POST classify with broken JSON -> 400 {error}" "400 the body is not a JSON object" \
  "$STATUS $(jq_ "$B/broken.json" 'J["error"]')"
body noarg "{'text': 'no reply field'}"
post noarg classify "$B/noarg.req"
expect_eq "POST classify without reply or code -> 400" 400 "$STATUS"

body fr "{'reply': '452 4.2.2 The email account that you tried to reach is over quota.', 'lang': 'fr'}"
post fr explain "$B/fr.req"
expect_eq "POST explain, lang fr -> 200, the French paragraph" "200 yes" \
  "$STATUS $(jq_ "$B/fr.json" '"yes" if "Boîte aux lettres pleine" in J["explanation"] and "Réessayez" in J["explanation"] else J["explanation"]')"
body de "{'reply': '550', 'lang': 'de'}"
post de explain "$B/de.req"
expect_eq "POST explain, lang de -> 400, the argument error names 'de'" "400 yes" \
  "$STATUS $(jq_ "$B/de.json" '"yes" if "de" in J["error"] else J["error"]')"
STATUS=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$URL/classify" 2>&1)
expect_eq "GET /smtperr/classify (not a POST) -> 404 or 405" yes \
  "$(case $STATUS in 404|405) echo yes ;; *) echo "$STATUS" ;; esac)"

if [ "$HAVE_BOUNCES" = yes ]; then
  body qmail "{'message': M('lhost-qmail-17')}"
  post qmail bounces "$B/qmail.req"
  expect_eq "POST bounces, a qmail bounce (CRLF) -> 200 bounce, 2 recipients: user_unknown hard, mailbox_full soft" \
    "200 bounce 2 userunknown@libsisimai.net user_unknown hard|mailboxfull@libsisimai.net mailbox_full soft" \
    "$STATUS $(jq_ "$B/qmail.json" 'J["kind"] + " " + str(len(J["recipients"])) + " " + "|".join(" ".join(str(r.get(k)) for k in ("recipient", "reason", "bounce")) for r in J["recipients"])')"

  STATUS=$(curl -sS --max-time 10 -o "$B/raw.json" -w '%{http_code}' -H 'Content-Type: message/rfc822' \
    --data-binary "@$FIXTURES/lhost-postfix-33.eml" "$URL/bounces" 2>&1)
  expect_eq "POST bounces, a Postfix DSN as a raw message/rfc822 body -> 200 bounce, userunknown@libsisimai.org 550 5.1.1 hard" \
    "200 bounce userunknown@libsisimai.org 550 5.1.1 hard failed" \
    "$STATUS $(jq_ "$B/raw.json" 'J["kind"] + " " + " ".join(str(J["recipients"][0].get(k)) for k in ("recipient", "code", "enhanced", "bounce", "status"))')"

  body hdrs "{'message': M('lhost-postfix-33'), 'headers': ['Subject', 'Message-Id']}"
  post hdrs bounces "$B/hdrs.req"
  expect_eq "POST bounces with headers: [\"Subject\", \"Message-Id\"] -> the returned original's, in original_headers" \
    "200 Nyaaaan <20150429233445.BB8FFFFC16@p6.libsisimai.org>" \
    "$STATUS $(jq_ "$B/hdrs.json" 'J["original_headers"]["Subject"] + " " + J["original_headers"]["Message-Id"]')"
  body arf "{'message': M('arf-01')}"
  post arf bounces "$B/arf.req"
  expect_eq "POST bounces, a feedback report (ARF) -> 200 feedback" "200 feedback" "$STATUS $(fields arf kind)"
  printf 'From: alice@example.org\nSubject: hello\n\nJust a note.\n' > "$B/plain.eml"
  STATUS=$(curl -sS --max-time 10 -o "$B/plain.json" -w '%{http_code}' -H 'Content-Type: message/rfc822' \
    --data-binary "@$B/plain.eml" "$URL/bounces" 2>&1)
  expect_eq "POST bounces, a message that is no bounce -> 422 {error}" "422 yes" \
    "$STATUS $(jq_ "$B/plain.json" '"yes" if J["error"] else "no"')"
else
  not_ok "POST bounces not tried: smtperr.bounces is missing from build/lua5.4/smtperr.so"
fi

# --- prosodyctl shell -----------------------------------------------------------
expect_eq "shell: >require\"smtperr\"._VERSION -> $VERSION" "Result: ${VERSION:-?}" "$(pshell '>require"smtperr"._VERSION')"
out=$(pshell_all smtperr classify '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown')
expect_eq "shell: smtperr classify \"550 5.1.1 ...\" -> OK: user_unknown hard remove_recipient" \
  "OK: user_unknown hard remove_recipient" "$(grep -E '^(OK|Error|Result)' <<<"$out")"
check "shell: ... after the fields (address bob@example.org)" grep -qE '^address +bob@example.org$' <<<"$out"
out=$(pshell_all smtperr explain '452 4.2.2 Mailbox over quota' fr)
check "shell: smtperr explain \"452 4.2.2 ...\" fr -> the French paragraph, then OK" \
  bash -c 'grep -q "Boîte aux lettres pleine" <<<"$1" && grep -qx "OK: explained" <<<"$1"' _ "$out"
expect_eq "shell: smtperr classify \"hello world\" -> Error: and smtperr's message" yes \
  "$(pshell smtperr classify 'hello world' | grep -q '^Error: .....' && echo yes)"
if [ "$HAVE_BOUNCES" = yes ]; then
  cp "$FIXTURES/lhost-gmail-06.eml" "$B/delay.eml"
  out=$(pshell_all smtperr bounces "$B/delay.eml")
  expect_eq "shell: smtperr bounces FILE (Gmail's delay warning) -> OK: delay (FORMAT), 1 recipient" \
    "OK: delay (-), 1 recipient" "$(grep -E '^(OK|Error|Result)' <<<"$out" | sed 's/^OK: delay ([^)]*)/OK: delay (-)/')"
  check "shell: ... kijitora@example.jp, mailbox_full" bash -c 'grep -q "^kijitora@example.jp" <<<"$1" && grep -qE "^  reason +mailbox_full" <<<"$1"' _ "$out"
fi
expect_eq "shell: smtperr help -> OK: $VERSION" "OK: $VERSION" "$(pshell smtperr help)"

expect_eq "shell: module:reload('smtperr')" "OK: Module reloaded on 1 host" "$(pshell "module:reload('smtperr')")"
expect_eq "the load line appears again after the reload" 2 "$(grep -cE "$LOAD_RE" "$LOG")"
expect_eq "after the reload: the shell command still answers" "OK: user_unknown hard remove_recipient" \
  "$(pshell smtperr classify '550 5.1.1 User unknown')"
post gmail2 classify "$B/gmail.req"
expect_eq "after the reload: POST classify still answers" "200 user_unknown" "$STATUS $(fields gmail2 reason)"

# --- log, stop ---------------------------------------------------------------------
if grep -q 'Error initializing module' "$LOG"; then
  not_ok "log: $(grep 'Error initializing module' "$LOG" | head -1)"
else
  ok "log: no 'Error initializing module'"
fi
errs=$(grep -E $'\t(error|critical)\t' "$LOG")
if [ -z "$errs" ]; then ok "log: no error or critical lines"; else not_ok "log: $(printf '%s\n' "$errs" | head -2 | tr '\n' ' ')"; fi

pid=$PRPID
if ! stop_prosody; then
  not_ok "prosody (pid $pid) still running 10 s after SIGTERM (killed)"
elif port_busy "$PORT" || port_busy "$HTTP_PORT"; then
  not_ok "prosody (pid $pid) exited, but a port is still open"
else
  ok "prosody (pid $pid) exited within 10 s of SIGTERM; ports $PORT and $HTTP_PORT closed"
fi
if grep -q 'Shutdown complete' "$LOG"; then ok "log: 'Shutdown complete'"; else not_ok "log: no 'Shutdown complete'"; fi
