#!/usr/bin/env bash
# Whole-process speed of `compliance diff` beside `compliance check` on the same records (issue 14: diff runs at the
# speed of check, both versions evaluated in one pass over the records). The records are the after-sales sample's nine,
# repeated to N lines of JSON Lines; the new version changes one band of the audit-time table. Each command runs in
# turn, once per round, so their figures are side by side on the same machine at the same time.
#   diff-speed.sh [N=200000] [ROUNDS=3]        (needs python3 to write the records)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-200000}
rounds=${2:-3}
dotnet build "$root/src/CompliancePolicy.Cli" -c Release -v q > /dev/null
tool="$root/src/CompliancePolicy.Cli/bin/Release/net10.0/compliance.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
policy="$root/dsl-samples/after-sales-certification.policy"
sed 's/  26 to 45 => 3/  26 to 45 => 4/' "$policy" > "$work/edited.policy"
python3 - "$root/dsl-samples/records/after-sales-certification.json" "$work/records.jsonl" "$n" <<'PY'
import json, sys
records = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[3])):
        record = dict(records[i % len(records)], id="R-%d" % i)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
measure() { # label, then the command's arguments: prints wall s, CPU s (user + system), peak RSS MiB
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" dotnet "$tool" "$@" --as-of 2026-11-23 > /dev/null 2>&1 || true
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  printf '| %s | %s | %.1f | %.0f |\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}
echo "$n records, $rounds rounds"
echo "| command | wall s | CPU s | peak MiB |"
echo "|---|---:|---:|---:|"
for _ in $(seq "$rounds"); do
  measure "check (json)" check "$policy" --records "$work/records.jsonl" --format json --output "$work/check.json"
  measure "check (text)" check "$policy" --records "$work/records.jsonl" --output "$work/check.txt"
  measure "diff (same policy)" diff "$policy" "$policy" --records "$work/records.jsonl" --format json --output "$work/same.json"
  measure "diff (one band changed)" diff "$policy" "$work/edited.policy" --records "$work/records.jsonl" --format json --output "$work/diff.json"
done
