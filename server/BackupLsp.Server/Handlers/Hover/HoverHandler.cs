using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Hover;

/// <summary><c>textDocument/hover</c>: Markdown when the client renders it, plain text otherwise.</summary>
public sealed class HoverHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Protocol.Hover?>(request.TextDocument, null, (_, analysis) =>
        {
            if (HoverService.Hover(analysis, analysis.ToRequestedOffset(request.Position)) is not { } hover)
                return null;
            var contents = server.Client.HoverMarkdown
                ? new MarkupContent(MarkupContent.Markdown, hover.Markdown)
                : new MarkupContent(MarkupContent.PlainText, hover.PlainText);
            return new Protocol.Hover(contents, analysis.ToRange(hover.Span));
        }, cancellationToken);
}
