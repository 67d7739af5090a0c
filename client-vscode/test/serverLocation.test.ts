import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { LocateOptions, locationDependsOnTrust, resolveServer, runtimeIdentifier } from '../src/serverLocation';

const ext = '/ext';

function options(files: string[], overrides: Partial<LocateOptions> = {}): LocateOptions {
  const existing = new Set(files);
  return {
    extensionPath: ext,
    configuredPath: '',
    trusted: true,
    platform: 'linux',
    arch: 'x64',
    env: { PATH: '/usr/bin:/usr/local/bin' },
    isFile: file => existing.has(file),
    ...overrides,
  };
}

test('runtime identifiers follow .NET naming', () => {
  assert.equal(runtimeIdentifier('linux', 'x64'), 'linux-x64');
  assert.equal(runtimeIdentifier('linux', 'x64', true), 'linux-musl-x64');
  assert.equal(runtimeIdentifier('darwin', 'arm64'), 'osx-arm64');
  assert.equal(runtimeIdentifier('win32', 'x64'), 'win-x64');
});

test('the bundled native server is preferred', () => {
  const r = resolveServer(options(['/ext/server/linux-x64/backup-lsp', '/ext/server/dotnet/backup-lsp.dll', '/usr/bin/dotnet']));
  assert.deepEqual(r.ok && r.launch.command, '/ext/server/linux-x64/backup-lsp');
  assert.deepEqual(r.ok && r.launch.args, []);
});

test('without a native server for this platform the .NET build runs with dotnet from PATH', () => {
  const r = resolveServer(options(['/ext/server/linux-x64/backup-lsp', '/ext/server/dotnet/backup-lsp.dll', '/usr/local/bin/dotnet'], { arch: 'arm64' }));
  assert.ok(r.ok);
  assert.equal(r.launch.command, '/usr/local/bin/dotnet');
  assert.deepEqual(r.launch.args, ['/ext/server/dotnet/backup-lsp.dll']);
});

test('DOTNET_ROOT wins over PATH', () => {
  const r = resolveServer(options(['/ext/server/dotnet/backup-lsp.dll', '/usr/bin/dotnet', '/opt/dotnet/dotnet'], {
    env: { PATH: '/usr/bin', DOTNET_ROOT: '/opt/dotnet' },
  }));
  assert.equal(r.ok && r.launch.command, '/opt/dotnet/dotnet');
});

test('Windows uses .exe names and the Path variable', () => {
  const r = resolveServer(options(['C:\\ext\\server\\dotnet\\backup-lsp.dll', 'C:\\dotnet\\dotnet.exe'], {
    extensionPath: 'C:\\ext', platform: 'win32', env: { Path: 'C:\\Windows;C:\\dotnet' },
  }));
  assert.ok(r.ok);
  assert.equal(r.launch.command, 'C:\\dotnet\\dotnet.exe');
  const native = resolveServer(options(['C:\\ext\\server\\win-x64\\backup-lsp.exe'], { extensionPath: 'C:\\ext', platform: 'win32' }));
  assert.equal(native.ok && native.launch.command, 'C:\\ext\\server\\win-x64\\backup-lsp.exe');
});

test('the .NET build without dotnet gives an error that says to install .NET', () => {
  const r = resolveServer(options(['/ext/server/dotnet/backup-lsp.dll'], { env: { PATH: '/usr/bin' } }));
  assert.ok(!r.ok);
  assert.match(r.message, /\.NET 10 runtime/);
  assert.match(r.message, /starrocksBackup\.server\.path/);
});

test('no server at all gives an error that names the setting', () => {
  const r = resolveServer(options(['/usr/bin/dotnet']));
  assert.ok(!r.ok);
  assert.match(r.message, /no language server for linux-x64/);
  assert.match(r.message, /starrocksBackup\.server\.path/);
});

