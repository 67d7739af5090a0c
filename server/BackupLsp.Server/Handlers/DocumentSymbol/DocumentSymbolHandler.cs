using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.DocumentSymbol;

/// <summary>
/// <c>textDocument/documentSymbol</c>: one symbol per family statement; the flat SymbolInformation shape for
/// clients that do not take the hierarchical one.
/// </summary>
public sealed class DocumentSymbolHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<object> DocumentSymbolsAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<object>(request.TextDocument, Array.Empty<Protocol.DocumentSymbol>(), (snapshot, analysis) =>
        {
            var symbols = Symbols.Of(analysis);
            return server.Client.HierarchicalSymbols
                ? symbols.Select(s => new Protocol.DocumentSymbol(s.Name, s.Detail, SymbolKinds.Of(s.Kind, server.Client.DocumentSymbolKindsPastBase), analysis.ToRange(s.Span), analysis.ToRange(s.SelectionSpan))).ToArray()
                : symbols.Select(s => new SymbolInformation(s.Name, SymbolKinds.Of(s.Kind, server.Client.DocumentSymbolKindsPastBase), new Location(snapshot.Uri, analysis.ToRange(s.Span)))).ToArray();
        }, cancellationToken);
}
