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

    public static LineIndex Create(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOfAny('\r', '\n');
            if (next < 0)
                break;
            offset += next;
            if (span[offset] == '\r' && offset + 1 < span.Length && span[offset + 1] == '\n')
                offset++;
            offset++;
            starts.Add(offset);
        }
        return new LineIndex(starts.ToArray(), text.Length);
    }

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The offset just past the last character of the line, before its line break.</summary>
    public int LineEnd(int line, string text)
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
    public int GetOffset(LinePosition position, string text)
    {
        if (position.Line < 0)
            return 0;
        if (position.Line >= _lineStarts.Length)
            return _textLength;
        var start = _lineStarts[position.Line];
        return Math.Min(start + Math.Max(position.Character, 0), LineEnd(position.Line, text));
    }
}
