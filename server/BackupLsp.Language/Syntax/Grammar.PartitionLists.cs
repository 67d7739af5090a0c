using System.Collections.Immutable;
using Superpower;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>A PARTITION list without parentheses, which StarRocks releases read differently.</summary>
internal static partial class Grammar
{
    /// <summary>
    /// <c>PARTITION p1 [, p2 ...]</c> without parentheses. Up to 3.5 StarRocks takes one name there; current StarRocks goes on
    /// over names and strings (<c>partitionNames: PARTITION identifierOrString (COMMA identifierOrString)*</c>). A plain name
    /// after the first may as well be the next table, and the tree keeps it an object (ObjectRules.PartitionOwners weighs
    /// both readings). A string can only be a partition, and only current StarRocks reads on to one: a run of names and
    /// strings after the first that holds a string is read whole as more partitions, as current StarRocks reads it.
    /// </summary>
    private static TokenListParser<TokenKind, (bool Parenthesized, ImmutableArray<PartitionRef> Items, TextSpan End)> UnparenthesizedPartitions(
        TokenListParser<TokenKind, PartitionRef> first, TokenListParser<TokenKind, Name> next) => input =>
    {
        var head = first(input);
        if (!head.HasValue)
            return TokenListParserResult.CastEmpty<TokenKind, PartitionRef, (bool, ImmutableArray<PartitionRef>, TextSpan)>(head);
        var more = ReadOnAfterFirstPartition(head.Remainder);
        var items = ImmutableArray.CreateBuilder<PartitionRef>(more + 1);
        items.Add(head.Value);
        var rest = head.Remainder;
        for (var i = 0; i < more; i++)
        {
            var name = next(rest.ConsumeToken().Remainder);
            items.Add(new PartitionRef(name.Value, null));
            rest = name.Remainder;
        }
        var end = items[^1].Span;
        return TokenListParserResult.Value((false, items.MoveToImmutable(), end), input, rest);
    };

    /// <summary>
    /// How many <c>, item</c> after an unparenthesized list's first partition are more of its partitions: the whole run of
    /// names and strings when it holds a string, none otherwise. A name followed by more than a comma, a <c>)</c> or an
    /// alias starts an object of its own (<c>t2.x</c>, <c>t2 PARTITION (p)</c>, <c>VIEW v</c>), as current StarRocks
    /// reads it too, and a word every release reserves is no name. One that only some releases reserve is read as a
    /// partition whatever the configured release: SRB110 tells where it reserves the word, and backticking keeps the reading.
    /// </summary>
    private static int ReadOnAfterFirstPartition(TokenList<TokenKind> rest)
    {
        var (count, holdsString) = (0, false);
        while (true)
        {
            var comma = rest.ConsumeToken();
            if (!comma.HasValue || comma.Value.Kind != TokenKind.Comma)
                break;
            var item = comma.Remainder.ConsumeToken();
            var isString = item.HasValue && item.Value.Kind == TokenKind.String;
            if (!isString && !(item.HasValue && IsNameInSomeRelease(item.Value)))
                break;
            var after = item.Remainder.ConsumeToken();
            var goesOn = after.HasValue && after.Value.Kind == TokenKind.Comma;
            var endsList = !after.HasValue || after.Value.Kind == TokenKind.RParen
                || (after.Value.Kind == TokenKind.Word && IsWordOf(TextOf(after.Value), "AS"));
            if (!isString && !goesOn && !endsList)
                break;
            count++;
            holdsString |= isString;
            if (!goesOn)
                break;
            rest = item.Remainder;
        }
        return holdsString ? count : 0;
    }

    /// <summary>A backtick name, or a word that not every release reserves.</summary>
    private static bool IsNameInSomeRelease(Token<TokenKind> token) =>
        token.Kind == TokenKind.BacktickName || (token.Kind == TokenKind.Word && !Keywords.IsAlwaysReserved(TextOf(token)));

    /// <summary>An identifier: a backtick name, or a word StarRocks does not reserve.</summary>
    internal static bool IsPlainName(Token<TokenKind> token) =>
        token.Kind == TokenKind.BacktickName || (token.Kind == TokenKind.Word && !Keywords.IsReserved(TextOf(token)));
}
