import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogFileName } from '../src/starterCatalog';
import { servedLanguages } from '../src/status';

// Tests run with the extension folder as the working directory, after the build.
const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

test('every file package.json refers to exists', () => {
  const files = [
    manifest.main,
    ...contributes.grammars.map((g: { path: string }) => g.path),
    ...contributes.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
    ...contributes.jsonValidation.map((v: { url: string }) => v.url),
  ];
  assert.deepEqual(files.filter(file => !existsSync(join(root, file))), []);
});

test('the catalog file opens as JSON with comments, which the server reads too', () => {
  const jsonc = contributes.languages.find((l: { id: string }) => l.id === 'jsonc');
  assert.deepEqual(jsonc.filenames, ['starrocks-catalog.json']);
});

test('a folder of a multi-root workspace may set the settings the server pulls per folder; the others are the window\'s', () => {
  // The server asks for the section in each folder's scope, and reads diagnosticMode from the unscoped answer only.
  const scopes = Object.fromEntries(['catalogPath', 'starrocksVersion', 'ruleSeverity', 'diagnosticMode']
    .map(name => [name, contributes.configuration.properties[`starrocksBackup.${name}`].scope]));
  assert.deepEqual(scopes, { catalogPath: 'resource', starrocksVersion: 'resource', ruleSeverity: 'resource', diagnosticMode: 'window' });
});

test('the extension starts with a served language, or in a workspace that holds a catalog file, whose errors it then reports', () => {
  // Any folder depth, as catalogPath may name a catalog file of that name below the root. VS Code has no activation event
  // for opening a file of a given name, and one for every JSON file would be too broad.
  assert.deepEqual(manifest.activationEvents, [
    ...servedLanguages.map(language => `onLanguage:${language}`),
    `workspaceContains:**/${catalogFileName}`,
  ]);
});

test('grammar scope names match the grammar files', () => {
  for (const g of contributes.grammars as { path: string; scopeName: string }[]) {
    assert.equal(JSON.parse(readFileSync(join(root, g.path), 'utf8')).scopeName, g.scopeName);
  }
  const injection = contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
  assert.deepEqual(injection.injectTo, ['source.sql']);
});

test('settings have defaults and descriptions', () => {
  const properties = contributes.configuration.properties as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(properties).sort(), [
    'starrocksBackup.catalogPath',
    'starrocksBackup.diagnosticMode',
    'starrocksBackup.ruleSeverity',
    'starrocksBackup.server.path',
    'starrocksBackup.starrocksVersion',
    'starrocksBackup.trace.server',
  ]);
  for (const [key, p] of Object.entries(properties)) {
    assert.ok('default' in p, `${key} has no default`);
    assert.ok(p.description || p.markdownDescription, `${key} has no description`);
  }
});

test('commands are contributed with titles', () => {
  assert.deepEqual(contributes.commands.map((c: { command: string }) => c.command).sort(), [
    'starrocksBackup.createCatalog',
    'starrocksBackup.restartServer',
    'starrocksBackup.showOutput',
  ]);
});

// The rules as the server's sources declare them: new("SRB204", "incremental-backup", DiagnosticSeverity.Warning, ...
function serverRules(): { code: string; name: string; severity: string }[] {
  const serverFolder = join(root, '..', 'server');
  const declaration = /new\("(SRB\d+)", "([a-z0-9-]+)", DiagnosticSeverity\.(\w+)/g;
  return (readdirSync(serverFolder, { recursive: true }) as string[])
    .filter(file => file.endsWith('.cs'))
    .flatMap(file => [...readFileSync(join(serverFolder, file), 'utf8').matchAll(declaration)])
    .map(([, code, name, severity]) => ({ code, name, severity: severity.toLowerCase() }));
}

const ruleSeverity = contributes.configuration.properties['starrocksBackup.ruleSeverity'];

test('ruleSeverity lists exactly the rules the server lets the settings change, with their names and defaults', () => {
  const rules = serverRules();
  assert.ok(rules.length > 50, `only ${rules.length} rules found in the server's sources`);
  // The server refuses a level for its internal error, which reports a failure of the analyser itself.
  const configurable = rules.filter(rule => rule.name !== 'internal-error');
  const listed = Object.entries(ruleSeverity.properties as Record<string, { markdownDescription: string }>).map(([code, p]) => {
    const [, name, severity] = /^`([^`]+)` \((\w+) by default\)/.exec(p.markdownDescription) ?? [];
    return { code, name, severity };
  });
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  assert.deepEqual(listed.sort(byCode), configurable.sort(byCode));
});

test('ruleSeverity keys are the codes and names of those rules, in any case, as the server reads them', () => {
  const key = new RegExp(ruleSeverity.propertyNames.pattern, 'u');
  for (const code of Object.keys(ruleSeverity.properties)) {
    assert.match(code, key);
    assert.match(code.toLowerCase(), key);
  }
  for (const { name } of serverRules().filter(rule => rule.name !== 'internal-error')) {
    assert.match(name, key);
    assert.match(name.toUpperCase(), key);
  }
  for (const wrong of ['SRB999', 'internal-error', 'SRB2O4', 'SRB20', 'SRB2040', 'incremental', 'xSRB204', 'SRB204 ']) {
    assert.doesNotMatch(wrong, key);
  }
});

test('ruleSeverity values are the levels in any case, with spaces around, as the server reads them, and offer the lower-case ones', () => {
  const schemas = [...Object.values(ruleSeverity.properties), ruleSeverity.additionalProperties] as
    { anyOf: { enum?: string[]; pattern?: string }[] }[];
  for (const schema of schemas) {
    const [offered, pattern] = [schema.anyOf.find(s => s.enum)!.enum!, schema.anyOf.find(s => s.pattern)!.pattern!];
    assert.deepEqual(offered, ['off', 'hint', 'information', 'warning', 'error']);
    const level = new RegExp(pattern, 'u');
    for (const accepted of [...offered, 'Error', 'WARNING', ' hint ', 'inFormation'])
      assert.match(accepted, level);
    for (const refused of ['err', 'info', 'none', '1', 'warning,error', 'errors', ''])
      assert.doesNotMatch(refused, level);
  }
});

test('the server\'s keywords take the colour the grammars give the backup keywords, in every served language', () => {
  // VS Code maps a semantic keyword to keyword.control, which themes colour apart from SQL's keywords.
  const grammarScopes = contributes.grammars.flatMap((g: { path: string }) => {
    const text = readFileSync(join(root, g.path), 'utf8');
    return [...text.matchAll(/"name": "(keyword\.other\.backup\.[\w.-]+)"/g)].map(m => m[1]);
  });
  const mapped = new Map((contributes.semanticTokenScopes as { language: string; scopes: { keyword: string[] } }[])
    .map(s => [s.language, s.scopes.keyword]));
  assert.deepEqual([...mapped.keys()].sort(), [...servedLanguages].sort());
  for (const scopes of mapped.values())
    assert.ok(scopes.every(scope => grammarScopes.includes(scope)), `${scopes} is no scope of the grammars`);
});
