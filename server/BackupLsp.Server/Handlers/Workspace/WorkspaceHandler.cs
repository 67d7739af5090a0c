using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using BackupLsp.Server.Transport;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Workspace;

/// <summary>Configuration, watched-file and workspace-folder notifications, plus the answer to a message the transport found malformed.</summary>
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

    [JsonRpcMethod(MessageSanitizer.RefusedMethod, UseSingleObjectParameterDeserialization = true)]
    public void Refused(MalformedMessageParams request) =>
        throw new LocalRpcException(RefusalMessage(request)) { ErrorCode = request.Code };

    [JsonRpcMethod(MessageSanitizer.RefusedWithoutIdMethod, UseSingleObjectParameterDeserialization = true)]
    public Task RefusedWithoutIdAsync(MalformedMessageParams request) =>
        server.Connection.RespondWithoutIdAsync(request.Code, RefusalMessage(request));

    private static string RefusalMessage(MalformedMessageParams request) => request.Code switch
    {
        LspErrorCodes.ParseError => $"parse error: {request.Reason}",
        LspErrorCodes.MethodNotFound or LspErrorCodes.InvalidParams => request.Reason,
        _ => $"invalid request: {request.Reason}",
    };
}
