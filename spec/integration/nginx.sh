#!/usr/bin/env bash
# spec/integration/nginx.sh - smtperr inside nginx + ngx_lua (Debian's module,
# LuaJIT = luajit2), 2 workers, on 127.0.0.1 only. See README.md. Ends with a
# one-minute load test (spec/integration/load.py): every answer checked, the
# workers' memory held flat, requests per second printed.
# Run from anywhere: bash spec/integration/nginx.sh   (env SMTPERR_NGINX_PORT to move the port,
# SMTPERR_LOAD_SECONDS and SMTPERR_LOAD_CONNECTIONS to change the load test)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

PORT=${SMTPERR_NGINX_PORT:-18417}
N=$ROOT/build/integration/nginx          # nginx prefix
URL=http://127.0.0.1:$PORT
NGPID=""

nginx_cmd() { nginx -p "$N" -c conf/nginx.conf -e logs/error.log "$@"; }

stop_nginx() {
  [ -n "$NGPID" ] || return 0
  stop_pid "$NGPID" QUIT 10
  local rc=$?
  NGPID=""
  return $rc
}
on_exit stop_nginx

# A server left by an earlier run that was killed hard: stop it first.
stop_leftover "$N/logs/nginx.pid" "$N" QUIT

# --- build and lay out the prefix -----------------------------------------
if build_module luajit; then
  ok "make LUA=luajit builds build/luajit/smtperr.so"
else
  bail "make LUA=luajit failed: $BUILD_ERROR"
fi

rm -rf "$N"
mkdir -p "$N/conf" "$N/logs" "$N/tmp" "$N/lua" "$N/par"
chmod 0755 "$ROOT/build/integration" "$N" "$N/conf" "$N/logs" "$N/tmp" "$N/lua" "$N/par"

# The workers run as nobody: they need read access to the .so and search
# access to every folder above it. Use build/luajit when that holds; else a
# world-readable copy under the prefix; else (the repo sits under a private
# folder such as a 0700 /root) run the workers as root.
SO=$ROOT/build/luajit/smtperr.so
USER_DIRECTIVE="nobody nogroup"
readable_by_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$1" 2>/dev/null; }
if readable_by_nobody "$SO"; then
  CPATH_DIR=$ROOT/build/luajit
  ok "workers (nobody) can read $SO"
else
  mkdir -p "$N/lib"
  chmod 0755 "$N/lib"
  install -m 0644 "$SO" "$N/lib/smtperr.so"
  CPATH_DIR=$N/lib
  if readable_by_nobody "$N/lib/smtperr.so"; then
    ok "workers (nobody) can read the copy $N/lib/smtperr.so"
  else
    USER_DIRECTIVE="root root"
    ok "nobody cannot reach the .so (a folder above it is private): workers run as root"
  fi
fi

install -m 0644 "$HERE/load-format.lua" "$N/lua/load-format.lua"   # the load test's answers
sed -e "s|@PREFIX@|$N|g" -e "s|@PORT@|$PORT|g" -e "s|@CPATH@|$CPATH_DIR/?.so|g" \
    -e "s|@USER@|$USER_DIRECTIVE|g" "$HERE/nginx.conf.in" > "$N/conf/nginx.conf"

# --- start ----------------------------------------------------------------
if out=$(nginx_cmd -t 2>&1); then
  ok "nginx -t accepts the configuration"
else
  bail "nginx -t: $(printf '%s' "$out" | tail -2 | tr '\n' ' ')"
fi

if port_busy "$PORT"; then
  bail "port $PORT on 127.0.0.1 is already in use (set SMTPERR_NGINX_PORT)"
fi

# Started directly (not through the shell function) so that $! is nginx's own pid.
nginx -p "$N" -c conf/nginx.conf -e logs/error.log >"$N/logs/stdout.log" 2>&1 &
NGPID=$!

info_up() { curl -fsS --max-time 2 -o "$N/info.txt" "$URL/info" 2>/dev/null; }
up_or_dead() { info_up || dead "$NGPID"; }
wait_until 10 up_or_dead
if info_up; then
  ok "nginx (pid $NGPID) answers on $URL within 10 s"
