using System.Collections.Immutable;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// The partitions of the table a CREATE TABLE makes, read after its name (at significant token <paramref name="nameAt"/>):
    /// the names of its <c>PARTITION BY RANGE (columns) (PARTITION p VALUES ..., ...)</c> or <c>PARTITION BY LIST (columns)
    /// (PARTITION p VALUES IN ..., ...)</c>, with where each is written; default without a PARTITION BY (the one partition
    /// is named as the table). Null where they are not known or may change without an ALTER: <c>LIKE</c> another table, an engine
    /// other than OLAP, partitions by an expression or a bare column list (made by loads), a batch (<c>START ... END ...
    /// EVERY</c>, named by StarRocks), a property about partitions (dynamic partitioning, a TTL), two partitions of one name
    /// (refused), a bare name some release reserves. The columns and a CTAS's query stand in parentheses or after the
    /// top-level AS, where nothing is read.
    /// </summary>
    private static ImmutableArray<(string Name, WrittenName Written)>? DeclaredPartitions(ReadOnlySpan<char> statement, int nameAt)
    {
        // The session reads its statements' effects in order, so a script's thousand CREATE TABLEs are read one after the
        // other: one whose text has none of the words that could change the answer is told apart without the lexer.
        if (!statement.Contains("PARTITION", StringComparison.OrdinalIgnoreCase) && !statement.Contains("LIKE", StringComparison.OrdinalIgnoreCase)
            && !statement.Contains("ENGINE", StringComparison.OrdinalIgnoreCase))
            return default(ImmutableArray<(string, WrittenName)>);
        // A statement has no more tokens than characters; a long one is counted first, so that it takes a buffer of its
        // tokens, not twelve bytes a character.
        var count = statement.Length <= StackTokens ? StackTokens : Words.CountIn(statement);
        var tokens = new Words(statement, count <= StackTokens ? stackalloc (TokenKind, int, int)[StackTokens] : new (TokenKind, int, int)[count]);
        return DeclaredPartitions(ref tokens, nameAt + 1);
    }

    /// <summary>How many tokens (twelve bytes each) are read on the stack: a CREATE TABLE of a few dozen columns.</summary>
    private const int StackTokens = 512;

    /// <summary>The partitions the PARTITION BY after <paramref name="after"/> names; default without one; null where unknown.</summary>
    private static ImmutableArray<(string Name, WrittenName Written)>? DeclaredPartitions(ref Words tokens, int after)
    {
        if (tokens.Is(after, "LIKE"))
            return null;
        ImmutableArray<(string, WrittenName)>? partitions = default(ImmutableArray<(string, WrittenName)>);
        for (var at = after; !tokens.EndsAt(at); at++)
        {
            if (tokens.Opens(at))
            {
                at = tokens.Closing(at);
                continue;
            }
            if (tokens.Is(at, "AS"))
                break;
            if (tokens.Is(at, "ENGINE") && tokens.IsToken(at + 1, TokenKind.Equals) && !tokens.Is(at + 2, "OLAP"))
                return null;
            if (tokens.Is(at, "PROPERTIES") && tokens.IsToken(at + 1, TokenKind.LParen) && NamesPartitionProperty(ref tokens, at + 1))
                return null;
            if (tokens.Is(at, "PARTITION") && tokens.Is(at + 1, "BY"))
            {
                partitions = PartitionsBy(ref tokens, at + 2);
                if (partitions is null)
                    return null;
            }
        }
        return partitions;
    }

    /// <summary>
    /// What follows PARTITION BY at <paramref name="at"/>: RANGE or LIST over a list of columns and the partitions in
    /// parentheses after it; null for any other form.
    /// </summary>
    private static ImmutableArray<(string, WrittenName)>? PartitionsBy(ref Words tokens, int at)
    {
        if (!tokens.Is(at, "RANGE") && !tokens.Is(at, "LIST"))
            return null;
        if (!tokens.IsToken(at + 1, TokenKind.LParen))
            return null;
        var next = at + 2;
        while (tokens.NameAt(next) is not null && tokens.IsToken(next + 1, TokenKind.Comma))
            next += 2;
        if (tokens.NameAt(next) is null || !tokens.IsToken(next + 1, TokenKind.RParen) || !tokens.IsToken(next + 2, TokenKind.LParen))
            return null;
        return PartitionList(ref tokens, next + 2);
    }

    /// <summary>
    /// <c>(PARTITION [IF NOT EXISTS] p VALUES ..., ...)</c> at <paramref name="open"/>: the names, each item's values and
    /// properties passed over to the comma after them; null where the list is not closed (a syntax error).
    /// </summary>
    private static ImmutableArray<(string, WrittenName)>? PartitionList(ref Words tokens, int open)
    {
        var close = tokens.Closing(open);
        if (tokens.EndsAt(close))
            return null;
        var names = ImmutableArray.CreateBuilder<(string, WrittenName)>();
        for (var at = open + 1; at < close;)
        {
            if (!tokens.Is(at, "PARTITION"))
                return null;
            var nameAt = tokens.Is(at + 1, "IF") && tokens.Is(at + 2, "NOT") && tokens.Is(at + 3, "EXISTS") ? at + 4 : at + 1;
            if (tokens.NameAt(nameAt) is not { Length: > 0 } name || tokens.IsReservedInSome(nameAt)
                || names.Any(p => p.Item1.Equals(name, StringComparison.OrdinalIgnoreCase)))
                return null;
            names.Add((name, tokens.Written(nameAt)));
            for (at = nameAt + 1; at < close && !tokens.IsToken(at, TokenKind.Comma); at++)
                if (tokens.Opens(at))
                    at = tokens.Closing(at);
            at++;
        }
        return names.DrainToImmutable();
    }

    /// <summary>Whether a property list at <paramref name="open"/> has a key about partitions (<c>dynamic_partition.enable</c>, <c>partition_live_number</c>...).</summary>
    private static bool NamesPartitionProperty(ref Words tokens, int open)
    {
        var close = tokens.Closing(open);
        for (var at = open + 1; at < close; at++)
            if (tokens.IsToken(at + 1, TokenKind.Equals) && tokens.StringAt(at) is { } key && key.Contains("partition", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
