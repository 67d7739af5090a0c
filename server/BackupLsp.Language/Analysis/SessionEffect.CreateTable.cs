using System.Collections.Immutable;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// The CREATE TABLE's <paramref name="effect"/> and <paramref name="names"/> with the partitions of the table it makes,
    /// read after its name (which starts at <paramref name="first"/>'s significant token <paramref name="nameStart"/>): those
    /// it declares (<see cref="PartitionsDeclared"/>) with where each is written (see <see cref="DeclaredPartitions"/>), or
    /// those of the table it is made <c>LIKE</c> (<see cref="TableCopy"/>), whose name is read wherever it is
    /// (<see cref="CopySource"/>); the effect is left without partitions where they are not known. An
    /// <paramref name="external"/> table's, or one of another engine than OLAP, are none of StarRocks' own: its engine is
    /// read instead (<see cref="SessionEffect.Engine"/>).
    /// </summary>
    private static (SessionEffect Effect, EffectNames Names) WithPartitionsMade(
        SessionEffect effect, EffectNames names, ReadOnlySpan<char> statement, ref Words first, int nameStart, bool external)
    {
        // The session reads its statements' effects in order, so a script's thousand CREATE TABLEs are read one after the
        // other: one whose text has none of the words that could change the answer is told apart without the lexer.
        if (!statement.Contains("PARTITION", StringComparison.OrdinalIgnoreCase) && !statement.Contains("LIKE", StringComparison.OrdinalIgnoreCase)
            && !statement.Contains("ENGINE", StringComparison.OrdinalIgnoreCase))
            return (external ? effect : effect with { Partitions = PartitionsDeclared.Unpartitioned }, names);
        // A statement has no more tokens than characters; a long one is counted first, so that it takes a buffer of its
        // tokens, not twelve bytes a character.
        var count = statement.Length <= StackTokens ? StackTokens : Words.CountIn(statement);
        var words = new Words(statement, count <= StackTokens ? stackalloc (TokenKind, int, int)[StackTokens] : new (TokenKind, int, int)[count]);
        var after = first.QualifiedName(nameStart).LastAt + 1;
        if (EngineOf(ref words, after) is { } engine)
            return (effect with { Engine = engine }, names);
        if (external)
            return (effect, names);
        if (words.Is(after, "LIKE"))
            return words.QualifiedName(after + 1) is ({ } table, var database, var catalog, var lastAt, var databaseAt)
                ? (Copied(ref words, table, database, catalog, lastAt) is { } copy ? effect with { Copy = copy } : effect,
                    names with { Source = new CopySource(table, database, catalog, words.Written(lastAt), database is null ? null : words.Written(databaseAt)) })
                : (effect, names);
        effect = effect with { ListPartitioned = PartitionedByList(ref words, after) };
        if (DeclaredPartitions(ref words, after, out var partitioning) is not { } written)
            return (effect, names);
        var declared = written.IsDefault ? PartitionsDeclared.Unpartitioned : new PartitionsDeclared([.. written.Select(p => p.Name)], partitioning);
        return (effect with { Partitions = declared }, names with { Partitions = written });
    }

    /// <summary>
    /// The copy of <c>LIKE [db.]t</c> ending the statement at <paramref name="lastAt"/> (in the default catalog); null for a
    /// table of another catalog, where more follows (a newer release's own PARTITION BY, DISTRIBUTED BY or PROPERTIES,
    /// which may change the partitions), and for a bare name some release reserves (which fails the statement there).
    /// </summary>
    private static TableCopy? Copied(ref Words words, string table, string? database, string? catalog, int lastAt) =>
        (catalog is null || IsDefaultCatalog(catalog)) && words.EndsAt(lastAt + 1) && !words.ReadReservedInSome
            ? new TableCopy(table, database) : null;

    /// <summary>
    /// The engine <c>ENGINE = name</c> after <paramref name="after"/> names, upper-cased as StarRocks names a table's type
    /// (MYSQL, ELASTICSEARCH...); null for OLAP and where none is named. Columns and a CTAS's query are passed over.
    /// </summary>
    private static string? EngineOf(ref Words words, int after)
    {
        for (var at = after; !words.EndsAt(at) && !words.Is(at, "AS"); at++)
        {
            if (words.Opens(at))
                at = words.Closing(at);
            else if (words.Is(at, "ENGINE") && words.IsToken(at + 1, TokenKind.Equals))
                return words.NameAt(at + 2) is { } engine && !engine.Equals("OLAP", StringComparison.OrdinalIgnoreCase) ? engine.ToUpperInvariant() : null;
        }
        return null;
    }

    /// <summary>
    /// Whether the PARTITION BY after <paramref name="after"/> makes a ListPartitionInfo: <c>PARTITION BY LIST (...)</c>, or
    /// a list of columns alone (<c>PARTITION BY (city)</c>, <c>PARTITION BY city, dt</c>), not a function of one (which
    /// partitions by range).
    /// </summary>
    private static bool PartitionedByList(ref Words words, int after)
    {
        for (var at = after; !words.EndsAt(at) && !words.Is(at, "AS"); at++)
        {
            if (words.Opens(at))
            {
                at = words.Closing(at);
                continue;
            }
            if (!words.Is(at, "PARTITION") || !words.Is(at + 1, "BY"))
                continue;
            if (words.Is(at + 2, "LIST"))
                return true;
            if (words.Is(at + 2, "RANGE"))
                return false;
            var column = words.IsToken(at + 2, TokenKind.LParen) ? at + 3 : at + 2;
            while (words.NameAt(column) is not null && words.IsToken(column + 1, TokenKind.Comma))
                column += 2;
            return words.NameAt(column) is not null && !words.IsToken(column + 1, TokenKind.LParen)
                && (column == at + 2 || (words.IsToken(column + 1, TokenKind.RParen) && !words.IsToken(column + 2, TokenKind.LParen)));
        }
        return false;
    }

    /// <summary>How many tokens (twelve bytes each) are read on the stack: a CREATE TABLE of a few dozen columns.</summary>
    private const int StackTokens = 512;

    /// <summary>
    /// The names of the partitions the PARTITION BY after <paramref name="after"/> declares: those of its <c>PARTITION BY
    /// RANGE (columns) (PARTITION p VALUES ..., ...)</c> or <c>PARTITION BY LIST (columns) (PARTITION p VALUES IN ...,
    /// ...)</c>, with where each is written, and by which (<paramref name="partitioning"/>); default without a PARTITION BY
    /// (the one partition is named as the table). Null where they are not known or may change without an ALTER: an engine other than OLAP, partitions by an expression or a
    /// bare column list (made by loads), a batch (<c>START ... END ... EVERY</c>, named by StarRocks), a property about
    /// partitions (dynamic partitioning, a TTL), two partitions of one name (refused), a bare name some release reserves.
    /// The columns and a CTAS's query stand in parentheses or after the top-level AS, where nothing is read.
    /// </summary>
    private static ImmutableArray<(string Name, WrittenName Written)>? DeclaredPartitions(ref Words words, int after, out TablePartitioning partitioning)
    {
        partitioning = TablePartitioning.Unpartitioned;
        ImmutableArray<(string, WrittenName)>? partitions = default(ImmutableArray<(string, WrittenName)>);
        for (var at = after; !words.EndsAt(at); at++)
        {
            if (words.Opens(at))
            {
                at = words.Closing(at);
                continue;
            }
            if (words.Is(at, "AS"))
                break;
            if (words.Is(at, "ENGINE") && words.IsToken(at + 1, TokenKind.Equals) && !words.Is(at + 2, "OLAP"))
                return null;
            if (words.Is(at, "PROPERTIES") && words.IsToken(at + 1, TokenKind.LParen) && NamesPartitionProperty(ref words, at + 1))
                return null;
            if (words.Is(at, "PARTITION") && words.Is(at + 1, "BY"))
            {
                partitioning = words.Is(at + 2, "RANGE") ? TablePartitioning.Range : TablePartitioning.List;
                partitions = PartitionsBy(ref words, at + 2);
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
    private static ImmutableArray<(string, WrittenName)>? PartitionsBy(ref Words words, int at)
    {
        if (!words.Is(at, "RANGE") && !words.Is(at, "LIST"))
            return null;
        if (!words.IsToken(at + 1, TokenKind.LParen))
            return null;
        var next = at + 2;
        while (words.NameAt(next) is not null && words.IsToken(next + 1, TokenKind.Comma))
            next += 2;
        if (words.NameAt(next) is null || !words.IsToken(next + 1, TokenKind.RParen) || !words.IsToken(next + 2, TokenKind.LParen))
            return null;
        return PartitionList(ref words, next + 2);
    }

    /// <summary>
    /// <c>(PARTITION [IF NOT EXISTS] p VALUES ..., ...)</c> at <paramref name="open"/>: the names, each item's values and
    /// properties passed over to the comma after them; null where the list is not closed (a syntax error).
    /// </summary>
    private static ImmutableArray<(string, WrittenName)>? PartitionList(ref Words words, int open)
    {
        var close = words.Closing(open);
        if (words.EndsAt(close))
            return null;
        var names = ImmutableArray.CreateBuilder<(string, WrittenName)>();
        // An exported table's DDL may list thousands: told apart by a set, not by going through the list for each.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var at = open + 1; at < close;)
        {
            if (!words.Is(at, "PARTITION"))
                return null;
            var nameAt = words.Is(at + 1, "IF") && words.Is(at + 2, "NOT") && words.Is(at + 3, "EXISTS") ? at + 4 : at + 1;
            if (words.NameAt(nameAt) is not { Length: > 0 } name || words.IsReservedInSome(nameAt)
                || !seen.Add(name))
                return null;
            names.Add((name, words.Written(nameAt)));
            for (at = nameAt + 1; at < close && !words.IsToken(at, TokenKind.Comma); at++)
                if (words.Opens(at))
                    at = words.Closing(at);
            at++;
        }
        return names.DrainToImmutable();
    }

    /// <summary>Whether a property list at <paramref name="open"/> has a key about partitions (<c>dynamic_partition.enable</c>, <c>partition_live_number</c>...).</summary>
    private static bool NamesPartitionProperty(ref Words words, int open)
    {
        var close = words.Closing(open);
        for (var at = open + 1; at < close; at++)
            if (words.IsToken(at + 1, TokenKind.Equals) && words.StringAt(at) is { } key && key.Contains("partition", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