else
  alive "$NGPID" || note "nginx exited: $(tail -2 "$N/logs/stdout.log" | tr '\n' ' ')"
  bail "nginx did not answer on $URL within 10 s: $(grep -E '\[(emerg|alert|crit|error)\]' "$N/logs/error.log" 2>/dev/null | head -2 | tr '\n' ' ')"
fi

field() { sed -n "s/^$1=//p" "$2" | head -1; }   # field NAME FILE

VERSION=$(LUA_CPATH="$ROOT/build/luajit/?.so" luajit -e 'io.write(require"smtperr"._VERSION)' 2>/dev/null)
expect_eq "/info: smtperr._VERSION inside nginx equals luajit's" "${VERSION:-?}" "$(field version "$N/info.txt")"
expect_eq "/info: the module is loaded from $CPATH_DIR" "$CPATH_DIR/smtperr.so" "$(field module "$N/info.txt")"
expect_eq "/info: resty.core is loaded" true "$(field resty_core "$N/info.txt")"
case $(field jit "$N/info.txt") in
  LuaJIT*) ok "/info: running on $(field jit "$N/info.txt") (ngx_lua $(field ngx_lua "$N/info.txt"))" ;;
  *) not_ok "/info: not LuaJIT ($(field jit "$N/info.txt"))" ;;
esac

# --- classify: one request per reply ---------------------------------------
# reply|code|enhanced|class|reason|bounce|action|retry   ("-" = field absent)
CASES=(
  "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown|550|5.1.1|permanent|user_unknown|hard|remove_recipient|false"
  "421 4.7.0 Error: too many connections from 192.0.2.1|421|4.7.0|transient|rate_limited|soft|slow_down|true"
  "550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org|550|5.7.1|permanent|blocked|soft|check_reputation|false"
  "451 4.7.1 Greylisting in action, please come back in 00:05:00|451|4.7.1|transient|greylisted|soft|retry|true"
  "452 4.2.2 The email account that you tried to reach is over quota.|452|4.2.2|transient|mailbox_full|soft|retry|true"
  "554 5.7.1 <bob@example.org>: Relay access denied|554|5.7.1|permanent|relay_denied|soft|fix_configuration|false"
  "530 5.7.0 Must issue a STARTTLS command first.|530|5.7.0|permanent|tls_required|soft|use_tls|false"
  "552 5.3.4 Message size exceeds fixed limit|552|5.3.4|permanent|message_too_big|soft|reduce_size|false"
  "550 5.2.1 The email account that you tried to reach is disabled.|550|5.2.1|permanent|mailbox_disabled|hard|remove_recipient|false"
  "250 2.0.0 Ok: queued as 12345|250|2.0.0|success|success|-|none|false"
)

# compare FILE code enhanced class reason bounce action retry: prints the
# first difference, status 1; status 0 when all match.
compare() {
  local f=$1 name want got i=0
  shift
  for name in code enhanced class reason bounce action retry; do
    i=$((i + 1))
    want=${!i}
    got=$(field "$name" "$f")
    [ "$want" = - ] && want=""
    if [ "$want" != "$got" ]; then
      printf '%s: expected %s, got %s' "$name" "${want:-nothing}" "${got:-nothing}"
      return 1
    fi
  done
}

n=0
for c in "${CASES[@]}"; do
  n=$((n + 1))
  IFS='|' read -r reply code enh class reason bounce action retry <<<"$c"
  status=$(curl -sS --max-time 5 -o "$N/c$n.txt" -w '%{http_code}' -G --data-urlencode "reply=$reply" "$URL/classify" 2>&1)
  if [ "$status" != 200 ]; then
    not_ok "GET /classify $reason: HTTP $status"
  elif why=$(compare "$N/c$n.txt" "$code" "$enh" "$class" "$reason" "$bounce" "$action" "$retry"); then
    ok "GET /classify '${reply:0:40}...' -> $code $enh $class $reason ${bounce/-/no-bounce} $action retry=$retry"
  else
    not_ok "GET /classify '${reply:0:40}...': $why"
  fi
done

expect_eq "GET /classify greylisting: retry_after=300" 300 "$(field retry_after "$N/c4.txt")"
expect_eq "GET /classify user unknown: address=bob@example.org" bob@example.org "$(field address "$N/c1.txt")"

# A multi-line reply as the POST body.
printf '%s\n' "550-5.1.1 The email account that you tried to reach does not exist. Please try" \
  "550-5.1.1 double-checking the recipient's email address for typos or" \
  "550-5.1.1 unnecessary spaces. Learn more at" \
  "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser" > "$N/multi.txt"
