#!/usr/bin/env bash
# The CompliancePolicy analyzers' share of the sample project's compile time, as docs/performance.md reports it:
# builds dsl-samples/CompliancePolicy.Samples.csproj with -p:ReportAnalyzer=true and adds up, over both target
# frameworks, the analyzers' time from the compiler's report against the Csc tasks' time.
#   analyzer-share.sh warm|cold|no-server|full-cold|full-no-server [runs]
# warm: compiler server already running, C# file touched; cold: server restarted first; no-server: a fresh compiler
# process per compile; full-*: --no-incremental, so the library and the analyzers compile too.
set -euo pipefail
mode=${1:?usage: analyzer-share.sh warm|cold|no-server|full-cold|full-no-server [runs]}
runs=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/dsl-samples/CompliancePolicy.Samples.csproj"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
case $mode in
  warm|cold) server=true; scope=(--no-dependencies) ;;
  no-server) server=false; scope=(--no-dependencies) ;;
  full-cold) server=true; scope=(--no-incremental) ;;
  full-no-server) server=false; scope=(--no-incremental) ;;
  *) echo "unknown mode '$mode'" >&2; exit 2 ;;
esac
# Build once so that the measured runs compile the samples only, with the analyzers already built.
UseSharedCompilation=$server dotnet build "$project" -v q > /dev/null
for run in $(seq "$runs"); do
  case $mode in cold|full-cold) dotnet build-server shutdown > /dev/null 2>&1 || true ;; esac
  touch "$root/dsl-samples/Hosting/Eligibility.cs"
  UseSharedCompilation=$server dotnet build "$project" "${scope[@]}" -p:ReportAnalyzer=true -v d -clp:PerformanceSummary > "$log" 2>&1
  ours=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+CompliancePolicy\.Analyzers, Version' "$log" | awk '{s += $1} END {printf "%.3f", s}')
  csc=$(grep -E 'ms  Csc ' "$log" | awk '{printf "%.3f", $1 / 1000}')
  awk -v run="$run" -v mode="$mode" -v ours="$ours" -v csc="$csc" \
    'BEGIN {printf "%s run %d: CompliancePolicy.Analyzers %.3f s of Csc %.3f s = %.1f%%\n", mode, run, ours, csc, 100 * ours / csc}'
done
