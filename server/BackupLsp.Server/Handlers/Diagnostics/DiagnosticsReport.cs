using BackupLsp.Language.Analysis;
using BackupLsp.Server.Hosting;
using LspDiagnostic = BackupLsp.Server.Protocol.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>A snapshot's diagnostics in LSP form, for both push and pull.</summary>
public static class DiagnosticsReport
{
    public const string Source = "starrocks-backup";

    public static LspDiagnostic[] Build(DocumentSnapshot snapshot, ServerLog log)
    {
        DocumentAnalysis analysis;
        try
        {
            analysis = snapshot.Analysis;
        }
        catch (Exception e)
        {
            // The analyser already survives failures per statement; this guards against one in the analyser itself.
            log.Error($"analysis failed on {snapshot.Uri} (version {snapshot.Version})", e);
            return [new LspDiagnostic(new(new(0, 0), new(0, 0)), (int)DiagnosticSeverity.Error, DocumentAnalyzer.InternalError.Code, Source,
                $"Internal error while analysing this document ({e.GetType().Name}: {e.Message}). Please report it.")];
        }
        foreach (var error in analysis.InternalErrors)
            log.Error($"analysis of a statement failed on {snapshot.Uri} (version {snapshot.Version})", error);
        // Read in place from the analysis' blocks: on every keystroke of a large script, no copies of its diagnostics.
        var result = new LspDiagnostic[analysis.DiagnosticCount];
        var i = 0;
        foreach (var placed in analysis.PlacedDiagnostics)
            result[i++] = new(analysis.ToRange(placed.Span), (int)placed.Relative.Severity, placed.Relative.Code, Source, placed.Relative.Message);
        return result;
    }
}
