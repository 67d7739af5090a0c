using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Typographic quotes (“ ” ‘ ’ and their kin, the primes ′ ″ that typesetting makes of straight quotes among them) and
/// the full-width marks of East Asian input methods (＂ ＇ ； ， （ ） ＝), which text from a word processor, a chat or a web
/// page holds where SQL's ASCII marks were meant. StarRocks' lexer reads each
/// as a letter (its LETTER takes U+0080 to U+FFFF), and so does ours: <c>“type”</c> is a name, not a string, and in
/// <c>)；</c> a name follows the <c>)</c>. Where that fails a statement, its diagnostic says so, and the fix writes the
/// ASCII mark, one character for one, so that no other position moves.
/// </summary>
public static class TypographicMarks
{
    /// <summary>The ASCII quote a typographic or full-width one stands for, or <c>'\0'</c>.</summary>
    public static char StraightQuote(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\uFF02' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\uFF07' => '\'',
        _ => '\0',
    };

    /// <summary>The ASCII mark a full-width <c>；</c>, <c>，</c>, <c>（</c>, <c>）</c> or <c>＝</c> stands for, or <c>'\0'</c>.</summary>
    public static char AsciiPunctuation(char c) => c switch
    {
        '\uFF1B' => ';',
        '\uFF0C' => ',',
        '\uFF08' => '(',
        '\uFF09' => ')',
        '\uFF1D' => '=',
        _ => '\0',
    };

    public const char FullWidthSemicolon = '\uFF1B';

    /// <summary>"Typographic quotes", or "Full-width quotes" where every quote mark written is one (＂ ＇).</summary>
    public static string QuotesNamed(ReadOnlySpan<char> written)
    {
        foreach (var c in written)
            if (StraightQuote(c) != '\0' && c < '\uFF00')
                return "Typographic quotes";
        return "Full-width quotes";
    }

    /// <summary>
    /// How a message names a full-width mark that StarRocks reads as a letter, by what it was meant to be, or
    /// <paramref name="several"/> of one kind (a run of <c>；</c> still ends one statement).
    /// </summary>
    public static string PunctuationMeant(char c, bool several = false) => c switch
    {
        '\uFF1B' => "a statement end",
        '\uFF0C' => several ? "commas" : "a comma",
        '\uFF1D' => several ? "equals signs" : "an equals sign",
        _ => several ? "parentheses" : "a parenthesis",
    };

    /// <summary>
    /// A word of StarRocks' lexer that opens or closes with a typographic quote (<c>“type”</c>, <c>‘full</c>), read as the
    /// string meant: <see cref="Inner"/> is its text, <see cref="Straight"/> that text in the ASCII quote the first mark
    /// stands for. <see cref="Matched"/> when the word both opens and closes with marks of one kind: then that string is the
    /// one right edit; an unmatched mark may have lost its other half elsewhere.
    /// </summary>
    public readonly record struct QuotedWord(string Inner, char Quote, bool Matched)
    {
        public string Straight => $"{Quote}{Inner}{Quote}";
    }

    /// <summary>The quoted word <paramref name="word"/> is, or null when neither of its ends is a typographic quote.</summary>
    public static QuotedWord? InQuotes(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return null;
        var (first, last) = (StraightQuote(word[0]), word.Length > 1 ? StraightQuote(word[^1]) : '\0');
        if (first == '\0' && last == '\0')
            return null;
        var inner = word[(first == '\0' ? 0 : 1)..(last == '\0' ? word.Length : word.Length - 1)];
        return new QuotedWord(inner.ToString(), first == '\0' ? last : first, first == last);
    }

    /// <summary>
    /// Text StarRocks reads as names and operators that was meant as a string: from a typographic quote at
    /// <see cref="Open"/> to the next one on its line, at <see cref="Close"/>. <see cref="Matched"/> when the two are of
    /// one kind (double or single).
    /// </summary>
    public readonly record struct QuotedText(int Open, int Close, char Quote, bool Matched)
    {
        public TextSpan Span => TextSpan.FromBounds(Open, Close + 1);

        /// <summary>The two marks, each made the ASCII quote the first stands for.</summary>
        public ImmutableArray<TextEdit> Edits => [new(new TextSpan(Open, 1), Quote.ToString()), new(new TextSpan(Close, 1), Quote.ToString())];

        public string Straight(ReadOnlySpan<char> text) => $"{Quote}{text[(Open + 1)..Close]}{Quote}";
    }

    /// <summary>
    /// The quoted text a typographic quote at <paramref name="open"/> starts, closed before <paramref name="limit"/> on the
    /// same line; null when none closes it there, or when the text between holds what straight quotes would read otherwise
    /// (the ASCII quote itself, a backslash).
    /// </summary>
    public static QuotedText? QuotedFrom(ReadOnlySpan<char> text, int open, int limit)
    {
        var quote = StraightQuote(text[open]);
        if (quote == '\0')
            return null;
        for (var i = open + 1; i < limit; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\\' || c == quote)
                return null;
            if (StraightQuote(c) is not '\0' and var closing)
                return new QuotedText(open, i, quote, closing == quote);
        }
        return null;
    }

    /// <summary><paramref name="text"/> with the edits applied, each of which puts as many characters as it replaces.</summary>
    public static string WithMarks(string text, IEnumerable<TextEdit> edits)
    {
        var characters = text.ToCharArray();
        foreach (var edit in edits)
            edit.NewText.CopyTo(0, characters, edit.Span.Start, edit.Span.Length);
        return new string(characters);
    }
}