status=$(curl -sS --max-time 5 -o "$N/post.txt" -w '%{http_code}' --data-binary "@$N/multi.txt" "$URL/classify" 2>&1)
got="$status $(field code "$N/post.txt") $(field reason "$N/post.txt") $(field bounce "$N/post.txt") $(field lines "$N/post.txt") $(field provider "$N/post.txt")"
expect_eq "POST /classify with a 4-line Gmail reply as the body" "200 550 user_unknown hard 4 Gmail" "$got"

# --- explain, errors --------------------------------------------------------
status=$(curl -sS --max-time 5 -o "$N/explain.txt" -w '%{http_code}' -G \
  --data-urlencode "reply=550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown" \
  --data-urlencode lang=fr "$URL/explain" 2>&1)
if [ "$status" = 200 ] && grep -q 'échec définitif' "$N/explain.txt" && grep -q 'Que faire' "$N/explain.txt" \
   && grep -q "l'adresse du destinataire n'existe pas" "$N/explain.txt"; then
  ok "GET /explain?lang=fr returns the French paragraph ($(wc -c < "$N/explain.txt") bytes)"
else
  not_ok "GET /explain?lang=fr: HTTP $status: $(head -c 120 "$N/explain.txt" 2>/dev/null)"
fi

status=$(curl -sS --max-time 5 -o "$N/explain-en.txt" -w '%{http_code}' -G \
  --data-urlencode "reply=421 4.7.0 Error: too many connections from 192.0.2.1" "$URL/explain" 2>&1)
if [ "$status" = 200 ] && grep -qi 'slow' "$N/explain-en.txt" && ! grep -q 'Que faire' "$N/explain-en.txt"; then
  ok "GET /explain without lang returns the English paragraph"
else
  not_ok "GET /explain (en): HTTP $status: $(head -c 120 "$N/explain-en.txt" 2>/dev/null)"
fi

status=$(curl -sS --max-time 5 -o "$N/bad.txt" -w '%{http_code}' "$URL/classify" 2>&1)
if [ "$status" = 400 ] && grep -q '^error=missing reply' "$N/bad.txt"; then
  ok "GET /classify without a reply -> 400 '$(head -1 "$N/bad.txt")'"
else
  not_ok "GET /classify without a reply: HTTP $status: $(head -c 100 "$N/bad.txt" 2>/dev/null)"
fi

status=$(curl -sS --max-time 5 -o "$N/bad2.txt" -w '%{http_code}' -G --data-urlencode "reply=hello world" "$URL/classify" 2>&1)
if [ "$status" = 422 ] && grep -q '^error=no SMTP reply code' "$N/bad2.txt"; then
  ok "GET /classify with text that is no reply -> 422 with the module's message"
else
  not_ok "GET /classify 'hello world': HTTP $status: $(head -c 100 "$N/bad2.txt" 2>/dev/null)"
fi

status=$(curl -sS --max-time 5 -o "$N/bad3.txt" -w '%{http_code}' -G --data-urlencode "reply=550 5.1.1 x" \
  --data-urlencode lang=xx "$URL/explain" 2>&1)
if [ "$status" = 400 ] && grep -q "invalid option 'xx'" "$N/bad3.txt"; then
  ok "GET /explain?lang=xx -> 400 with the argument error"
else
  not_ok "GET /explain?lang=xx: HTTP $status: $(head -c 100 "$N/bad3.txt" 2>/dev/null)"
fi

# --- concurrency ------------------------------------------------------------
# 400 requests, 16 at a time, cycling through 6 replies (GET and POST); each
# answer is compared with the reason expected for its own reply.
TOTAL=400
P=$N/par
for k in 1 2 3 4 5 6; do
  IFS='|' read -r reply _ _ _ reason _ <<<"${CASES[$((k - 1))]}"
  printf '%s' "$reply" > "$P/reply.$k"
  printf '%s' "$reason" > "$P/expect.$k"
