using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// First-time work done once after <c>initialized</c>, on a thread of its own, rather than in the person's first keystroke,
/// completion and hover: the JSON contracts of the messages those read and write (each resolved through reflection the
/// first time), and the core's tables and the generic code its completion and hover reach, which Native AOT builds when
/// first used. Without it the first two completions after launch each took about 0.7 ms more.
/// </summary>
internal static class FirstRequestWarmUp
{
    private const string Example = "BACKUP SNAPSHOT example_db.s TO example_repo ON (t PARTITION (p)) PROPERTIES (\"type\" = \"full\");";

    /// <summary>The messages of typing: edits, completion and its resolve, hover, highlights, quick fixes, inlay hints.</summary>
    private static readonly Type[] Messages =
    [
        typeof(DidChangeTextDocumentParams), typeof(TextDocumentPositionParams), typeof(CompletionList), typeof(CompletionItem),
        typeof(Hover), typeof(DocumentHighlight[]), typeof(CodeActionParams), typeof(CodeAction[]), typeof(InlayHintParams),
        typeof(Protocol.InlayHint[]), typeof(SemanticTokensDeltaParams), typeof(SemanticTokensDelta),
    ];

    public static void Start(JsonSerializerOptions messages, ServerLog log) =>
        _ = Task.Run(() =>
        {
            try
            {
                Run(messages);
            }
            catch (Exception e)
            {
                // Only time is lost: the first request does the work itself.
                log.Warning($"warming up failed: {e.Message}");
            }
        });

    /// <summary>Resolves the contracts and runs completion and hover over an example of its own, with an analyzer of its own.</summary>
    internal static void Run(JsonSerializerOptions messages)
    {
        foreach (var message in Messages)
            messages.GetTypeInfo(message);
        var analysis = new DocumentAnalyzer().Analyze(Example, AnalysisContext.Default);
        foreach (var marker in (ReadOnlySpan<string>)["TO ", "ON (", "PARTITION (", "PROPERTIES ("])
            CompletionService.Complete(analysis, Example.IndexOf(marker, StringComparison.Ordinal) + marker.Length);
        HoverService.Hover(analysis, 0);
    }
}
