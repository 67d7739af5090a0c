import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, State, TransportKind } from 'vscode-languageclient/node';
import { ClientQueue } from './clientQueue';
import { resolveServer } from './serverLocation';
import { servedLanguages, statusCapability, StatusParams } from './status';
import { StatusBar } from './statusBar';

export const settingsSection = 'starrocksBackup';

/** Starts, stops and restarts the language client, one request after another; keeps the status bar in step. */
export class LanguageServer {
  private readonly queue = new ClientQueue<LanguageClient>({
    start: () => this.startClient(),
    stop: client => this.stopClient(client),
  });

  constructor(
    private readonly extensionPath: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly statusBar: StatusBar,
  ) {}

  start(): Promise<void> {
    return this.queue.start();
  }

  stop(): Promise<void> {
    return this.queue.stop();
  }

  restart(): Promise<void> {
    return this.queue.restart();
  }

  private async startClient(): Promise<LanguageClient | undefined> {
    this.statusBar.setState('starting');
    const resolution = resolveServer({
      extensionPath: this.extensionPath,
      configuredPath: configuredServerPath(),
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      trusted: vscode.workspace.isTrusted,
      musl: isMusl(),
      platform: process.platform,
      arch: process.arch,
      env: process.env,
      isFile: file => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false,
    });
    if (!resolution.ok) {
      this.fail(resolution.message);
      return undefined;
    }
    const { launch } = resolution;
    const startedPath = configuredServerPath();
    this.output.info(`Starting ${launch.origin}: ${[launch.command, ...launch.args].join(' ')}`);

    const clientOptions: LanguageClientOptions = {
      documentSelector: servedLanguages.flatMap(language =>
        ['file', 'untitled'].map(scheme => ({ language, scheme }))),
      outputChannel: this.output,
      // The server registers for changes of the settings (then pulls them with workspace/configuration) and for its file watchers.
      initializationOptions: () => settingsSnapshot(),
      middleware: {
        workspace: {
          // A client about to be stopped (a server.path change restarts it, after this notification is sent) would start
          // its server again to send the change, and fail with an error message of its own: it is told nothing, nor is one
          // that is not running.
          didChangeConfiguration: (sections, next) =>
            client.state === State.Running && configuredServerPath() === startedPath ? next(sections) : Promise.resolve(),
        },
      },
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
    // The server sends its status notification only to a client that declares it takes one, and has a completion item
    // open the suggestions again (after `sales_db.`, say) only where the client runs VS Code's command for it.
    client.registerFeature({
      fillClientCapabilities: capabilities => {
        capabilities.experimental = {
          ...capabilities.experimental,
          [statusCapability]: true,
          commands: { commands: ['editor.action.triggerSuggest'] },
        };
      },
      initialize: () => undefined,
      getState: () => ({ kind: 'static' }),
      clear: () => undefined,
    });
    client.onNotification('starrocksBackup/status', (params: StatusParams) => this.statusBar.setStatus(params));
    try {
      await client.start();
      return client;
    } catch (error) {
      // vscode-languageclient has already logged the error and shown a message with the details.
      await client.dispose().catch(() => undefined);
      this.statusBar.setState('failed', `The language server (${launch.command}) could not start: ${errorMessage(error)}`);
      return undefined;
    }
  }

  private async stopClient(client: LanguageClient): Promise<void> {
    // A client that does not stop cleanly is given up all the same, so that a restart still starts a new one.
    await client.dispose().catch(error => this.output.warn(`The language server did not stop cleanly: ${errorMessage(error)}`));
    this.statusBar.setState('stopped');
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

/** The `starrocksBackup.server.path` setting ('' when unset). */
export function configuredServerPath(): string {
  return vscode.workspace.getConfiguration(settingsSection).get<string>('server.path', '');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `starrocksBackup` settings the server reads, as a plain object (sent as initializationOptions). */
function settingsSnapshot(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(settingsSection);
  return {
    catalogPath: config.get('catalogPath'),
    starrocksVersion: config.get('starrocksVersion'),
    ruleSeverity: config.get('ruleSeverity'),
    diagnosticMode: config.get('diagnosticMode'),
  };
}

/** Whether Node.js runs on musl: its process report names no glibc version there. */
function isMusl(): boolean {
  if (process.platform !== 'linux') {
    return false;
  }
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return header !== undefined && header.glibcVersionRuntime === undefined;
}
