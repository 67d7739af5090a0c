using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using NameReferences = BackupLsp.Language.Features.References;

namespace BackupLsp.Server.Handlers.DocumentHighlight;

/// <summary>
/// <c>textDocument/documentHighlight</c>: the mentions of the name under the cursor, those that make the object
/// (CREATE REPOSITORY, BACKUP's snapshot), rename it (the new name of an ALTER TABLE ... RENAME) or do away with it (DROP
/// REPOSITORY) as writes and the rest as reads.
/// </summary>
public sealed class DocumentHighlightHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.DocumentHighlight[]> HighlightAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Protocol.DocumentHighlight[]>(request.TextDocument, [], (_, analysis) =>
            analysis.ToRequestedOffset(request.Position) is { } offset && NameReferences.Find(analysis, offset, cancellationToken) is { } found
                ? [.. found.References.Select(r => new Protocol.DocumentHighlight(analysis.ToRange(r.Span),
                    r.Writes ? Protocol.DocumentHighlight.Write : Protocol.DocumentHighlight.Read))]
                : [], cancellationToken);
}
