using BackupLsp.Language.Analysis;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using LspDiagnostic = BackupLsp.Server.Protocol.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>A snapshot's diagnostics in LSP form: records for pull, reusable JSON for push.</summary>
public static class DiagnosticsReport
{
    public const string Source = "starrocks-backup";

    /// <param name="related">Whether the client takes the other places a diagnostic speaks of (LSP's relatedInformation).</param>
    public static LspDiagnostic[] Build(DocumentSnapshot snapshot, ServerLog log, bool related) =>
        Build(() => snapshot.Analysis, snapshot.Uri, Described(snapshot), log, related);

    /// <summary>The diagnostics of an analysis made by <paramref name="analyse"/>, of the document at <paramref name="uri"/>.</summary>
    /// <param name="described">The document as the log names it.</param>
    public static LspDiagnostic[] Build(Func<DocumentAnalysis> analyse, string uri, string described, ServerLog log, bool related)
    {
        if (Analyse(analyse, described, log, out var failure) is not { } analysis)
            return [failure];
        // Read in place from the analysis' blocks: on every keystroke of a large script, no copies of its diagnostics.
        var result = new LspDiagnostic[analysis.DiagnosticCount];
        var i = 0;
        var relatedUri = related ? uri : null;
        foreach (var placed in analysis.PlacedDiagnostics)
            result[i++] = ToLsp(analysis, placed, relatedUri);
        return result;
    }

    /// <summary>For a publish: the JSON objects, reusing what <paramref name="json"/> kept of the document's earlier versions.</summary>
    public static DiagnosticList Publishable(DocumentSnapshot snapshot, ServerLog log, DiagnosticsJson json, bool related) =>
        Analyse(() => snapshot.Analysis, Described(snapshot), log, out var failure) is { } analysis
            ? DiagnosticList.OfJson(json.ObjectsOf(analysis, related ? snapshot.Uri : null)) : DiagnosticList.Of([failure]);

    private static string Described(DocumentSnapshot snapshot) => $"{snapshot.Uri} (version {snapshot.Version})";

    private static readonly int[] UnnecessaryTag = [LspDiagnostic.Unnecessary];

    /// <param name="relatedUri">The document's URI, for a client that takes related places; else null, and the message
    /// names their lines itself (the earlier statement an SRB700 or SRB605 speaks of is otherwise lost in a long script).</param>
    public static LspDiagnostic ToLsp(DocumentAnalysis analysis, PlacedDiagnostic placed, string? relatedUri)
    {
        var diagnostic = placed.Relative;
        return new(analysis.ToRange(placed.Span), (int)diagnostic.Severity, diagnostic.Code, Source,
            relatedUri is null && !diagnostic.Related.IsEmpty ? analysis.MessageWithRelatedLines(diagnostic, placed.Offset) : diagnostic.Message,
            RelatedInformation: relatedUri is null || diagnostic.Related.IsEmpty ? null : Related(analysis, placed, relatedUri),
            Tags: diagnostic.Rule.Unnecessary ? UnnecessaryTag : null);
    }

    /// <summary>
    /// Written as a loop: LINQ's Select over the immutable array made Native AOT build generic code at first use, which
    /// touched about 1.5 MB more memory during a large script's open (peak RSS 40.0–40.7 MB against 38.6–39.3 in alternating launches).
    /// </summary>
    private static DiagnosticRelatedInformation[] Related(DocumentAnalysis analysis, PlacedDiagnostic placed, string uri)
    {
        var related = placed.Relative.Related;
        var result = new DiagnosticRelatedInformation[related.Length];
        for (var i = 0; i < result.Length; i++)
            result[i] = new DiagnosticRelatedInformation(new Location(uri, analysis.ToRange(related[i].Span.Shift(placed.Offset))), related[i].Message);
        return result;
    }

    /// <summary>The analysis, or null and the one diagnostic that says it failed.</summary>
    private static DocumentAnalysis? Analyse(Func<DocumentAnalysis> analyse, string described, ServerLog log, out LspDiagnostic failure)
    {
        failure = null!;
        DocumentAnalysis analysis;
        try
        {
            analysis = analyse();
        }
        catch (Exception e)
        {
            // The analyser already survives failures per statement; this guards against one in the analyser itself.
            log.Error($"analysis failed on {described}", e);
            failure = new LspDiagnostic(new(new(0, 0), new(0, 0)), (int)DiagnosticSeverity.Error, DocumentAnalyzer.InternalError.Code, Source,
                $"Internal error while analysing this document ({e.GetType().Name}: {e.Message}). Please report it.");
            return null;
        }
        foreach (var error in analysis.InternalErrors)
            log.Error($"analysis of a statement failed on {described}", error);
        return analysis;
    }
}
