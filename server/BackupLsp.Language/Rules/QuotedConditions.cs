using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// Text in typographic quotes in a SHOW's condition (<c>SNAPSHOT = “snap1”</c>), and full-width punctuation there
/// (<c>SNAPSHOT ＝ 's1'</c>, <c>IN ('a'，'b')</c>), which StarRocks reads as names and operators, or letters of them (see
/// <see cref="TypographicMarks"/>): where StarRocks would take the condition with the ASCII marks, its diagnostic says why
/// it does not, and those marks are the fix.
/// </summary>
internal static class QuotedConditions
{
    /// <summary>
    /// The diagnostic of a condition StarRocks does not take (<paramref name="failure"/>: "it refuses this filter") for its
    /// typographic quotes, when <paramref name="takes"/> the statement's text with straight ones and the condition's tokens
    /// in it; null when it has none, or when it fails with straight ones too.
    /// </summary>
    public static Diagnostic? Straightened(RuleDescriptor rule, string text, ImmutableArray<SyntaxToken> condition, string failure,
        Func<string, ImmutableArray<SyntaxToken>, bool> takes)
    {
        var span = TextSpan.FromBounds(condition[0].Span.Start, condition[^1].Span.End);
        var quoted = QuotedTexts(text, condition, span.End);
        if (quoted.Count == 0)
            return null;
        ImmutableArray<TextEdit> edits = [.. quoted.SelectMany(q => q.Edits)];
        var (edited, spaces) = WithSpacesMeant(TypographicMarks.WithMarks(text, edits), span);
        if (!takes(edited, Rescanned(edited, span)))
            return null;
        var written = quoted.Select(q => text.Substring(q.Open, q.Close + 1 - q.Open)).ToList();
        var straight = string.Join(" and ", quoted.Select(q => q.Straight(text)));
        var what = written.Count == 1 ? $"`{written[0]}` is no string" : $"{string.Join(" and ", written.Select(w => $"`{w}`"))} are no strings";
        return Diagnostic.Create(rule, span,
            $"{TypographicMarks.QuotesNamed(string.Concat(written))} are not SQL quotes: StarRocks reads them as letters, so {what}, and {failure}. Write {straight}.",
            new CodeFix($"Change to {straight}{SpacesNamed(spaces)}", [.. edits.Concat(spaces).OrderBy(edit => edit.Span.Start)], quoted.All(q => q.Matched)));
    }

    /// <summary>
    /// The diagnostic of a condition StarRocks does not take (<paramref name="failure"/>) for the full-width <c>＝</c>,
    /// <c>，</c>, <c>（</c> or <c>）</c> in its words, as the full-width marks of a statement's other lists get (see
    /// <see cref="StatementParser.FullWidthMarks"/>), when <paramref name="takes"/> the statement's text with the ASCII
    /// marks and the condition's tokens in it; null when it has none, or when it fails with the ASCII ones too.
    /// </summary>
    public static Diagnostic? FullWidthMarked(RuleDescriptor rule, string text, ImmutableArray<SyntaxToken> condition, string failure,
        Func<string, ImmutableArray<SyntaxToken>, bool> takes)
    {
        List<TextSpan> words = [.. condition.Where(token => token.Kind == TokenKind.Word).Select(token => token.Span)];
        List<TextSpan> marked = [.. words.Where(word => StatementParser.FullWidthPunctuation(text, word).Any())];
        if (marked.Count == 0)
            return null;
        ImmutableArray<TextEdit> edits = [.. marked.SelectMany(word => StatementParser.FullWidthPunctuation(text, word))];
        var span = TextSpan.FromBounds(condition[0].Span.Start, condition[^1].Span.End);
        var (edited, spaces) = WithSpacesMeant(TypographicMarks.WithMarks(text, edits), span);
        if (!takes(edited, Rescanned(edited, span)))
            return null;
        var marks = StatementParser.FullWidthMarks(rule, text, marked, edits, failure);
        var fix = marks.Fixes[0];
        return spaces.IsEmpty ? marks
            : marks with { Fixes = [fix with { Title = fix.Title + SpacesNamed(spaces), Edits = [.. edits.Concat(spaces).OrderBy(edit => edit.Span.Start)] }] };
    }

    /// <summary>
    /// The text with each space that StarRocks would still read as a letter (see <see cref="TokenKind.SpaceAsLetter"/>) in
    /// the condition, or after it before the next token, made ASCII, and those edits. A condition is checked with such a
    /// space read as the one meant, so the fix that mends its marks writes those spaces too: with the marks alone,
    /// <c>SNAPSHOT ＝　's1'</c> would become <c>SNAPSHOT =　's1'</c>, whose <c>　</c> starts a name StarRocks fails on.
    /// </summary>
    private static (string Text, ImmutableArray<TextEdit> Spaces) WithSpacesMeant(string edited, TextSpan span)
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
    private static string SpacesNamed(ImmutableArray<TextEdit> spaces) =>
        spaces.IsEmpty ? "" : spaces.Length == 1 && spaces[0].Span.Length == 1 ? " and an ASCII space" : " and ASCII spaces";

    /// <summary>Each text a typographic quote opens at a word's start in the condition and another closes before its end.</summary>
    private static List<TypographicMarks.QuotedText> QuotedTexts(string text, ImmutableArray<SyntaxToken> condition, int end)
    {
        var quoted = new List<TypographicMarks.QuotedText>();
        foreach (var token in condition)
            if (token.Kind == TokenKind.Word && (quoted.Count == 0 || token.Span.Start > quoted[^1].Close)
                && TypographicMarks.QuotedFrom(text, token.Span.Start, end) is { } found)
                quoted.Add(found);
        return quoted;
    }

    /// <summary>The significant tokens of <paramref name="span"/> in the edited text.</summary>
    private static ImmutableArray<SyntaxToken> Rescanned(string edited, TextSpan span)
    {
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        for (var position = span.Start; position < span.End;)
        {
            var kind = Lexer.Scan(edited, position, out var end);
            if (!kind.IsTrivia())
                tokens.Add(new SyntaxToken(kind, TextSpan.FromBounds(position, end)));
            position = end;
        }
        return tokens.DrainToImmutable();
    }
}