done
one_request() {   # one_request I: reply K = I mod 6 + 1, odd I by POST
  local i=$1 k=$(($1 % 6 + 1))
  if [ $((i % 2)) -eq 1 ]; then
    curl -sS --max-time 10 -o "$P/out.$i" --data-binary "@$P/reply.$k" "$PURL/classify" 2>"$P/err.$i"
  else
    curl -sS --max-time 10 -o "$P/out.$i" -G --data-urlencode "reply@$P/reply.$k" "$PURL/classify" 2>"$P/err.$i"
  fi
}
export -f one_request
export P PURL=$URL
start=$(date +%s.%N)
seq 1 "$TOTAL" | timeout 25 xargs -P 16 -n 1 bash -c 'one_request "$1"' _
xrc=$?
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
bad=0
missing=0
for i in $(seq 1 "$TOTAL"); do
  k=$((i % 6 + 1))
  if [ ! -s "$P/out.$i" ]; then
    missing=$((missing + 1))
  elif [ "$(field reason "$P/out.$i")" != "$(cat "$P/expect.$k")" ]; then
    bad=$((bad + 1))
    [ "$bad" -le 3 ] && note "request $i: expected $(cat "$P/expect.$k"), got: $(tr '\n' ' ' < "$P/out.$i" | head -c 150)"
  fi
done
if [ "$xrc" -eq 0 ] && [ "$bad" -eq 0 ] && [ "$missing" -eq 0 ]; then
  ok "$TOTAL parallel requests (16 at a time, 6 replies, GET+POST) in ${elapsed}s: 0 mismatches"
else
  not_ok "$TOTAL parallel requests: $bad mismatches, $missing without an answer (xargs status $xrc)"
fi

# Which workers answered: their pids, each a child of our master.
PIDS=$(cat "$P"/out.* 2>/dev/null | sed -n 's/^worker=//p' | sort -n | uniq -c | awk '{printf "%s%s (%s)", sep, $2, $1; sep=", "}')
NPIDS=$(cat "$P"/out.* 2>/dev/null | sed -n 's/^worker=//p' | sort -u | wc -l)
children=0
for w in $(cat "$P"/out.* 2>/dev/null | sed -n 's/^worker=//p' | sort -u); do
  # /proc/PID/stat: "pid (comm) state ppid ...", and comm holds spaces here.
  [ "$(sed 's/^.*) //' "/proc/$w/stat" 2>/dev/null | cut -d' ' -f2)" = "$NGPID" ] && children=$((children + 1))
done
if [ "$NPIDS" -eq 2 ] && [ "$children" -eq 2 ]; then
  ok "both workers served: pid (requests) $PIDS"
else
  not_ok "expected 2 workers (children of $NGPID) to serve, saw $NPIDS: $PIDS"
fi

loaded=$(grep -c 'smtperr .* loaded by worker' "$N/logs/error.log")
expect_eq "each worker loaded smtperr at start (init_worker_by_lua)" 2 "$loaded"

WPIDS=$(for w in $(cat "$P"/out.* | sed -n 's/^worker=//p' | sort -u); do printf '%s ' "$w"; done)
# shellcheck disable=SC2086
expect_eq "nginx listens only on 127.0.0.1:$PORT" "127.0.0.1:$PORT" "$(listen_addrs "$NGPID" $WPIDS)"

# --- load ------------------------------------------------------------------
# LOAD_SECONDS (60) of LOAD_CONNECTIONS (64) keep-alive connections, by
# spec/integration/load.py: classify (GET and POST), explain (en, fr) and
# bounces (a whole message POSTed), every answer compared with the one
# load-cases.lua computes with the same build of the module. The workers'
# memory is read before (after a warm-up) and after: it must stay within
# RSS_BOUND_KB of where it started.
LOAD_SECONDS=${SMTPERR_LOAD_SECONDS:-60}
LOAD_CONNECTIONS=${SMTPERR_LOAD_CONNECTIONS:-64}
RSS_BOUND_KB=4096

workers_of() {   # the pids whose parent is $1
  local p
  for p in /proc/[0-9]*; do
    [ "$(sed 's/^.*) //' "$p/stat" 2>/dev/null | cut -d' ' -f2)" = "$1" ] && echo "${p#/proc/}"
  done
}
rss_kb() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" 2>/dev/null; }
load_field() { sed -n "s/^load: .*$1=\([^ ]*\).*/\1/p" "$2" | tail -1; }

