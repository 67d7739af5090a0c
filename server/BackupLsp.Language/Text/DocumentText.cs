using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BackupLsp.Language.Text;

/// <summary>
/// An immutable document text held in pieces, each a slice of a string. An edit copies only the small piece it
/// falls in (and the inserted text) and shares every other piece with the version before, so that typing in a
/// 1 MB script allocates a few bytes per keystroke instead of a new 2 MB string for the collector to sweep.
/// </summary>
public sealed class DocumentText
{
    /// <summary>Pieces up to this length are copied into the piece an edit rebuilds rather than kept apart.</summary>
    private const int SmallPiece = 1024;

    /// <summary>A rebuilt piece longer than this (a large paste) is cut into pieces of this length.</summary>
    private const int LargePiece = 8192;

    /// <summary>Edits scattered over a text multiply its pieces; past this count the text is made one piece again.</summary>
    private const int MaxPieces = 1024;

    public static readonly DocumentText Empty = new([], [0]);

    private readonly ReadOnlyMemory<char>[] _pieces;

    /// <summary>Where each piece starts, and the length of the whole text last.</summary>
    private readonly int[] _starts;

    private DocumentText(ReadOnlyMemory<char>[] pieces, int[] starts)
    {
        _pieces = pieces;
        _starts = starts;
    }

    public static DocumentText From(string text) => text.Length == 0 ? Empty : new([text.AsMemory()], [0, text.Length]);

    public int Length => _starts[^1];

