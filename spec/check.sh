#!/usr/bin/env bash
# The whole test run (make check, and CI through .ci/run): the specs on every
# Lua, the integration tests, the sanitizers, the linters and the rest. Every
# step is counted; the last line is "N passed, N failed" and the exit status
# is non-zero when anything failed.
set -u
cd "$(dirname "$0")/.."

PASSED=0
FAILED=0
FAILURES=()
LOG=build/check
mkdir -p "$LOG"

count() {   # count <passed> <failed> <what>
  PASSED=$((PASSED + $1))
  FAILED=$((FAILED + $2))
  if [ "$2" -gt 0 ]; then FAILURES+=("$3"); fi
}

# A step that passes or fails as a whole.
step() {   # step <name> <command...>
  local name=$1 start=$SECONDS
  shift
  if "$@" >"$LOG/$name.log" 2>&1; then
    count 1 0 "$name"
    printf 'ok - %s (%ds)\n' "$name" $((SECONDS - start))
  else
    count 0 1 "$name"
    printf 'not ok - %s (%ds), last lines of %s:\n' "$name" $((SECONDS - start)) "$LOG/$name.log"
    tail -n 15 "$LOG/$name.log" | sed 's/^/    /'
  fi
}

# A busted run: each spec is counted.
specs() {   # specs <name> <make target and variables...>
  local name=$1 start=$SECONDS summary ok bad
  shift
  make --no-print-directory "$@" >"$LOG/$name.log" 2>&1
  local status=$?
  summary=$(grep -E '^[0-9]+ successes? / [0-9]+ failures? / [0-9]+ errors? / [0-9]+ pending' \
            "$LOG/$name.log" | tail -n 1)
  if [ -z "$summary" ]; then
    count 0 1 "$name"
    printf 'not ok - %s: no busted summary (status %d)\n' "$name" "$status"
    tail -n 15 "$LOG/$name.log" | sed 's/^/    /'
    return
  fi
  ok=$(awk '{print $1}' <<<"$summary")
  bad=$(awk '{print $4 + $7}' <<<"$summary")
  if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
  count "$ok" "$bad" "$name"
  printf '%s - %s: %s (%ds)\n' "$([ "$bad" -eq 0 ] && echo ok || echo 'not ok')" "$name" \
    "$summary" $((SECONDS - start))
  if [ "$bad" -gt 0 ]; then grep -A4 -E '^(Failure|Error) ->' "$LOG/$name.log" | head -n 40 | sed 's/^/    /'; fi
}

# An integration script: each of its checks is counted.
checks() {   # checks <name> <script>
  local name=$1 script=$2 start=$SECONDS line ok bad
  bash "$script" >"$LOG/$name.log" 2>&1
  local status=$?
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$LOG/$name.log" | tail -n 1)
  ok=${line%% passed*}
  bad=$(sed -E 's/.* ([0-9]+) failed/\1/' <<<"$line")
  if [ -z "$line" ]; then ok=0; bad=1; fi
  if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
  count "$ok" "$bad" "$name"
  printf '%s - %s: %s (%ds)\n' "$([ "$bad" -eq 0 ] && echo ok || echo 'not ok')" "$name" \
    "${line:-no summary}" $((SECONDS - start))
  if [ "$bad" -gt 0 ]; then grep '^not ok' "$LOG/$name.log" | head -n 20 | sed 's/^/    /'; fi
}

step check-generated make --no-print-directory check-generated
step warnings make --no-print-directory warnings
for lua in lua5.4 lua5.3 lua5.2 lua5.1 luajit; do
  specs "specs-$lua" test LUA="$lua"
done
step lint make --no-print-directory lint
checks luarocks spec/integration/luarocks.sh
checks nginx spec/integration/nginx.sh
checks prosody spec/integration/prosody.sh
checks examples spec/integration/examples.sh
checks imapfilter spec/integration/imapfilter.sh
specs sanitize sanitize
step check-threads make --no-print-directory check-threads
step check-oom make --no-print-directory check-oom
specs valgrind valgrind
# Every harness (make fuzz): FUZZ_TIME seconds each.
step fuzz make --no-print-directory fuzz FUZZ_TIME="${FUZZ_TIME:-20}"
step run make --no-print-directory run
checks install spec/integration/install.sh
checks release spec/integration/release.sh
step bench make --no-print-directory bench BENCH_FLAGS=--quick

if [ ${#FAILURES[@]} -gt 0 ]; then echo "failed: ${FAILURES[*]}"; fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
