import * as vscode from 'vscode';
import { describeStatus, isStatusShown, ServerState, StatusParams, statusOfCatalog } from './status';

/**
 * The status bar item: server state and the catalog of the active editor's folder (`activeCatalogFile`), shown as
 * `isStatusShown` says. Clicking it runs `clickCommand`.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('starrocksBackup.status', vscode.StatusBarAlignment.Right, 100);
  private readonly editorWatches: vscode.Disposable[];
  private state: ServerState = 'starting';
  private status: StatusParams | undefined;
  private failure: string | undefined;

  constructor(clickCommand: string, private readonly activeCatalogFile: () => string | undefined) {
    this.item.name = 'StarRocks Backup';
    this.item.command = clickCommand;
    this.render();
    this.showFor(vscode.window.activeTextEditor);
    this.editorWatches = [
      vscode.window.onDidChangeActiveTextEditor(editor => {
        this.render();
        this.showFor(editor);
      }),
      // A document whose language changes (an untitled file set to SQL) is opened again in its editor, which stays active.
      vscode.workspace.onDidOpenTextDocument(document => {
        if (document === vscode.window.activeTextEditor?.document) this.showFor(vscode.window.activeTextEditor);
      }),
    ];
  }

  setState(state: ServerState, failure?: string): void {
    this.state = state;
    this.failure = failure;
    this.render();
    this.showFor(vscode.window.activeTextEditor);
  }

  setStatus(status: StatusParams): void {
    this.status = status;
    this.render();
  }

  dispose(): void {
    this.editorWatches.forEach(watch => watch.dispose());
    this.item.dispose();
  }

  private showFor(editor: vscode.TextEditor | undefined): void {
    if (isStatusShown(this.state, editor?.document.languageId)) {
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  private render(): void {
    const view = describeStatus(this.state, statusOfCatalog(this.status, this.activeCatalogFile(), process.platform), this.failure);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.severity === 'normal'
      ? undefined
      : new vscode.ThemeColor(view.severity === 'error' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
  }
}
