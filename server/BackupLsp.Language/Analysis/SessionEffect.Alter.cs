using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// <c>ALTER TABLE t RENAME t2</c>, <c>ALTER DATABASE db RENAME db2</c> and <c>ALTER MATERIALIZED VIEW mv RENAME mv2</c>
    /// make a name, and the object is gone under its old one (<see cref="SessionEffect.Also"/>); <c>ALTER TABLE t SWAP WITH
    /// u</c> gives each table the other's name; any other ALTER TABLE that names partitions changes them in ways not
    /// followed. An ALTER TABLE StarRocks refuses for its clauses (see <see cref="RefusedClauses"/>), or a RENAME, SWAP or
    /// partition clause with words after it that the grammar takes none of (a syntax error), changes nothing.
    /// </summary>
    private static (SessionEffect, EffectNames)? Alter(ReadOnlySpan<char> statement, ref Words words)
    {
        var (kind, at) =
            words.Is(1, "TABLE") ? (SessionEffectKind.CreateTable, 2)
            : words.Is(1, "DATABASE") || words.Is(1, "SCHEMA") ? (SessionEffectKind.CreateDatabase, 2)
            : words.Is(1, "MATERIALIZED") && words.Is(2, "VIEW") ? (SessionEffectKind.CreateMaterializedView, 3)
            : ((SessionEffectKind?)null, 0);
        if (kind is not { } renamed || words.QualifiedName(at) is not ({ } name, var qualifier, var catalog, var nameAt, var qualifierAt))
            return null;
        var written = new EffectNames(words.Written(nameAt), qualifier is null ? null : words.Written(qualifierAt));
        var refused = new SessionEffect(SessionEffectKind.RefusedAlter, name, qualifier, Catalog: catalog);
        if (renamed == SessionEffectKind.CreateTable && HasClauseAfterComma(statement))
            return RefusedClauses(statement, refused, written, nameAt + 1);
        if (RenamesTo(ref words, nameAt + 1) is { } newName)
        {
            // A RENAME takes one name: anything after it is a syntax error.
            if (!words.EndsAt(nameAt + 3))
                return renamed == SessionEffectKind.CreateTable ? (refused, written) : null;
            return renamed == SessionEffectKind.CreateDatabase
                // A database's qualifier is its catalog: an external one's database is none of the cluster's.
                ? (new SessionEffect(renamed, newName, Catalog: qualifier, Also: name), new EffectNames(words.Written(nameAt + 2), null, Other: words.Written(nameAt)))
                // The table under its new name is the old one, partitions and all.
                : (new SessionEffect(renamed == SessionEffectKind.CreateTable ? SessionEffectKind.RenameTable : renamed, newName, qualifier, Catalog: catalog, Also: name),
                    new EffectNames(words.Written(nameAt + 2), written.Database, Other: words.Written(nameAt)));
        }
        if (renamed != SessionEffectKind.CreateTable)
            return null;
        // SWAP WITH takes one name, unqualified: anything after it is a syntax error, which still names both tables (not a
        // database as the other table: SWAP WITH db.u).
        if (words.Is(nameAt + 1, "SWAP") && words.Is(nameAt + 2, "WITH") && words.NameAt(nameAt + 3) is { } other)
        {
            if (words.IsToken(nameAt + 4, TokenKind.Dot))
                return (refused, written);
            var swap = refused with { Kind = words.EndsAt(nameAt + 4) ? SessionEffectKind.SwapTables : SessionEffectKind.RefusedAlter, Also = other };
            return (swap, written with { Other = words.Written(nameAt + 3) });
        }
        var partitionClauseEnds = PartitionClauseEndsStatement(statement, nameAt + 1);
        if (partitionClauseEnds == false)
            return (refused, written);
        // A batch of temporary partitions gives the table some, whose names StarRocks makes (a BACKUP of it is refused:
        // SRB302), and leaves its other partitions as they were.
        if (partitionClauseEnds == true && words.Is(nameAt + 1, "ADD") && words.Is(nameAt + 2, "TEMPORARY") && words.Is(nameAt + 3, "PARTITIONS"))
            return (new SessionEffect(SessionEffectKind.TemporaryPartitionAdded, name, qualifier, Catalog: catalog), written);
        // Partitions added or dropped leave the table's other partitions as they were: a BACKUP of the table after the ADD
        // of a temporary one is refused for it (SRB302), one after the DROP of its last is not.
        if (PartitionAdded(ref words, nameAt + 1) is ({ } added, { } partition, var partitionAt))
            return (new SessionEffect(added, name, qualifier, Catalog: catalog, Also: partition),
                added == SessionEffectKind.PartitionAdded ? written with { Partitions = [(partition, words.Written(partitionAt))] }
                : written with { TemporaryPartitions = [(partition, words.Written(partitionAt))] });
        if (PartitionsDropped(statement, ref words, nameAt + 1, out var places) is { } dropped)
            return (new SessionEffect(SessionEffectKind.PartitionsDropped, name, qualifier, Catalog: catalog, Partitions: dropped),
                dropped.Temporary ? written with { TemporaryPartitions = places } : written with { Partitions = places });
        if (words.Is(nameAt + 1, "DROP") && words.Is(nameAt + 2, "ALL") && words.Is(nameAt + 3, "TEMPORARY") && words.Is(nameAt + 4, "PARTITIONS"))
            return (new SessionEffect(SessionEffectKind.PartitionsDropped, name, qualifier, Catalog: catalog, Partitions: TemporaryPartitionsDrop.Instance), written);
        if (words.Is(nameAt + 1, "RENAME") && words.Is(nameAt + 2, "PARTITION") && words.NameAt(nameAt + 3) is { } old
            && words.NameAt(nameAt + 4) is { } renamedTo)
            return (new SessionEffect(SessionEffectKind.PartitionRenamed, name, qualifier, Catalog: catalog, Partitions: new PartitionRename(old, renamedTo)),
                written with { Partitions = [(old, words.Written(nameAt + 3)), (renamedTo, words.Written(nameAt + 4))] });
        if (words.Is(nameAt + 1, "REPLACE") && ReadReplacement(statement, nameAt + 1) is var (replacement, replaced, temporaries))
            return (new SessionEffect(SessionEffectKind.PartitionsReplaced, name, qualifier, Catalog: catalog, Partitions: replacement),
                written with { Partitions = replaced, TemporaryPartitions = temporaries });
        return HasPartitionWord(statement) ? (new SessionEffect(SessionEffectKind.PartitionsChange, name, qualifier, Catalog: catalog), written) : null;
    }

    /// <summary>
    /// Whether the partition clause at <paramref name="at"/> (AlterTableClause's addPartitionClause, dropPartitionClause,
    /// partitionRenameClause and replacePartitionClause, a batch by ranges or by WHERE too) ends the statement: false where
    /// StarRocks' grammar refuses it, words following it where the grammar takes none, or a partition's name being none (a
    /// string, which only a REPLACE takes for one); such a syntax error changes nothing. Null for any other clause.
    /// </summary>
    private static bool? PartitionClauseEndsStatement(ReadOnlySpan<char> statement, int at)
    {
        // All its words, as a CREATE TABLE's are read: the clause may run past the few words the caller holds.
        var count = statement.Length <= StackTokens ? StackTokens : Words.CountIn(statement);
        var words = new Words(statement, count <= StackTokens ? stackalloc (TokenKind, int, int)[StackTokens] : new (TokenKind, int, int)[count]);
        return PartitionClauseEnd(ref words, at) is { } end ? words.EndsAt(end) : null;
    }

    /// <summary>
    /// The index after the partition clause at <paramref name="at"/>, its optional parts included, or of the first token in
    /// it that StarRocks' grammar cannot take: where a name goes, one that is none; where a batch DROP's WHERE condition
    /// starts, when the parser cannot read the rest of the statement as one. Null for any other clause.
    /// </summary>
    private static int? PartitionClauseEnd(ref Words words, int at)
    {
        if (words.Is(at, "RENAME") && words.Is(at + 1, "PARTITION"))
            return words.NameAt(at + 2) is null ? at + 2 : words.NameAt(at + 3) is null ? at + 3 : at + 4;
        if (words.Is(at, "REPLACE"))
            return PartitionNamesEnd(ref words, at + 1) is { } with && words.Is(with, "WITH") && PartitionNamesEnd(ref words, with + 1) is { } temporaries
                ? AfterProperties(ref words, temporaries) : null;
        var partition = words.Is(at + 1, "TEMPORARY") ? at + 2 : at + 1;
        if (words.Is(at, "DROP"))
        {
            int end;
            if (words.Is(at + 1, "ALL") && words.Is(at + 2, "TEMPORARY") && words.Is(at + 3, "PARTITIONS"))
                end = at + 4;
            else if (words.Is(partition, "PARTITION"))
            {
                var name = words.Is(partition + 1, "IF") && words.Is(partition + 2, "EXISTS") ? partition + 3 : partition + 1;
                if (words.NameAt(name) is null)
                    return name;
                end = name + 1;
            }
            else if (words.Is(partition, "PARTITIONS"))
            {
                // A list of names, ranges, or a condition (which runs to the statement's end, or to a FORCE there).
                var list = words.Is(partition + 1, "IF") && words.Is(partition + 2, "EXISTS") ? partition + 3 : partition + 1;
                if (words.Is(list, "WHERE"))
                {
                    var last = words.End();
                    var condition = words.Is(last - 1, "FORCE") ? last - 1 : last;
                    return words.IsExpression(list + 1, condition) ? last : list + 1;
                }
                if (words.IsToken(list, TokenKind.LParen))
                    end = NameListEnd(ref words, list);
                else if (RangesEnd(ref words, list) is { } ranges)
                    end = ranges;
                else
                    return null;
            }
            else
                return null;
            return words.Is(end, "FORCE") ? end + 1 : end;
        }
        if (!words.Is(at, "ADD"))
            return null;
        int next;
        if (words.Is(partition, "PARTITIONS"))
        {
            if (RangesEnd(ref words, partition + 1) is not { } ranges)
                return null;
            next = ranges;
        }
        else if (!words.Is(partition, "PARTITION"))
            return null;
        else
        {
            var name = words.Is(partition + 1, "IF") && words.Is(partition + 2, "NOT") && words.Is(partition + 3, "EXISTS") ? partition + 4 : partition + 1;
            if (words.NameAt(name) is null)
                return name;
            var values = name + 1;
            if (!words.Is(values, "VALUES"))
                return null;
            // VALUES LESS THAN (MAXVALUE | (...)), VALUES [(...), (...)) or VALUES IN (...), then the partition's own properties.
            next = values + 1;
            if (words.Is(next, "LESS") && words.Is(next + 1, "THAN"))
                next += 2;
            else if (words.Is(next, "IN"))
                next++;
            if (words.Is(next, "MAXVALUE"))
                next++;
            else if (words.Opens(next))
                next = words.Closing(next) + 1;
            else
                return null;
            if (words.IsToken(next, TokenKind.LParen))
                next = words.Closing(next) + 1;
        }
        // DISTRIBUTED BY HASH (...) [BUCKETS n] or DISTRIBUTED BY RANDOM [BUCKETS n].
        if (words.Is(next, "DISTRIBUTED") && words.Is(next + 1, "BY"))
        {
            if (words.Is(next + 2, "HASH") && words.IsToken(next + 3, TokenKind.LParen))
                next = words.Closing(next + 3) + 1;
            else if (words.Is(next + 2, "RANDOM"))
                next += 3;
            else
                return null;
            if (words.Is(next, "BUCKETS") && words.IsInteger(next + 1))
                next += 2;
        }
        return AfterProperties(ref words, next);
    }

    /// <summary>
    /// The index after the names in parentheses at <paramref name="open"/> (identifierList), or of the first token out of
    /// place there (a string, which is no name to StarRocks' grammar, or a missing comma).
    /// </summary>
    private static int NameListEnd(ref Words words, int open)
    {
        for (var at = open + 1; ; at += 2)
        {
            if (words.NameAt(at) is null)
                return at;
            if (words.IsToken(at + 1, TokenKind.RParen))
                return at + 2;
            if (!words.IsToken(at + 1, TokenKind.Comma))
                return at + 1;
        }
    }

    /// <summary>The index after <c>START (...) END (...) EVERY (...)</c> at <paramref name="at"/> (multiRangePartition), or null.</summary>
    private static int? RangesEnd(ref Words words, int at)
    {
        foreach (var keyword in (ReadOnlySpan<string>)["START", "END", "EVERY"])
        {
            if (!words.Is(at, keyword) || !words.IsToken(at + 1, TokenKind.LParen))
                return null;
            at = words.Closing(at + 1) + 1;
        }
        return at;
    }

    /// <summary><c>[TEMPORARY] PARTITION[S] (...)</c> or <c>[TEMPORARY] PARTITION[S] p</c> at <paramref name="at"/> (partitionNames): the index after it.</summary>
    private static int? PartitionNamesEnd(ref Words words, int at)
    {
        var partition = words.Is(at, "TEMPORARY") ? at + 1 : at;
        if (!words.Is(partition, "PARTITION") && !words.Is(partition, "PARTITIONS"))
            return null;
        return words.IsToken(partition + 1, TokenKind.LParen) ? words.Closing(partition + 1) + 1 : partition + 2;
    }

    /// <summary>The index after <c>PROPERTIES (...)</c> at <paramref name="at"/>, or <paramref name="at"/> where none is.</summary>
    private static int AfterProperties(ref Words words, int at) =>
        words.Is(at, "PROPERTIES") && words.IsToken(at + 1, TokenKind.LParen) ? words.Closing(at + 1) + 1 : at;

    /// <summary>
    /// <c>ADD [TEMPORARY] PARTITION [IF NOT EXISTS] p ...</c> at <paramref name="at"/>: the change, the partition and the
    /// index of its name (AlterTableClause's addPartitionClause). A batch (<c>ADD PARTITIONS START ...</c>) is left to
    /// <see cref="SessionEffectKind.PartitionsChange"/>.
    /// </summary>
    private static (SessionEffectKind?, string?, int) PartitionAdded(ref Words words, int at)
    {
        if (!words.Is(at, "ADD"))
            return (null, null, 0);
        var temporary = words.Is(at + 1, "TEMPORARY");
        var partitionAt = temporary ? at + 2 : at + 1;
        if (!words.Is(partitionAt, "PARTITION"))
            return (null, null, 0);
        var nameAt = words.Is(partitionAt + 1, "IF") && words.Is(partitionAt + 2, "NOT") && words.Is(partitionAt + 3, "EXISTS") ? partitionAt + 4 : partitionAt + 1;
        return (temporary ? SessionEffectKind.TemporaryPartitionAdded : SessionEffectKind.PartitionAdded, words.NameAt(nameAt), nameAt);
    }

    /// <summary>
    /// The new name of <c>RENAME new</c> at <paramref name="at"/>, a table's, database's or materialized view's (not a
    /// partition's, column's or rollup's); null for any other clause.
    /// </summary>
    private static string? RenamesTo(ref Words words, int at) =>
        words.Is(at, "RENAME") && !words.Is(at + 1, "PARTITION") && !words.Is(at + 1, "COLUMN") && !words.Is(at + 1, "ROLLUP")
            ? words.NameAt(at + 1) : null;

    /// <summary>
    /// An ALTER TABLE of several clauses, from <paramref name="at"/> on (the first, and each after a comma outside
    /// parentheses). StarRocks checks their kinds before it runs any (AlterOpType's compatibility matrix: "Alter operation
    /// RENAME conflicts with operation ADD_PARTITION"): only rollups added together, rollups dropped together and column
    /// changes together go; a RENAME, a SWAP and each clause about partitions (two ADD PARTITIONs too) go beside no other
    /// clause. So <paramref name="refused"/>, which changes nothing but names the table, and the other table of the first
    /// SWAP WITH among the clauses; null where no clause is one of those (what goes together changes nothing followed).
    /// </summary>
    private static (SessionEffect, EffectNames)? RefusedClauses(ReadOnlySpan<char> statement, SessionEffect refused, EffectNames written, int at)
    {
        var words = new Words(statement, new (TokenKind, int, int)[Words.CountIn(statement)]);
        var renames = false;
        for (var clause = at; !words.EndsAt(clause);)
        {
            if (words.Is(clause, "SWAP") && words.Is(clause + 1, "WITH") && words.NameAt(clause + 2) is { } other)
                return (refused with { Also = other }, written with { Other = words.Written(clause + 2) });
            renames |= RenamesTo(ref words, clause) is not null;
            var next = clause;
            while (!words.EndsAt(next) && !words.IsToken(next, TokenKind.Comma))
                next = words.Opens(next) ? words.Closing(next) + 1 : next + 1;
            clause = next + 1;
        }
        return renames || HasPartitionWord(statement) ? (refused, written) : null;
    }

    /// <summary>
    /// Whether a comma outside parentheses follows: another ALTER clause (a partition's values, distribution and properties
    /// keep their commas in parentheses, or in a range's <c>[ ... )</c>).
    /// </summary>
    private static bool HasClauseAfterComma(ReadOnlySpan<char> statement)
    {
        var depth = 0;
        for (var position = 0; position < statement.Length;)
        {
            var kind = Lexer.Scan(statement, position, out var end);
            depth += kind switch
            {
                TokenKind.LParen => 1,
                TokenKind.RParen => -1,
                _ when statement[position] == '[' => 1,
                _ when statement[position] == ']' => -1,
                _ => 0,
            };
            if (kind == TokenKind.Comma && depth <= 0)
                return true;
            position = end;
        }
        return false;
    }

    /// <summary>
    /// Whether an ALTER TABLE names partitions anywhere (ADD, RENAME, REPLACE or TRUNCATE PARTITION ...), or sets a property
    /// about them (<c>SET ("dynamic_partition.enable" = "true")</c>: StarRocks then makes and drops partitions itself).
    /// </summary>
    private static bool HasPartitionWord(ReadOnlySpan<char> statement)
    {
        for (var position = 0; position < statement.Length;)
        {
            var kind = Lexer.Scan(statement, position, out var end);
            if (kind == TokenKind.Word && (statement[position..end].Equals("PARTITION", StringComparison.OrdinalIgnoreCase)
                || statement[position..end].Equals("PARTITIONS", StringComparison.OrdinalIgnoreCase)))
                return true;
            // A property key such as "dynamic_partition.enable" (a string before its `=`), not a COMMENT that says "partition".
            if (kind == TokenKind.String && statement[position..end].Contains("partition", StringComparison.OrdinalIgnoreCase)
                && NextSignificant(statement, end) == TokenKind.Equals)
                return true;
            position = end;
        }
        return false;
    }

    private static TokenKind? NextSignificant(ReadOnlySpan<char> statement, int position)
    {
        while (position < statement.Length)
        {
            var kind = Lexer.Scan(statement, position, out position);
            if (kind is not (TokenKind.Whitespace or TokenKind.LineComment or TokenKind.BlockComment))
                return kind;
        }
        return null;
    }
}
