using System.Collections.Immutable;
using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;
using Diagnostic = BackupLsp.Language.Analysis.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// One document's published diagnostics as JSON, kept per run (a block of statements) from one version to the next: a
/// run an edit did not touch that still starts at the same line and character has its diagnostics at the same places,
/// and its JSON is reused as written. On a large script a keystroke then converts and writes one block's diagnostics
/// rather than all of them. Thread-safe; one instance per open document.
/// </summary>
public sealed class DiagnosticsJson
{
    /// <summary>A run's diagnostics as JSON objects, for a run that starts at <see cref="Start"/>.</summary>
    private sealed record Run(LinePosition Start, byte[][] Objects);

    /// <summary>
    /// The diagnostics across statements as last written (made anew for every version, so kept by value): their rules,
    /// messages and the places of them and of their links, in LSP positions.
    /// </summary>
    private sealed record ScriptRun(Diagnostic[] Diagnostics, LinePosition[] Places, byte[][] Objects);

    private readonly Lock _gate = new();
    private ScriptRun? _scriptRun;
    private Dictionary<object, Run> _runs = new(ReferenceEqualityComparer.Instance);
    /// <summary>The previous publish's dictionary, emptied (its JSON is not kept), filled again on the next publish.</summary>
    private Dictionary<object, Run> _spare = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many runs the last <see cref="ObjectsOf"/> had to convert and write (the others were reused).</summary>
    internal int RunsWritten { get; private set; }

    /// <summary>
    /// The analysis' diagnostics in LSP form, one JSON object each, in arrays of one run each. Not joined into one array:
    /// the writer would need a buffer the size of them all (half a megabyte for 2,000) on each publish, which the shared
    /// pool then keeps, once for every thread that happened to publish; nor into one list, which a keystroke would
    /// allocate again for every diagnostic of the script.
    /// </summary>
    /// <param name="relatedUri">The document's URI, for a client that takes related places; else null.</param>
    public IReadOnlyList<byte[][]> ObjectsOf(DocumentAnalysis analysis, string? relatedUri)
    {
        lock (_gate)
        {
            var kept = _spare;
            RunsWritten = 0;
            var runs = new List<byte[][]>(_runs.Count + 1); // about as many as last time: grown once, if at all
            foreach (var run in analysis.DiagnosticRuns)
            {
                if (run.Diagnostics.IsEmpty)
                    continue;
                if (run.Identity is not { } identity)
                {
                    // The last run: those across statements, which go among the blocks' in document order, as a pull lists them.
                    runs = InDocumentOrder(analysis, runs, ScriptObjects(analysis, run, relatedUri), run.Diagnostics);
                    continue;
                }
                var start = analysis.Lines.GetPosition(run.Offset);
                Run written;
                if (_runs.TryGetValue(identity, out var known) && known.Start == start)
                    written = known;
                else
                {
                    written = new Run(start, Write(analysis, run, relatedUri));
                    RunsWritten++;
                }
                kept[identity] = written;
                runs.Add(written.Objects);
            }
            _runs.Clear();
            (_spare, _runs) = (_runs, kept);
            return runs;
        }
    }

    /// <summary>
    /// The blocks' runs (<paramref name="blockRuns"/>, written for the analysis' non-empty block runs, in order) with the
    /// diagnostics across statements (<paramref name="script"/>, written as <paramref name="scriptObjects"/>) put among
    /// them by position, as <see cref="PlacedDiagnostics"/> orders them: a block's run is cut where one goes inside it
    /// (they are few; the blocks' arrays stay as written otherwise).
    /// </summary>
    private static List<byte[][]> InDocumentOrder(DocumentAnalysis analysis, List<byte[][]> blockRuns, byte[][] scriptObjects, ImmutableArray<Diagnostic> script)
    {
        var merged = new List<byte[][]>(blockRuns.Count + 2 * script.Length + 1);
        var (next, block) = (0, 0);
        foreach (var (identity, offset, diagnostics) in analysis.DiagnosticRuns)
        {
            if (identity is null || diagnostics.IsEmpty)
                continue;
            var objects = blockRuns[block++];
            var from = 0;
            for (var i = 0; i < diagnostics.Length && next < script.Length; i++)
                while (next < script.Length && Diagnostic.ComparePositions(script[next].Span, diagnostics[i].Span.Shift(offset)) < 0)
                {
                    if (i > from)
                        merged.Add(objects[from..i]);
                    from = i;
                    merged.Add([scriptObjects[next++]]);
                }
            merged.Add(from == 0 ? objects : objects[from..]);
        }
        if (next < script.Length)
            merged.Add(next == 0 ? scriptObjects : scriptObjects[next..]);
        return merged;
    }

    /// <summary>
    /// The diagnostics across statements, their JSON reused where the last publish wrote the same: on a keystroke away
    /// from them they say the same at the same places, and each, with its links, is some hundreds of bytes to write.
    /// </summary>
    private byte[][] ScriptObjects(DocumentAnalysis analysis, DiagnosticRun run, string? relatedUri)
    {
        var places = Places(analysis, run.Diagnostics);
        if (_scriptRun is { } last && last.Places.SequenceEqual(places) && SaySame(last.Diagnostics, run.Diagnostics))
            return last.Objects;
        _scriptRun = new ScriptRun([.. run.Diagnostics], places, Write(analysis, run, relatedUri));
        RunsWritten++;
        return _scriptRun.Objects;
    }

    /// <summary>Where each diagnostic and each of its links start and end, in LSP positions, in order.</summary>
    private static LinePosition[] Places(DocumentAnalysis analysis, ImmutableArray<Diagnostic> diagnostics)
    {
        var count = 0;
        foreach (var diagnostic in diagnostics)
            count += 2 + 2 * diagnostic.Related.Length;
        var places = new LinePosition[count];
        var next = 0;
        foreach (var diagnostic in diagnostics)
        {
            places[next++] = analysis.Lines.GetPosition(diagnostic.Span.Start);
            places[next++] = analysis.Lines.GetPosition(diagnostic.Span.End);
            foreach (var related in diagnostic.Related)
            {
                places[next++] = analysis.Lines.GetPosition(related.Span.Start);
                places[next++] = analysis.Lines.GetPosition(related.Span.End);
            }
        }
        return places;
    }

    /// <summary>Whether the diagnostics say what the last ones written said: rule, level, message and links' messages.</summary>
    private static bool SaySame(Diagnostic[] before, ImmutableArray<Diagnostic> now)
    {
        if (before.Length != now.Length)
            return false;
        for (var i = 0; i < now.Length; i++)
        {
            if (before[i].Rule != now[i].Rule || before[i].Severity != now[i].Severity || before[i].Message != now[i].Message
                || before[i].Related.Length != now[i].Related.Length)
                return false;
            for (var j = 0; j < now[i].Related.Length; j++)
                if (before[i].Related[j].Message != now[i].Related[j].Message)
                    return false;
        }
        return true;
    }

    private static byte[][] Write(DocumentAnalysis analysis, DiagnosticRun run, string? relatedUri)
    {
        var objects = new byte[run.Diagnostics.Length][];
        for (var i = 0; i < objects.Length; i++)
            objects[i] = JsonSerializer.SerializeToUtf8Bytes(DiagnosticsReport.ToLsp(analysis, new PlacedDiagnostic(run.Diagnostics[i], run.Offset), relatedUri),
                LspJsonContext.Default.Diagnostic);
        return objects;
    }
}
