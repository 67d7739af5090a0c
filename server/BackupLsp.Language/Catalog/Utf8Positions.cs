using BackupLsp.Language.Text;

namespace BackupLsp.Language.Catalog;

/// <summary>
/// Byte offsets in UTF-8 text as LSP positions (a line break is LF, CRLF or a lone CR; columns count UTF-16 code units).
/// The catalog reader asks for offsets in increasing order, so each answer continues from the last: one pass over the file
/// (an offset before the last starts over).
/// </summary>
internal sealed class Utf8Positions(byte[] utf8)
{
    private int _offset;
    private int _line;
    private int _character;

    public LinePosition At(long byteOffset)
    {
        var target = (int)Math.Min(byteOffset, utf8.Length);
        if (target < _offset)
            (_offset, _line, _character) = (0, 0, 0);
        for (; _offset < target; _offset++)
        {
            var b = utf8[_offset];
            // The CR of a CRLF stays on its line, as a character; the LF ends the line.
            if (b == '\n' || (b == '\r' && (_offset + 1 >= utf8.Length || utf8[_offset + 1] != '\n')))
                (_line, _character) = (_line + 1, 0);
            else
                // A lead byte starts a character: four-byte ones are two UTF-16 units; continuation bytes add none.
                _character += b < 0x80 || (b >= 0xC0 && b < 0xF0) ? 1 : b >= 0xF0 ? 2 : 0;
        }
        return new LinePosition(_line, _character);
    }

    public LinePositionSpan Span(long start, long end) => new(At(start), At(end));
}