if LUA_CPATH="$ROOT/build/luajit/?.so" luajit "$HERE/load-cases.lua" "$ROOT" > "$N/cases.jsonl" 2>"$N/cases.err" \
   && [ -s "$N/cases.jsonl" ]; then
  ok "load: $(wc -l < "$N/cases.jsonl") requests with their expected answers (load-cases.lua)"
else
  not_ok "load: load-cases.lua failed: $(head -c 200 "$N/cases.err")"
fi

timeout 60 python3 "$HERE/load.py" 127.0.0.1 "$PORT" "$N/cases.jsonl" 5 "$LOAD_CONNECTIONS" > "$N/warmup.txt" 2>&1
expect_eq "load: a 5 s warm-up answers every request right" "0 0" \
  "$(load_field wrong "$N/warmup.txt") $(load_field failed "$N/warmup.txt")"

WORKERS=$(workers_of "$NGPID" | sort -n | tr '\n' ' ')
declare -A RSS0
for w in $WORKERS; do RSS0[$w]=$(rss_kb "$w"); done
timeout $((LOAD_SECONDS + 60)) python3 "$HERE/load.py" 127.0.0.1 "$PORT" "$N/cases.jsonl" "$LOAD_SECONDS" \
  "$LOAD_CONNECTIONS" > "$N/load.txt" 2>&1
lrc=$?
sed -n 's/^# /#   /p' "$N/load.txt" | head -5
requests=$(load_field requests "$N/load.txt")
rps=$(load_field rps "$N/load.txt")
if [ "$lrc" -eq 0 ] && [ "${requests:-0}" -gt 0 ] && [ "$(load_field wrong "$N/load.txt")" = 0 ] \
   && [ "$(load_field failed "$N/load.txt")" = 0 ]; then
  ok "load: ${requests} requests in ${LOAD_SECONDS} s over $LOAD_CONNECTIONS connections, ${rps} requests/s" \
     "(p50 $(load_field p50_ms "$N/load.txt") ms, p99 $(load_field p99_ms "$N/load.txt") ms): 0 wrong answers, 0 failed"
else
  not_ok "load: status $lrc, requests=${requests:-?}, wrong=$(load_field wrong "$N/load.txt"), failed=$(load_field failed "$N/load.txt")"
fi
served=$(load_field workers "$N/load.txt" | tr ',' '\n' | grep -c .)
expect_eq "load: both workers served ($(load_field workers "$N/load.txt"))" 2 "$served"

for w in $WORKERS; do
  rss1=$(rss_kb "$w")
  grown=$(( ${rss1:-0} - ${RSS0[$w]:-0} ))
  if [ -n "$rss1" ] && [ -n "${RSS0[$w]}" ] && [ "$grown" -le "$RSS_BOUND_KB" ]; then
    ok "load: worker $w RSS ${RSS0[$w]} kB before, $rss1 kB after the minute ($grown kB, bound $RSS_BOUND_KB kB)"
  else
    not_ok "load: worker $w RSS ${RSS0[$w]:-?} kB before, ${rss1:-?} kB after: grew $grown kB, more than $RSS_BOUND_KB kB"
  fi
done
for _ in 1 2 3 4 5 6; do curl -sS --max-time 5 "$URL/load/memory" 2>/dev/null; done | sort -u \
  | while read -r line; do note "after the load, $line (Lua memory after a full collection)"; done

# --- stop and inspect the error log ----------------------------------------
pid=$NGPID
if ! stop_nginx; then
  not_ok "nginx (pid $pid) did not stop on SIGQUIT within 10 s (killed)"
elif port_busy "$PORT"; then
  not_ok "nginx (pid $pid) stopped, but port $PORT is still open"
else
  ok "nginx (pid $pid) stopped on SIGQUIT within 10 s; port $PORT closed"
fi

errs=$(grep -E '\[(error|alert|crit|emerg)\]' "$N/logs/error.log")
if [ -z "$errs" ]; then
  ok "error log has no [error]/[alert]/[crit]/[emerg] lines ($(wc -l < "$N/logs/error.log") lines)"
else
  not_ok "error log: $(printf '%s\n' "$errs" | head -2 | tr '\n' ' ')"
fi
warns=$(grep -E '\[warn\]' "$N/logs/error.log")
if [ -n "$warns" ]; then note "warnings: $(printf '%s\n' "$warns" | head -2 | tr '\n' ' ')"; fi
