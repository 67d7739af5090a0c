using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using NameRename = BackupLsp.Language.Features.Rename;

namespace BackupLsp.Server.Handlers.Rename;

/// <summary>
/// <c>textDocument/prepareRename</c> and <c>textDocument/rename</c>: a repository, snapshot, catalog, database, table or partition
/// renamed at every mention in the document. A new name that cannot be written is refused with the reason, and nothing changes.
/// </summary>
public sealed class RenameHandler(LanguageServer server)
{
    private const string NothingToRename =
        "There is no name to rename here: put the cursor on a repository, snapshot, catalog, database, table or partition the script names.";

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
        }, cancellationToken, afterSettings: true);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> RenameAsync(RenameParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<WorkspaceEdit?>(request.TextDocument, null, (snapshot, analysis) =>
        {
            var newName = request.NewName ?? throw ProtocolErrors.InvalidParams("newName is required");
            // A client that renames without preparing would read null as a rename that needed no change (LSP): say why none is made.
            if (analysis.ToRequestedOffset(request.Position) is not { } offset || NameRename.Plan(analysis, offset, newName, cancellationToken) is not { } plan)
                throw ProtocolErrors.RequestFailed(NothingToRename);
            if (plan.Refusal is { } refusal)
                throw ProtocolErrors.RequestFailed(refusal);
            return WorkspaceEdit.Of(snapshot.Uri, snapshot.Version, [.. plan.Edits.Select(analysis.ToLsp)], server.Client.VersionedEdits);
        }, cancellationToken, afterSettings: true);
}
