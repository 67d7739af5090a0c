using System.Collections;
using System.Collections.Immutable;

namespace BackupLsp.Language.Analysis;

/// <summary>A diagnostic as stored (relative to its block) and the offset that places it in the document.</summary>
public readonly record struct PlacedDiagnostic(Diagnostic Relative, int Offset)
{
    public Text.TextSpan Span => Relative.Span.Shift(Offset);

    /// <summary>A copy with document offsets (allocates when the offset is not zero).</summary>
    public Diagnostic Absolute => Relative.Shift(Offset);
}

/// <summary>Diagnostics relative to <paramref name="Offset"/>; see <see cref="DocumentAnalysis.DiagnosticRuns"/>.</summary>
/// <param name="Identity">The same object in every version where the run is unchanged; null when it is not tracked.</param>
public readonly record struct DiagnosticRun(object? Identity, int Offset, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// A document's diagnostics in document order, read straight from its blocks: publishing them on every keystroke
/// copies nothing. The diagnostics across statements are merged in where they belong.
/// </summary>
public readonly struct PlacedDiagnostics(DocumentAnalysis analysis) : IEnumerable<PlacedDiagnostic>
{
    public Enumerator GetEnumerator() => new(analysis);

    IEnumerator<PlacedDiagnostic> IEnumerable<PlacedDiagnostic>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(DocumentAnalysis analysis) : IEnumerator<PlacedDiagnostic>
    {
        private int _block;
        private int _index = -1;
        private int _script;

        public PlacedDiagnostic Current { get; private set; }

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            var blocks = analysis.Blocks;
            var script = analysis.ScriptDiagnostics;
            _index++;
            while (_block < blocks.Length && _index >= analysis.DiagnosticsOfBlock(_block).Length)
            {
                _block++;
                _index = 0;
            }
            var inBlock = _block < blocks.Length
                ? new PlacedDiagnostic(analysis.DiagnosticsOfBlock(_block)[_index], analysis.BlockStarts[_block])
                : default;
            if (_script < script.Length && (inBlock.Relative is null || Diagnostic.ComparePositions(script[_script].Span, inBlock.Span) < 0))
            {
                Current = new PlacedDiagnostic(script[_script++], 0);
                _index--; // the block's diagnostic comes next time
                return true;
            }
            Current = inBlock;
            return inBlock.Relative is not null;
        }

        public void Reset() => (_block, _index, _script) = (0, -1, 0);

        public readonly void Dispose()
        {
        }
    }
}