    internal int PieceCount => _pieces.Length;

    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(index));
            var piece = PieceHolding(index);
            return _pieces[piece].Span[index - _starts[piece]];
        }
    }

    /// <summary>The text with <paramref name="span"/> replaced by <paramref name="inserted"/>.</summary>
    public DocumentText Replace(TextSpan span, string inserted)
    {
        RequireInside(span);
        if (_pieces.Length == 0)
            return From(inserted);

        // The pieces the edit touches; at a boundary, the piece that ends there, so that typing extends one piece.
        var first = span.Start == 0 ? 0 : PieceEndingAtOrAfter(span.Start);
        var last = Math.Max(first, span.End == 0 ? 0 : PieceEndingAtOrAfter(span.End));
        var left = _pieces[first][..(span.Start - _starts[first])];
        var right = _pieces[last][(span.End - _starts[last])..];

        // Small remainders, and a small neighbour beyond them, go into the rebuilt piece; large ones stay shared.
        var keptLeft = left.Length > SmallPiece ? left : default;
        var copiedLeft = left.Length > SmallPiece ? default : left;
        var keptRight = right.Length > SmallPiece ? right : default;
        var copiedRight = right.Length > SmallPiece ? default : right;
        var from = first;
        var to = last;
        if (keptLeft.IsEmpty && from > 0 && _pieces[from - 1].Length <= SmallPiece)
            copiedLeft = Concat(_pieces[--from], copiedLeft);
        if (keptRight.IsEmpty && to + 1 < _pieces.Length && _pieces[to + 1].Length <= SmallPiece)
            copiedRight = Concat(copiedRight, _pieces[++to]);
        var rebuilt = string.Concat(copiedLeft.Span, inserted, copiedRight.Span);

        var pieces = new List<ReadOnlyMemory<char>>(_pieces.Length + 4);
        pieces.AddRange(_pieces.AsSpan(0, from));
        pieces.Add(keptLeft);
        for (var start = 0; start < rebuilt.Length; start += LargePiece)
            pieces.Add(rebuilt.AsMemory(start, Math.Min(LargePiece, rebuilt.Length - start)));
        pieces.Add(keptRight);
        pieces.AddRange(_pieces.AsSpan(to + 1));
        pieces.RemoveAll(piece => piece.IsEmpty);
        return Of(pieces) is var text && text.PieceCount > MaxPieces ? From(text.ToString()) : text;
    }

    /// <summary>The characters of <paramref name="span"/> in one block: shared when they lie in one piece, else copied.</summary>
    public ReadOnlyMemory<char> Slice(TextSpan span)
    {
        RequireInside(span);
        if (span.Length == 0)
            return ReadOnlyMemory<char>.Empty;
        var piece = PieceHolding(span.Start);
        if (span.End <= _starts[piece + 1])
            return _pieces[piece].Slice(span.Start - _starts[piece], span.Length);
        // A string, so that ToString of the same span needs no second copy.
        return string.Create(span.Length, (Text: this, span.Start), static (chars, from) => from.Text.CopyTo(from.Start, chars)).AsMemory();
    }

    /// <summary>
    /// The characters of <paramref name="span"/>: shared when they lie in one piece, else copied into
    /// <paramref name="buffer"/>, which must be at least as long as the span.
    /// </summary>
    public ReadOnlySpan<char> Read(TextSpan span, Span<char> buffer)
    {
        RequireInside(span);
        if (span.Length == 0)
            return [];
        var piece = PieceHolding(span.Start);
        if (span.End <= _starts[piece + 1])
            return _pieces[piece].Span.Slice(span.Start - _starts[piece], span.Length);
        CopyTo(span.Start, buffer[..span.Length]);
        return buffer[..span.Length];
    }

    public string ToString(TextSpan span)
    {
        var slice = Slice(span);
        return MemoryMarshal.TryGetString(slice, out var text, out var start, out var length) && start == 0 && length == text.Length
            ? text
            : slice.ToString();
    }

    public override string ToString() => ToString(new TextSpan(0, Length));

    /// <summary>The offset of the first of <paramref name="a"/> or <paramref name="b"/> in [<paramref name="start"/>, <paramref name="end"/>), or -1.</summary>
    public int IndexOfAny(char a, char b, int start, int end)
    {
        if (start >= end)
            return -1;
        for (var piece = PieceHolding(start); piece < _pieces.Length && _starts[piece] < end; piece++)
        {
            var from = Math.Max(start, _starts[piece]);
            var to = Math.Min(end, _starts[piece + 1]);
            var found = _pieces[piece].Span[(from - _starts[piece])..(to - _starts[piece])].IndexOfAny(a, b);
            if (found >= 0)
                return from + found;
        }
        return -1;
    }

    /// <summary>The offset of the first <paramref name="c"/> in [<paramref name="start"/>, <paramref name="end"/>), or -1.</summary>
    public int IndexOf(char c, int start, int end) => IndexOfAny(c, c, start, end);

    /// <summary>The offset of the last <paramref name="c"/> before <paramref name="end"/>, or -1.</summary>
    public int LastIndexOf(char c, int end) => LastIndexOfAny(c, c, end);

    /// <summary>The offset of the last of <paramref name="a"/> or <paramref name="b"/> before <paramref name="end"/>, or -1.</summary>
    public int LastIndexOfAny(char a, char b, int end)
    {
        for (var piece = end == 0 ? -1 : PieceHolding(end - 1); piece >= 0; piece--)
        {
            var to = Math.Min(end, _starts[piece + 1]);
            var found = _pieces[piece].Span[..(to - _starts[piece])].LastIndexOfAny(a, b);
            if (found >= 0)
                return _starts[piece] + found;
        }
        return -1;
    }

    /// <summary>How many characters the two texts share at their starts. Pieces both share are not compared.</summary>
    internal static int CommonPrefixLength(DocumentText a, DocumentText b)
    {
        var common = 0;
        var (pieceA, pieceB, inA, inB) = (0, 0, 0, 0);
        while (pieceA < a._pieces.Length && pieceB < b._pieces.Length)
        {
            var x = a._pieces[pieceA].Span[inA..];
            var y = b._pieces[pieceB].Span[inB..];
            var length = Math.Min(x.Length, y.Length);
            var same = SameStart(x, y) ? length : x[..length].CommonPrefixLength(y[..length]);
            common += same;
            if (same < length)
                return common;
            (inA, inB) = (inA + length, inB + length);
            if (inA == a._pieces[pieceA].Length)
                (pieceA, inA) = (pieceA + 1, 0);
            if (inB == b._pieces[pieceB].Length)
                (pieceB, inB) = (pieceB + 1, 0);
        }
        return common;
    }

    /// <summary>How many characters, at most <paramref name="limit"/>, the two texts share at their ends.</summary>
    internal static int CommonSuffixLength(DocumentText a, DocumentText b, int limit)
    {
        var common = 0;
        var (pieceA, pieceB) = (a._pieces.Length - 1, b._pieces.Length - 1);
        var (leftA, leftB) = (pieceA < 0 ? 0 : a._pieces[pieceA].Length, pieceB < 0 ? 0 : b._pieces[pieceB].Length);
        while (common < limit && pieceA >= 0 && pieceB >= 0)
        {
            var x = a._pieces[pieceA].Span[..leftA];
            var y = b._pieces[pieceB].Span[..leftB];
            var length = Math.Min(Math.Min(x.Length, y.Length), limit - common);
            x = x[^length..];
            y = y[^length..];
            var same = SameEnd(x, y) ? length : CommonEnds.SuffixLength(x, y);
            common += same;
            if (same < length)
                return common;
            (leftA, leftB) = (leftA - length, leftB - length);
            if (leftA == 0 && --pieceA >= 0)
                leftA = a._pieces[pieceA].Length;
            if (leftB == 0 && --pieceB >= 0)
                leftB = b._pieces[pieceB].Length;
        }
        return common;
    }

    private static bool SameStart(ReadOnlySpan<char> x, ReadOnlySpan<char> y) =>
        Unsafe.AreSame(in MemoryMarshal.GetReference(x), in MemoryMarshal.GetReference(y));

    private static bool SameEnd(ReadOnlySpan<char> x, ReadOnlySpan<char> y) =>
        x.Length == y.Length && (x.IsEmpty || Unsafe.AreSame(in x[^1], in y[^1]));

    private void CopyTo(int start, Span<char> destination)
    {
        for (var piece = PieceHolding(start); !destination.IsEmpty; piece++)
        {
            var available = _pieces[piece].Span[(start - _starts[piece])..];
            var count = Math.Min(available.Length, destination.Length);
            available[..count].CopyTo(destination);
            destination = destination[count..];
            start += count;
        }
    }

    private void RequireInside(TextSpan span)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > Length)
            throw new ArgumentOutOfRangeException(nameof(span), $"{span} is outside a text of {Length} characters");
    }

    /// <summary>The piece that holds the character at <paramref name="offset"/> (0 ≤ offset &lt; Length).</summary>
    private int PieceHolding(int offset)
    {
        var found = Array.BinarySearch(_starts, 0, _pieces.Length, offset);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>The piece whose end is the first at or after <paramref name="offset"/> (0 &lt; offset ≤ Length).</summary>
    private int PieceEndingAtOrAfter(int offset) => PieceHolding(offset - 1);

    private static ReadOnlyMemory<char> Concat(ReadOnlyMemory<char> a, ReadOnlyMemory<char> b) =>
        a.IsEmpty ? b : b.IsEmpty ? a : string.Concat(a.Span, b.Span).AsMemory();

    private static DocumentText Of(List<ReadOnlyMemory<char>> pieces)
    {
        if (pieces.Count == 0)
            return Empty;
        var starts = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
            starts[i + 1] = starts[i] + pieces[i].Length;
        return new DocumentText([.. pieces], starts);
    }
}
