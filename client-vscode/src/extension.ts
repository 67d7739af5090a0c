import * as vscode from 'vscode';
import { configuredServerPath, LanguageServer, settingsSection } from './languageServer';
import { locationDependsOnTrust } from './serverLocation';
import { catalogFile, catalogFileName, writeStarterCatalog } from './starterCatalog';
import { StatusBar } from './statusBar';

let server: LanguageServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // vscode-languageclient 11 needs a LogOutputChannel.
  const output = vscode.window.createOutputChannel('StarRocks Backup', { log: true });
  const statusBar = new StatusBar('starrocksBackup.showOutput', () => catalogFileOf(activeFolder()));
  server = new LanguageServer(context.extensionPath, output, statusBar);
  context.subscriptions.push(
    output,
    statusBar,
    vscode.commands.registerCommand('starrocksBackup.restartServer', () => server?.restart()),
    vscode.commands.registerCommand('starrocksBackup.showOutput', () => output.show()),
    vscode.commands.registerCommand('starrocksBackup.createCatalog', createCatalog),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${settingsSection}.server.path`)) {
        void server?.restart();
      }
      // A file open already when catalogPath comes to name it is JSONC from then on, as one opened after.
      if (e.affectsConfiguration(`${settingsSection}.catalogPath`)) {
        vscode.workspace.textDocuments.forEach(editAsJsonc);
      }
    }),
    // A relative server.path is refused until the workspace is trusted: granting trust starts that server without a
    // reload, and leaves a server from any other location running as it is.
    // A catalog named by catalogPath is JSONC as starrocks-catalog.json is (package.json can name only that file).
    vscode.workspace.onDidOpenTextDocument(editAsJsonc),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (locationDependsOnTrust(configuredServerPath(), process.platform)) {
        void server?.restart();
      }
    }),
  );
  vscode.workspace.textDocuments.forEach(editAsJsonc);
  await server.start();
}

/** Sets a JSON document to JSONC (comments and trailing commas allowed) where it is a workspace folder's configured catalog. */
function editAsJsonc(document: vscode.TextDocument): void {
  if (document.languageId !== 'json' || document.uri.scheme !== 'file') return;
  const isCatalog = (vscode.workspace.workspaceFolders ?? []).some(folder => catalogFileOf(folder) === document.uri.fsPath);
  if (isCatalog) void vscode.languages.setTextDocumentLanguage(document, 'jsonc');
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}

/** The active editor's workspace folder; the first folder where there is no active editor or it is outside every folder. */
function activeFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** The catalog file the server reads for a folder's scripts, from the folder's own `catalogPath` (without a folder, an absolute one). */
function catalogFileOf(folder: vscode.WorkspaceFolder | undefined): string | undefined {
  return catalogFile(configuredCatalogPath(folder), folder?.uri.fsPath, process.platform);
}

function configuredCatalogPath(folder: vscode.WorkspaceFolder | undefined): string {
  return vscode.workspace.getConfiguration(settingsSection, folder?.uri).get<string>('catalogPath', '');
}

/**
 * Writes a starter catalog where the server looks for the catalog of the active editor's folder (without one, of the
 * first folder), which the status bar shows, unless a file is there already, and opens it.
 */
async function createCatalog(): Promise<void> {
  const folder = activeFolder();
  if (folder && folder.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(`The catalog file is read from disk: ${folder.name} is not a folder on this machine's disk.`);
    return;
  }
  const file = catalogFileOf(folder);
  if (!file) {
    void vscode.window.showErrorMessage(`Open a folder first: the catalog file ${configuredCatalogPath(folder) || catalogFileName} is relative to the workspace folder.`);
    return;
  }
  const uri = vscode.Uri.file(file);
  if (await writeStarterCatalog(file) === 'exists') {
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(uri)} already exists; it was left as it is.`);
  }
  await vscode.window.showTextDocument(uri);
}
