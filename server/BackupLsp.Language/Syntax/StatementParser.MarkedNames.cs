using System.Buffers;
using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Full-width marks and typographic quotes in names of a statement that parses (see <see cref="TypographicMarks"/>):
/// StarRocks reads them as letters, so the statement names what no one meant.
/// </summary>
public static partial class StatementParser
{
    /// <summary>
    /// Text whose full-width marks or typographic quotes, made ASCII, make names of a statement that parses the ones meant
    /// (<see cref="Region"/>, one token or more), and the diagnostic that says so, with those marks as its certain fix.
    /// </summary>
    private sealed record MarkedName(TextSpan Region, ImmutableArray<TextEdit> Marks, Diagnostic Diagnostic);

    /// <summary>What a name StarRocks reads may hold where ASCII marks were meant: a <c>，</c>, a <c>（</c>, a typographic quote.</summary>
    private static readonly SearchValues<char> NameMarks =
        SearchValues.Create("\uFF0C\uFF08\u201C\u201D\u201E\u201F\u2033\uFF02\u2018\u2019\u201A\u201B\u2032\uFF07");

    /// <summary>
    /// Each marked name of a parsed statement (<see cref="CommasInNames"/>, <see cref="MarkedPartitions"/>) reported, and the
    /// statement checked as if written with the ASCII marks: the tree of its tokens with each mark made one. Null where there
    /// are none, or where the statement fails to parse with all of them made.
    /// </summary>
    private static (Statement Syntax, List<Diagnostic> Diagnostics)? MarkedNames(string text, StatementHeads.Head head, Token<TokenKind>[] significant)
    {
        if (!text.AsSpan().ContainsAny(NameMarks))
            return null;
        List<MarkedName> marked = [];
        if (text.Contains(FullWidthComma))
            marked.AddRange(CommasInNames(text, head, significant));
        foreach (var partitions in MarkedPartitions(text, head, significant))
            if (!marked.Any(name => name.Region.OverlapsWith(partitions.Region)))
                marked.Add(partitions);
        if (marked.Count == 0 || WithMarks(text, head, significant, [.. marked.Select(name => (name.Region, name.Marks))]) is not { } syntax)
            return null;
        return (syntax, [.. marked.Select(name => name.Diagnostic)]);
    }

    /// <summary>
    /// The tree of <paramref name="significant"/> with the marks of each region read as the ASCII ones (the region's text
    /// lexed again), or null where that fails to parse.
    /// </summary>
    private static Statement? WithMarks(string text, StatementHeads.Head head, Token<TokenKind>[] significant,
        List<(TextSpan Region, ImmutableArray<TextEdit> Marks)> marked)
    {
        var edited = TypographicMarks.WithMarks(text, marked.SelectMany(name => name.Marks));
        var tokens = new List<Token<TokenKind>>(significant.Length + 4 * marked.Count);
        foreach (var token in significant)
        {
            var span = SpanOf(token);
            if (marked.FindIndex(name => name.Region.Contains(span)) is var found && found < 0)
            {
                tokens.Add(token);
                continue;
            }
            var region = marked[found].Region;
            if (span.Start != region.Start)
                continue;
            // The region's text alone, so that no token of it runs on past it (`t，1.5` is `t，1` and `.5`).
            var inRegion = edited.AsSpan(0, region.End);
            for (var position = region.Start; position < region.End;)
            {
                var kind = Lexer.Scan(inRegion, position, out var end);
                if (!kind.IsTrivia())
                    tokens.Add(SqlTokenizer.Token(edited, kind, position, end - position));
                position = end;
            }
        }
        return ParseBody(head, [.. tokens], farthestWhenParsed: false).Syntax;
    }

    /// <summary>
    /// Drops the SRB001 of each space StarRocks reads as a letter inside the text <paramref name="slip"/> tells as one
    /// mistake and whose certain fix makes that space ASCII (<c>（t1　）</c>): it is part of that slip, told once.
    /// </summary>
    private static void DropSpacesWithin(List<Diagnostic>? diagnostics, Diagnostic slip)
    {
        if (diagnostics is null || slip.Fixes is not [{ Certain: true } fix])
            return;
        diagnostics.RemoveAll(diagnostic => diagnostic != slip && diagnostic.Rule == SyntaxRules.InvalidCharacter
            && diagnostic.Span.Start > slip.Span.Start && diagnostic.Span.End < slip.Span.End
            && diagnostic.Fixes is [{ Edits: [var space] }] && space.NewText.AsSpan().IndexOfAnyExcept(' ') < 0
            && fix.Edits.Contains(space));
    }
}
