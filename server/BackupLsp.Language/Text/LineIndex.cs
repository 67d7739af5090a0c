using System.Runtime.InteropServices;

namespace BackupLsp.Language.Text;

/// <summary>
/// Converts between absolute offsets and line/column positions. CR, LF and CRLF each end a line,
/// as the LSP specification requires (a lone CR is a line break too).
/// </summary>
/// <remarks>
/// The line starts are kept in chunks, each with a shift added to its values. A version made from an earlier one
/// shares every chunk the edit did not reach (those after it with their shift moved by the edit's length), so a
/// keystroke in a script of tens of thousands of lines copies one chunk instead of all its line starts.
/// </remarks>
public sealed class LineIndex
{
    /// <summary>The length a chunk is made with; an edit's chunk is kept whole up to twice that.</summary>
    private const int ChunkLength = 256;

    private readonly int[][] _chunks;
    private readonly int[] _shifts;
    /// <summary>The line number of each chunk's first line start.</summary>
    private readonly int[] _firstLines;
    private readonly int _textLength;

    private LineIndex(int[][] chunks, int[] shifts, int textLength)
    {
        _chunks = chunks;
        _shifts = shifts;
        _textLength = textLength;
        _firstLines = new int[chunks.Length];
        var lines = 0;
        for (var i = 0; i < chunks.Length; i++)
        {
            _firstLines[i] = lines;
            lines += chunks[i].Length;
        }
        LineCount = lines;
    }

    public int LineCount { get; }

    public static LineIndex Create(DocumentText text)
    {
        var starts = new List<int> { 0 };
        AddStarts(text, 1, text.Length, starts);
        var chunks = new List<int[]>();
        AddChunks(CollectionsMarshal.AsSpan(starts), chunks);
        return new LineIndex([.. chunks], new int[chunks.Count], text.Length);
    }

    /// <summary>
    /// The index of <paramref name="text"/> made from that of an earlier version which differs from it by
    /// <paramref name="change"/>: lines starting before the change are kept, those after it are moved, and only the
    /// changed region is scanned (a line start depends on the character before it and, after a CR, the one at it).
    /// </summary>
    public static LineIndex Create(DocumentText text, LineIndex earlier, ChangedRegion change)
    {
        var kept = Math.Max(1, earlier.CountBefore(change.Start));
        var resumed = earlier.CountBefore(change.PreviousEnd + 1);
        // The chunks from the one holding the last kept line to the one holding the first resumed line are rebuilt as one.
        var first = earlier.ChunkOfLine(kept - 1);
        var last = resumed < earlier.LineCount ? earlier.ChunkOfLine(resumed) : earlier._chunks.Length - 1;
        if (last + 1 < earlier._chunks.Length && earlier.LinesIn(first, last) < ChunkLength / 2)
            last++; // absorb a small remainder into its neighbour rather than leave chunks to shrink edit after edit
        var scanned = new List<int>();
        AddStarts(text, Math.Max(change.Start, 1), change.End, scanned);
        var keptInFirst = earlier._chunks[first].AsSpan(0, kept - earlier._firstLines[first]);
        var end = earlier._firstLines[last] + earlier._chunks[last].Length;
        var rebuilt = new int[keptInFirst.Length + scanned.Count + end - resumed];
        for (var i = 0; i < keptInFirst.Length; i++)
            rebuilt[i] = keptInFirst[i] + earlier._shifts[first];
        scanned.CopyTo(rebuilt, keptInFirst.Length);
        for (int line = resumed, i = keptInFirst.Length + scanned.Count; line < end; line++, i++)
            rebuilt[i] = earlier.LineStart(line) + change.Delta;

        var chunks = new List<int[]>(earlier._chunks.Length + 1);
        var shifts = new List<int>(earlier._chunks.Length + 1);
        for (var i = 0; i < first; i++)
        {
            chunks.Add(earlier._chunks[i]);
            shifts.Add(earlier._shifts[i]);
        }
        if (rebuilt.Length <= 2 * ChunkLength)
            chunks.Add(rebuilt);
        else
            AddChunks(rebuilt, chunks);
        while (shifts.Count < chunks.Count)
            shifts.Add(0);
        for (var i = last + 1; i < earlier._chunks.Length; i++)
        {
            chunks.Add(earlier._chunks[i]);
            shifts.Add(earlier._shifts[i] + change.Delta);
        }
        return new LineIndex([.. chunks], [.. shifts], text.Length);
    }

    private static void AddChunks(ReadOnlySpan<int> starts, List<int[]> chunks)
    {
        for (var start = 0; start < starts.Length; start += ChunkLength)
            chunks.Add(starts.Slice(start, Math.Min(ChunkLength, starts.Length - start)).ToArray());
    }

    /// <summary>Adds, in order, every line start from <paramref name="from"/> (at least 1) to <paramref name="to"/> inclusive.</summary>
    private static void AddStarts(DocumentText text, int from, int to, List<int> starts)
    {
        var offset = from - 1;
        while (offset < to)
        {
            offset = text.IndexOfAny('\r', '\n', offset, to);
            if (offset < 0)
                return;
            if (text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n')
                offset++;
            offset++;
            if (offset <= to)
                starts.Add(offset);
        }
    }

    private int LinesIn(int firstChunk, int lastChunk) =>
        _firstLines[lastChunk] + _chunks[lastChunk].Length - _firstLines[firstChunk];

    private int ChunkOfLine(int line)
    {
        var index = Array.BinarySearch(_firstLines, line);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>How many line starts are below <paramref name="offset"/>.</summary>
    private int CountBefore(int offset)
    {
        // The last chunk whose first start is below the offset holds the last start below it.
        var chunk = SortedSearch.FirstNotBefore(0, _chunks.Length, (lines: this, offset),
            static (state, i) => state.lines._chunks[i][0] + state.lines._shifts[i] < state.offset) - 1;
        if (chunk < 0)
            return 0;
        var index = Array.BinarySearch(_chunks[chunk], offset - _shifts[chunk]);
        return _firstLines[chunk] + (index >= 0 ? index : ~index);
    }

    public int LineStart(int line)
    {
        var chunk = ChunkOfLine(line);
        return _chunks[chunk][line - _firstLines[chunk]] + _shifts[chunk];
    }

    /// <summary>The offset just past the last character of the line, before its line break.</summary>
    public int LineEnd(int line, DocumentText text)
    {
        var start = LineStart(line);
        var end = line + 1 < LineCount ? LineStart(line + 1) : _textLength;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
            end--;
        return end;
    }

    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _textLength);
        // Starts at or below the offset, less one: the first start (0) is always among them.
        return CountBefore(offset + 1) - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _textLength);
        var line = LineOf(offset);
        return new LinePosition(line, offset - LineStart(line));
    }

    /// <summary>The offset of a position; a column past the end of its line is clamped to the line's end.</summary>
    public int GetOffset(LinePosition position, DocumentText text)
    {
        if (position.Line < 0)
            return 0;
        if (position.Line >= LineCount)
            return _textLength;
        // In long: a client may send any column up to int.MaxValue for "the end of the line".
        var start = LineStart(position.Line);
        return (int)Math.Min((long)start + Math.Max(position.Character, 0), LineEnd(position.Line, text));
    }
}
