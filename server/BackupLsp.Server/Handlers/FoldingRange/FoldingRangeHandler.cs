using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.FoldingRange;

/// <summary>
/// <c>textDocument/foldingRange</c>: multi-line statements, their multi-line lists, and comments between statements; a
/// family statement's outline name as its collapsed text, for a client that declares it takes one.
/// </summary>
public sealed class FoldingRangeHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.FoldingRange[]> FoldingRangesAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, [], (_, analysis) =>
            Folding.Of(analysis).Select(r => new Protocol.FoldingRange(r.StartLine, r.EndLine, r.Kind == FoldingKind.Comment ? "comment" : null,
                server.Client.FoldingCollapsedText ? r.Label : null)).ToArray(), cancellationToken);
}
