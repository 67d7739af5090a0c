using System.Buffers;
using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;
using LspDiagnostic = BackupLsp.Server.Protocol.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// One document's published diagnostics as JSON, kept per run (a block of statements) from one version to the next: a
/// run an edit did not touch that still starts at the same line and character has its diagnostics at the same places,
/// and its JSON is reused as written. On a large script a keystroke then converts and writes one block's diagnostics
/// rather than all of them. Thread-safe; one instance per open document.
/// </summary>
public sealed class DiagnosticsJson
{
    /// <summary>A run's diagnostics as JSON objects separated by commas, for a run that starts at <see cref="Start"/>.</summary>
    private sealed record Run(LinePosition Start, byte[] Json);

    private readonly Lock _gate = new();
    private Dictionary<object, Run> _runs = new(ReferenceEqualityComparer.Instance);
    private int _lastLength;

    /// <summary>How many runs the last <see cref="ArrayOf"/> had to convert and write (the others were reused).</summary>
    internal int RunsWritten { get; private set; }

    /// <summary>The JSON array of the analysis' diagnostics in LSP form.</summary>
    public ReadOnlyMemory<byte> ArrayOf(DocumentAnalysis analysis)
    {
        lock (_gate)
        {
            var kept = new Dictionary<object, Run>(ReferenceEqualityComparer.Instance);
            RunsWritten = 0;
            // Sized like the previous array: the next one is rarely much larger, and growing copies it over and over.
            var output = new ArrayBufferWriter<byte>(Math.Max(_lastLength, 256));
            output.Write("["u8);
            foreach (var run in analysis.DiagnosticRuns)
            {
                if (run.Diagnostics.IsEmpty)
                    continue;
                var start = analysis.Lines.GetPosition(run.Offset);
                byte[] json;
                if (run.Identity is { } identity && _runs.TryGetValue(identity, out var known) && known.Start == start)
                    json = known.Json;
                else
                {
                    json = Write(analysis, run);
                    RunsWritten++;
                }
                if (run.Identity is { } id)
                    kept[id] = new Run(start, json);
                if (output.WrittenCount > 1)
                    output.Write(","u8);
                output.Write(json);
            }
            output.Write("]"u8);
            _runs = kept;
            _lastLength = output.WrittenCount;
            return output.WrittenMemory;
        }
    }

    private static byte[] Write(DocumentAnalysis analysis, DiagnosticRun run)
    {
        var diagnostics = new LspDiagnostic[run.Diagnostics.Length];
        for (var i = 0; i < diagnostics.Length; i++)
            diagnostics[i] = DiagnosticsReport.ToLsp(analysis, new PlacedDiagnostic(run.Diagnostics[i], run.Offset));
        var array = JsonSerializer.SerializeToUtf8Bytes(diagnostics, LspJsonContext.Default.DiagnosticArray);
        return array[1..^1];
    }
}
