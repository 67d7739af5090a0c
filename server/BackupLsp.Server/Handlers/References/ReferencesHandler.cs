using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using NameReferences = BackupLsp.Language.Features.References;

namespace BackupLsp.Server.Handlers.References;

/// <summary>
/// <c>textDocument/references</c>: every mention in the document of the repository, snapshot, database, table, partition or function
/// named under the cursor; the declarations only when the client asks for them: the declaring mentions, and the object's
/// entry in the catalog file, as go to definition finds them.
/// </summary>
public sealed class ReferencesHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> ReferencesAsync(ReferenceParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Location[]>(request.TextDocument, [], (snapshot, analysis) =>
        {
            if (analysis.ToRequestedOffset(request.Position) is not { } offset || NameReferences.Find(analysis, offset, cancellationToken) is not { } found)
                return [];
            var includeDeclaration = request.Context?.IncludeDeclaration ?? true;
            var inScript = found.References.Where(r => includeDeclaration || !r.Declares).Select(r => new Location(snapshot.Uri, analysis.ToRange(r.Span)));
            return [.. inScript, .. includeDeclaration ? CatalogLocations.Of(server, analysis, found, cancellationToken) : []];
        }, cancellationToken, afterSettings: true);
}
