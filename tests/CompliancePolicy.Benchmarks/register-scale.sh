#!/usr/bin/env bash
# Register-scale figures for docs/performance.md, measured on whole processes side by side:
#   register-scale.sh check RECORDS [REPEATS]   bare System.Text.Json vs `compliance check --format jsonl` and the summary-only text report;
#                                                also the bare echo (each record deserialised and written back): the floor
#                                                under any tool that writes a line per record
#   register-scale.sh due RECORDS [REPEATS]     bare System.Text.Json vs `compliance due --within 90days --format jsonl`
#   register-scale.sh formats RECORDS           every report format once: bytes and time per record
# Each repetition runs the processes in turn on the same file, so they share the machine's conditions; the table gives
# every run (wall-clock seconds, CPU seconds (user + system, every thread) and peak working set from /usr/bin/time, and
# the load average when it started) and the ratios to the bare run of the same repetition. On a shared machine the CPU
# time is the steadier measure of the work; the wall-clock time also counts the waits for a core. The register (after-sales clients, dsl-samples/after-sales-certification.policy) is generated once per
# size under ${REGISTER_DIR:-/tmp} and kept for later runs; reports go to a temporary folder removed at the end.
set -euo pipefail

mode=${1:?usage: register-scale.sh check|due|formats RECORDS [REPEATS]}
records=${2:?how many records}
repeats=${3:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
policy="$root/dsl-samples/after-sales-certification.policy"
as_of=2026-11-23
register="${REGISTER_DIR:-/tmp}/compliance-register-$records.jsonl"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build "$root/src/CompliancePolicy.Cli" -c Release -v q -nologo >&2
dotnet build "$root/tests/CompliancePolicy.Benchmarks" -c Release -v q -nologo >&2
compliance=(dotnet "$root/src/CompliancePolicy.Cli/bin/Release/net10.0/compliance.dll")
bench=(dotnet "$root/tests/CompliancePolicy.Benchmarks/bin/Release/net10.0/CompliancePolicy.Benchmarks.dll")
[ -f "$register" ] || "${bench[@]}" --generate-register "$records" "$register"

echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, dotnet $(dotnet --version)"
echo "register: $records records, $(($(stat -c %s "$register") / 1048576)) MiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs a command with its output to a file and prints "wall-seconds peak-MiB cpu-seconds load-at-start".
measure() {
  local target=$1
  shift
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %M %U %S' -o "$out/time" "$@" >"$target" 2>"$out/stderr" || [ $? -le 2 ]
  # A command that exits non-zero gets a first line "Command exited with non-zero status N": the figures are on the last.
  awk -v l="$load" 'END { printf "%.2f %.0f %.2f %s\n", $1, $2 / 1024, $3 + $4, l }' "$out/time"
}

row() { # run name wall mib cpu load bare-wall bare-cpu
  awk -v r="$1" -v n="$2" -v s="$3" -v m="$4" -v c="$5" -v l="$6" -v b="$7" -v bc="$8" \
    'BEGIN { printf "| %s | %s | %.2f s | %.2f s | %.2fx | %.2fx | %d MiB | %s |\n", r, n, s, c, s / b, c / bc, m, l }'
}

case $mode in
check | due)
  echo
  echo "| run | process | wall | CPU | x bare (wall) | x bare (CPU) | peak working set | load at start |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  for run in $(seq 1 "$repeats"); do
    read -r bare bare_mib bare_cpu load < <(measure "$out/bare.txt" "${bench[@]}" --bare "$register")
    row "$run" "bare System.Text.Json, 1 thread" "$bare" "$bare_mib" "$bare_cpu" "$load" "$bare" "$bare_cpu"
    if [ "$mode" = check ]; then
      read -r s m c l < <(measure /dev/null "${bench[@]}" --bare-echo "$register" "$out/echo.jsonl")
      row "$run" "bare echo: deserialise + serialise back, 1 thread" "$s" "$m" "$c" "$l" "$bare" "$bare_cpu"
      read -r s m c l < <(measure /dev/null "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --format jsonl -o "$out/report.jsonl" --no-progress)
      row "$run" "check --format jsonl" "$s" "$m" "$c" "$l" "$bare" "$bare_cpu"
      read -r s m c l < <(measure /dev/null "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --format jsonl -o "$out/report.jsonl" --no-progress --jobs 1)
      row "$run" "check --format jsonl --jobs 1" "$s" "$m" "$c" "$l" "$bare" "$bare_cpu"
      read -r s m c l < <(measure "$out/report.txt" "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --max-listed 0 --no-progress)
      row "$run" "check, text summary only" "$s" "$m" "$c" "$l" "$bare" "$bare_cpu"
    else
      read -r s m c l < <(measure /dev/null "${compliance[@]}" due "$policy" -r "$register" --as-of $as_of --within 90days --format jsonl -o "$out/due.jsonl" --no-progress)
      row "$run" "due --within 90days --format jsonl" "$s" "$m" "$c" "$l" "$bare" "$bare_cpu"
    fi
  done
  ;;
formats)
  echo
  echo "| format | detail | wall | CPU | bytes | bytes/record | µs/record (wall) | µs/record (CPU) | load at start |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  for spec in "text --max-listed 0" "text --max-listed all" jsonl "jsonl --detail all" csv "csv --detail all" json "json --detail failures" \
    sarif "sarif --detail all" junit "junit --detail failures" markdown html "html --detail failures"; do
    set -- $spec
    format=$1
    shift
    read -r s m c l < <(measure /dev/null "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --format "$format" "$@" -o "$out/report" --no-progress)
    bytes=$(stat -c %s "$out/report")
    detail=${*:-default}
    awk -v f="$format" -v d="$detail" -v s="$s" -v c="$c" -v l="$l" -v b="$bytes" -v n="$records" \
      'BEGIN { printf "| %s | %s | %.2f s | %.2f s | %.0f | %.0f | %.1f | %.1f | %s |\n", f, d, s, c, b, b / n, s * 1e6 / n, c * 1e6 / n, l }'
    rm -f "$out/report"
  done
  ;;
*)
  echo "unknown mode '$mode': check, due or formats" >&2
  exit 2
  ;;
esac
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
