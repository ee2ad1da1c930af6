#!/usr/bin/env bash
# spec/integration/imapfilter.sh - examples/imapfilter-bounces.lua, end to end:
# Debian's imapfilter (Lua 5.2) with smtperr's Lua 5.2 build, against a private
# Dovecot on 127.0.0.1 (imap-server.sh) whose Bounces folder holds the real
# bounces of spec/fixtures/bounces and one message that is no bounce. The checks
# read the Maildir (which file went to which folder, compared byte for byte with
# the fixtures), the file of addresses to remove, and the script's output.
# Run from anywhere: bash spec/integration/imapfilter.sh
# (env SMTPERR_IMAP_PORT moves the port, default 18440)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

PORT=${SMTPERR_IMAP_PORT:-18440}
B=$ROOT/build/integration/imapfilter
FIXTURES=$ROOT/spec/fixtures/bounces
DVPID=""
TMPDV=""

unset LUA_PATH LUA_CPATH LUA_PATH_5_2 LUA_CPATH_5_2 LUA_INIT LUA_INIT_5_2

stop_dovecot() {
  [ -n "$DVPID" ] || return 0
  stop_pid "$DVPID" TERM 10
  local rc=$?
  DVPID=""
  return $rc
}
drop_tmp() { [ -z "$TMPDV" ] || rm -rf "$TMPDV"; }
on_exit stop_dovecot
on_exit drop_tmp

# A Dovecot left by an earlier run that was killed hard.
stop_leftover "$B/dovecot.pid" "/dovecot.conf" TERM
rm -rf "$B"
mkdir -p "$B/work" "$B/home"

if build_module lua5.2; then
  ok "make LUA=lua5.2 builds build/lua5.2/smtperr.so (imapfilter runs Lua 5.2)"
else
  bail "make LUA=lua5.2 failed: $BUILD_ERROR"
fi
CPATH="$ROOT/build/lua5.2/?.so;;"
if LUA_CPATH_5_2=$CPATH lua5.2 -e 'os.exit(type(require("smtperr").bounces) == "function" and 0 or 1)' 2>/dev/null; then
  ok "the Lua 5.2 build has smtperr.bounces"
else
  bail "smtperr.bounces is missing from build/lua5.2/smtperr.so: the example needs the bounce reader"
fi

# Dovecot gives the mail to nobody, who must reach every folder above it:
# build/ when it can, else a private folder under /tmp.
if setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$B"; then
  DV=$B/dovecot
  ok "nobody (the mail user) can reach $B"
else
  TMPDV=$(mktemp -d /tmp/smtperr-imap.XXXXXX)
  DV=$TMPDV
  ok "nobody cannot reach $B (a folder above it is private): Dovecot's folder is $DV"
fi
MAILDIR=$DV/home/bounces/Maildir

if port_busy "$PORT"; then bail "port $PORT on 127.0.0.1 is already in use (set SMTPERR_IMAP_PORT)"; fi

bash "$HERE/imap-server.sh" "$DV" "$PORT" >"$B/imap-server.out" 2>&1 &
DVPID=$!
echo "$DVPID" > "$B/dovecot.pid"
up_or_dead() { port_busy "$PORT" || dead "$DVPID"; }
wait_until 10 up_or_dead
if port_busy "$PORT" && alive "$DVPID"; then
  ok "Dovecot (pid $DVPID) answers on 127.0.0.1:$PORT"
else
  bail "Dovecot did not start: $(tail -3 "$B/imap-server.out" "$DV/dovecot.log" 2>/dev/null | tr '\n' ' ')"
fi
expect_eq "Dovecot listens only on 127.0.0.1:$PORT" "127.0.0.1:$PORT" "$(listen_addrs "$DVPID")"
expect_eq "the Maildir's Bounces folder holds the 13 fixtures and the message that is no bounce" 14 \
  "$(find "$MAILDIR/.Bounces/new" -type f | wc -l)"

# run_example OUT: the README's command, from $B/work (remove.txt lands there).
run_example() {
  ( cd "$B/work" && HOME=$B/home IMAP_SERVER=127.0.0.1 IMAP_PORT=$PORT IMAP_USER=bounces IMAP_PASSWORD=bounces \
      LUA_CPATH_5_2=$CPATH timeout 60 imapfilter -c "$ROOT/examples/imapfilter-bounces.lua" ) >"$1" 2>&1
  STATUS=$?
}

