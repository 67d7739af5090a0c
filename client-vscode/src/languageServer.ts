import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, State, TransportKind } from 'vscode-languageclient/node';
import { resolveServer } from './serverLocation';
import { StatusBar } from './statusBar';
import { StatusParams } from './status';

export const settingsSection = 'starrocksBackup';

/** Starts, stops and restarts the language client; keeps the status bar in step. */
export class LanguageServer {
  private client: LanguageClient | undefined;

  constructor(
    private readonly extensionPath: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly statusBar: StatusBar,
  ) {}

  async start(): Promise<void> {
    this.statusBar.setState('starting');
    const resolution = resolveServer({
      extensionPath: this.extensionPath,
      configuredPath: vscode.workspace.getConfiguration(settingsSection).get<string>('server.path', ''),
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      platform: process.platform,
      arch: process.arch,
      env: process.env,
      isFile: file => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false,
    });
    if (!resolution.ok) {
      this.fail(resolution.message);
      return;
    }
    const { launch } = resolution;
    this.output.info(`Starting ${launch.origin}: ${[launch.command, ...launch.args].join(' ')}`);

    const clientOptions: LanguageClientOptions = {
      documentSelector: ['sql', 'starrocks-sql'].flatMap(language =>
        ['file', 'untitled'].map(scheme => ({ language, scheme }))),
      outputChannel: this.output,
      // The server registers for changes of the settings (then pulls them with workspace/configuration) and for its file watchers.
      initializationOptions: () => settingsSnapshot(),
    };
    const client = new LanguageClient(
      settingsSection, // also makes vscode-languageclient read starrocksBackup.trace.server
      'StarRocks Backup',
      { command: launch.command, args: launch.args, transport: TransportKind.stdio },
      clientOptions,
    );
    client.onDidChangeState(e => {
      if (e.newState === State.Running) this.statusBar.setState('ready');
      else if (e.newState === State.Starting) this.statusBar.setState('starting');
      else this.statusBar.setState('stopped');
    });
    client.onNotification('starrocksBackup/status', (params: StatusParams) => this.statusBar.setStatus(params));
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      // vscode-languageclient has already logged the error and shown a message with the details.
      this.client = undefined;
      await client.dispose().catch(() => undefined);
      this.statusBar.setState('failed', `The language server (${launch.command}) could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      await client.dispose();
    }
    this.statusBar.setState('stopped');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Nothing to start: one message that says what to install or set. */
  private fail(message: string): void {
    this.output.error(message);
    this.statusBar.setState('failed', message);
    void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then(choice => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', `${settingsSection}.server.path`);
      } else if (choice === 'Show Output') {
        this.output.show();
      }
    });
  }
}

/** The current `starrocksBackup` settings as a plain object (sent as initializationOptions). */
function settingsSnapshot(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(settingsSection);
  return {
    catalogPath: config.get('catalogPath'),
    starrocksVersion: config.get('starrocksVersion'),
    ruleSeverity: config.get('ruleSeverity'),
    server: { path: config.get('server.path') },
    trace: { server: config.get('trace.server') },
  };
}
