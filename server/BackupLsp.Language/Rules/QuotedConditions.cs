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
    /// typographic quotes (<c>SNAPSHOT = “snap1”</c>), its full-width <c>＝</c>, <c>，</c>, <c>（</c> or <c>）</c>
    /// (<c>SNAPSHOT ＝ 's1'</c>, as the full-width marks of a statement's other lists get, see
    /// <see cref="StatementParser.FullWidthMarks"/>), or both, when <paramref name="takes"/> the statement's text with the
    /// ASCII marks and the condition's tokens in it: the quotes alone, else the marks alone, else both. Null when it has
    /// none, or when it fails with the ASCII ones too.
    /// </summary>
    public static Diagnostic? Mended(RuleDescriptor rule, string text, ImmutableArray<SyntaxToken> condition, string failure,
        Func<string, ImmutableArray<SyntaxToken>, bool> takes)
    {
        var span = TextSpan.FromBounds(condition[0].Span.Start, condition[^1].Span.End);
        var quoted = QuotedTexts(text, condition, span.End);
        ImmutableArray<TextEdit> quotes = [.. quoted.SelectMany(q => q.Edits)];
        ImmutableArray<TextEdit> marks = [.. condition.Where(token => token.Kind == TokenKind.Word)
            .SelectMany(token => StatementParser.FullWidthPunctuation(text, token.Span))];
        if (!quotes.IsEmpty && Spaces(quotes) is { } quoteSpaces)
            return Straightened(rule, text, span, quoted, failure, quoteSpaces);
        if (!marks.IsEmpty && Spaces(marks) is { } markSpaces)
            return StatementParser.FullWidthMarks(rule, text, marks, markSpaces, failure);
        if (!quotes.IsEmpty && !marks.IsEmpty && Spaces(MeantSpaces.With(quotes, marks)) is { } spaces)
            return Both(rule, text, span, quoted, marks, failure, spaces);
        return null;

        // The full-width spaces in or after the condition that the fix makes ASCII with the edits (see MeantSpaces), or null
        // where the condition so written is not taken.
        ImmutableArray<TextEdit>? Spaces(ImmutableArray<TextEdit> edits)
        {
            var (edited, found) = MeantSpaces.InOrAfter(TypographicMarks.WithMarks(text, edits), span);
            return takes(edited, Rescanned(edited, span)) ? found : null;
        }
    }

    private static Diagnostic Straightened(RuleDescriptor rule, string text, TextSpan span, List<TypographicMarks.QuotedText> quoted,
        string failure, ImmutableArray<TextEdit> spaces)
    {
        var (quotes, straight) = QuotesTold(text, quoted);
        return Diagnostic.Create(rule, span, $"{quotes}, and {failure}. Write {straight}.",
            new CodeFix($"Change to {straight}{MeantSpaces.Named(spaces)}", MeantSpaces.With([.. quoted.SelectMany(q => q.Edits)], spaces),
                quoted.All(q => q.Matched)));
    }

    /// <summary>
    /// A condition StarRocks takes only with both its full-width marks and its typographic quotes made ASCII
    /// (<c>SNAPSHOT ＝ “s1”</c>): the marks' message, then the quotes', with one fix for both.
    /// </summary>
    private static Diagnostic Both(RuleDescriptor rule, string text, TextSpan span, List<TypographicMarks.QuotedText> quoted,
        ImmutableArray<TextEdit> marks, string failure, ImmutableArray<TextEdit> spaces)
    {
        var punctuation = StatementParser.FullWidthMarks(rule, text, marks, []);
        var (quotes, straight) = QuotesTold(text, quoted);
        var ascii = string.Join(" and ", marks.Select(mark => mark.NewText).Distinct().Select(mark => $"`{mark}`"));
        ImmutableArray<TextEdit> edits = [.. quoted.SelectMany(q => q.Edits), .. marks];
        return Diagnostic.Create(rule, span, $"{punctuation.Message} {quotes}, and with both {failure}. Write {straight}.",
            new CodeFix($"Change to {ascii} and {straight}{MeantSpaces.Named(spaces)}", MeantSpaces.With([.. edits.OrderBy(edit => edit.Span.Start)], spaces),
                quoted.All(q => q.Matched)));
    }

    /// <summary>"Typographic quotes are not SQL quotes: StarRocks reads them as letters, so `“s1”` is no string", and the strings meant.</summary>
    private static (string Told, string Straight) QuotesTold(string text, List<TypographicMarks.QuotedText> quoted)
    {
        var written = quoted.Select(q => text.Substring(q.Open, q.Close + 1 - q.Open)).ToList();
        var straight = string.Join(" and ", quoted.Select(q => q.Straight(text)));
        var what = written.Count == 1 ? $"`{written[0]}` is no string" : $"{string.Join(" and ", written.Select(w => $"`{w}`"))} are no strings";
        return ($"{TypographicMarks.QuotesNamed(string.Concat(written))} are not SQL quotes: StarRocks reads them as letters, so {what}", straight);
    }

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
