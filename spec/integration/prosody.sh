#!/usr/bin/env bash
# spec/integration/prosody.sh - smtperr inside Prosody 0.12 (Lua 5.4) through
# the plugin mod_smtperr.lua, c2s on 127.0.0.1 only, s2s off. See README.md.
# Run from anywhere: bash spec/integration/prosody.sh   (env SMTPERR_PROSODY_PORT to move the port)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

PORT=${SMTPERR_PROSODY_PORT:-15797}
B=$ROOT/build/integration/prosody
CFG=$B/prosody.cfg.lua
LOG=$B/prosody.log
PRPID=""

stop_prosody() {
  [ -n "$PRPID" ] || return 0
  stop_pid "$PRPID" TERM 10
  local rc=$?
  PRPID=""
  return $rc
}
on_exit stop_prosody

stop_leftover "$B/prosody.pid" "$CFG" TERM

# `prosodyctl shell` (bounded), keeping only the answer lines: every
# prosodyctl run also prints a lua-unbound banner.
pshell() {
  timeout 10 prosodyctl --config "$CFG" shell "$1" 2>&1 | grep -E '^(Result|OK|Error|console):?' | head -5
}

if build_module lua5.4; then
  ok "make LUA=lua5.4 builds build/lua5.4/smtperr.so"
else
  bail "make LUA=lua5.4 failed: $BUILD_ERROR"
fi

rm -rf "$B"
mkdir -p "$B/data" "$B/certs" "$B/plugins"
cp "$HERE/mod_smtperr.lua" "$B/plugins/"
sed -e "s|@BASE@|$B|g" -e "s|@PORT@|$PORT|g" "$HERE/prosody.cfg.lua.in" > "$CFG"

out=$(timeout 20 prosodyctl --config "$CFG" check config 2>&1)
if printf '%s' "$out" | grep -q 'All checks passed'; then
  ok "prosodyctl check config: all checks passed"
else
  not_ok "prosodyctl check config: $(printf '%s\n' "$out" | grep -vE '^\*|^ |unbound|Old DNS|More help|^$' | head -3 | tr '\n' ' ')"
fi

if port_busy "$PORT"; then
  bail "port $PORT on 127.0.0.1 is already in use (set SMTPERR_PROSODY_PORT)"
fi

# The Lua 5.4 build first in the cpath (Prosody drops relative entries).
LUA_CPATH_5_4="$ROOT/build/lua5.4/?.so;;" prosody -F --config "$CFG" >"$B/stdout.log" 2>&1 &
PRPID=$!

LOAD_LINE='smtperr: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown -> user_unknown hard remove_recipient'
load_seen() { grep -qF "$LOAD_LINE" "$LOG" 2>/dev/null; }
c2s_up() { grep -q "Activated service 'c2s' on \[127.0.0.1\]:$PORT" "$LOG" 2>/dev/null; }
load_done() { load_seen || grep -q 'Error initializing module' "$LOG" 2>/dev/null || dead "$PRPID"; }
wait_until 10 load_done
if load_seen; then
  ok "plugin logged at load: '$LOAD_LINE'"
else
  alive "$PRPID" || note "prosody exited: $(tail -3 "$B/stdout.log" | tr '\n' ' ')"
  bail "no load line in $LOG: $(grep -E 'smtperr|error' "$LOG" 2>/dev/null | head -3 | tr '\n' ' ')"
fi
expect_eq "plugin loaded the Lua 5.4 build" "$ROOT/build/lua5.4/smtperr.so" \
  "$(sed -n 's/.*smtperr: module .* loaded from //p' "$LOG" | head -1)"

if wait_until 10 c2s_up; then
  expect_eq "prosody (pid $PRPID) listens only on 127.0.0.1:$PORT" "127.0.0.1:$PORT" "$(listen_addrs "$PRPID")"
else
  not_ok "c2s not activated on 127.0.0.1:$PORT within 10 s"
fi

