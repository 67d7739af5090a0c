import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

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
