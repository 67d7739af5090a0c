using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using NameReferences = BackupLsp.Language.Features.References;

namespace BackupLsp.Server.Handlers.Definition;

/// <summary>
/// <c>textDocument/definition</c>: where the document makes the repository (CREATE REPOSITORY) or the snapshot (BACKUP)
/// named under the cursor. Databases, tables and what the catalog lists are made in the cluster: none is in the script.
/// </summary>
public sealed class DefinitionHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> DefinitionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Location[]>(request.TextDocument, [], (snapshot, analysis) =>
            NameReferences.Find(analysis, analysis.ToRequestedOffset(request.Position), cancellationToken) is { } found
                ? [.. found.Declarations.Select(d => new Location(snapshot.Uri, analysis.ToRange(d.Span)))]
                : [], cancellationToken);
}
