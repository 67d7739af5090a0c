namespace BackupLsp.Language.Text;

/// <summary>
/// Converts between absolute offsets and line/column positions. CR, LF and CRLF each end a line,
/// as the LSP specification requires (a lone CR is a line break too).
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _textLength;

    private LineIndex(int[] lineStarts, int textLength)
    {
        _lineStarts = lineStarts;
        _textLength = textLength;
    }

    public int LineCount => _lineStarts.Length;

    public static LineIndex Create(DocumentText text)
    {
        var starts = new List<int> { 0 };
        AddStarts(text, 1, text.Length, starts);
        return new LineIndex([.. starts], text.Length);
    }

    /// <summary>
    /// The index of <paramref name="text"/> made from that of an earlier version which differs from it by
    /// <paramref name="change"/>: lines starting before the change are kept, those after it are moved, and only the
    /// changed region is scanned (a line start depends on the character before it and, after a CR, the one at it).
    /// </summary>
    public static LineIndex Create(DocumentText text, LineIndex earlier, ChangedRegion change)
    {
        var old = earlier._lineStarts;
        var kept = Math.Max(1, CountBefore(old, change.Start));
        var resumed = CountBefore(old, change.PreviousEnd + 1);
        var scanned = new List<int>();
        AddStarts(text, Math.Max(change.Start, 1), change.End, scanned);
        var starts = new int[kept + scanned.Count + old.Length - resumed];
        old.AsSpan(0, kept).CopyTo(starts);
        scanned.CopyTo(starts, kept);
        var next = kept + scanned.Count;
        for (var i = resumed; i < old.Length; i++)
            starts[next++] = old[i] + change.Delta;
        return new LineIndex(starts, text.Length);
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

    /// <summary>How many of the sorted <paramref name="starts"/> are below <paramref name="offset"/>.</summary>
    private static int CountBefore(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index;
    }

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The offset just past the last character of the line, before its line break.</summary>
    public int LineEnd(int line, DocumentText text)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _textLength;
        while (end > _lineStarts[line] && (text[end - 1] == '\n' || text[end - 1] == '\r'))
            end--;
        return end;
    }

    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _textLength);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _textLength);
        var line = LineOf(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The offset of a position; a column past the end of its line is clamped to the line's end.</summary>
    public int GetOffset(LinePosition position, DocumentText text)
    {
        if (position.Line < 0)
            return 0;
        if (position.Line >= _lineStarts.Length)
            return _textLength;
        var start = _lineStarts[position.Line];
        return Math.Min(start + Math.Max(position.Character, 0), LineEnd(position.Line, text));
    }
}
