#!/usr/bin/env bash
# spec/integration/examples.sh - the examples, end to end, against the scripted
# SMTP server smtp-server.py on 127.0.0.1: examples/send.lua (LuaSocket) on Lua 5.4
# and on LuaJIT, and examples/openresty/ (nginx + ngx_lua, 2 workers). The checks
# read the scripts' output, their exit status, the HTTP answers and the server's
# transaction log. See README.md.
# Run from anywhere: bash spec/integration/examples.sh
# (env SMTPERR_EXAMPLES_PORT moves the 5 ports, default 18430-18434)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

B=$ROOT/build/integration/examples
BASE=${SMTPERR_EXAMPLES_PORT:-18430}
P_MAIN=$BASE              # busy-first: the first connection gets Gmail's 421 greeting
P_PLAIN=$((BASE + 1))     # normal
P_TLS=$((BASE + 2))       # starttls: 530 to MAIL FROM
P_BUSY=$((BASE + 3))      # busy: 421 to every connection
P_HTTP=$((BASE + 4))      # nginx
SCALE=0.001               # send.lua's waits: 300 s -> 0.3 s
SMTPPID=""
NGPID=""

unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4 LUA_INIT LUA_INIT_5_4
# Debian's python3 (TEST_DEPS) first: a python3 found earlier on PATH may be a
# version manager's shim that costs half a second a call.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

stop_smtp() {
  [ -n "$SMTPPID" ] || return 0
  stop_pid "$SMTPPID" TERM 10
  local rc=$?
  SMTPPID=""
  return $rc
}
stop_nginx() {
  [ -n "$NGPID" ] || return 0
  stop_pid "$NGPID" QUIT 10
  local rc=$?
  NGPID=""
  return $rc
}
on_exit stop_nginx
on_exit stop_smtp

# Servers left by an earlier run that was killed hard.
stop_leftover "$B/smtp.pid" "$B/" TERM
stop_leftover "$B/openresty/logs/nginx.pid" "$B/openresty" QUIT

for p in $P_MAIN $P_PLAIN $P_TLS $P_BUSY $P_HTTP; do
  if port_busy "$p"; then bail "port $p on 127.0.0.1 is already in use (set SMTPERR_EXAMPLES_PORT)"; fi
done
rm -rf "$B"
mkdir -p "$B"

# logq LOG EXPR: a Python expression over the server's log. E is the list of
# events; ev(KIND, field=value...) the events of that kind with those fields;
# replies(TO) the first 3 characters of each RCPT reply to TO ("---" when dropped).
logq() {
  "$PY" -S - "$1" "$2" <<'PY'
import json, sys
E = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def ev(kind, **kw):
    return [e for e in E if e["event"] == kind and all(e.get(k) == v for k, v in kw.items())]
def replies(to, port=None):
    return " ".join((e["reply"] or "---")[:3] for e in ev("rcpt", to=to) if port in (None, e["port"]))
r = eval(sys.argv[2])
print(r if isinstance(r, str) else json.dumps(r))
PY
}

# jq_ FILE EXPR: a Python expression over J, the JSON in FILE ("-" when absent).
jq_() {
  "$PY" -S - "$1" "$2" <<'PY'
import json, sys
try:
    J = json.load(open(sys.argv[1], encoding="utf-8"))
    r = eval(sys.argv[2])
except (KeyError, TypeError, ValueError, IndexError) as e:
    r = "-"
print(r if isinstance(r, str) else json.dumps(r))
PY
}

# start_smtp DIR: a fresh server for every port, logging to DIR/smtp.log.
start_smtp() {
  local dir=$1
  mkdir -p "$dir"
  LOG=$dir/smtp.log
  "$PY" "$HERE/smtp-server.py" --log "$LOG" "$P_MAIN:busy-first" "$P_PLAIN" "$P_TLS:starttls" \
    "$P_BUSY:busy" >"$dir/smtp.out" 2>&1 &
  SMTPPID=$!
  echo "$SMTPPID" > "$B/smtp.pid"
  listening() { grep -q '"event": "listening"' "$LOG" 2>/dev/null; }
  up_or_dead() { listening || dead "$SMTPPID"; }
  wait_until 10 up_or_dead
  if ! listening; then
    bail "smtp-server.py did not start: $(tail -2 "$dir/smtp.out" | tr '\n' ' ')"
  fi
}

