#!/usr/bin/env bash
# Brings src/CompliancePolicy/PublicAPI.Unshipped.txt up to date with the library's public surface, from the public API
# analyzer's own findings: RS0016 (a public symbol the files do not declare) adds its line, RS0017 (a declared symbol
# that is no longer public) removes it, or marks it *REMOVED* when it had shipped. Run it after adding or removing
# public API, review the diff of the file, and commit it with the change (docs/public-api.md).
set -euo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for framework in netstandard2.0 net10.0; do
  dotnet build -f "$framework" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 | sed 's/ \[.*//' >> "$log" || true
done
python3 - "$log" <<'PY'
import re, sys
log = open(sys.argv[1], encoding="utf-8").read()
added = set(re.findall(r"RS0016: Symbol '(.*)' is not part of the declared public API", log))
removed = set(re.findall(r"RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found", log))
shipped = set(l.rstrip("\n") for l in open("PublicAPI.Shipped.txt", encoding="utf-8"))
lines = [l.rstrip("\n") for l in open("PublicAPI.Unshipped.txt", encoding="utf-8")]
header, body = lines[:1], set(lines[1:])
body = (body - removed) | added | {"*REMOVED*" + r for r in removed if r in shipped}
open("PublicAPI.Unshipped.txt", "w", encoding="utf-8").write("\n".join(header + sorted(b for b in body if b)) + "\n")
print(f"PublicAPI.Unshipped.txt: {len(added)} added, {len(removed)} removed")
PY
