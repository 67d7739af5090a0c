using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.CodeAction;

/// <summary>
/// <c>textDocument/codeAction</c>: the quick fixes of the document's current diagnostics in the requested range (at the
/// cursor, for an empty one), since LSP does not promise the diagnostics the client sends back are current (it may send
/// none just after an edit), and of those it sends that are still current (the same code and range); and, when asked
/// for by kind (as <c>editor.codeActionsOnSave</c> does), one action that applies every certain fix of the document.
/// Only for clients that take code action literals (LSP allows others commands alone, and these fixes are edits): the
/// capability is not advertised to the others, and they get no actions.
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
                actions.AddRange(QuickFixes(snapshot, analysis, analysis.ToRequestedSpan(request.Range), sent));
            // Only when asked for by kind: a light bulb (no kind) need not compute it on every move of the cursor.
            if (only is { Length: > 0 } && Protocol.CodeAction.Asks(only, Protocol.CodeAction.SourceFixAll) && FixAll.Edits(analysis) is { IsEmpty: false } edits)
                actions.Add(new Protocol.CodeAction("Fix all certain problems (StarRocks Backup)", Protocol.CodeAction.SourceFixAll, [], IsPreferred: false,
                    Edit(snapshot, edits.Select(analysis.ToLsp))));
            return actions.ToArray();
        }, cancellationToken, afterSettings: true);

    /// <summary>The fixes of each diagnostic at <paramref name="requested"/> or sent back, once each, in document order.</summary>
    private IEnumerable<Protocol.CodeAction> QuickFixes(DocumentSnapshot snapshot, DocumentAnalysis analysis, TextSpan requested, ContextDiagnostic[] sent)
    {
        var echoed = sent.Where(diagnostic => diagnostic.Code.ValueKind == JsonValueKind.String && diagnostic.Range is not null)
            .Select(diagnostic => (Code: diagnostic.Code.GetString()!, Range: diagnostic.Range!, diagnostic.Message)).ToList();
        var echoedCodes = echoed.Select(e => e.Code).ToHashSet();
        // A range is converted only for a diagnostic that may be asked for: a light bulb moves with every keystroke over a
        // script that may hold thousands. Each matched by its message as published (with the lines of related places, for
        // a client that takes none).
        var candidates = new List<(PlacedDiagnostic Placed, Protocol.Diagnostic Published, bool Touches)>();
        foreach (var placed in analysis.PlacedDiagnostics)
        {
            var touches = Touches(placed.Span, requested);
            if ((!placed.Relative.Fixes.IsEmpty || IgnoreComments.CanSilence(placed.Relative.Rule)) && (touches || echoedCodes.Contains(placed.Relative.Code)))
                candidates.Add((placed, DiagnosticsReport.ToLsp(analysis, placed, server.Client.DiagnosticRelatedInformation ? snapshot.Uri : null), touches));
        }
        // A diagnostic sent back as published is that one alone, not its twins on the same lines; one whose range matches
        // none is known by code, lines and message: Neovim 0.7 sends its columns back in bytes, which differ on a line with
        // non-ASCII text before it.
        var exact = echoed.Select(e => (e.Code, e.Range)).ToHashSet();
        var matchedExactly = candidates.Select(c => (c.Placed.Relative.Code, c.Published.Range)).Where(exact.Contains).ToHashSet();
        var byLines = echoed.Where(e => !matchedExactly.Contains((e.Code, e.Range)))
            .Select(e => (e.Code, e.Range.Start.Line, e.Range.End.Line, e.Message)).ToHashSet();
        foreach (var (placed, published, touches) in candidates)
        {
            var (code, range) = (placed.Relative.Code, published.Range);
            if (!touches && !matchedExactly.Contains((code, range)) && !byLines.Contains((code, range.Start.Line, range.End.Line, published.Message))
                && !byLines.Contains((code, range.Start.Line, range.End.Line, null)))
                continue;
            var absolute = placed.Absolute;
            var fixes = absolute.Fixes;
            var preferred = CodeFix.Preferred(fixes);
            // The comment that silences the diagnostic comes last, and is never preferred.
            if (IgnoreFix.For(analysis, absolute) is { } ignore)
                fixes = fixes.Add(ignore);
            for (var i = 0; i < fixes.Length; i++)
                yield return new Protocol.CodeAction(fixes[i].Title, Protocol.CodeAction.QuickFix, [published], IsPreferred: i == preferred,
                    Edit(snapshot, fixes[i].Edits.Select(edit => analysis.ToLsp(analysis.AsWritten(edit)))));
        }
    }

    /// <summary>
    /// Whether a diagnostic at <paramref name="diagnostic"/> is one of <paramref name="requested"/>'s: they overlap, or one
    /// of them is empty (a cursor, a diagnostic at a point) and lies within the other or at one of its ends.
    /// </summary>
    private static bool Touches(TextSpan diagnostic, TextSpan requested) =>
        diagnostic.OverlapsWith(requested)
        || ((diagnostic.Length == 0 || requested.Length == 0) && diagnostic.Start <= requested.End && requested.Start <= diagnostic.End);

    private WorkspaceEdit Edit(DocumentSnapshot snapshot, IEnumerable<Protocol.TextEdit> edits) =>
        WorkspaceEdit.Of(snapshot.Uri, snapshot.Version, [.. edits], server.Client.VersionedEdits);
}
