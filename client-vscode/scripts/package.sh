#!/usr/bin/env bash
# Builds the extension into dist/starrocks-backup-<version>.vsix.
#
#   scripts/package.sh [SERVER_PAYLOAD_DIR [SERVER_AOT_BINARY]]
#
# SERVER_PAYLOAD_DIR (argument or environment variable): the framework-dependent publish output of
#   server/BackupLsp.Server (the folder holding backup-lsp.dll); it is copied to server/dotnet/.
# SERVER_AOT_BINARY (argument or environment variable): optional Native AOT linux-x64 build of the
#   server; it is copied to server/linux-x64/backup-lsp.
# With neither, the vsix carries no server and users must set starrocksBackup.server.path.
set -euo pipefail

# Relative paths are the caller's: resolved before the script moves to the extension's folder.
payload=${1:-${SERVER_PAYLOAD_DIR:-}}
aot=${2:-${SERVER_AOT_BINARY:-}}
[ -z "$payload" ] || payload=$(realpath -m -- "$payload")
[ -z "$aot" ] || aot=$(realpath -m -- "$aot")
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund
node scripts/build.mjs

rm -rf server
if [ -n "$payload" ]; then
  if [ ! -f "$payload/backup-lsp.dll" ]; then
    echo "package.sh: $payload has no backup-lsp.dll (expected the framework-dependent publish output)" >&2
    exit 1
  fi
  mkdir -p server/dotnet
  cp -R "$payload"/. server/dotnet/
fi
if [ -n "$aot" ]; then
  if [ ! -f "$aot" ]; then
    echo "package.sh: Native AOT binary $aot does not exist" >&2
    exit 1
  fi
  mkdir -p server/linux-x64
  cp "$aot" server/linux-x64/backup-lsp
  chmod 755 server/linux-x64/backup-lsp
fi

version=$(node -p "require('./package.json').version")
out="dist/starrocks-backup-$version.vsix"
rm -f "$out"
# The bundle already contains the runtime dependencies (--no-dependencies); the two flags stop vsce
# from asking questions, and stdin is closed so that it can never wait for an answer.
npx --no-install vsce package --no-dependencies --allow-missing-repository --skip-license --out "$out" </dev/null
echo "package.sh: built $out${payload:+ with the .NET server}${aot:+ and the Native AOT server}"
