using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.FoldingRange;

/// <summary><c>textDocument/foldingRange</c>: multi-line statements, their multi-line lists, and comments between statements.</summary>
public sealed class FoldingRangeHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.FoldingRange[]> FoldingRangesAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, [], (_, analysis) =>
            Folding.Of(analysis).Select(r => new Protocol.FoldingRange(r.StartLine, r.EndLine, r.Kind == FoldingKind.Comment ? "comment" : null)).ToArray(), cancellationToken);
}
