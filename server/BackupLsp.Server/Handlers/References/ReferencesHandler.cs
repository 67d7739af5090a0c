using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using NameReferences = BackupLsp.Language.Features.References;

namespace BackupLsp.Server.Handlers.References;

/// <summary>
/// <c>textDocument/references</c>: every mention in the document of the repository, snapshot, database or table named
/// under the cursor; the declaring mentions only when the client asks for them.
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
            return [.. found.References.Where(r => includeDeclaration || !r.Declares)
                .Select(r => new Location(snapshot.Uri, analysis.ToRange(r.Span)))];
        }, cancellationToken);
}
