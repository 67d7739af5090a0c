using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using NameReferences = BackupLsp.Language.Features.References;

namespace BackupLsp.Server.Handlers.Definition;

/// <summary>
/// <c>textDocument/definition</c>: where the repository, snapshot, catalog, database, table, partition or function named under the cursor is
/// made. In the script, the statement that makes it (see <see cref="NameReferences"/>'s declarations); in the cluster, its
/// entry in the catalog file the document is checked against. Both are given when both exist, the script's first.
/// </summary>
public sealed class DefinitionHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> DefinitionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Location[]>(request.TextDocument, [], (snapshot, analysis) =>
        {
            if (analysis.ToRequestedOffset(request.Position) is not { } offset || NameReferences.Find(analysis, offset, cancellationToken) is not { } found)
                return [];
            var inScript = found.Declarations.Select(d => new Location(snapshot.Uri, analysis.ToRange(d.Span)));
            return [.. inScript, .. CatalogLocations.Of(server, analysis, found, cancellationToken)];
        }, cancellationToken, afterSettings: true);
}
