import * as vscode from 'vscode';
import { LanguageServer, settingsSection } from './languageServer';
import { catalogFileName, starterCatalog } from './starterCatalog';
import { StatusBar } from './statusBar';

let server: LanguageServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // vscode-languageclient 11 needs a LogOutputChannel.
  const output = vscode.window.createOutputChannel('StarRocks Backup', { log: true });
  const statusBar = new StatusBar('starrocksBackup.showOutput');
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
    }),
  );
  await server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}

/** Writes a starter catalog into the first workspace folder unless one exists, then opens it. */
async function createCatalog(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage(`Open a folder first: the ${catalogFileName} file goes at the root of the workspace folder.`);
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, catalogFileName);
  if (await exists(file)) {
    void vscode.window.showInformationMessage(`${catalogFileName} already exists; it was left as it is.`);
  } else {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(starterCatalog));
  }
  await vscode.window.showTextDocument(file);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
