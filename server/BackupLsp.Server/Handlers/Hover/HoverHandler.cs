using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Hover;

/// <summary>
/// <c>textDocument/hover</c>: Markdown or plain text, whichever the client prefers; Markdown as a bare MarkedString to a
/// client that states no format.
/// </summary>
public sealed class HoverHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Protocol.Hover?>(request.TextDocument, null, (_, analysis) =>
        {
            if (analysis.ToRequestedOffset(request.Position) is not { } offset || HoverService.Hover(analysis, offset) is not { } hover)
                return null;
            var format = server.Client.HoverFormat;
            var contents = new MarkupContent(format, format == MarkupContent.PlainText ? hover.PlainText : hover.Markdown);
            return new Protocol.Hover(contents, analysis.ToRange(hover.Span));
        }, cancellationToken, afterSettings: true);
}
