using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.FoldingRange;

/// <summary><c>textDocument/foldingRange</c>: one range per multi-line statement.</summary>
public sealed class FoldingRangeHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.FoldingRange[]> FoldingRangesAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, [], (_, analysis) =>
            Folding.Of(analysis).Select(r => new Protocol.FoldingRange(r.StartLine, r.EndLine, null)).ToArray(), cancellationToken);
}
