using BackupLsp.Language.Analysis;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using LspDiagnostic = BackupLsp.Server.Protocol.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>A snapshot's diagnostics in LSP form: records for pull, reusable JSON for push.</summary>
public static class DiagnosticsReport
{
    public const string Source = "starrocks-backup";

    public static LspDiagnostic[] Build(DocumentSnapshot snapshot, ServerLog log)
    {
        if (Analyse(snapshot, log, out var failure) is not { } analysis)
            return [failure];
        // Read in place from the analysis' blocks: on every keystroke of a large script, no copies of its diagnostics.
        var result = new LspDiagnostic[analysis.DiagnosticCount];
        var i = 0;
        foreach (var placed in analysis.PlacedDiagnostics)
            result[i++] = ToLsp(analysis, placed);
        return result;
    }

    /// <summary>For a publish: the JSON objects, reusing what <paramref name="json"/> kept of the document's earlier versions.</summary>
    public static DiagnosticList Publishable(DocumentSnapshot snapshot, ServerLog log, DiagnosticsJson json) =>
        Analyse(snapshot, log, out var failure) is { } analysis ? DiagnosticList.OfJson(json.ObjectsOf(analysis)) : DiagnosticList.Of([failure]);

    public static LspDiagnostic ToLsp(DocumentAnalysis analysis, PlacedDiagnostic placed) => ToLsp(placed, analysis.ToRange(placed.Span));

    /// <summary>The diagnostic at <paramref name="range"/>, its span already converted.</summary>
    public static LspDiagnostic ToLsp(PlacedDiagnostic placed, Protocol.Range range) =>
        new(range, (int)placed.Relative.Severity, placed.Relative.Code, Source, placed.Relative.Message);

    /// <summary>The snapshot's analysis, or null and the one diagnostic that says it failed.</summary>
    private static DocumentAnalysis? Analyse(DocumentSnapshot snapshot, ServerLog log, out LspDiagnostic failure)
    {
        failure = null!;
        DocumentAnalysis analysis;
        try
        {
            analysis = snapshot.Analysis;
        }
        catch (Exception e)
        {
            // The analyser already survives failures per statement; this guards against one in the analyser itself.
            log.Error($"analysis failed on {snapshot.Uri} (version {snapshot.Version})", e);
            failure = new LspDiagnostic(new(new(0, 0), new(0, 0)), (int)DiagnosticSeverity.Error, DocumentAnalyzer.InternalError.Code, Source,
                $"Internal error while analysing this document ({e.GetType().Name}: {e.Message}). Please report it.");
            return null;
        }
        foreach (var error in analysis.InternalErrors)
            log.Error($"analysis of a statement failed on {snapshot.Uri} (version {snapshot.Version})", error);
        return analysis;
    }
}
