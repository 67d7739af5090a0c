using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.InlayHint;

/// <summary><c>textDocument/inlayHint</c>: the session database of each statement in the range that names none.</summary>
public sealed class InlayHintHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.InlayHint[]> InlayHintsAsync(InlayHintParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, [], (_, analysis) =>
        {
            var range = request.Range ?? throw ProtocolErrors.InvalidParams("range is required");
            var start = analysis.ToRequestedOffset(range.Start);
            var span = Language.Text.TextSpan.FromBounds(start, Math.Max(start, analysis.ToRequestedOffset(range.End)));
            return InlayHints.In(analysis, span)
                .Select(hint => new Protocol.InlayHint(analysis.ToPosition(hint.Offset), hint.Label, hint.Tooltip, hint.SpaceBefore ? true : null))
                .ToArray();
        }, cancellationToken);
}