# contains FILE TEXT: FILE holds TEXT (fixed string, one line).
contains() { grep -qF -- "$2" "$1"; }
line_of() { grep -F -- "$2" "$1" | head -1; }
# follows FILE LINE TEXT: one of the two lines after LINE (a fixed string) holds TEXT.
follows() { grep -A2 -F -- "$2" "$1" | grep -v -F -- "$2" | grep -qF -- "$3"; }
# waits FILE TO: the waits send.lua announced after each failure for TO.
waits() { grep -A2 -F -- "] $2: " "$1" | grep -o 'retry in [0-9]* s' | tr '\n' ' ' | sed 's/ $//'; }

# run_send OUT PORT FROM ARGS...: examples/send.lua with $LUAI and the module
# built for it; STATUS is its exit status.
run_send() {
  local out=$1 port=$2 from=$3
  shift 3
  ( cd "$ROOT" && timeout 60 env LUA_CPATH="$ROOT/build/$LUAI/?.so;;" SEND_WAIT_SCALE=$SCALE \
      "$LUAI" examples/send.lua --server 127.0.0.1 --port "$port" --from "$from" "$@" ) >"$out" 2>&1
  STATUS=$?
}

# --- examples/send.lua, on each Lua ----------------------------------------
REPORTS=()
for LUAI in lua5.4 luajit; do
  D=$B/$LUAI
  if build_module "$LUAI"; then
    ok "$LUAI: make LUA=$LUAI builds build/$LUAI/smtperr.so"
  else
    not_ok "$LUAI: make LUA=$LUAI failed: $BUILD_ERROR"
    continue
  fi
  start_smtp "$D"

  # 1. The main batch, on the port whose first connection is refused with 421.
  FROM=$LUAI-batch@example.com
  printf '%s\n' "# the batch" ok@example.org greylisted@example.org trylater@example.org \
    nosuchuser@gmail.com overquota@gmail.com "" flaky@example.org spam@example.org last@example.org \
    > "$D/recipients.txt"
  start=$(date +%s.%N)
  run_send "$D/batch.out" "$P_MAIN" "$FROM" --list "$D/recipients.txt" --drop "$D/drop.txt"
  secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  O=$D/batch.out
  T="$LUAI batch"
  expect_eq "$T: exits 0 (the batch ran to its end) in ${secs}s" 0 "$STATUS"
  expect_eq "$T: totals" "Totals: 5 sent, 1 dropped, 5 retried, 1 gave up, 1 failed, 0 not sent" \
    "$(line_of "$O" "Totals:")"
  check "$T: not stopped" contains "$O" "Stopped: no"

  # 421 at the greeting: rate_limited -> slow down, retry, delivered.
  expect_eq "$T: connection 1 got the 421 greeting and no MAIL FROM" "421 0" \
    "$(logq "$LOG" '" ".join([ev("connect", port='"$P_MAIN"', conn=1)[0]["reply"][:3], str(len(ev("mail", port='"$P_MAIN"', conn=1)))])')"
  check "$T: the 421 greeting read as rate_limited, the batch slowed down" \
    grep -qE -- '-> rate_limited, transient, slow_down' "$O"
  check "$T: ... and paused (slowing down, retry in 60 s)" contains "$O" "slowing down (1 s between messages); retry in 60 s"
  check "$T: ok@example.org sent on try 2" grep -qE '^  sent +ok@example.org \(try 2\)$' "$O"

  # Greylisting (postgrey): retried after 300 s (scaled), delivered.
  expect_eq "$T: greylisted@: RCPT replies 450 then 250" "450 250" "$(logq "$LOG" 'replies("greylisted@example.org")')"
  check "$T: greylisted@ waited 300 s (the greylisting default)" \
    grep -qF "retry in 300 s (scaled: 0.30 s)" "$O"
  gap=$(logq "$LOG" 'round(ev("rcpt", to="greylisted@example.org")[1]["t"] - ev("rcpt", to="greylisted@example.org")[0]["t"], 2)')
  check "$T: greylisted@: the second RCPT came 0.30 s or more after the first (${gap}s)" \
    awk -v g="$gap" 'BEGIN { exit !(g >= 0.29) }'
  check "$T: greylisted@ sent on try 2" grep -qE '^  sent +greylisted@example.org \(try 2\)$' "$O"

  # "Please try again in 5 minutes": retry_after = 300.
  expect_eq "$T: trylater@: RCPT replies 451 then 250" "451 250" "$(logq "$LOG" 'replies("trylater@example.org")')"
  expect_eq "$T: trylater@ retried after the 300 s the reply asked for" "retry in 300 s" \
    "$(waits "$O" trylater@example.org)"

  # Gmail's 4-line 550 5.1.1: dropped, never retried.
  expect_eq "$T: nosuchuser@: one RCPT (550), never retried" "550" "$(logq "$LOG" 'replies("nosuchuser@gmail.com")')"
  check "$T: LuaSocket gave all 4 lines of Gmail's reply" \
    grep -qF "[try 1] nosuchuser@gmail.com: 550-5.1.1 The email account that you tried to reach does not exist. Please try (+3 lines)" "$O"
  expect_eq "$T: the drop list holds only nosuchuser@gmail.com" "nosuchuser@gmail.com" "$(cat "$D/drop.txt" 2>/dev/null)"
  check "$T: report: dropped, user_unknown 550 5.1.1, hard bounce" \
    grep -qE '^  dropped +nosuchuser@gmail.com: user_unknown, 550 5.1.1, 1 try \(hard bounce' "$O"

  # Over quota every time: 4 tries with growing waits, then given up (kept).
  expect_eq "$T: overquota@: 4 RCPTs, all 452" "452 452 452 452" "$(logq "$LOG" 'replies("overquota@gmail.com")')"
  expect_eq "$T: overquota@ backoff 60, 120, 240 s" "retry in 60 s retry in 120 s retry in 240 s" \
    "$(waits "$O" overquota@gmail.com)"
  check "$T: report: gave up after 4 tries, not dropped" \
    grep -qE '^  gave up +overquota@gmail.com: mailbox_full, 452 4.2.2, 4 tries$' "$O"

  # The connection dropped after RCPT: LuaSocket says "closed", which smtperr reads as a network error.
  expect_eq "$T: flaky@: first RCPT dropped without reply, then 250" "--- 250" "$(logq "$LOG" 'replies("flaky@example.org")')"
  check "$T: LuaSocket's error is \"closed\", read as a network error" \
    follows "$O" "[try 1] flaky@example.org: closed" "-> network_error, transient, retry, soft bounce"
  check "$T: flaky@ sent on try 2" grep -qE '^  sent +flaky@example.org \(try 2\)$' "$O"

  # 554 5.7.1 after DATA: failed, explained, kept, not retried.
  expect_eq "$T: spam@: one DATA, answered 554" "554" \
    "$(logq "$LOG" '" ".join(e["reply"][:3] for e in ev("data") if e["to"] == ["spam@example.org"])')"
  check "$T: spam@ explained (judged to be spam)" contains "$O" "Reason: the message was judged to be spam"
  check "$T: report: failed, spam_detected, fix_content" \
    grep -qE '^  failed +spam@example.org: spam_detected, 554 5.7.1, 1 try \(fix_content\)$' "$O"

  expect_eq "$T: the server queued 5 messages, each to one listed recipient, from $FROM" \
    "flaky@example.org greylisted@example.org last@example.org ok@example.org trylater@example.org|$FROM" \
    "$(logq "$LOG" '" ".join(sorted(e["to"][0] for e in ev("data") if e["reply"].startswith("250"))) + "|" + " ".join(sorted(set(e["from"] for e in ev("mail"))))')"

  REPORTS+=("$(sed -n '/^Report$/,$p' "$O" | sed "s|$D|DIR|g")")

  # 2. A batch that a relay refusal stops halfway, with a retry pending.
  FROM=$LUAI-relay@example.com
  run_send "$D/relay.out" "$P_PLAIN" "$FROM" --drop "$D/drop2.txt" first@example.org greylisted@example.org \
    relaydenied@partner.example never@example.org
  O=$D/relay.out
  T="$LUAI relay"
  expect_eq "$T: exits 2 (stopped)" 2 "$STATUS"
  check "$T: stopped at the 554 Relay access denied, explained" \
    grep -qF "Stopped at relaydenied@partner.example: relay_denied. 554 5.7.1: permanent failure" "$O"
  check "$T: ... what to do (fix the sending setup)" contains "$O" "What to do: Fix the sending setup"
  expect_eq "$T: the server saw first, greylisted, relaydenied; never@ was not attempted" \
    "first@example.org greylisted@example.org relaydenied@partner.example" \
    "$(logq "$LOG" '" ".join(e["to"] for e in ev("rcpt", port='"$P_PLAIN"'))')"
  check "$T: report: greylisted@ not sent, its retry pending" \
    grep -qE '^  not sent +greylisted@example.org \(the batch stopped; a retry was due after 1 try\)$' "$O"
  check "$T: report: never@ not sent" grep -qE '^  not sent +never@example.org \(the batch stopped before it\)$' "$O"
  check "$T: nothing dropped" test ! -e "$D/drop2.txt"

  # 3. A server that requires STARTTLS: 530 to MAIL FROM stops the batch at once.
  run_send "$D/tls.out" "$P_TLS" "$LUAI-tls@example.com" --drop "$D/drop3.txt" a@example.org b@example.org
  O=$D/tls.out
  T="$LUAI starttls"
  expect_eq "$T: exits 2 (stopped)" 2 "$STATUS"
  check "$T: stopped at the 530, tls_required, explained (use STARTTLS)" \
    grep -qF "Stopped at a@example.org: tls_required. 530 5.7.0: permanent failure, soft bounce. Enhanced code 5.7.0: Other or undefined security status. Reason: the server requires an encrypted (TLS) connection" "$O"
  expect_eq "$T: the server saw one connection, one MAIL FROM (530), no RCPT" "1 530 0" \
    "$(logq "$LOG" '" ".join([str(len(ev("connect", port='"$P_TLS"'))), ev("mail", port='"$P_TLS"')[0]["reply"][:3], str(len(ev("rcpt", port='"$P_TLS"')))])')"
  check "$T: report: b@ not sent" grep -qE '^  not sent +b@example.org \(the batch stopped before it\)$' "$O"

  # 4. A server that keeps answering 421: slowed down once, then stopped.
  run_send "$D/busy.out" "$P_BUSY" "$LUAI-busy@example.com" --drop "$D/drop4.txt" a@example.org b@example.org
  O=$D/busy.out
  T="$LUAI busy"
  expect_eq "$T: exits 2 (stopped)" 2 "$STATUS"
  expect_eq "$T: two connections, both refused with 421, no MAIL FROM" "421 421|0" \
    "$(logq "$LOG" '" ".join(e["reply"][:3] for e in ev("connect", port='"$P_BUSY"')) + "|" + str(len(ev("mail", port='"$P_BUSY"')))')"
  check "$T: slowed down after the first 421" follows "$O" "[try 1] a@example.org: 421 4.7.0" "slowing down"
  check "$T: stopped as rate_limited at the second" contains "$O" "Stopped at a@example.org: rate_limited. 421 4.7.0"

  stop_smtp
