using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>Full-width parentheses and typographic quotes of a partition list (see <see cref="MarkedNames"/>).</summary>
public static partial class StatementParser
{
    /// <summary>
    /// The marked names of the partition lists of a statement that parses, each where the statement parses with its marks
    /// made ASCII. Full-width parentheses after PARTITION (<c>PARTITION （p1）</c>, <c>PARTITION （p1, p2）</c>): StarRocks
    /// reads <c>（p1）</c> as one name, and <c>（p1, p2）</c> as a list without parentheses (partitionNames: PARTITION
    /// identifierOrString, and in current releases more after commas): the names <c>（p1</c> and <c>p2）</c>, a partition and
    /// (up to 3.5) a table. A partition name in typographic quotes (<c>PARTITION (“p1”)</c>), which StarRocks reads as a
    /// name, quotes and all. No partition can be so named (FeNameFormat.checkPartitionName takes ASCII letters, digits and
    /// `_`, and with unicode names enabled \p{L} letters too, never punctuation), so the ASCII marks, a list's parentheses or
    /// a string's quotes, were meant: SRB010, the marks (and the full-width spaces StarRocks would still read as letters
    /// beside them, see <see cref="MeantSpaces"/>) the certain fix.
    /// </summary>
    private static IEnumerable<MarkedName> MarkedPartitions(string text, StatementHeads.Head head, Token<TokenKind>[] significant)
    {
        for (var i = head.BodyStart; i + 1 < significant.Length; i++)
        {
            if (!(significant[i].Kind == TokenKind.Word && (significant[i].Span.EqualsValueIgnoreCase("PARTITION") || significant[i].Span.EqualsValueIgnoreCase("PARTITIONS"))))
                continue;
            var first = significant[i + 1];
            if (first.Kind == TokenKind.Word && text[SpanOf(first).Start] == '\uFF08')
            {
                if (FullWidthGroup(text, significant, i + 1) is { } group && WithMarks(text, head, significant, [group]) is not null)
                    yield return new MarkedName(group.Region, group.Marks,
                        FullWidthMarks(SyntaxRules.SyntaxError, text, group.Marks, SpacesMendedWith(text, group.Marks)));
                continue;
            }
            // The names of the list, each after its `(` or a `,`, or the one name of a list without parentheses.
            for (var k = first.Kind == TokenKind.LParen ? i + 2 : i + 1; k < significant.Length; k += 2)
            {
                if (QuotedPartition(text, head, significant, k) is { } quoted)
                    yield return quoted;
                if (first.Kind != TokenKind.LParen || k + 1 >= significant.Length || significant[k + 1].Kind != TokenKind.Comma)
                    break;
            }
        }
    }

    /// <summary>The partition name at <paramref name="index"/> in typographic quotes of one kind, where the statement parses with them straight.</summary>
    private static MarkedName? QuotedPartition(string text, StatementHeads.Head head, Token<TokenKind>[] significant, int index)
    {
        if (significant[index].Kind != TokenKind.Word)
            return null;
        var span = SpanOf(significant[index]);
        if (TypographicMarks.QuotedFrom(text, span.Start, span.End) is not { Matched: true } quoted || quoted.Close != span.End - 1
            || WithMarks(text, head, significant, [(span, quoted.Edits)]) is null)
            return null;
        return new MarkedName(span, quoted.Edits, QuotesSlip(text, quoted, MeantSpaces.BesideQuoted(text, quoted.Edits, [quoted.Span]).Spaces));
    }

    /// <summary>
    /// The text from the full-width <c>（</c> that starts the word at <paramref name="index"/> to the full-width <c>）</c> that
    /// closes its group, where that ends a word, with its full-width parentheses and commas made ASCII; null for none.
    /// </summary>
    private static (TextSpan Region, ImmutableArray<TextEdit> Marks)? FullWidthGroup(string text, Token<TokenKind>[] significant, int index)
    {
        var start = SpanOf(significant[index]).Start;
        if (PairedParenthesis(text, significant, start) is not { } close || !significant.Any(token => SpanOf(token).End == close + 1))
            return null;
        var region = TextSpan.FromBounds(start, close + 1);
        return (region, [.. FullWidthPunctuation(text, region).Where(edit => edit.NewText is "," or "(" or ")")]);
    }
}
