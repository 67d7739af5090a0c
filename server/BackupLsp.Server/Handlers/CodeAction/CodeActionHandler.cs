using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.CodeAction;

/// <summary>
/// <c>textDocument/codeAction</c>: the quick fixes of the diagnostics the client sends back, matched to the current
/// analysis by code and range; and, when asked for by kind (as <c>editor.codeActionsOnSave</c> does), one action that
/// applies every certain fix of the document. Only for clients that take code action literals (LSP allows others
/// commands alone, and these fixes are edits): the capability is not advertised to the others, and they get no actions.
/// </summary>
public sealed class CodeActionHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.CodeAction[]> CodeActionsAsync(CodeActionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, [], (snapshot, analysis) =>
        {
            if (!server.Client.CodeActionLiterals)
                return [];
            var only = request.Context?.Only;
            var actions = new List<Protocol.CodeAction>();
            var sent = request.Context?.Diagnostics ?? [];
            if (sent.Any(diagnostic => diagnostic is null))
                throw ProtocolErrors.InvalidParams("context.diagnostics holds a null");
            if (Protocol.CodeAction.Asks(only, Protocol.CodeAction.QuickFix))
                actions.AddRange(QuickFixes(snapshot, analysis, sent));
            // Only when asked for by kind: a light bulb (no kind) need not compute it on every move of the cursor.
            if (only is { Length: > 0 } && Protocol.CodeAction.Asks(only, Protocol.CodeAction.SourceFixAll) && FixAll.Edits(analysis) is { IsEmpty: false } edits)
                actions.Add(new Protocol.CodeAction("Fix all certain problems (StarRocks Backup)", Protocol.CodeAction.SourceFixAll, [], IsPreferred: false,
                    Edit(snapshot, edits.Select(analysis.ToLsp))));
            return actions.ToArray();
        }, cancellationToken);

    private IEnumerable<Protocol.CodeAction> QuickFixes(DocumentSnapshot snapshot, DocumentAnalysis analysis, ContextDiagnostic[] sent) =>
        from diagnostic in sent
        where diagnostic.Code.ValueKind == JsonValueKind.String
        let code = diagnostic.Code.GetString()
        from placed in analysis.PlacedDiagnostics
        where placed.Relative.Code == code && !placed.Relative.Fixes.IsEmpty
        let range = analysis.ToRange(placed.Span)
        where range == diagnostic.Range
        let published = DiagnosticsReport.ToLsp(placed, range)
        from fix in placed.Absolute.Fixes.Select((fix, index) => (fix, index))
        select new Protocol.CodeAction(fix.fix.Title, Protocol.CodeAction.QuickFix, [published], IsPreferred: fix.index == 0,
            Edit(snapshot, fix.fix.Edits.Select(analysis.ToLsp)));

    private WorkspaceEdit Edit(DocumentSnapshot snapshot, IEnumerable<Protocol.TextEdit> edits) =>
        WorkspaceEdit.Of(snapshot.Uri, snapshot.Version, [.. edits], server.Client.VersionedEdits);
}