done

if [ ${#REPORTS[@]} -eq 2 ]; then
  if [ "${REPORTS[0]}" = "${REPORTS[1]}" ]; then
    ok "send.lua: the LuaJIT report equals the Lua 5.4 report"
  else
    not_ok "send.lua: the LuaJIT and Lua 5.4 reports differ: $(diff <(printf '%s\n' "${REPORTS[0]}") <(printf '%s\n' "${REPORTS[1]}") | head -4 | tr '\n' ' ')"
  fi
fi

# --- examples/openresty ------------------------------------------------------
N=$B/openresty
if ! build_module luajit; then bail "make LUA=luajit failed: $BUILD_ERROR"; fi
start_smtp "$B/openresty-smtp"

mkdir -p "$N/logs"
cp -r "$ROOT/examples/openresty/lua" "$N/"
sed -e "s|listen 127.0.0.1:8025 |listen 127.0.0.1:$P_HTTP |" \
    -e "s|\"\$prefix/../../build/luajit/?.so;;\"|\"$ROOT/build/luajit/?.so;;\"|" \
    "$ROOT/examples/openresty/nginx.conf" > "$N/nginx.conf"
if grep -qF "listen 127.0.0.1:$P_HTTP " "$N/nginx.conf" && grep -qF "\"$ROOT/build/luajit/?.so;;\"" "$N/nginx.conf"; then
  ok "openresty: nginx.conf with port $P_HTTP and build/luajit (the example's listen and cpath lines)"
else
  bail "openresty: the example's listen or lua_package_cpath line changed: update the sed in examples.sh"
fi

if out=$(nginx -p "$N" -c nginx.conf -e logs/error.log -t 2>&1); then
  ok "openresty: nginx -t accepts the example's configuration"
else
  bail "openresty: nginx -t: $(printf '%s' "$out" | tail -2 | tr '\n' ' ')"
fi

SMTP_HOST=127.0.0.1 SMTP_PORT=$P_MAIN SMTP_FROM=openresty@example.com \
  nginx -p "$N" -c nginx.conf -e logs/error.log >"$N/logs/stdout.log" 2>&1 &
NGPID=$!
URL=http://127.0.0.1:$P_HTTP/send
# GET answers 405 without sending anything: the probe.
probe() { [ "$(curl -sS --max-time 2 -o /dev/null -w '%{http_code}' "$URL" 2>/dev/null)" = 405 ]; }
up_or_dead() { probe || dead "$NGPID"; }
wait_until 10 up_or_dead
if probe; then
  ok "openresty: nginx (pid $NGPID) answers on 127.0.0.1:$P_HTTP (GET /send -> 405)"
else
  bail "openresty: nginx did not answer within 10 s: $(grep -E '\[(emerg|alert|crit|error)\]' "$N/logs/error.log" 2>/dev/null | head -2 | tr '\n' ' ') $(tail -2 "$N/logs/stdout.log" | tr '\n' ' ')"
fi

# children PID: its child processes, from /proc/*/stat ("pid (comm) state ppid ...").
children() { cat /proc/[0-9]*/stat 2>/dev/null | sed 's/^\([0-9]*\) (.*) /\1 /' | awk -v p="$1" '$3 == p { print $1 }'; }
WORKERS=$(children "$NGPID" | sort -n | tr '\n' ' ' | sed 's/ $//')
expect_eq "openresty: 2 worker processes (children of $NGPID: $WORKERS)" 2 "$(wc -w <<<"$WORKERS")"

# post I TO: POST /send to=TO; the body in $N/rI.json, STATUS the HTTP status,
# RETRY_AFTER the header.
post() {
  STATUS=$(curl -sS --max-time 20 -D "$N/h$1.txt" -o "$N/r$1.json" -w '%{http_code}' \
    --data-urlencode "to=$2" "$URL" 2>&1)
  RETRY_AFTER=$(sed -n 's/^Retry-After: *\([0-9]*\).*/\1/ip' "$N/h$1.txt" | head -1)
}
C='" ".join(str(J["classification"].get(k, "-")) for k in FIELDS)'
# what I FIELDS...: status, then the classification's fields (in order), "-" when absent.
what() {
  local i=$1
  shift
  echo "$STATUS $(jq_ "$N/r$i.json" "(lambda FIELDS: $C)(\"$*\".split())")"
}

post 1 ok@example.org
expect_eq "openresty: ok@ (first SMTP connection: 421 greeting) -> 503 rate_limited slow_down at CONNECT" \
  "503 421 4.7.0 transient rate_limited slow_down CONNECT True" "$(what 1 code enhanced class reason action command retry)"
expect_eq "openresty: ... its error names the stage and holds the reply" \
  "SMTP error from remote mail server after initial connection: 421 4.7.0 Try again later, closing connection." \
  "$(jq_ "$N/r1.json" 'J["error"]')"
post 2 ok@example.org
expect_eq "openresty: ok@ again -> 200 {sent: true}" "200 True ok@example.org" "$STATUS $(jq_ "$N/r2.json" 'str(J["sent"]) + " " + J["to"]')"

post 3 greylisted@example.org
expect_eq "openresty: greylisted@ -> 503 greylisted retry, postgrey's help link, no Retry-After" \
  "503 450 4.2.0 greylisted retry RCPT greylisted@example.org http://postgrey.schweikert.ch/help/example.org.html|" \
  "$(what 3 code enhanced reason action command address help)|$RETRY_AFTER"
post 4 greylisted@example.org
expect_eq "openresty: greylisted@ again -> 200 sent" "200 True" "$STATUS $(jq_ "$N/r4.json" 'str(J["sent"])')"

post 5 trylater@example.org
expect_eq "openresty: trylater@ -> 503 with Retry-After: 300 and retry_after 300" "503 451 4.7.1 True 300|300" \
  "$(what 5 code enhanced retry retry_after)|$RETRY_AFTER"

post 6 nosuchuser@gmail.com
expect_eq "openresty: nosuchuser@gmail.com -> 502 user_unknown hard remove_recipient, Gmail, RCPT" \
  "502 550 5.1.1 permanent user_unknown hard remove_recipient Gmail RCPT nosuchuser@gmail.com False" \
  "$(what 6 code enhanced class reason bounce action provider command address retry)"
expect_eq "openresty: ... the error holds all 4 lines of Gmail's reply" 4 \
  "$(jq_ "$N/r6.json" 'len([l for l in J["error"].split("\n") if "5.1.1" in l])')"
check "openresty: ... explained (the recipient address does not exist)" \
  grep -qF "Reason: the recipient address does not exist" "$N/r6.json"

post 7 overquota@gmail.com
expect_eq "openresty: overquota@gmail.com -> 503 mailbox_full retry" "503 452 4.2.2 mailbox_full soft retry True" \
  "$(what 7 code enhanced reason bounce action retry)"

post 8 flaky@example.org
expect_eq "openresty: flaky@ (dropped after RCPT) -> 503 network_error, read by smtperr (the socket's \"closed\")" \
  "503 transient network_error retry|smtperr|SMTP error from remote mail server after RCPT TO:<flaky@example.org>: closed" \
  "$(what 8 class reason action)|$(jq_ "$N/r8.json" 'J["classified_by"] + "|" + J["error"]')"

post 9 spam@example.org
expect_eq "openresty: spam@ (554 after DATA) -> 502 spam_detected fix_content at DATA" \
  "502 554 5.7.1 spam_detected fix_content DATA" "$(what 9 code enhanced reason action command)"

post 10 relaydenied@partner.example
expect_eq "openresty: relaydenied@ -> 502 relay_denied fix_configuration" \
  "502 554 5.7.1 relay_denied fix_configuration" "$(what 10 code enhanced reason action)"

post 11 "not an address"
expect_eq "openresty: a bad recipient -> 400 with an error" "400 give one recipient: to=user@example.org" \
  "$STATUS $(jq_ "$N/r11.json" 'J["error"]')"

expect_eq "openresty: the server saw what nginx sent: RCPT replies for greylisted@, flaky@, nosuchuser@" \
  "450 250|---|550" \
  "$(logq "$LOG" 'replies("greylisted@example.org") + "|" + replies("flaky@example.org") + "|" + replies("nosuchuser@gmail.com")')"
expect_eq "openresty: ... 2 messages queued (ok@, greylisted@), nothing else, from openresty@example.com" \
  "greylisted@example.org ok@example.org|openresty@example.com" \
  "$(logq "$LOG" '" ".join(sorted(e["to"][0] for e in ev("data") if e["reply"].startswith("250"))) + "|" + " ".join(sorted(set(e["from"] for e in ev("mail"))))')"

# 16 requests, 8 at a time: all sent, served by both workers.
export URL N
seq 1 16 | timeout 30 xargs -P 8 -I{} curl -sS --max-time 20 -o "$N/p{}.json" -w '%{http_code}\n' \
  --data-urlencode "to=parallel{}@example.org" "$URL" > "$N/parallel.txt" 2>&1
expect_eq "openresty: 16 parallel requests (8 at a time) -> 16 x 200" 16 "$(grep -cx 200 "$N/parallel.txt")"
SERVED=$(sed -n 's/.* pid=\([0-9]*\)$/\1/p' "$N/logs/access.log" | sort -n | uniq | tr '\n' ' ' | sed 's/ $//')
expect_eq "openresty: both workers served requests (pids in the access log)" "$WORKERS" "$SERVED"

pid=$NGPID
if stop_nginx; then ok "openresty: nginx (pid $pid) stopped on SIGQUIT"; else not_ok "openresty: nginx (pid $pid) did not stop on SIGQUIT within 10 s"; fi
errs=$(grep -E '\[(error|alert|crit|emerg)\]' "$N/logs/error.log")
if [ -z "$errs" ]; then
  ok "openresty: error log has no [error]/[alert]/[crit]/[emerg] lines"
else
  not_ok "openresty: error log: $(printf '%s\n' "$errs" | head -2 | tr '\n' ' ')"
fi
stop_smtp
