import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeStatus, isStatusShown, StatusParams, statusOfCatalog } from '../src/status';

const catalog = { path: '/ws/starrocks-catalog.json', repositories: 2, databases: 1, tables: 3 };

test('ready with a catalog shows the file name and counts', () => {
  const view = describeStatus('ready', { catalog, catalogError: null });
  assert.equal(view.text, '$(database) StarRocks: starrocks-catalog.json (2 repos, 1 db, 3 tables)');
  assert.match(view.tooltip, /\/ws\/starrocks-catalog\.json/);
  assert.equal(view.severity, 'normal');
});

test('counts of one are singular, Windows paths show their file name', () => {
  const view = describeStatus('ready', { catalog: { path: 'C:\\ws\\cat.json', repositories: 1, databases: 2, tables: 1 }, catalogError: null });
  assert.equal(view.text, '$(database) StarRocks: cat.json (1 repo, 2 dbs, 1 table)');
});

test('ready without a catalog says so', () => {
  assert.equal(describeStatus('ready', { catalog: null, catalogError: null }).text, '$(database) StarRocks: no catalog');
  assert.equal(describeStatus('ready', undefined).text, '$(database) StarRocks: no catalog');
});

test('a catalog error shows a warning with the error in the tooltip', () => {
  const view = describeStatus('ready', { catalog, catalogError: 'starrocks-catalog.json: unknown field "tabels" at databases.db1' });
  assert.match(view.text, /^\$\(warning\) StarRocks: starrocks-catalog\.json/);
  assert.match(view.tooltip, /unknown field "tabels"/);
  assert.match(view.tooltip, /last good catalog/);
  assert.equal(view.severity, 'warning');
  const none = describeStatus('ready', { catalog: null, catalogError: 'broken' });
  assert.equal(none.text, '$(warning) StarRocks: no catalog');
});

test('starting, stopped and failed states', () => {
  assert.equal(describeStatus('starting', undefined).text, '$(sync~spin) StarRocks: starting');
  assert.equal(describeStatus('stopped', { catalog, catalogError: null }).text, '$(circle-slash) StarRocks: stopped');
  const failed = describeStatus('failed', undefined, 'dotnet was not found');
  assert.equal(failed.text, '$(error) StarRocks: failed');
  assert.match(failed.tooltip, /dotnet was not found/);
  assert.equal(failed.severity, 'error');
});

test('the item shows beside the served languages, and whatever the editor once the server failed or stopped', () => {
  for (const state of ['starting', 'ready'] as const) {
    assert.equal(isStatusShown(state, 'sql'), true);
    assert.equal(isStatusShown(state, 'starrocks-sql'), true);
    assert.equal(isStatusShown(state, 'markdown'), false);
    assert.equal(isStatusShown(state, undefined), false);
  }
  for (const state of ['failed', 'stopped'] as const) {
    assert.equal(isStatusShown(state, 'markdown'), true);
    assert.equal(isStatusShown(state, undefined), true);
  }
});

test('the status shows the catalog of the active editor\'s folder as the server lists it, and no catalog for a file it does not list', () => {
  const other = { path: '/ws/eu/starrocks-catalog.json', repositories: 5, databases: 4, tables: 9 };
  const status: StatusParams = {
    catalogs: [
      { path: catalog.path, catalog, catalogError: null },
      { path: other.path, catalog: other, catalogError: 'starrocks-catalog.json: unknown field "tabels"' },
    ],
  };
  assert.deepEqual(statusOfCatalog(status, other.path, 'linux'), status.catalogs[1]);
  assert.equal(describeStatus('ready', statusOfCatalog(status, other.path, 'linux')).text, '$(warning) StarRocks: starrocks-catalog.json (5 repos, 4 dbs, 9 tables)');
  assert.equal(describeStatus('ready', statusOfCatalog(status, catalog.path, 'linux')).text, '$(database) StarRocks: starrocks-catalog.json (2 repos, 1 db, 3 tables)');
  // Settings the server has not taken yet, or a relative catalogPath without a folder to resolve it in.
  assert.equal(statusOfCatalog(status, '/ws/us/starrocks-catalog.json', 'linux'), undefined);
  assert.equal(statusOfCatalog(status, undefined, 'linux'), undefined);
  assert.equal(describeStatus('ready', statusOfCatalog(status, undefined, 'linux')).text, '$(database) StarRocks: no catalog');
});

test('the active folder\'s catalog is found as the server compares paths: by case on Linux alone', () => {
  const file = 'C:\\ws\\eu\\starrocks-catalog.json';
  const status: StatusParams = { catalogs: [{ path: file, catalog, catalogError: null }] };
  assert.equal(statusOfCatalog(status, file.toLowerCase(), 'win32')?.catalog, catalog);
  assert.equal(statusOfCatalog(status, file.toLowerCase(), 'darwin')?.catalog, catalog);
  assert.equal(statusOfCatalog(status, file.toLowerCase(), 'linux'), undefined);
});
