import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// vscode-tmgrammar-test compares a prohibited scope (after ` - `) with each token scope for equality: `- string`
// never fails, since tokens carry `string.quoted.single.sql`. A prohibited scope must be one a grammar can produce.

// Tests run with the extension folder as the working directory.
const testsFolder = join(process.cwd(), '..', 'syntaxes', 'tests');
const grammarMap = JSON.parse(readFileSync(join(testsFolder, 'grammars.json'), 'utf8'));

function scopesOf(grammar: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(grammar)) {
    grammar.forEach(child => scopesOf(child, into));
  } else if (grammar && typeof grammar === 'object') {
    for (const [key, value] of Object.entries(grammar)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        value.split(/\s+/).forEach(scope => into.add(scope));
      } else {
        scopesOf(value, into);
      }
    }
  }
  return into;
}

const producible = new Set<string>();
for (const { path } of grammarMap.contributes.grammars as { path: string }[]) {
  scopesOf(JSON.parse(readFileSync(join(testsFolder, path), 'utf8')), producible);
}

/** The prohibited scopes of each assertion line (`-- ^^^ scope - prohibited ...` or `-- <--- ... - prohibited`). */
function prohibitedScopes(file: string): { line: number; scope: string }[] {
  return readFileSync(join(testsFolder, file), 'utf8').split('\n').flatMap((text, index) => {
    const assertion = /^--\s*(?:\^+\s*|<~*-+)(.*)$/.exec(text);
    const prohibited = assertion ? /(?:^|\s)-\s+(.*)$/.exec(assertion[1]) : null;
    return prohibited ? prohibited[1].split(/\s+/).filter(Boolean).map(scope => ({ line: index + 1, scope })) : [];
  });
}

const testFiles = readdirSync(testsFolder).filter(name => /\.test\./.test(name));

test('the grammar tests have prohibited scopes to check', () => {
  assert.ok(testFiles.length >= 2, testFiles.join(', '));
  assert.ok(testFiles.flatMap(prohibitedScopes).length > 10);
  assert.ok(producible.has('comment.block') && producible.has('keyword.other.backup.starrocks-sql'));
});

test('every prohibited scope in the grammar tests is one a grammar produces, so that it can fail', () => {
  const vacuous = testFiles.flatMap(file =>
    prohibitedScopes(file).filter(({ scope }) => !producible.has(scope)).map(({ line, scope }) => `${file}:${line} ${scope}`));
  assert.deepEqual(vacuous, []);
});
