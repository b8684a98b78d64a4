#!/usr/bin/env sh
# Builds dist/compliancepolicy-<version>.vsix: installs the pinned packages if needed, type-checks, bundles the client
# with esbuild, tests the grammar, and packages without prompting (no LICENSE file or repository questions).
set -eu
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent check
npm run --silent build
npm run --silent test:grammar
version="$(node -p "require('./package.json').version")"
npx vsce package --no-dependencies --allow-missing-repository --skip-license --out "dist/compliancepolicy-$version.vsix"