# --- prosodyctl shell -------------------------------------------------------
VERSION=$(LUA_CPATH_5_4="$ROOT/build/lua5.4/?.so" lua5.4 -e 'io.write(require"smtperr"._VERSION)' 2>/dev/null)
expect_eq "shell: >require\"smtperr\"._VERSION -> $VERSION" "Result: ${VERSION:-?}" "$(pshell '>require"smtperr"._VERSION')"
expect_eq "shell: >require\"smtperr\".classify(\"421 4.7.0 Error: too many connections ...\").reason -> rate_limited" "Result: rate_limited" \
  "$(pshell '>require"smtperr".classify("421 4.7.0 Error: too many connections from 192.0.2.1").reason')"
expect_eq "shell: >require\"smtperr\".classify(\"550 5.7.1 ... blocked using zen.spamhaus.org\").action -> check_reputation" "Result: check_reputation" \
  "$(pshell '>require"smtperr".classify("550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org").action')"
expect_eq "shell: >require\"smtperr\".classify(\"451 4.7.1 Greylisting ... 00:05:00\").retry_after -> 300" "Result: 300" \
  "$(pshell '>require"smtperr".classify("451 4.7.1 Greylisting in action, please come back in 00:05:00").retry_after')"

R1='452 4.2.2 The email account that you tried to reach is over quota.'
expect_eq "shell: fire_event(\"smtperr-classify\", {reply = \"452 4.2.2 ... over quota.\"}) -> mailbox_full soft retry" "Result: mailbox_full soft retry" \
  "$(pshell ">prosody.hosts.localhost.events.fire_event('smtperr-classify', { reply = [==[$R1]==] })")"
logged() { grep -qF "$1" "$LOG" 2>/dev/null; }
if wait_until 5 logged "smtperr-classify: $R1 -> mailbox_full soft retry"; then
  ok "the event handler logged 'smtperr-classify: $R1 -> mailbox_full soft retry'"
else
  not_ok "no log line from the event handler for '$R1'"
fi

R2='552 5.3.4 Message size exceeds fixed limit'
expect_eq "shell: hosts.localhost.modules.smtperr.classify_reply(\"552 5.3.4 ...\") -> message_too_big soft reduce_size" "Result: message_too_big soft reduce_size" \
  "$(pshell ">prosody.hosts.localhost.modules.smtperr.classify_reply([==[$R2]==])")"
expect_eq "shell: the module keeps the last full result: code 552, enhanced 5.3.4" "Result: 552 5.3.4" \
  "$(pshell '>(function(r) return r.code .. " " .. r.enhanced end)(prosody.hosts.localhost.modules.smtperr.last_result)')"
if wait_until 5 logged "smtperr: $R2 -> message_too_big soft reduce_size"; then
  ok "the module function logged 'smtperr: $R2 -> message_too_big soft reduce_size'"
else
  not_ok "no log line from classify_reply for '$R2'"
fi

got=$(pshell ">prosody.hosts.localhost.events.fire_event('smtperr-classify', { reply = 'hello world' })")
case $got in
  "Result: error: no SMTP reply code"*) ok "shell: an event with text that is no reply answers the module's error" ;;
  *) not_ok "shell: event with 'hello world': $got" ;;
esac

expect_eq "shell: module:reload('smtperr', 'localhost')" "OK: Module reloaded on 1 host" \
  "$(pshell "module:reload('smtperr', 'localhost')")"
n=$(grep -cF "$LOAD_LINE" "$LOG")
expect_eq "the load line appears again after the reload" 2 "$n"

# --- log, stop ---------------------------------------------------------------
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
elif port_busy "$PORT"; then
  not_ok "prosody (pid $pid) exited, but port $PORT is still open"
else
  ok "prosody (pid $pid) exited within 10 s of SIGTERM; port $PORT closed"
fi
if grep -q 'Shutdown complete' "$LOG"; then ok "log: 'Shutdown complete'"; else not_ok "log: no 'Shutdown complete'"; fi
