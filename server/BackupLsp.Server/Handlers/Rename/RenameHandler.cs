using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using NameRename = BackupLsp.Language.Features.Rename;

namespace BackupLsp.Server.Handlers.Rename;

/// <summary>
/// <c>textDocument/prepareRename</c> and <c>textDocument/rename</c>: a repository, snapshot, database or table renamed at
/// every mention in the document. A new name that cannot be written is refused with the reason, and nothing changes.
/// </summary>
public sealed class RenameHandler(LanguageServer server)
{
    /// <summary>A name that cannot be renamed is refused here with the reason, before the client asks for the new name.</summary>
    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<PrepareRenameResult?>(request.TextDocument, null, (_, analysis) =>
        {
            if (analysis.ToRequestedOffset(request.Position) is not { } offset || NameRename.Prepare(analysis, offset, cancellationToken) is not { } target)
                return null;
            if (target.Refusal is { } refusal)
                throw ProtocolErrors.RequestFailed(refusal);
            return new PrepareRenameResult(analysis.ToRange(target.Span), target.Name);
        }, cancellationToken);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> RenameAsync(RenameParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<WorkspaceEdit?>(request.TextDocument, null, (snapshot, analysis) =>
        {
            var newName = request.NewName ?? throw ProtocolErrors.InvalidParams("newName is required");
            if (analysis.ToRequestedOffset(request.Position) is not { } offset || NameRename.Plan(analysis, offset, newName, cancellationToken) is not { } plan)
                return null;
            if (plan.Refusal is { } refusal)
                throw ProtocolErrors.RequestFailed(refusal);
            return WorkspaceEdit.Of(snapshot.Uri, snapshot.Version, [.. plan.Edits.Select(analysis.ToLsp)], server.Client.VersionedEdits);
        }, cancellationToken);
}
