// Turns what a headless editor probe saw (its RESULT json) into named checks against fixtures/expect.json.
// Usage: node verdict.mjs EDITOR RESULT_JSON EXPECT_JSON [workspace] >> checks.tsv
// With "workspace", only the checks of diagnosticMode "workspace" are judged: the probe sets it and looks at nothing else.
// Prints one line per check: PASS|FAIL <tab> check name <tab> detail.
import { readFileSync } from 'node:fs';

const [editor, resultFile, expectFile, focus] = process.argv.slice(2);
const workspaceOnly = focus === 'workspace';
const expect = JSON.parse(readFileSync(expectFile, 'utf8'));
let result = {};
try { result = JSON.parse(readFileSync(resultFile, 'utf8')); } catch (e) { result = { error: `no result: ${e.message}` }; }
const why = result.error ? ` (probe error: ${result.error})` : '';
const short = (s) => JSON.stringify(s).slice(0, 160);

function check(name, ok, detail) {
  console.log(`${ok ? 'PASS' : 'FAIL'}\t${editor}: ${name}\t${ok ? detail : detail + why}`);
}

// diagnostics: each expected code on its line, with the expected words in the message
const diags = (result.diagnostics || []).map(d => ({
  line: d.line,
  code: d.code || ((d.message || '').match(/SRB\d{3}/) || [])[0],
  message: d.message || '',
}));
const missing = expect.diagnostics.filter(e =>
  !diags.some(d => d.code === e.code && d.line === e.line && d.message.includes(e.messageContains)));
if (!workspaceOnly) check('diagnostics', diags.length > 0 && missing.length === 0,
  missing.length ? `missing ${missing.map(m => `${m.code}@${m.line}`).join(', ')}; got ${short(diags.map(d => `${d.code}@${d.line}`))}`
                 : diags.map(d => `${d.code}@${d.line}`).join(', '));

// completion after `TO `: the catalog's writable repositories
const labels = result.completion || [];
const absent = expect.completionAfterTo.mustInclude.filter(l => !labels.includes(l));
if (!workspaceOnly) check('completion after TO lists repositories', labels.length > 0 && absent.length === 0,
  absent.length ? `missing ${absent.join(', ')}; got ${short(labels)}` : labels.join(', '));

// a property key typed after its quote, for the probes that complete one: the lines the editor would write
if (result.quoted_key) {
  const written = result.quoted_key;
  check('completion of a property key typed after its quote', written.includes(expect.quotedKey.written),
    `${short(written)} (expected ${expect.quotedKey.written} among them)`);
}

// signature help, for the probes that ask (run.sh fails one that asked and got none): the syntax with the clause being typed marked
if (result.signature_help) {
  const { label = '', active = '' } = result.signature_help;
  check('signature help marks the clause being typed', label.startsWith('BACKUP [DATABASE db] SNAPSHOT') && active.startsWith('[ON ('),
    `signature: ${short(label) || '(none)'}; active: ${active || '(none)'}`);
}

// the completion function the README sets, for the probes that set one: still the client's in a .sql buffer
if ('omnifunc' in result) {
  check('omnifunc of a .sql buffer is the client\'s', result.omnifunc === 'ale#completion#OmniFunc', short(result.omnifunc));
}

// hover on a property key: its documentation
const hover = typeof result.hover === 'string' ? result.hover : '';
const lacks = expect.hoverOnPropertyKey.mustContain.filter(w => !hover.includes(w));
if (!workspaceOnly) check(`hover on a property key`, hover.length > 0 && lacks.length === 0,
  lacks.length ? `hover lacks ${lacks.join(', ')}: ${short(hover)}` : short(hover.split('\n')[0] + ' …'));

// highlights of a repository, for the clients that ask: every line that names it
if (result.highlights) {
  const lines = result.highlights.join(', ');
  check('highlights of a repository', lines === expect.highlightOnRepository.lines.join(', '),
    `lines ${lines} (expected ${expect.highlightOnRepository.lines.join(', ')})`);
}

// workspace symbol search, for the clients that ask: the statement of a script on disk that no editor opened
if (result.workspace_symbols) {
  const found = result.workspace_symbols.join(', ');
  check(`workspace symbols for "${expect.workspaceSymbol.query}"`, found === expect.workspaceSymbol.found.join(', '),
    `${found} (expected ${expect.workspaceSymbol.found.join(', ')})`);
}

// a catalog edited on disk, for the probes that edit it: the diagnostic it answers goes without a restart
if (result.catalog_edit) {
  check('catalog edit updates diagnostics without restart', result.catalog_edit.ok === true, result.catalog_edit.detail);
}

// diagnosticMode "workspace" for a client that is pushed diagnostics, for the probes that set it: a script that is not
// open is listed, and its diagnostics go once it is fixed on disk (where the probe can try it)
if (result.workspace_diagnostics || workspaceOnly) {
  const w = result.workspace_diagnostics || {};
  const { file, code } = expect.workspaceDiagnostics;
  const inQuickfix = (w.quickfix || []).filter(item => item.startsWith(`${file}:`));
  check('workspace diagnostics list a script that is not open',
    w.listed === true && (w.codes || []).includes(code) && w.loaded === false && inQuickfix.length > 0,
    `${file}: ${short(w.codes)}, buffer ${w.loaded ? 'loaded' : 'not loaded'}; quickfix: ${short(inQuickfix)}`);
  if (!w.fix_not_tried) check('a script that is not open loses its diagnostics once fixed on disk', w.cleared === true,
    w.cleared === true ? `gone ${w.cleared_after_ms} ms after the fix`
      : w.listed === true ? `still there ${w.cleared_after_ms} ms after the fix` : 'never listed');
}

// shutdown + exit, for the clients that send them (ALE just closes the pipe): the server ends by itself
if (result.shutdown) {
  check('server exits after shutdown/exit', result.shutdown.clean === true, result.shutdown.detail);
}
