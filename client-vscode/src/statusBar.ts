import * as vscode from 'vscode';
import { describeStatus, ServerState, StatusParams } from './status';

/** The status bar item: server state and the catalog in use. Clicking it runs `clickCommand`. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('starrocksBackup.status', vscode.StatusBarAlignment.Right, 100);
  private state: ServerState = 'starting';
  private status: StatusParams | undefined;
  private failure: string | undefined;

  constructor(clickCommand: string) {
    this.item.name = 'StarRocks Backup';
    this.item.command = clickCommand;
    this.render();
    this.item.show();
  }

  setState(state: ServerState, failure?: string): void {
    this.state = state;
    this.failure = failure;
    this.render();
  }

  setStatus(status: StatusParams): void {
    this.status = status;
    this.render();
  }

  dispose(): void {
    this.item.dispose();
  }

  private render(): void {
    const view = describeStatus(this.state, this.status, this.failure);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.severity === 'normal'
      ? undefined
      : new vscode.ThemeColor(view.severity === 'error' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
  }
}
