#!/usr/bin/env bash
# End-to-end tests of the real BackupLsp server in editors the project did not write:
# Neovim (built-in LSP client), Vim + ALE, Emacs + eglot, and VS Code (code-server + the built vsix,
# driven in headless Chromium by playwright-core).
#
#   tests/e2e/run.sh            installs what is missing (apt + npm), builds, runs every probe
#
# Environment:
#   BACKUPLSP_SERVER_DIR=DIR    use this `dotnet publish` output instead of publishing the server
#   BACKUPLSP_VSIX=FILE         use this vsix (it must carry the server) instead of building one
#   BACKUPLSP_E2E_SCREENSHOTS=1 write the VS Code screenshots to tests/e2e/screenshots/ (committed)
#   BACKUPLSP_E2E_OUT=DIR       work directory (default: a new temp dir); logs and results stay there
#   BACKUPLSP_E2E_TOOLS=DIR     where npm tools go (default: tests/e2e/.tools, git-ignored)
# Output: one PASS/FAIL line per check, and as the last line "N passed, N failed". Exit 1 if any failed.
# A probe that cannot run (editor not installed, build failed) counts all its checks as failed.
set -uo pipefail

E2E=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$E2E/../.." && pwd)
TOOLS=${BACKUPLSP_E2E_TOOLS:-$E2E/.tools}
WORK=${BACKUPLSP_E2E_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/backuplsp-e2e.XXXXXX")}
mkdir -p "$TOOLS" "$WORK/logs" && WORK=$(cd "$WORK" && pwd) && TOOLS=$(cd "$TOOLS" && pwd)
LOGS=$WORK/logs
CHECKS=$WORK/checks.tsv
: >"$CHECKS"
if [ "${BACKUPLSP_E2E_SCREENSHOTS:-0}" = 1 ]; then SHOTS=$E2E/screenshots; else SHOTS=$WORK/screenshots; fi
mkdir -p "$SHOTS" && rm -f "$SHOTS"/failure*.png
EXPECT=$E2E/fixtures/expect.json
T_START=$SECONDS
say() { echo "e2e [$((SECONDS - T_START)) s] $*"; }

# The checks each probe must report; any that do not come back count as failed.
NVIM_CHECKS=("diagnostics" "completion after TO lists repositories" "completion of a property key typed after its quote"
  "signature help marks the clause being typed" "hover on a property key"
  "highlights of a repository" 'workspace symbols for "weekly"' "catalog edit updates diagnostics without restart"
  "server exits after shutdown/exit")
NVIM_WORKSPACE_CHECKS=("workspace diagnostics list a script that is not open"
  "a script that is not open loses its diagnostics once fixed on disk")
VIM_CHECKS=("diagnostics" "completion after TO lists repositories" "omnifunc of a .sql buffer is the client's"
  "hover on a property key" "catalog edit updates diagnostics without restart")
EMACS_CHECKS=("diagnostics" "completion after TO lists repositories" "completion of a property key typed after its quote"
  "signature help marks the clause being typed" "hover on a property key" "server exits after shutdown/exit")
EMACS_WORKSPACE_CHECKS=("workspace diagnostics list a script that is not open")
VSCODE_CHECKS=("diagnostics in the Problems panel" "completion after TO lists repositories"
  "completion inside PARTITION ( lists partitions" "completion details show the documentation resolved for the item"
  "accepting a completion replaces the typed text with it" "completion of a property key typed after its quote"
  "signature help marks the clause being typed"
  "inlay hint shows the database of a statement that names none" "a diagnostic about an earlier statement links to it"
  "hover on a property key"
  "quick fix applies and removes its diagnostic" "catalog edit updates diagnostics without restart"
  "rename (F2) changes every mention of a repository" "workspace symbols find a statement of a script that is not open"
  "Fix All applies the certain fixes" "closing a script takes its problems away"
  "workspace diagnostics list a script that is not open" "the status item shows for a new file set to SQL"
  "a catalog catalogPath names is edited as JSON with comments")

# fail_missing PROBE REASON CHECK...: a FAIL line for every CHECK the probe has not reported
fail_missing() {
  local probe=$1 reason=$2; shift 2
  local name
  for name in "$@"; do
    grep -qF -- "	$probe: $name	" "$CHECKS" || printf 'FAIL\t%s: %s\t%s\n' "$probe" "$name" "$reason" >>"$CHECKS"
  done
}

# a fresh workspace per probe: the catalog and the script side by side
workspace() {
  local ws=$WORK/ws-$1
  rm -rf "$ws" && mkdir -p "$ws"
  cp "$E2E/fixtures/starrocks-catalog.json" "$E2E/fixtures/backup.sql" "$E2E/fixtures/weekly.sql" "$E2E/fixtures/monthly.sql" "$ws/"
  echo "$ws"
}

# ---- tools ----
source "$E2E/lib/install.sh"
e2e_install
NODE=$(command -v node)

# editors write state under HOME/XDG: keep it in the work dir
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share \
       XDG_CACHE_HOME=$WORK/home/.cache XDG_STATE_HOME=$WORK/home/.local/state
mkdir -p "$HOME"

# ---- server ----
SERVER_DIR=${BACKUPLSP_SERVER_DIR:-}
if [ -z "$SERVER_DIR" ]; then
  SERVER_DIR=$WORK/server
  say "dotnet publish server/BackupLsp.Server"
  dotnet publish "$REPO/server/BackupLsp.Server" -c Release -o "$SERVER_DIR" -nologo -v q \
    </dev/null >"$LOGS/publish.log" 2>&1 || say "server publish failed (see $LOGS/publish.log)"
fi
SERVER=$SERVER_DIR/backup-lsp
if [ -x "$SERVER" ]; then SERVER_OK=1; else SERVER_OK=0; say "no server at $SERVER"; fi

# ---- headless editors ----
# run_editor PROBE COMMAND...: run in a fresh workspace, then judge RESULT with lib/verdict.mjs (only the checks of
# VERDICT_FOCUS where set, see verdict.mjs)
run_editor() {
  local probe=$1; shift
  local ws; ws=$(workspace "$probe")
  local t=$SECONDS
  (cd "$ws" && SERVER_CMD=$SERVER RESULT=$WORK/$probe.json timeout 90 "$@" </dev/null >"$LOGS/$probe.log" 2>&1)
  say "$probe probe: exit $?, $((SECONDS - t)) s"
  "$NODE" "$E2E/lib/verdict.mjs" "$probe" "$WORK/$probe.json" "$EXPECT" ${VERDICT_FOCUS:-} >>"$CHECKS"
}

if [ $SERVER_OK = 0 ]; then :
elif ! command -v nvim >/dev/null; then say "nvim is not installed"
else run_editor nvim nvim --headless -n -i NONE -u "$E2E/nvim/probe.lua" backup.sql
fi
fail_missing nvim "no result (server or nvim missing, or the probe crashed: $LOGS/nvim.log)" "${NVIM_CHECKS[@]}"

# diagnosticMode "workspace": a second Neovim, whose server pushes the scripts that are not open
if [ $SERVER_OK = 0 ]; then :
elif ! command -v nvim >/dev/null; then :
else VERDICT_FOCUS=workspace run_editor nvim-workspace nvim --headless -n -i NONE -u "$E2E/nvim/workspace-probe.lua" backup.sql
fi
fail_missing nvim-workspace "no result (server or nvim missing, or the probe crashed: $LOGS/nvim-workspace.log)" "${NVIM_WORKSPACE_CHECKS[@]}"

if [ $SERVER_OK = 0 ]; then :
elif [ ! -d /usr/share/vim-ale ] || ! command -v vim >/dev/null; then say "vim or vim-ale is not installed"
else # Vim needs a terminal: script(1) gives it a pty
  run_editor vim script -qec "vim -N -u $E2E/vim/probe.vim -i NONE -n backup.sql" /dev/null
fi
fail_missing vim "no result (server, vim or vim-ale missing, or the probe crashed: $LOGS/vim.log)" "${VIM_CHECKS[@]}"

if [ $SERVER_OK = 0 ]; then :
elif ! command -v emacs >/dev/null; then say "emacs is not installed"
else run_editor emacs emacs --batch -l "$E2E/emacs/probe.el" backup.sql
fi
fail_missing emacs "no result (server, emacs or eglot missing, or the probe crashed: $LOGS/emacs.log)" "${EMACS_CHECKS[@]}"

# diagnosticMode "workspace": a second Emacs, whose server pushes the scripts that are not open
if [ $SERVER_OK = 0 ]; then :
elif ! command -v emacs >/dev/null; then :
else VERDICT_FOCUS=workspace run_editor emacs-workspace emacs --batch -l "$E2E/emacs/workspace-probe.el" backup.sql
fi
fail_missing emacs-workspace "no result (server, emacs or eglot missing, or the probe crashed: $LOGS/emacs-workspace.log)" "${EMACS_WORKSPACE_CHECKS[@]}"

# ---- VS Code: build the vsix with the server inside, install it into code-server, drive it ----
CODE_SERVER=$TOOLS/code-server/bin/code-server
VSIX=${BACKUPLSP_VSIX:-}
if [ -z "$VSIX" ] && [ $SERVER_OK = 1 ]; then
  # build from a copy, so the extension's own dist/ and server/ folders stay untouched
  say "packaging the vsix"
  src=$WORK/src && rm -rf "$src" && mkdir -p "$src/client-vscode"
  cp -R "$REPO/syntaxes" "$src/"
  (cd "$REPO/client-vscode" && tar cf - --exclude=./node_modules --exclude=./dist --exclude=./server .) | (cd "$src/client-vscode" && tar xf -)
  if [ -d "$REPO/client-vscode/node_modules" ]; then ln -s "$REPO/client-vscode/node_modules" "$src/client-vscode/node_modules"; fi
  if (cd "$src/client-vscode" && SERVER_PAYLOAD_DIR=$SERVER_DIR bash scripts/package.sh </dev/null >"$LOGS/vsix.log" 2>&1); then
    VSIX=$(ls "$src"/client-vscode/dist/*.vsix 2>/dev/null | head -1)
  else
    say "vsix build failed (see $LOGS/vsix.log)"
  fi
fi
if [ -z "$VSIX" ] || [ ! -f "$VSIX" ]; then say "no vsix"
elif [ ! -x "$CODE_SERVER" ] || [ ! -d "$TOOLS/pw/node_modules/playwright-core" ] || ! command -v chromium >/dev/null; then
  say "code-server, playwright-core or chromium is not installed"
else
  ws=$(workspace vscode)
  cs=$WORK/code-server && rm -rf "$cs" && mkdir -p "$cs/data/User"
  cp "$E2E/code-server/settings.json" "$cs/data/User/settings.json"
  # code-server writes config.yaml and logs under XDG_* (already pointed into the work dir)
  if "$CODE_SERVER" --user-data-dir "$cs/data" --extensions-dir "$cs/extensions" --install-extension "$VSIX" \
       </dev/null >"$LOGS/vscode-install.log" 2>&1; then
    port=$("$NODE" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    t=$SECONDS
    CODE_SERVER=$CODE_SERVER CS_DATA=$cs/data CS_EXT=$cs/extensions WS=$ws EXPECT=$EXPECT SHOTS=$SHOTS \
      LOGS=$LOGS/vscode CHECKS=$CHECKS PW_NODE_MODULES=$TOOLS/pw/node_modules PORT=$port \
      timeout 300 "$NODE" "$E2E/code-server/drive.mjs" </dev/null >"$LOGS/vscode.log" 2>&1
    say "vscode probe: exit $?, $((SECONDS - t)) s"
    rm -rf "$LOGS"/vscode/chromium-*
  else
    say "installing the vsix into code-server failed (see $LOGS/vscode-install.log)"
  fi
fi
fail_missing vscode "no result (vsix, code-server or chromium missing, or the driver crashed: $LOGS/vscode.log)" "${VSCODE_CHECKS[@]}"

# ---- summary ----
echo
awk -F'\t' '{ printf "%s  %s  (%s)\n", $1, $2, $3 }' "$CHECKS"
echo
say "logs, results and screenshots: $WORK (screenshots: $SHOTS)"
passed=$(grep -c '^PASS' "$CHECKS")
failed=$(grep -c '^FAIL' "$CHECKS")
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
