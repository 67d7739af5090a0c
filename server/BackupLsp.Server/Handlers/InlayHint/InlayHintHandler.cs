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
            InlayHints.In(analysis, analysis.ToRequestedSpan(request.Range))
                .Select(hint => new Protocol.InlayHint(analysis.ToPosition(hint.Offset), hint.Label, hint.Tooltip))
                .ToArray(), cancellationToken);
}