test('server.path to an executable overrides the bundled server', () => {
  const r = resolveServer(options(['/ext/server/linux-x64/backup-lsp', '/opt/lsp/backup-lsp'], { configuredPath: ' /opt/lsp/backup-lsp ' }));
  assert.ok(r.ok);
  assert.equal(r.launch.command, '/opt/lsp/backup-lsp');
  assert.deepEqual(r.launch.args, []);
});

test('server.path to a .dll runs it with dotnet', () => {
  const r = resolveServer(options(['/opt/lsp/Backup-Lsp.DLL', '/usr/bin/dotnet'], { configuredPath: '/opt/lsp/Backup-Lsp.DLL' }));
  assert.ok(r.ok);
  assert.equal(r.launch.command, '/usr/bin/dotnet');
  assert.deepEqual(r.launch.args, ['/opt/lsp/Backup-Lsp.DLL']);
});

test('a relative server.path is resolved against the workspace folder', () => {
  const r = resolveServer(options(['/ws/out/backup-lsp'], { configuredPath: 'out/backup-lsp', workspaceFolder: '/ws' }));
  assert.equal(r.ok && r.launch.command, '/ws/out/backup-lsp');
});

test('a server.path that does not exist is an error, not a silent fallback', () => {
  const r = resolveServer(options(['/ext/server/linux-x64/backup-lsp'], { configuredPath: '/nowhere/backup-lsp' }));
  assert.ok(!r.ok);
  assert.match(r.message, /\/nowhere\/backup-lsp.*does not exist/);
});

test('on musl the glibc native server is passed over for the .NET build', () => {
  const r = resolveServer(options(['/ext/server/linux-x64/backup-lsp', '/ext/server/dotnet/backup-lsp.dll', '/usr/bin/dotnet'], { musl: true }));
  assert.ok(r.ok);
  assert.deepEqual(r.launch.args, ['/ext/server/dotnet/backup-lsp.dll']);
});

test('a relative server path runs nothing in an untrusted workspace', () => {
  const files = ['/work/tools/backup-lsp'];
  const untrusted = resolveServer(options(files, { configuredPath: 'tools/backup-lsp', workspaceFolder: '/work', trusted: false }));
  assert.ok(!untrusted.ok);
  assert.match(untrusted.message, /not trusted/);
  const trusted = resolveServer(options(files, { configuredPath: 'tools/backup-lsp', workspaceFolder: '/work' }));
  assert.equal(trusted.ok && trusted.launch.command, '/work/tools/backup-lsp');
});

test('only a relative server path depends on workspace trust', () => {
  for (const configured of ['tools/backup-lsp', './backup-lsp', ' backup-lsp.dll ', 'C:\\lsp\\backup-lsp']) {
    assert.equal(locationDependsOnTrust(configured, 'linux'), true, configured);
  }
  for (const configured of ['', '   ', '/opt/lsp/backup-lsp', ' /opt/lsp/backup-lsp.dll']) {
    assert.equal(locationDependsOnTrust(configured, 'linux'), false, configured);
  }
  assert.equal(locationDependsOnTrust('tools\\backup-lsp.exe', 'win32'), true);
  assert.equal(locationDependsOnTrust('C:\\lsp\\backup-lsp.exe', 'win32'), false);
  assert.equal(locationDependsOnTrust('\\\\host\\share\\backup-lsp.exe', 'win32'), false);
});

test('granting trust changes which server starts exactly where the location depends on trust', () => {
  const files = ['/ext/server/linux-x64/backup-lsp', '/work/tools/backup-lsp', '/opt/lsp/backup-lsp'];
  for (const configuredPath of ['', 'tools/backup-lsp', '/opt/lsp/backup-lsp', 'missing/backup-lsp']) {
    const untrusted = resolveServer(options(files, { configuredPath, workspaceFolder: '/work', trusted: false }));
    const trusted = resolveServer(options(files, { configuredPath, workspaceFolder: '/work', trusted: true }));
    assert.equal(!isDeepStrictEqual(trusted, untrusted), locationDependsOnTrust(configuredPath, 'linux'), configuredPath);
  }
});
