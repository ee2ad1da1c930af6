# spec/integration/lib.sh - helpers shared by the integration scripts.
# Sourced (not run) by nginx.sh, prosody.sh and luarocks.sh, after they set ROOT.
# Output: one "ok - ..." / "not ok - ... (reason)" line per check, then
# exactly one "N passed, N failed" line, printed by the EXIT trap.

PASS=0
FAIL=0
CLEANUP_HOOKS=()

ok()     { PASS=$((PASS + 1)); printf 'ok - %s\n' "$*"; }
not_ok() { FAIL=$((FAIL + 1)); printf 'not ok - %s\n' "$*"; }
note()   { printf '# %s\n' "$*"; }

# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() {
  local desc=$1
  shift
  if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}

# expect_eq DESCRIPTION EXPECTED ACTUAL
expect_eq() {
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1 (expected '$2', got '$3')"; fi
}

# bail REASON: a failed check that makes the rest pointless; the EXIT trap
# still cleans up and prints the summary.
bail() {
  not_ok "$*"
  exit 1
}

on_exit() { CLEANUP_HOOKS+=("$1"); }

_finish() {
  local rc=$? h
  trap - EXIT INT TERM
  for h in "${CLEANUP_HOOKS[@]}"; do "$h" || true; done
  # A script that dies on its own (not through bail) must not look green.
  if [ "$rc" -ne 0 ] && [ "$FAIL" -eq 0 ]; then not_ok "script stopped early (status $rc)"; fi
  printf '%d passed, %d failed\n' "$PASS" "$FAIL"
  [ "$FAIL" -eq 0 ] && exit 0
  exit 1
}
trap _finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# wait_until SECONDS COMMAND...: polls every 0.1 s; status 0 once the command
# succeeds, 1 when the time is up.
wait_until() {
  local tries=$(($1 * 10))
  shift
  while [ "$tries" -gt 0 ]; do
    "$@" && return 0
    sleep 0.1
    tries=$((tries - 1))
  done
  "$@"
}

# alive PID: the process exists and is not a zombie (a child that exited is
# a zombie until it is waited for, and kill -0 still succeeds on it).
alive() {
  local st
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
  st=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$st" ] && [ "$st" != Z ]
}
dead() { ! alive "$1"; }

# stop_pid PID SIGNAL SECONDS: sends SIGNAL, waits up to SECONDS, then sends
# KILL. Reaps the process when it is our child. Status 0 when it went away
# within SECONDS after SIGNAL.
stop_pid() {
  local pid=$1 sig=$2 secs=$3 rc=0
  [ -n "$pid" ] || return 0
  if alive "$pid"; then
    kill "-$sig" "$pid" 2>/dev/null
    if ! wait_until "$secs" dead "$pid"; then
      rc=1
      kill -KILL "$pid" 2>/dev/null
      wait_until 5 dead "$pid"
    fi
  fi
  wait "$pid" 2>/dev/null
  return $rc
}

# stop_leftover PIDFILE PATTERN SIGNAL: a server left running by an earlier
# run that was killed hard: stop it by its pid when its command line holds
# PATTERN (our private prefix or config), so a reused pid is never hit.
stop_leftover() {
  local pid
  [ -s "$1" ] || return 0
  pid=$(tr -dc '0-9' < "$1")
  if [ -n "$pid" ] && alive "$pid" && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2"; then
    note "stopping server left by an earlier run (pid $pid)"
    stop_pid "$pid" "$3" 10
  fi
  rm -f "$1"
}

# port_busy PORT: something accepts connections on 127.0.0.1:PORT.
port_busy() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# listen_addrs PID...: the TCP addresses (ip:port, sorted, unique) on which
# these processes hold listening sockets, read from /proc (no ss/netstat).
listen_addrs() {
  local pid inodes=""
  for pid in "$@"; do
    inodes="$inodes $(ls -l "/proc/$pid/fd" 2>/dev/null | sed -n 's/.*socket:\[\([0-9]*\)\].*/\1/p' | tr '\n' ' ')"
  done
  awk -v inodes="$inodes" '
    function hex(s,   i, n) { n = 0; for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789ABCDEF", substr(toupper(s), i, 1)) - 1; return n }
    BEGIN { n = split(inodes, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 }
    FNR == 1 { next }
    $4 == "0A" && ($10 in want) {
      split($2, la, ":")
      if (length(la[1]) == 8)
        ip = hex(substr(la[1], 7, 2)) "." hex(substr(la[1], 5, 2)) "." hex(substr(la[1], 3, 2)) "." hex(substr(la[1], 1, 2))
      else
        ip = "[" la[1] "]"
      print ip ":" hex(la[2])
    }' /proc/net/tcp /proc/net/tcp6 | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# build_module LUA: make -C ROOT LUA=..., quietly. On failure, BUILD_ERROR
# holds the first compiler error (or the last lines of make's output).
build_module() {
  local log rc
  log=$(timeout 300 make -s -C "$ROOT" LUA="$1" 2>&1)
  rc=$?
  BUILD_ERROR=$(grep -m1 -E 'error:|Error|No rule' <<<"$log")
  [ -n "$BUILD_ERROR" ] || BUILD_ERROR=$(tail -2 <<<"$log" | tr '\n' ' ')
  return $rc
}
