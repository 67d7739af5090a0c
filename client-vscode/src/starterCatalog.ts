// The file written by "StarRocks Backup: Create Starter Catalog File": where it goes and what it holds.
// Pure logic apart from writing the file, unit-tested without VS Code.
import { realpathSync } from 'fs';
import { mkdir, writeFile } from 'fs/promises';
import * as path from 'path';

export const catalogFileName = 'starrocks-catalog.json';

/**
 * The catalog file of `folder` as the server resolves the `starrocksBackup.catalogPath` setting: an absolute path
 * as it is, a relative one against the folder, and an empty one as starrocks-catalog.json in the folder.
 * Undefined when a relative path has no folder to be resolved against (the server then reads no catalog).
 */
export function catalogFile(catalogPath: string, folder: string | undefined, platform: NodeJS.Platform): string | undefined {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const file = catalogPath === '' ? catalogFileName : catalogPath;
  if (p.isAbsolute(file)) {
    return asTheShellReadsIt(file, platform);
  }
  // Joined as written: path.join would drop a `..` before the walk could follow the link before it.
  return folder === undefined ? undefined : asTheShellReadsIt(`${folder}${p.sep}${file}`, platform);
}

/**
 * The absolute path as the server (and the shell) reads it: a `..` after a link goes up from where the link leads, where
 * `path.normalize` drops it with the link (`lnk/../prod.json` is the prod.json beside the link's target). A part that
 * cannot be read (not there yet, no access) is taken as written.
 */
function asTheShellReadsIt(file: string, platform: NodeJS.Platform): string {
  const segments = file.split('/');
  if (platform === 'win32' || !segments.includes('..')) {
    return (platform === 'win32' ? path.win32 : path.posix).normalize(file);
  }
  let current = '/';
  for (const segment of segments) {
    if (segment === '' || segment === '.') {
      continue;
    }
    current = segment === '..' ? path.posix.dirname(realPath(current)) : path.posix.join(current, segment);
  }
  return current;
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Writes the starter catalog to `file`, making its folder if needed, unless something is there already. */
export async function writeStarterCatalog(file: string): Promise<'created' | 'exists'> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if the file exists, even one made since the command started: a user's catalog is never replaced.
    await writeFile(file, starterCatalog, { flag: 'wx' });
    return 'created';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return 'exists';
    }
    throw error;
  }
}

/** Lists that are left out (snapshots, views, ...) mean "unknown", so nothing is checked against them. */
export const starterCatalog = `${JSON.stringify({
  defaultDatabase: 'example_db',
  repositories: {
    example_repo: { location: 's3a://bucket/backup', readOnly: false },
  },
  databases: {
    example_db: {
      tables: {
        example_tbl: { partitions: ['p1', 'p2'], comment: 'replace these names with the ones in your cluster' },
      },
    },
  },
}, null, 2)}\n`;
