using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Spaces beyond ASCII that StarRocks would still read as letters (see <see cref="TokenKind.SpaceAsLetter"/>) once the
/// full-width marks or typographic quotes beside them are made ASCII: <c>t1，　t2</c> made <c>t1,　t2</c> names a table
/// <c>　t2</c>. A statement is checked with such a space read as the one meant, so the fix of the marks writes it too.
/// </summary>
internal static class MeantSpaces
{
    /// <summary>
    /// The text with <paramref name="marks"/> made and each space StarRocks would then read as a letter in a name a mark
    /// stands in (the run of name characters around it, as StarRocks reads it before the fix) made ASCII; and those spaces.
    /// </summary>
    public static (string Text, ImmutableArray<TextEdit> Spaces) Beside(string text, ImmutableArray<TextEdit> marks) =>
        BesideQuoted(text, marks, marks.Select(mark => mark.Span));

    /// <summary>
    /// As <see cref="Beside"/>, for typographic quotes made straight (<paramref name="edits"/>, one character for one)
    /// around the texts <paramref name="mended"/>: the spaces in the names StarRocks reads on into the quotes from outside
    /// (<c>=　“full”</c>, <c>“full”　)</c>), not those inside, which the straight quotes make a string's.
    /// </summary>
    public static (string Text, ImmutableArray<TextEdit> Spaces) BesideQuoted(string text, ImmutableArray<TextEdit> edits, IEnumerable<TextSpan> mended)
    {
        var edited = TypographicMarks.WithMarks(text, edits);
        var spaces = ImmutableArray.CreateBuilder<TextEdit>();
        var done = 0;
        foreach (var piece in mended.OrderBy(span => span.Start))
        {
            var start = piece.Start;
            while (start > done && Lexer.IsNameCharacter(text[start - 1]))
                start--;
            var end = piece.End;
            while (end < text.Length && Lexer.IsNameCharacter(text[end]))
                end++;
            if (end <= done)
                continue;
            var (written, found) = InOrAfter(edited, TextSpan.FromBounds(start, end));
            edited = written;
            spaces.AddRange(found);
            done = end;
        }
        return (edited, spaces.DrainToImmutable());
    }

    /// <summary>
    /// The text with each space StarRocks would read as a letter in <paramref name="span"/>, or after it before the next
    /// token, made ASCII; and those edits.
    /// </summary>
    public static (string Text, ImmutableArray<TextEdit> Spaces) InOrAfter(string edited, TextSpan span)
    {
        var characters = edited.ToCharArray();
        var spaces = ImmutableArray.CreateBuilder<TextEdit>();
        for (var position = span.Start; position < characters.Length;)
        {
            var kind = Lexer.Scan(characters, position, out var end);
            if (position >= span.End && !kind.IsTrivia())
                break;
            if (kind == TokenKind.SpaceAsLetter)
            {
                spaces.Add(new TextEdit(TextSpan.FromBounds(position, end), new string(' ', end - position)));
                Array.Fill(characters, ' ', position, end - position);
            }
            position = end;
        }
        return (new string(characters), spaces.DrainToImmutable());
    }

    /// <summary>What a fix's title adds for the spaces it makes ASCII: nothing for none.</summary>
    public static string Named(ImmutableArray<TextEdit> spaces) =>
        spaces.IsEmpty ? "" : spaces.Length == 1 && spaces[0].Span.Length == 1 ? " and an ASCII space" : " and ASCII spaces";

    /// <summary>The edits of a fix: <paramref name="marks"/> and <paramref name="spaces"/>, in the order they stand.</summary>
    public static ImmutableArray<TextEdit> With(ImmutableArray<TextEdit> marks, ImmutableArray<TextEdit> spaces) =>
        spaces.IsEmpty ? marks : [.. marks.Concat(spaces).OrderBy(edit => edit.Span.Start)];
}
