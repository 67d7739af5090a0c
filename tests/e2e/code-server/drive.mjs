// Real VS Code (code-server) in headless Debian Chromium, driven with playwright-core.
// Started by run.sh after the vsix is installed into CS_EXT. Environment:
//   CODE_SERVER  code-server executable          CS_DATA, CS_EXT  user-data and extensions dirs
//   WS           workspace folder (catalog + backup.sql)   EXPECT  fixtures/expect.json
//   SHOTS        where the step screenshots go     LOGS  code-server log + result.json
//   CHECKS       file the PASS/FAIL lines are appended to
//   PW_NODE_MODULES  node_modules holding playwright-core    CHROMIUM (default /usr/bin/chromium)
//   PORT (default 8089)
// Every step waits for real workbench DOM (Problems panel, suggest widget, hover, code action menu).
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';

const env = process.env;
const { chromium } = createRequire(path.join(env.PW_NODE_MODULES, 'x.js'))('playwright-core');
const PORT = env.PORT || '8089';
const WS = env.WS;
const expect = JSON.parse(readFileSync(env.EXPECT, 'utf8'));
mkdirSync(env.SHOTS, { recursive: true });
mkdirSync(env.LOGS, { recursive: true });

const t0 = Date.now();
const log = (msg) => console.log(`[vscode ${((Date.now() - t0) / 1000).toFixed(1)} s] ${msg}`);
const results = [];
function record(name, ok, detail) {
  results.push({ name, ok, detail });
  appendFileSync(env.CHECKS, `${ok ? 'PASS' : 'FAIL'}\tvscode: ${name}\t${String(detail).replace(/\s+/g, ' ').slice(0, 300)}\n`);
  log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
}

