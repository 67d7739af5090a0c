using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.CodeAction;

/// <summary>
/// <c>textDocument/codeAction</c>: the quick fixes of the diagnostics the client sends back, matched to the
/// current analysis by code and range.
/// </summary>
public sealed class CodeActionHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.CodeAction[]> CodeActionsAsync(CodeActionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, [], (snapshot, analysis) =>
        {
            var only = request.Context?.Only;
            if (only is { Length: > 0 } && !only.Any(kind => kind == Protocol.CodeAction.QuickFix || Protocol.CodeAction.QuickFix.StartsWith(kind + ".", StringComparison.Ordinal)))
                return [];
            var actions = new List<Protocol.CodeAction>();
            foreach (var sent in request.Context?.Diagnostics ?? [])
            {
                var matches = analysis.PlacedDiagnostics
                    .Where(d => d.Relative.Code == sent.Code && !d.Relative.Fixes.IsEmpty && analysis.ToRange(d.Span) == sent.Range)
                    .Select(d => d.Absolute);
                foreach (var diagnostic in matches)
                {
                    actions.AddRange(diagnostic.Fixes.Select((fix, index) => new Protocol.CodeAction(
                        fix.Title,
                        Protocol.CodeAction.QuickFix,
                        [sent],
                        IsPreferred: index == 0,
                        new WorkspaceEdit(new Dictionary<string, Protocol.TextEdit[]>
                        {
                            [snapshot.Uri] = [.. fix.Edits.Select(analysis.ToLsp)],
                        }))));
                }
            }
            return actions.ToArray();
        }, cancellationToken);
}
