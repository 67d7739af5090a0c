using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// The CREATE MATERIALIZED VIEW's <paramref name="effect"/>, synchronous where neither REFRESH nor DISTRIBUTED BY comes
    /// before its query (AstBuilder's visitCreateMaterializedViewStatement then makes a SyncRefreshSchemeDesc: a rollup index
    /// of the one table its query reads, which it keeps as <see cref="BaseTable"/>). Its name starts at
    /// <paramref name="first"/>'s significant token <paramref name="nameStart"/>.
    /// </summary>
    private static SessionEffect WithRefreshRead(SessionEffect effect, ReadOnlySpan<char> statement, ref Words first, int nameStart)
    {
        var count = statement.Length <= StackTokens ? StackTokens : Words.CountIn(statement);
        var words = new Words(statement, count <= StackTokens ? stackalloc (TokenKind, int, int)[StackTokens] : new (TokenKind, int, int)[count]);
        for (var at = first.QualifiedName(nameStart).LastAt + 1; !words.EndsAt(at); at++)
        {
            if (words.Opens(at))
                at = words.Closing(at);
            else if (words.Is(at, "REFRESH") || words.Is(at, "DISTRIBUTED"))
                return effect;
            else if (words.Is(at, "AS"))
                return effect with { Synchronous = true, BaseTable = QueriedTable(ref words, at + 1) };
        }
        return effect;
    }

    /// <summary>The table the query from <paramref name="from"/> reads: the name after its first FROM outside parentheses; null where none is read.</summary>
    private static string? QueriedTable(ref Words words, int from)
    {
        for (var at = from; !words.EndsAt(at); at++)
        {
            if (words.Opens(at))
                at = words.Closing(at);
            else if (words.Is(at, "FROM"))
                return words.QualifiedName(at + 1).Last;
        }
        return null;
    }
}
