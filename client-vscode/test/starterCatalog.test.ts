import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogFile, starterCatalog, writeStarterCatalog } from '../src/starterCatalog';

test('without catalogPath the catalog is starrocks-catalog.json in the folder', () => {
  assert.equal(catalogFile('', '/ws', 'linux'), '/ws/starrocks-catalog.json');
});

test('a relative catalogPath is resolved against the folder', () => {
  assert.equal(catalogFile('config/prod.json', '/ws', 'linux'), '/ws/config/prod.json');
  assert.equal(catalogFile('../shared/./catalog.json', '/ws/app', 'linux'), '/ws/shared/catalog.json');
});

test('an absolute catalogPath is used as it is, with or without a folder', () => {
  assert.equal(catalogFile('/etc/starrocks/catalog.json', '/ws', 'linux'), '/etc/starrocks/catalog.json');
  assert.equal(catalogFile('/etc/starrocks/../catalog.json', undefined, 'linux'), '/etc/catalog.json');
});

test('a `..` after a link goes up from where the link leads, as the server and the shell read it', async () => {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'catalog-link-')));
  try {
    await mkdir(join(dir, 'shared', 'inner'), { recursive: true });
    await mkdir(join(dir, 'ws'));
    await symlink(join(dir, 'shared', 'inner'), join(dir, 'ws', 'lnk'));
    assert.equal(catalogFile('lnk/../prod.json', join(dir, 'ws'), 'linux'), join(dir, 'shared', 'prod.json'));
    assert.equal(catalogFile(`${dir}/ws/lnk/../prod.json`, undefined, 'linux'), join(dir, 'shared', 'prod.json'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('without a folder a relative catalogPath, or none, names no file', () => {
  assert.equal(catalogFile('', undefined, 'linux'), undefined);
  assert.equal(catalogFile('config/prod.json', undefined, 'linux'), undefined);
});

test('Windows paths', () => {
  assert.equal(catalogFile('', 'C:\\ws', 'win32'), 'C:\\ws\\starrocks-catalog.json');
  assert.equal(catalogFile('config/prod.json', 'C:\\ws', 'win32'), 'C:\\ws\\config\\prod.json');
  assert.equal(catalogFile('D:\\catalogs\\prod.json', 'C:\\ws', 'win32'), 'D:\\catalogs\\prod.json');
});

test('the starter catalog is written with the folders above it, and never over an existing file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'starter-catalog-'));
  try {
    const file = join(dir, 'config', 'prod.json');
    assert.equal(await writeStarterCatalog(file), 'created');
    assert.equal(await readFile(file, 'utf8'), starterCatalog);

    await writeFile(file, '{ "defaultDatabase": "mine" }');
    assert.equal(await writeStarterCatalog(file), 'exists');
    assert.equal(await readFile(file, 'utf8'), '{ "defaultDatabase": "mine" }');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
