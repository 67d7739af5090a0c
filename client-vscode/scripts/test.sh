#!/usr/bin/env bash
# Everything the VS Code extension and the TextMate grammars are checked by, from a clean checkout:
# npm ci, type-check, bundle, grammar assertion tests, unit tests, vsix packaging and its contents.
# Needs only Node >= 20 with npm and the npm registry. Set SERVER_PAYLOAD_DIR (and optionally
# SERVER_AOT_BINARY) to package a server into the vsix, as scripts/package.sh describes.
# The last line printed is "N passed, N failed"; the exit code is non-zero if anything failed.
set -euo pipefail

ext=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo=$(cd "$ext/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$ext"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
summary() { echo "$passed passed, $failed failed"; }

# check NAME COMMAND...: runs COMMAND, counts it, shows its output only when it fails.
check() {
  local name=$1; shift
  if "$@" >"$work/out.log" 2>&1; then
    pass "$name"
  else
    cat "$work/out.log"
    fail "$name"
    return 1
  fi
}

# A step the rest depends on: stop with the summary if it fails.
required() {
  check "$@" || { summary; exit 1; }
}

node_major=$(node -p 'process.versions.node.split(".")[0]')
required "node >= 20 (found $(node --version))" test "$node_major" -ge 20
required "npm ci" npm ci --no-audit --no-fund
check "type-check (tsc --noEmit)" npx --no-install tsc --noEmit || true
required "bundle (esbuild) and copy grammars" node scripts/build.mjs

# Grammar assertion tests: every source line that has assertions under it counts as one test.
grammar_status=0
npx --no-install vscode-tmgrammar-test --compact --config "$repo/syntaxes/tests/grammars.json" \
  --xunit-report "$work/xunit" "$repo/syntaxes/tests/*.test.*" >"$work/grammar.log" 2>&1 || grammar_status=$?
grammar_cases=$(cat "$work"/xunit/*.xml 2>/dev/null | grep -c '<testcase' || true)
grammar_failures=$(cat "$work"/xunit/*.xml 2>/dev/null | grep -c '<failure\|<error' || true)
grep -v '^✓' "$work/grammar.log" || true
if [ "$grammar_cases" -eq 0 ] || { [ "$grammar_status" -ne 0 ] && [ "$grammar_failures" -eq 0 ]; }; then
  fail "grammar tests did not run (exit $grammar_status)"
else
  passed=$((passed + grammar_cases - grammar_failures))
  failed=$((failed + grammar_failures))
  echo "grammar tests: $((grammar_cases - grammar_failures)) of $grammar_cases asserted source lines passed"
fi

# Unit tests of the pure logic (node's test runner on an esbuild bundle of test/*.test.ts).
if check "bundle unit tests" npx --no-install esbuild "$ext"/test/*.test.ts --bundle --platform=node \
    --target=node20 --outdir="$work/unit" --log-level=warning; then
  node --test --test-reporter=tap "$work"/unit/*.test.js >"$work/unit.log" 2>&1 || true
  unit_pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$work/unit.log")
  unit_fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$work/unit.log")
  if [ -z "$unit_pass" ] || [ -z "$unit_fail" ]; then
    cat "$work/unit.log"
    fail "unit tests did not report a result"
  else
    [ "$unit_fail" -eq 0 ] || grep -B2 -A20 '^not ok' "$work/unit.log" || true
    passed=$((passed + unit_pass))
    failed=$((failed + unit_fail))
    echo "unit tests: $unit_pass passed, $unit_fail failed"
  fi
fi

# Package and look inside the vsix.
required "package the vsix" bash scripts/package.sh
version=$(node -p "require('./package.json').version")
vsix="dist/starrocks-backup-$version.vsix"
node scripts/vsix-entries.mjs "$vsix" >"$work/entries.txt"
has_entry() { grep -qx "[0-7]* extension/$1" "$work/entries.txt"; }
expected=(package.json readme.md language-configuration.json dist/extension.js
  dist/syntaxes/starrocks-sql.tmLanguage.json dist/syntaxes/starrocks-backup.injection.tmLanguage.json
  schemas/starrocks-catalog.schema.json)
if [ -n "${SERVER_PAYLOAD_DIR:-}" ]; then expected+=(server/dotnet/backup-lsp.dll); fi
for entry in "${expected[@]}"; do
  check "vsix contains $entry" has_entry "$entry" || true
done
if [ -n "${SERVER_AOT_BINARY:-}" ]; then
  check "vsix contains an executable server/linux-x64/backup-lsp" grep -qx '755 extension/server/linux-x64/backup-lsp' "$work/entries.txt" || true
fi
unexpected() { ! grep -E ' extension/(src|test|scripts|node_modules|\.tools)/|\.ts$|\.map$|tsconfig|\.vsix$' "$work/entries.txt"; }
check "vsix contains no sources, tests, scripts or node_modules" unexpected || true
if [ -z "${SERVER_PAYLOAD_DIR:-}${SERVER_AOT_BINARY:-}" ]; then
  check "vsix without a payload contains no server/" eval '! grep -q " extension/server/" "$work/entries.txt"' || true
fi
echo "vsix: $ext/$vsix ($(wc -l <"$work/entries.txt") entries)"

summary
[ "$failed" -eq 0 ]
