#!/usr/bin/env bash
# Runs every test of the repository. First installs what the editor tests need when it is missing: Debian's neovim
# (the language server is tested in a real editor) and the VS Code extension's pinned npm packages (its grammar test),
# and Debian's chromium (the HTML report is tested in a headless browser).
# Then `dotnet test` of the solution; arguments go to it (e.g. ./test.sh --filter FullyQualifiedName~LanguageServer).
# An install that fails does not stop the run: the tests that need it fail and name the missing step.
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v nvim >/dev/null 2>&1; then
  echo "test.sh: installing neovim (apt-get install -y neovim) for the Neovim test of the language server" >&2
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim; } >&2 \
    || echo "test.sh: warning: neovim could not be installed" >&2
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing node and npm (apt-get install -y nodejs npm) for the VS Code grammar test" >&2
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; } >&2 \
    || echo "test.sh: warning: npm could not be installed" >&2
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing chromium (apt-get install -y chromium) for the HTML report's browser tests" >&2
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2 \
    || echo "test.sh: warning: chromium could not be installed" >&2
fi

if [ ! -d editors/vscode/node_modules ] && command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing the VS Code extension's npm packages (npm ci in editors/vscode)" >&2
  (cd editors/vscode && npm ci --no-audit --no-fund) >&2 || echo "test.sh: warning: npm ci failed in editors/vscode" >&2
fi

exec dotnet test CompliancePolicy.sln "$@"