const healthz = () => new Promise((resolve) => {
  const req = http.get({ host: '127.0.0.1', port: PORT, path: '/healthz', timeout: 1000 }, (r) => { r.resume(); resolve(r.statusCode === 200); });
  req.on('error', () => resolve(false));
  req.on('timeout', () => { req.destroy(); resolve(false); });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const clean = (s) => (s || '').replace(/\u00a0/g, ' ');

let page;
const shot = (name) => page.screenshot({ path: path.join(env.SHOTS, `${name}.png`) });
const problems = async () => clean(await page.locator('.markers-panel').innerText({ timeout: 5000 }).catch(() => ''));
// wait until the Problems panel text satisfies pred (polling: the panel re-renders as markers change)
async function waitProblems(pred, timeoutMs) {
  const end = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < end) {
    text = await problems();
    if (pred(text)) return { ok: true, text };
    await sleep(250);
  }
  return { ok: false, text };
}
async function focusEditor() {
  await page.keyboard.press('Escape');
  await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
}
async function goTo(line, col) { // Go to Line/Column (Ctrl+G), 1-based
  await focusEditor();
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(`${line}:${col}`);
  await page.keyboard.press('Enter');
  await sleep(200);
}
// the suggest widget's labels once all `labels` are visible (Ctrl+Space again if a trigger char did not open it)
async function waitSuggest(labels, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  let seen = [];
  for (let attempt = 0; Date.now() < end; attempt++) {
    seen = await page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts().catch(() => []);
    if (labels.every((l) => seen.includes(l))) return { ok: true, seen };
    if (attempt % 12 === 11) await page.keyboard.press('Control+Space');
    await sleep(250);
  }
  return { ok: false, seen };
}
const editorText = async () => clean(await page.locator('.editor-group-container .monaco-editor .view-lines').first().innerText());

async function step(name, fn) {
  try { await fn(); } catch (e) {
    console.error(e);
    if (!results.some((r) => r.name === name)) record(name, false, `error: ${(e && e.message || String(e)).split('\n')[0]}`);
    await shot(`failure-${name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => {});
  }
}

let cs, browser;
try {
  cs = spawn(env.CODE_SERVER, [
    '--bind-addr', `127.0.0.1:${PORT}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', env.CS_DATA, '--extensions-dir', env.CS_EXT, WS,
  ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const csLog = createWriteStream(path.join(env.LOGS, 'code-server.log'));
  cs.stdout.pipe(csLog); cs.stderr.pipe(csLog);
  for (let i = 0; i < 600 && !(await healthz()); i++) await sleep(100);
  log('code-server is up');

  // playwright refuses --user-data-dir in args: launchPersistentContext gets a fresh profile instead
  browser = await chromium.launchPersistentContext(mkdtempSync(path.join(env.LOGS, 'chromium-')), {
    executablePath: env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1152, height: 648 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = browser.pages()[0] || await browser.newPage();
  page.setDefaultTimeout(30000);
  await page.goto(`http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(WS)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  log('workbench rendered');

  await step('diagnostics in the Problems panel', async () => {
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90000 });
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="backup.sql"]').first().click();
    await page.waitForSelector('.editor-group-container .monaco-editor .view-lines');
    log('backup.sql opened');
    await page.keyboard.press('Control+Shift+M');
    // each expected diagnostic: its code and "Ln <line>" on one row, with the expected words
    const rowsMatch = async () => {
      const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => [])).map(clean);
      return expect.diagnostics.filter((e) => !rows.some((r) => r.includes(e.code) && r.includes(e.messageContains) && new RegExp(`Ln ${e.line}\\b`).test(r)));
    };
    let missing = expect.diagnostics;
    for (const end = Date.now() + 90000; Date.now() < end && missing.length; await sleep(250)) missing = await rowsMatch();
    await page.waitForSelector('.statusbar-item :text("Backup")', { timeout: 3000 }).catch(() => {});
    await shot('1-problems');
    record('diagnostics in the Problems panel', missing.length === 0,
      missing.length ? `missing ${missing.map((m) => `${m.code} at Ln ${m.line}`).join(', ')}; panel: ${await problems()}`
        : expect.diagnostics.map((e) => `${e.code} at Ln ${e.line}`).join(', '));
  });

  // A new statement typed at the end of the file: completion after `TO ` and inside `PARTITION (`.
  const firstTypedLine = readFileSync(path.join(WS, 'backup.sql'), 'utf8').split('\n').length;
  // what the steps below type at the end of the file goes again, whether they passed or not
  async function removeTypedLines() {
    try {
      await page.keyboard.press('Escape');
      await goTo(firstTypedLine, 1);
      await page.keyboard.press('Control+Shift+End');
      await page.keyboard.press('Delete');
    } catch (e) { console.error(e); }
  }
  await step('completion after TO lists repositories', async () => {
    await focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nBACKUP SNAPSHOT sales_db.snapshot_new\nTO ', { delay: 20 });
    const want = expect.completionAfterTo.mustInclude;
    const r = await waitSuggest(want);
    await shot('2-completion-repositories');
    record('completion after TO lists repositories', r.ok, `suggest widget: ${r.seen.join(', ') || '(none)'}`);
    await page.keyboard.press('Escape');
  });
  await step('completion inside PARTITION ( lists partitions', async () => {
    await page.keyboard.type(`${expect.completionAfterTo.mustInclude[1]}\nON (orders PARTITION (`, { delay: 20 });
    const want = expect.completionInPartition.mustInclude;
    const r = await waitSuggest(want);
    await shot('3-completion-partitions');
    record('completion inside PARTITION ( lists partitions', r.ok, `suggest widget: ${r.seen.join(', ') || '(none)'}`);
  });
  await step('completion details show the documentation resolved for the item', async () => {
    // With the list open, Ctrl+Space opens the focused item's details, which VS Code asks of completionItem/resolve.
    const want = expect.completionDetails.mustContain;
    await page.keyboard.press('Control+Space');
    let text = '';
    for (const end = Date.now() + 10000; Date.now() < end && !want.every((w) => text.includes(w)); await sleep(200))
      text = clean(await page.locator('.suggest-details:visible').first().innerText().catch(() => ''));
    await shot('3b-completion-details');
    const lacks = want.filter((w) => !text.includes(w));
    record('completion details show the documentation resolved for the item', lacks.length === 0,
      lacks.length ? `lacks ${lacks.join(', ')}; details: ${text || '(none)'}` : text);
  });
  await step('accepting a completion replaces the typed text with it', async () => {
    // The list is still open: typing filters it to one partition, Enter inserts it over what was typed (with the list's
    // default edit range, which VS Code reads).
    const a = expect.completionAccept;
    await page.keyboard.type(a.type, { delay: 20 });
    const r = await waitSuggest([a.label]);
    await page.keyboard.press('Enter');
    let text = '';
    for (const end = Date.now() + 10000; Date.now() < end && !text.includes(a.after); await sleep(200)) text = clean(await editorText());
    await shot('3b2-completion-accepted');
    const line = text.split('\n').find((l) => l.includes('orders PARTITION (')) ?? '(no PARTITION line)';
    record('accepting a completion replaces the typed text with it', r.ok && text.includes(a.after),
      `suggest widget: ${r.seen.join(', ') || '(none)'}; line reads: ${line.trim()}`);
  });
  await removeTypedLines();

  await step('completion of a property key typed after its quote', async () => {
    // Typed after its opening quote (VS Code closes the quote and the parenthesis): the key, labelled bare, is written
    // over the letters typed and the closing quote, so no quote is doubled.
    await focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nBACKUP SNAPSHOT sales_db.quoted TO nightly_repo ON (orders) PROPERTIES ("ti', { delay: 20 });
    const r = await waitSuggest(['timeout']);
    await page.keyboard.press('Enter');
    const want = expect.quotedKey.written.slice(expect.quotedKey.written.indexOf('('));
    let text = '';
    for (const end = Date.now() + 10000; Date.now() < end && !text.includes(want); await sleep(200)) text = clean(await editorText());
    await shot('3b3-completion-quoted-key');
    const line = text.split('\n').find((l) => l.includes('sales_db.quoted')) ?? '(line not found)';
    record('completion of a property key typed after its quote', r.ok && text.includes(want),
      `suggest widget: ${r.seen.join(', ') || '(none)'}; line reads: ${line.trim()}`);
  });
  await removeTypedLines();

  await step('signature help marks the clause being typed', async () => {
    // Typing `(` after ON triggers it; VS Code marks the active parameter in the widget's signature.
    await focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nBACKUP SNAPSHOT sales_db.signed TO nightly_repo ON (', { delay: 20 });
    const widget = page.locator('.parameter-hints-widget:visible').first();
    let signature = '', active = '';
    for (const end = Date.now() + 20000; Date.now() < end && !active.startsWith('[ON ('); await sleep(200)) {
      signature = clean(await widget.locator('.signature').innerText().catch(() => ''));
      active = clean(await widget.locator('.parameter.active').innerText().catch(() => ''));
    }
    await shot('3b4-signature-help');
    record('signature help marks the clause being typed', signature.startsWith('BACKUP [DATABASE db] SNAPSHOT') && active.startsWith('[ON ('),
      `signature: ${signature || '(none)'}; active: ${active || '(none)'}`);
  });
  await removeTypedLines();

  await step('inlay hint shows the database of a statement that names none', async () => {
    const h = expect.inlayHint;
    await focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n${h.type}`, { delay: 20 });
    let text = '';
    for (const end = Date.now() + 20000; Date.now() < end && !text.includes(h.shown); await sleep(250)) text = clean(await editorText());
    await shot('3c-inlay-hint');
    const line = text.split('\n').find((l) => l.includes(h.after)) || '(line not found)';
    record('inlay hint shows the database of a statement that names none', text.includes(h.shown), `line reads: ${line.trim()}`);
  });
  await removeTypedLines();

  await step('a diagnostic about an earlier statement links to it', async () => {
    // A second BACKUP to a snapshot name the first took: the Problems panel shows the error with, under it, the place
    // of the BACKUP that took the name (LSP's relatedInformation).
    const r = expect.relatedInformation;
    await focusEditor();
    await page.keyboard.press('Control+End');
    for (const statement of r.type) {
      await page.keyboard.type(`\n${statement}`, { delay: 20 });
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('Control+Shift+M');
    const shown = await waitProblems((t) => t.includes(r.code) && t.includes(r.message), 20000);
    await shot('3d-related-information');
    record('a diagnostic about an earlier statement links to it', shown.ok,
      shown.ok ? `${r.code} listed with "${r.message}"` : `panel: ${shown.text}`);
  });
  await removeTypedLines();

  await step('hover on a property key', async () => {
    const h = expect.hoverOnPropertyKey;
    await goTo(h.line, h.column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').first();
    await hover.waitFor({ timeout: 20000 });
    let text = '';
    for (const end = Date.now() + 10000; Date.now() < end; await sleep(200)) {
      text = clean(await hover.innerText().catch(() => ''));
      if (h.mustContain.every((w) => text.includes(w))) break;
    }
    await shot('4-hover');
    const lacks = h.mustContain.filter((w) => !text.includes(w));
    record('hover on a property key', lacks.length === 0,
      lacks.length ? `hover lacks ${lacks.join(', ')}: ${text}` : text.split('\n').filter(Boolean).slice(0, 2).join(' / '));
    await page.keyboard.press('Escape');
  });

  await step('quick fix applies and removes its diagnostic', async () => {
    const q = expect.quickFix;
    const item = page.locator(`.action-widget .monaco-list-row:has-text(${JSON.stringify(q.title)})`).first();
    // A Ctrl+. that lands while the editor is still settling after the hover opens no menu: asked once more, as a user would.
    for (let attempt = 1; ; attempt++) {
      await goTo(q.line, q.column);
      await page.keyboard.press('Control+.');
      try {
        await item.waitFor({ timeout: 10000 });
        break;
      } catch (e) {
        if (attempt === 2) throw e;
        log('quick fix menu not shown; asking again');
        await page.keyboard.press('Escape');
        await focusEditor();
      }
    }
    await shot('5-quick-fix-menu');
    await item.click();
    const gone = await waitProblems((t) => !t.includes(q.code), 20000);
    const fixed = (await editorText()).includes(q.after);
    await focusEditor();
    await page.keyboard.press('Control+Shift+M');
    await shot('6-quick-fix-applied');
    record('quick fix applies and removes its diagnostic', gone.ok && fixed,
      `${fixed ? `editor now has ${q.after}` : `editor lacks ${q.after}`}; ${gone.ok ? `${q.code} gone` : `${q.code} still listed`}`);
  });

  await step('catalog edit updates diagnostics without restart', async () => {
    const c = expect.catalogEdit;
    const before = await waitProblems((t) => t.includes(c.code), 10000);
    if (!before.ok) throw new Error(`${c.code} was not listed before the edit, so the edit cannot show anything`);
    const file = path.join(WS, 'starrocks-catalog.json');
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    catalog.repositories[c.addRepository] = { location: 's3a://bucket/archive', readOnly: false };
    writeFileSync(file, JSON.stringify(catalog, null, 2) + '\n');
    log(`added repository ${c.addRepository} to the catalog on disk`);
    const gone = await waitProblems((t) => !t.includes(c.code), 30000);
    await shot('7-catalog-edited');
    record('catalog edit updates diagnostics without restart', gone.ok,
      gone.ok ? `${c.code} for ${c.addRepository} gone after the edit` : `${c.code} still listed: ${gone.text}`);
  });

  await step('rename (F2) changes every mention of a repository', async () => {
    const r = expect.renameRepository;
    await focusEditor();
    await goTo(r.line, r.column);
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-box .rename-input').first();
    await input.waitFor({ timeout: 20000 });
    // fill the box itself: keys sent before it takes the focus would edit the document
    await input.fill(r.to);
    await shot('8-rename');
    await input.press('Enter');
    // view lines are not in document order in the DOM: count the mentions rather than place them
    let count = 0, left = 0;
    for (const end = Date.now() + 20000; Date.now() < end; await sleep(250)) {
      const text = await editorText();
      count = text.split(r.to).length - 1;
      left = text.split(r.from).length - 1;
      if (count === r.mentions && left === 0) break;
    }
    record('rename (F2) changes every mention of a repository', count === r.mentions && left === 0,
      `${count} × ${r.to}, ${left} × ${r.from} left (expected ${r.mentions} and 0)`);
  });
  await step('workspace symbols find a statement of a script that is not open', async () => {
    const w = expect.workspaceSymbol;
    const [name, file] = w.found[0].split(' @ ');
    await focusEditor();
    // Go to Symbol in Workspace: quick open in its '#' mode
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').first().waitFor({ timeout: 20000 });
    await page.keyboard.type(`#${w.query}`);
    let rows = [];
    for (const end = Date.now() + 20000; Date.now() < end; await sleep(250)) {
      rows = (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts().catch(() => [])).map(clean);
      if (rows.some((r) => r.includes(name) && r.includes(file))) break;
    }
    await shot('9-workspace-symbols');
    await page.keyboard.press('Escape');
    const ok = rows.some((r) => r.includes(name) && r.includes(file));
    record('workspace symbols find a statement of a script that is not open', ok,
      ok ? `${name} in ${file}` : `rows: ${JSON.stringify(rows).slice(0, 200)}`);
  });
  await step('Fix All applies the certain fixes', async () => {
    const f = expect.fixAll;
    await focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n${f.type}`, { delay: 20 });
    await page.keyboard.press('Escape');
    const listed = await waitProblems((t) => t.includes(f.code), 20000);
    if (!listed.ok) throw new Error(`${f.code} was not listed for the typed statement, so Fix All has nothing to show`);
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').first().waitFor({ timeout: 20000 });
    await page.keyboard.type('Fix All', { delay: 20 });
    // editor.action.fixAll, which asks the server for source.fixAll actions
    await page.locator('.quick-input-list .monaco-list-row:has-text("Fix All")').first().click({ timeout: 20000 });
    let text = '';
    for (const end = Date.now() + 20000; Date.now() < end && !text.includes(f.after); await sleep(250)) text = clean(await editorText());
    await shot('10-fix-all');
    const line = text.split('\n').find((l) => l.includes('fix_all')) || '(line not found)';
    record('Fix All applies the certain fixes', text.includes(f.after), `line reads: ${line.trim()}`);
  });
  await removeTypedLines();
  // by the command palette: a key such as Ctrl+W may be the browser's
  async function runCommand(title) {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').first().waitFor({ timeout: 20000 });
    await page.keyboard.type(title, { delay: 20 });
    await page.locator(`.quick-input-list .monaco-list-row:has-text("${title}")`).first().click({ timeout: 20000 });
  }
  await step('closing a script takes its problems away', async () => {
    const w = expect.workspaceDiagnostics;
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${w.file}"]`).first().click();
    const listed = await waitProblems((t) => t.includes(w.file) && t.includes(w.code), 30000);
    if (!listed.ok) throw new Error(`${w.code} of ${w.file} was not listed while it was open, so closing it can show nothing`);
    await runCommand('View: Close Editor');
    const gone = await waitProblems((t) => !t.includes(w.file), 20000);
    record('closing a script takes its problems away', gone.ok, gone.ok ? `${w.file} no longer listed` : `panel: ${gone.text}`);
  });
  await step('workspace diagnostics list a script that is not open', async () => {
    const w = expect.workspaceDiagnostics;
    if ((await problems()).includes(w.file)) throw new Error(`${w.file} is listed before diagnosticMode asks for the workspace`);
    // the workspace's settings, as the settings editor writes them: the server is told and asks VS Code to pull again
    mkdirSync(path.join(WS, '.vscode'), { recursive: true });
    writeFileSync(path.join(WS, '.vscode', 'settings.json'), JSON.stringify({ 'starrocksBackup.diagnosticMode': 'workspace' }, null, 2) + '\n');
    const listed = await waitProblems((t) => t.includes(w.file) && t.includes(w.code), 30000);
    await shot('11-workspace-diagnostics');
    record('workspace diagnostics list a script that is not open', listed.ok,
      listed.ok ? `${w.code} of ${w.file} listed` : `panel: ${listed.text}`);
  });
  await step('the status item shows for a new file set to SQL', async () => {
    // Its editor stays active while the language changes: VS Code reopens the document in it.
    const item = page.locator('.statusbar-item:has-text("StarRocks")');
    await runCommand('File: New Untitled Text File');
    await page.waitForSelector('.editor-group-container .monaco-editor .view-lines');
    for (const end = Date.now() + 10000; Date.now() < end && await item.isVisible(); await sleep(250));
    const hiddenBefore = !(await item.isVisible());
    await runCommand('Change Language Mode');
    await page.keyboard.type('sql', { delay: 20 }); // the list is long and shows only its first rows
    await page.locator('.quick-input-list .monaco-list-row:has-text("(sql)")').first().click({ timeout: 20000 });
    let shown = false;
    for (const end = Date.now() + 20000; Date.now() < end && !shown; await sleep(250)) shown = await item.isVisible();
    await shot('12-untitled-sql-status');
    record('the status item shows for a new file set to SQL', hiddenBefore && shown,
      `hidden for plain text: ${hiddenBefore}; shown once SQL: ${shown}`);
  });
  await step('a catalog catalogPath names is edited as JSON with comments', async () => {
    // One file open before catalogPath names it, one opened after: both are JSON with comments once named.
    const openBefore = 'cluster-catalog.json';
    const openAfter = 'other-cluster-catalog.json';
    const catalog = readFileSync(path.join(WS, 'starrocks-catalog.json'), 'utf8');
    const name = async (named) => {
      writeFileSync(path.join(WS, '.vscode', 'settings.json'),
        JSON.stringify({ 'starrocksBackup.diagnosticMode': 'workspace', 'starrocksBackup.catalogPath': named }, null, 2) + '\n');
      await sleep(2000); // the settings file read again
    };
    const open = async (file) => {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').first().waitFor({ timeout: 20000 });
      await page.keyboard.type(file, { delay: 20 });
      await page.locator(`.quick-input-list .monaco-list-row:has-text("${file}")`).first().click({ timeout: 20000 });
    };
    const mode = page.locator('.statusbar-item:has-text("JSON with Comments")');
    const becomesJsonc = async () => {
      let jsonc = false;
      for (const end = Date.now() + 20000; Date.now() < end && !jsonc; await sleep(250)) jsonc = await mode.isVisible();
      return jsonc;
    };
    const modeShown = async () => (await page.locator('.statusbar-item').allInnerTexts()).map(clean).join(' | ');
    writeFileSync(path.join(WS, openBefore), catalog);
    writeFileSync(path.join(WS, openAfter), catalog);
    await open(openBefore);
    await sleep(1000);
    const jsonBefore = !(await mode.isVisible());
    await name(openBefore);
    const namedWhileOpen = await becomesJsonc();
    await name(openAfter);
    await open(openAfter);
    const openedNamed = await becomesJsonc();
    await shot('13-named-catalog-jsonc');
    record('a catalog catalogPath names is edited as JSON with comments', jsonBefore && namedWhileOpen && openedNamed,
      `${openBefore} JSON before it was named: ${jsonBefore}; JSON with Comments once named while open: ${namedWhileOpen}; ` +
      `${openAfter} opened once named: ${openedNamed}` + (openedNamed ? '' : `; language mode: ${await modeShown()}`));
  });
} catch (e) {
  console.error(e);
  if (page) await shot('failure').catch(() => {});
} finally {
  if (browser) await browser.close().catch(() => {});
  if (cs) { try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ } }
  writeFileSync(path.join(env.LOGS, 'result.json'), JSON.stringify({ results, seconds: (Date.now() - t0) / 1000 }, null, 2));
  log('done');
  process.exit(0); // run.sh counts the PASS/FAIL lines (and the ones that never came)
}
