#!/usr/bin/env bash
# src/fuzz/long.sh - the long fuzzing run (make fuzz-long), recorded in
# README.md ("Fuzzing"). Runs the harnesses built by make fuzz-build one
# after the other, each as JOBS parallel processes sharing its corpus
# (FUZZ_DIR/corpus/NAME), and prints, per harness and in total, the
# executions, the time and the coverage (cov, ft) libFuzzer reports.
#
#   bash src/fuzz/long.sh JOBS NAME:SECONDS[:RUNS] ...
#
# RUNS, when given, stops each process after that many executions (SECONDS
# then only caps it). FUZZ_LEN_NAME (from the Makefile): the longest input.
# FUZZ_DIR: the build's folder (default build/fuzz). Logs: FUZZ_DIR/long/NAME-JOB.log.
set -u
cd "$(dirname "$0")/../.."
JOBS=$1
shift
DIR=${FUZZ_DIR:-build/fuzz}
OUT=$DIR/long
mkdir -p "$OUT"
total=0
status=0
start_all=$SECONDS
summary=$OUT/summary.txt
: > "$summary"
for spec in "$@"; do
  IFS=: read -r name secs runs <<<"$spec"
  len_var=FUZZ_LEN_$name
  runs_flag=""
  [ -n "${runs:-}" ] && runs_flag="-runs=$runs"
  start=$SECONDS
  pids=()
  for job in $(seq 1 "$JOBS"); do
    "$DIR/fuzz_$name" -max_total_time="$secs" $runs_flag -rss_limit_mb=4096 \
      -max_len="${!len_var:-65536}" -print_final_stats=1 -artifact_prefix="$OUT/crash-$name-" \
      "$DIR/corpus/$name" "$DIR/seeds/$name" > "$OUT/$name-$job.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  execs=0
  for job in $(seq 1 "$JOBS"); do
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/$name-$job.log")
    execs=$((execs + ${n:-0}))
    done_line=$(grep -a -E '^#[0-9]+[[:space:]]+DONE' "$OUT/$name-$job.log" | tail -1)
    printf '%s job %s: %s\n' "$name" "$job" "${done_line:-no DONE line (see $OUT/$name-$job.log)}" | tee -a "$summary"
  done
  total=$((total + execs))
  printf '%s: %d executions in %d s with %d processes\n' "$name" "$execs" $((SECONDS - start)) "$JOBS" | tee -a "$summary"
done
findings=$(ls "$OUT"/crash-* "$OUT"/leak-* "$OUT"/timeout-* "$OUT"/oom-* 2>/dev/null | wc -l)
printf 'total: %d executions in %d s, %d findings\n' "$total" $((SECONDS - start_all)) "$findings" | tee -a "$summary"
[ "$findings" -eq 0 ] || status=1
exit $status
