using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Workspace;

/// <summary>Configuration, watched-file and workspace-folder notifications.</summary>
public sealed class WorkspaceHandler(LanguageServer server)
{
    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeConfigurationAsync(DidChangeConfigurationParams request) =>
        server.IsRunning ? server.RefreshConfigurationAsync(request.Settings) : Task.CompletedTask;

    // A null among the changes (which no client should send) is skipped: a notification cannot be refused, and the rest still applies.
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeWatchedFilesAsync(DidChangeWatchedFilesParams request) =>
        !server.IsRunning ? Task.CompletedTask : server.OnWatchedFilesChangedAsync((request.Changes ?? []).OfType<FileEvent>().Select(c => FileUris.ToPath(c.Uri)).OfType<string>());

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeWorkspaceFoldersAsync(DidChangeWorkspaceFoldersParams request) =>
        !server.IsRunning || request.Event is not { } change
            ? Task.CompletedTask
            : server.OnWorkspaceFoldersChangedAsync(Uris(change.Added), Uris(change.Removed));

    private static IEnumerable<string?> Uris(WorkspaceFolder[]? folders) => (folders ?? []).OfType<WorkspaceFolder>().Select(f => f.Uri);
}
