// What the status bar item says. Pure logic, unit-tested without VS Code.

export type ServerState = 'starting' | 'ready' | 'stopped' | 'failed';

/** The languages the server is given documents of; their editors show the status bar item. */
export const servedLanguages = ['sql', 'starrocks-sql'];

/**
 * Whether the status bar item shows for the active editor's language (undefined: no editor). A server that failed or
 * stopped shows whatever the editor, so that it is not missed; otherwise only beside the languages it serves (the
 * extension starts with the first SQL file and stays, and other files have nothing to say about it).
 */
export function isStatusShown(state: ServerState, languageId: string | undefined): boolean {
  return state === 'failed' || state === 'stopped' || (languageId !== undefined && servedLanguages.includes(languageId));
}

/** The experimental client capability that asks the server for its `starrocksBackup/status` notification. */
export const statusCapability = 'starrocksBackupStatus';

/** Params of the server's `starrocksBackup/status` notification: each catalog file in use. */
export interface StatusParams {
  catalogs: CatalogFileStatus[];
}

/** The catalog read from a file, if any, and the file's error. */
export interface CatalogState {
  catalog: CatalogSummary | null;
  catalogError: string | null;
}

/** A catalog file in use, and its state. */
export interface CatalogFileStatus extends CatalogState {
  path: string;
}

export interface CatalogSummary {
  path: string;
  repositories: number;
  databases: number;
  tables: number;
}

/**
 * The status of the catalog file `file` (the active editor's folder's, or the first folder's), as the server lists it;
 * undefined where it lists no such file (no file to read, or settings the server has not taken yet). Paths compare as
 * the server compares them: case-sensitively on Linux alone.
 */
export function statusOfCatalog(status: StatusParams | undefined, file: string | undefined, platform: NodeJS.Platform): CatalogFileStatus | undefined {
  const same = (path: string) => platform === 'linux' ? path === file : path.toLowerCase() === file?.toLowerCase();
  return status?.catalogs.find(catalog => same(catalog.path));
}

export interface StatusView {
  text: string;
  tooltip: string;
  severity: 'normal' | 'warning' | 'error';
}

const clickHint = 'Click to show the StarRocks Backup output.';

export function describeStatus(state: ServerState, status: CatalogState | undefined, failure?: string): StatusView {
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) StarRocks: starting', tooltip: `The StarRocks Backup language server is starting.\n${clickHint}`, severity: 'normal' };
    case 'stopped':
      return { text: '$(circle-slash) StarRocks: stopped', tooltip: `The StarRocks Backup language server is not running. Run "StarRocks Backup: Restart Language Server" to start it.\n${clickHint}`, severity: 'warning' };
    case 'failed':
      return { text: '$(error) StarRocks: failed', tooltip: `${failure ?? 'The StarRocks Backup language server could not start.'}\n${clickHint}`, severity: 'error' };
    case 'ready':
      return describeCatalog(status);
  }
}

function describeCatalog(status: CatalogState | undefined): StatusView {
  const catalog = status?.catalog ?? null;
  const label = catalog ? `${baseName(catalog.path)} (${summary(catalog)})` : 'no catalog';
  if (status?.catalogError) {
    const kept = catalog ? `Still using the last good catalog: ${catalog.path}` : 'No catalog is in use.';
    return { text: `$(warning) StarRocks: ${label}`, tooltip: `Catalog error: ${status.catalogError}\n${kept}\n${clickHint}`, severity: 'warning' };
  }
  const tooltip = catalog
    ? `Catalog: ${catalog.path}\n${summary(catalog)}`
    : 'No catalog file: existence checks are off. Run "StarRocks Backup: Create Starter Catalog File" to create one.';
  return { text: `$(database) StarRocks: ${label}`, tooltip: `${tooltip}\n${clickHint}`, severity: 'normal' };
}

function summary(catalog: CatalogSummary): string {
  return [
    count(catalog.repositories, 'repo', 'repos'),
    count(catalog.databases, 'db', 'dbs'),
    count(catalog.tables, 'table', 'tables'),
  ].join(', ');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}
