#!/usr/bin/env bash
# Register-scale figures for docs/performance.md, measured on whole processes side by side:
#   register-scale.sh check RECORDS [REPEATS]   bare System.Text.Json vs `compliance check --format jsonl` and the summary-only text report
#   register-scale.sh due RECORDS [REPEATS]     bare System.Text.Json vs `compliance due --within 90days --format jsonl`
#   register-scale.sh formats RECORDS           every report format once: bytes and time per record
# Each repetition runs the processes in turn on the same file, so they share the machine's conditions; the table gives
# every run (wall-clock seconds and peak working set from /usr/bin/time) and the ratio to the bare run of the same
# repetition. The register (after-sales clients, dsl-samples/after-sales-certification.policy) is generated once per
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

# Runs a command with its output to a file and prints "seconds peak-MiB".
measure() {
  local target=$1
  shift
  /usr/bin/time -f '%e %M' -o "$out/time" "$@" >"$target" 2>"$out/stderr" || [ $? -le 2 ]
  # A command that exits non-zero gets a first line "Command exited with non-zero status N": the figures are on the last.
  awk 'END { printf "%.2f %.0f\n", $1, $2 / 1024 }' "$out/time"
}

row() { # name seconds mib bare-seconds
  awk -v n="$1" -v s="$2" -v m="$3" -v b="$4" 'BEGIN { printf "| %s | %.2f s | %.2fx | %d MiB |\n", n, s, s / b, m }'
}

case $mode in
check | due)
  echo
  echo "| run | process | wall | x bare | peak working set |"
  echo "|---|---|---:|---:|---:|"
  for run in $(seq 1 "$repeats"); do
    read -r bare bare_mib < <(measure "$out/bare.txt" "${bench[@]}" --bare "$register")
    echo "| $run | bare System.Text.Json, 1 thread | $bare s | 1.00x | $bare_mib MiB |"
    if [ "$mode" = check ]; then
      read -r s m < <(measure /dev/null "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --format jsonl -o "$out/report.jsonl" --no-progress)
      echo -n "| $run "; row "check --format jsonl" "$s" "$m" "$bare"
      read -r s m < <(measure /dev/null "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --format jsonl -o "$out/report.jsonl" --no-progress --jobs 1)
      echo -n "| $run "; row "check --format jsonl --jobs 1" "$s" "$m" "$bare"
      read -r s m < <(measure "$out/report.txt" "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --max-listed 0 --no-progress)
      echo -n "| $run "; row "check, text summary only" "$s" "$m" "$bare"
    else
      read -r s m < <(measure /dev/null "${compliance[@]}" due "$policy" -r "$register" --as-of $as_of --within 90days --format jsonl -o "$out/due.jsonl")
      echo -n "| $run "; row "due --within 90days --format jsonl" "$s" "$m" "$bare"
    fi
  done
  ;;
formats)
  echo
  echo "| format | detail | wall | bytes | bytes/record | µs/record |"
  echo "|---|---|---:|---:|---:|---:|"
  for spec in "text --max-listed 0" "text --max-listed all" jsonl "jsonl --detail all" csv "csv --detail all" json "json --detail failures" sarif "sarif --detail all" junit "junit --detail failures" markdown; do
    set -- $spec
    format=$1
    shift
    read -r s m < <(measure /dev/null "${compliance[@]}" check "$policy" -r "$register" --as-of $as_of --format "$format" "$@" -o "$out/report" --no-progress)
    bytes=$(stat -c %s "$out/report")
    detail=${*:-default}
    awk -v f="$format" -v d="$detail" -v s="$s" -v b="$bytes" -v n="$records" \
      'BEGIN { printf "| %s | %s | %.2f s | %.0f | %.0f | %.1f |\n", f, d, s, b, b / n, s * 1e6 / n }'
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
