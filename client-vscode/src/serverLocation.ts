// Decides which language server process to start. Pure logic: the file system and the environment
// come in as parameters so that the rules can be unit-tested without VS Code.
import * as path from 'path';

export interface ServerLaunch {
  command: string;
  args: string[];
  /** Where the server came from, for the log. */
  origin: string;
}

export type Resolution = { ok: true; launch: ServerLaunch } | { ok: false; message: string };

export interface LocateOptions {
  /** Root folder of the installed extension. */
  extensionPath: string;
  /** The `starrocksBackup.server.path` setting ('' when unset). */
  configuredPath: string;
  /** Folder that a relative `configuredPath` is resolved against. */
  workspaceFolder?: string;
  /** Whether the workspace is trusted: only then may a relative `configuredPath` run a program from its folder. */
  trusted: boolean;
  /** Whether the C library is musl (Alpine and the like), where a glibc build cannot start. */
  musl?: boolean;
  platform: NodeJS.Platform;
  arch: string;
  env: NodeJS.ProcessEnv;
  isFile(file: string): boolean;
}

const serverName = 'backup-lsp';

/** The .NET runtime identifier prefix for a Node.js platform name (linux-x64, osx-arm64, win-x64, ...). */
export function runtimeIdentifier(platform: NodeJS.Platform, arch: string, musl = false): string {
  const os = platform === 'win32' ? 'win' : platform === 'darwin' ? 'osx' : platform === 'linux' && musl ? 'linux-musl' : platform;
  return `${os}-${arch}`;
}

/**
 * Whether workspace trust decides where the server comes from: a relative `configuredPath` would run a program from
 * the workspace, so it is refused until the workspace is trusted. Every other location is the same either way, so
 * granting trust needs to restart only a server that this says yes for.
 */
export function locationDependsOnTrust(configuredPath: string, platform: NodeJS.Platform): boolean {
  const configured = configuredPath.trim();
  return configured !== '' && !(platform === 'win32' ? path.win32 : path.posix).isAbsolute(configured);
}

export function resolveServer(options: LocateOptions): Resolution {
  const p = options.platform === 'win32' ? path.win32 : path.posix;
  const configured = options.configuredPath.trim();
  if (configured) {
    if (locationDependsOnTrust(configured, options.platform) && !options.trusted) {
      return { ok: false, message: `The setting starrocksBackup.server.path is the relative path "${configured}", which would run a program from this workspace, and the workspace is not trusted. Trust the workspace, or give an absolute path.` };
    }
    const file = p.isAbsolute(configured) || !options.workspaceFolder
      ? configured
      : p.join(options.workspaceFolder, configured);
    if (!options.isFile(file)) {
      return { ok: false, message: `The setting starrocksBackup.server.path points to "${file}", which does not exist. Fix the path or clear the setting to use the server inside the extension.` };
    }
    return viaDotnetIfDll(file, 'starrocksBackup.server.path', options);
  }

  const rid = runtimeIdentifier(options.platform, options.arch, options.musl);
  const native = p.join(options.extensionPath, 'server', rid, options.platform === 'win32' ? `${serverName}.exe` : serverName);
  if (options.isFile(native)) {
    return { ok: true, launch: { command: native, args: [], origin: `bundled native server (${rid})` } };
  }
  const dll = p.join(options.extensionPath, 'server', 'dotnet', `${serverName}.dll`);
  if (options.isFile(dll)) {
    return viaDotnetIfDll(dll, 'bundled .NET server', options);
  }
  return {
    ok: false,
    message: `This StarRocks Backup extension contains no language server for ${rid}. Set starrocksBackup.server.path to a ${serverName} executable or to ${serverName}.dll (which needs the .NET 10 runtime).`,
  };
}

function viaDotnetIfDll(file: string, origin: string, options: LocateOptions): Resolution {
  if (!file.toLowerCase().endsWith('.dll')) {
    return { ok: true, launch: { command: file, args: [], origin } };
  }
  const dotnet = findDotnet(options);
  if (!dotnet) {
    return { ok: false, message: `The StarRocks Backup language server needs the .NET 10 runtime, and "dotnet" was not found on PATH or in DOTNET_ROOT. Install the .NET 10 runtime, or set starrocksBackup.server.path to a native ${serverName} executable.` };
  }
  return { ok: true, launch: { command: dotnet, args: [file], origin: `${origin} via ${dotnet}` } };
}

/** dotnet from DOTNET_ROOT, else the first one on PATH. */
export function findDotnet(options: Pick<LocateOptions, 'platform' | 'env' | 'isFile'>): string | undefined {
  const windows = options.platform === 'win32';
  const p = windows ? path.win32 : path.posix;
  const exe = windows ? 'dotnet.exe' : 'dotnet';
  const pathVar = (windows ? options.env.Path ?? options.env.PATH : options.env.PATH) ?? '';
  const dirs = [options.env.DOTNET_ROOT ?? '', ...pathVar.split(windows ? ';' : ':')].filter(d => d !== '');
  return dirs.map(d => p.join(d, exe)).find(candidate => options.isFile(candidate));
}