# folder NAME: the messages of Bounces/NAME, each named after the fixture it is
# byte for byte ("not-a-bounce" for the seeded message), sorted.
folder() {
  local f e name
  for f in "$MAILDIR/.Bounces${1:+.$1}"/{cur,new}/*; do
    [ -f "$f" ] || continue
    name=?
    if grep -q '^Subject: Re: your newsletter' "$f"; then name=not-a-bounce; fi
    for e in "$FIXTURES"/*.eml; do
      if cmp -s "$f" "$e"; then name=$(basename "$e" .eml); break; fi
    done
    echo "$name"
  done | sort | tr '\n' ' ' | sed 's/ $//'
}

# --- first run: the whole folder --------------------------------------------
O=$B/run1.out
run_example "$O"
expect_eq "run 1: imapfilter -c examples/imapfilter-bounces.lua exits 0" 0 "$STATUS"
expect_eq "run 1: summary" "14 messages: 6 hard, 5 soft, 3 other; 6 new addresses in remove.txt" \
  "$(grep -E '^[0-9]+ messages:' "$O")"

expect_eq "Bounces/Hard: user unknown (Postfix DSN, Exim, qmail, Gmail), domain unknown (Postfix), disabled (Gmail via sendmail)" \
  "lhost-exim-61 lhost-gmail-01 lhost-postfix-06 lhost-postfix-33 lhost-qmail-17 rhost-google-07" "$(folder Hard)"
expect_eq "Bounces/Soft: mailbox full, rate limited, expired, and two delay warnings" \
  "lhost-exim-08 lhost-gmail-06 lhost-postfix-09 rfc3464-09 rhost-google-05" "$(folder Soft)"
expect_eq "Bounces/Other: a feedback report, an auto-reply, a message that is no bounce" \
  "arf-01 not-a-bounce rfc3834-02" "$(folder Other)"
expect_eq "Bounces is empty afterwards" "" "$(folder)"

expect_eq "remove.txt: the 6 hard-bounced addresses, each once" \
  "kijitora-cat@google.example.com kijitora@neko.example.jp userunknown@example.jp userunknown@libsisimai.net userunknown@libsisimai.org xxxx@xxxx.net" \
  "$(sort "$B/work/remove.txt" 2>/dev/null | tr '\n' ' ' | sed 's/ $//')"
check "qmail's two recipients: the unknown user is hard, the full mailbox soft (and not removed)" \
  grep -qE -- '-> Hard: .*userunknown@libsisimai\.net user_unknown 550 5\.1\.1 \(hard\).*mailboxfull@libsisimai\.net mailbox_full 552 5\.2\.2 \(soft\)' "$O"
expect_eq "the two delay warnings read as kind delay" 2 "$(grep -c -- '-> Soft: delay/' "$O")"
check "the feedback report reads as kind feedback" grep -q -- '-> Other: feedback/' "$O"
check "the auto-reply reads as kind autoreply" grep -q -- '-> Other: autoreply/' "$O"
check "the message that is no bounce gives smtperr.bounces' nil and message" grep -q -- '-> Other: not a bounce (' "$O"
SUM1=$(md5sum < "$B/work/remove.txt" 2>/dev/null)

# --- second run: nothing new ---------------------------------------------------
O=$B/run2.out
run_example "$O"
expect_eq "run 2 (empty folder): exits 0, nothing to do" \
  "0|0 messages: 0 hard, 0 soft, 0 other; 0 new addresses in remove.txt" "$STATUS|$(grep -E '^[0-9]+ messages:' "$O")"
expect_eq "run 2: remove.txt unchanged" "$SUM1" "$(md5sum < "$B/work/remove.txt")"

# --- third run: two new bounces, one for an address already listed -------------
for f in lhost-postfix-33 rhost-google-05; do
  cp "$FIXTURES/$f.eml" "$MAILDIR/.Bounces/new/$(date +%s).again.$f"
done
chown -R 65534:65534 "$MAILDIR/.Bounces/new"
O=$B/run3.out
run_example "$O"
expect_eq "run 3 (2 new bounces): exits 0; the address already listed is not written again" \
  "0|2 messages: 1 hard, 1 soft, 0 other; 0 new addresses in remove.txt" "$STATUS|$(grep -E '^[0-9]+ messages:' "$O")"
expect_eq "run 3: remove.txt unchanged" "$SUM1" "$(md5sum < "$B/work/remove.txt")"
expect_eq "run 3: Bounces/Hard and Bounces/Soft got the new ones" "7 6 0" \
  "$(folder Hard | wc -w) $(folder Soft | wc -w) $(folder | wc -w)"

# --- Dovecot's log, stop ----------------------------------------------------------
errs=$(grep -E ' (Error|Fatal|Panic): ' "$DV/dovecot.log" 2>/dev/null)
if [ -z "$errs" ]; then ok "Dovecot's log has no Error, Fatal or Panic lines"; else not_ok "Dovecot's log: $(head -2 <<<"$errs" | tr '\n' ' ')"; fi
check "Dovecot's log shows the logins of the 3 runs" test "$(grep -c 'Login: user=<bounces>' "$DV/dovecot.log")" -eq 3

pid=$DVPID
if ! stop_dovecot; then
  not_ok "Dovecot (pid $pid) still running 10 s after SIGTERM (killed)"
elif port_busy "$PORT"; then
  not_ok "Dovecot (pid $pid) exited, but port $PORT is still open"
else
  ok "Dovecot (pid $pid) exited within 10 s of SIGTERM; port $PORT closed"
fi
