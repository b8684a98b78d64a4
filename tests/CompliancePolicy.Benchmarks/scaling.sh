#!/usr/bin/env bash
# Whole-process scaling of `compliance check` on the inputs of issue 16, item 7, as docs/performance.md reports it:
# one record with n fields the schemas do not know, and one record with an event history of n events, checked against
# the six sample policies. Each run is one process; the table gives the wall time, the CPU time (user + system: on a
# shared machine, wall time also counts the waits for a core) and the peak memory (RSS).
#   scaling.sh [label=compliance.dll ...]
# With several builds of the tool (e.g. before=... after=...), each input runs with each build in turn, so their
# figures are measured side by side on the same machine at the same time. Default: a Release build of this checkout.
# COMPLIANCE_SCALING_SIZES (default "10000 100000 1000000") and COMPLIANCE_SCALING_TIMEOUT (seconds, default 300).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
sizes=${COMPLIANCE_SCALING_SIZES:-10000 100000 1000000}
limit=${COMPLIANCE_SCALING_TIMEOUT:-300}
if [ $# -eq 0 ]; then
  dotnet build "$root/src/CompliancePolicy.Cli" -c Release -v q > /dev/null
  set -- "this=$root/src/CompliancePolicy.Cli/bin/Release/net10.0/compliance.dll"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# unknown N: the sample eligibility record ISO-E01 with N more fields, each a CP2004 warning.
eligible='{"id": "U-1", "name": "Hangzhou Yunwei IT Services", "legal_status": "business_licence", "sms_established": "2026-05-20", "audit_date": "2026-08-20", "operation_record_months": 3, "management_reviews": [{"date": "2026-08-01", "top_management_present": true}], "internal_audits": ["2026-07-20"], "penalties": [], "documents": ["service_management_policy_and_plan", "service_level_agreements", "capacity_management_process", "continuity_and_availability_management_process", "service_level_management_process", "service_reporting_process", "information_security_management_process", "budgeting_and_accounting_process", "business_relationship_management_process", "supplier_management_process", "incident_management_process", "problem_management_process", "configuration_management_process", "change_management_process", "release_management_process", "document_structure_and_list"], "key_processes_missing": [], "full_time_it_staff": 5, "outsourcing_with_supplier_management": false, "materials": ["legal_status_documents", "organisation_code_certificate", "operation_evidence", "organisation_profile", "sms_documents", "iso20000_mapping", "audit_and_review_evidence", "confidentiality_statement"]'
unknown() {
  awk -v n="$1" -v record="$eligible" 'BEGIN {
    printf "%s", record;
    for (i = 1; i <= n; i++) printf ", \"extra_%d\": %d", i, i;
    print "}" }'
}

# history N HEAD EVENT1 EVENT2: a record (HEAD, up to its events) with N events over eleven months of 2025, two of
# EVENT1 for each EVENT2 (printf formats taking the date, and for EVENT1 also true for the first of the two, else false).
history() {
  awk -v n="$1" -v head="$2" -v first="$3" -v second="$4" 'BEGIN {
    printf "%s", head;
    for (i = 0; i < n; i++) {
      day = sprintf("2025-%02d-%02d", 1 + int(i * 11 / n), 1 + (i % 28));
      if (i > 0) printf ", ";
      if (i % 3 == 2) printf second, day; else printf first, day, (i % 3 == 0 ? "true" : "false");
    }
    print "]}" }'
}

# certificate N: a certificate audited over and over, one audit in two failed, then rectified.
certificate() {
  history "$1" '{"id": "CERT-X", "holder": "h", "issued": "2024-02-01", "base_fee": 60000, "events": [' \
    '{"type": "AnnualAudit", "date": "%s", "passed": %s, "findings": 1}' '{"type": "RectificationAccepted", "date": "%s"}'
}

# engagement N: a consultancy engagement delayed over and over (the cumulative delay is read on every delay).
engagement() {
  history "$1" '{"id": "ENG-X", "client": "c", "signed": "2024-12-05", "fees_paid": true, "events": [' \
    '{"type": "DelayRecorded", "date": "%s", "days": 0}' '{"type": "MilestoneMet", "date": "%s", "milestone": "m"}'
}

printf '%-12s %9s  %-10s %10s %10s %10s %5s\n' input n build "wall s" "CPU s" "peak MiB" exit
for n in $sizes; do
  for input in unknown certificate engagement; do
    file="$work/$input-$n.jsonl"
    "$input" "$n" > "$file"
    for build in "$@"; do
      label=${build%%=*}
      dll=${build#*=}
      start=$(date +%s%N)
      set +e
      /usr/bin/time -f '%M %U %S' -o "$work/usage" timeout "$limit" dotnet "$dll" check "$root/dsl-samples" --records "$file" \
        --as-of 2026-11-23 --format json > /dev/null 2>&1
      code=$?
      set -e
      seconds=$(awk -v start="$start" -v end="$(date +%s%N)" 'BEGIN {printf "%.2f", (end - start) / 1e9}')
      rss=$(tail -1 "$work/usage" | awk '{printf "%.0f", $1 / 1024}')
      cpu=$(tail -1 "$work/usage" | awk '{printf "%.2f", $2 + $3}')
      [ "$code" -eq 124 ] && seconds=">$limit" && cpu=">$cpu"
      printf '%-12s %9d  %-10s %10s %10s %10s %5s\n' "$input" "$n" "$label" "$seconds" "$cpu" "$rss" "$code"
    done
    rm -f "$file"
  done
done
