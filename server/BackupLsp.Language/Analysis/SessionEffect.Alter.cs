using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// <c>ALTER TABLE t RENAME t2</c>, <c>ALTER DATABASE db RENAME db2</c> and <c>ALTER MATERIALIZED VIEW mv RENAME mv2</c>
    /// make a name, and the object is gone under its old one (<see cref="SessionEffect.Also"/>); <c>ALTER TABLE t SWAP WITH
    /// u</c> gives each table the other's name, and changes nothing beside another clause; any other ALTER TABLE that names
    /// partitions changes them in ways not followed.
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
        // StarRocks lets no other clause go beside a SWAP (AlterOperations.checkConflict: "Alter operation SWAP conflicts
        // with ..."), a second SWAP neither: the ALTER changes nothing, wherever the SWAP stands, but still names both tables.
        if (renamed == SessionEffectKind.CreateTable && HasClauseAfterComma(statement))
        {
            var clauses = new Words(statement, new (TokenKind, int, int)[Words.CountIn(statement)]);
            if (SwappedWithAt(ref clauses, nameAt + 1) is { } swappedAt)
                return (new SessionEffect(SessionEffectKind.RefusedSwap, name, qualifier, Catalog: catalog, Also: clauses.NameAt(swappedAt)),
                    written with { Other = clauses.Written(swappedAt) });
        }
        if (words.Is(nameAt + 1, "RENAME") && words.NameAt(nameAt + 2) is { } newName && !words.Is(nameAt + 2, "PARTITION")
            && !words.Is(nameAt + 2, "COLUMN") && !words.Is(nameAt + 2, "ROLLUP"))
            return renamed == SessionEffectKind.CreateDatabase
                // A database's qualifier is its catalog: an external one's database is none of the cluster's.
                ? (new SessionEffect(renamed, newName, Catalog: qualifier, Also: name), new EffectNames(words.Written(nameAt + 2), null, Other: words.Written(nameAt)))
                // The table under its new name is the old one, partitions and all.
                : (new SessionEffect(renamed == SessionEffectKind.CreateTable ? SessionEffectKind.RenameTable : renamed, newName, qualifier, Catalog: catalog, Also: name),
                    new EffectNames(words.Written(nameAt + 2), written.Database, Other: words.Written(nameAt)));
        if (renamed != SessionEffectKind.CreateTable)
            return null;
        // A swap followed by more than its other table is not followed: both tables' partitions become unknown.
        if (words.Is(nameAt + 1, "SWAP") && words.Is(nameAt + 2, "WITH") && words.NameAt(nameAt + 3) is { } other)
            return (new SessionEffect(words.EndsAt(nameAt + 4) ? SessionEffectKind.SwapTables : SessionEffectKind.PartitionsChange,
                name, qualifier, Catalog: catalog, Also: other), written with { Other = words.Written(nameAt + 3) });
        // Partitions added or dropped leave the table's other partitions as they were: a BACKUP of the table after the ADD
        // of a temporary one is refused for it (SRB302), one after the DROP of its last is not.
        if (PartitionAdded(ref words, nameAt + 1) is ({ } added, { } partition, var partitionAt) && !HasClauseAfterComma(statement))
            return (new SessionEffect(added, name, qualifier, Catalog: catalog, Also: partition),
                added == SessionEffectKind.PartitionAdded ? written with { Partitions = [(partition, words.Written(partitionAt))] }
                : written with { TemporaryPartitions = [(partition, words.Written(partitionAt))] });
        if (PartitionsDropped(statement, ref words, nameAt + 1, out var places) is { } dropped && !HasClauseAfterComma(statement))
            return (new SessionEffect(SessionEffectKind.PartitionsDropped, name, qualifier, Catalog: catalog, Partitions: dropped),
                dropped.Temporary ? written with { TemporaryPartitions = places } : written with { Partitions = places });
        if (words.Is(nameAt + 1, "DROP") && words.Is(nameAt + 2, "ALL") && words.Is(nameAt + 3, "TEMPORARY") && words.Is(nameAt + 4, "PARTITIONS")
            && (words.EndsAt(nameAt + 5) || (words.Is(nameAt + 5, "FORCE") && words.EndsAt(nameAt + 6))))
            return (new SessionEffect(SessionEffectKind.PartitionsDropped, name, qualifier, Catalog: catalog, Partitions: TemporaryPartitionsDrop.Instance), written);
        if (words.Is(nameAt + 1, "RENAME") && words.Is(nameAt + 2, "PARTITION") && words.NameAt(nameAt + 3) is { } old
            && words.NameAt(nameAt + 4) is { } renamedTo && words.EndsAt(nameAt + 5))
            return (new SessionEffect(SessionEffectKind.PartitionRenamed, name, qualifier, Catalog: catalog, Partitions: new PartitionRename(old, renamedTo)),
                written with { Partitions = [(old, words.Written(nameAt + 3)), (renamedTo, words.Written(nameAt + 4))] });
        if (words.Is(nameAt + 1, "REPLACE") && ReadReplacement(statement, nameAt + 1) is var (replacement, replaced, temporaries))
            return (new SessionEffect(SessionEffectKind.PartitionsReplaced, name, qualifier, Catalog: catalog, Partitions: replacement),
                written with { Partitions = replaced, TemporaryPartitions = temporaries });
        return HasPartitionWord(statement) ? (new SessionEffect(SessionEffectKind.PartitionsChange, name, qualifier, Catalog: catalog), written) : null;
    }

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
    /// Where the first <c>SWAP WITH u</c> among the clauses from <paramref name="at"/> on (the first, and each after a comma
    /// outside parentheses) names its other table u; null where no clause is one.
    /// </summary>
    private static int? SwappedWithAt(ref Words words, int at)
    {
        for (var clause = at; !words.EndsAt(clause);)
        {
            if (words.Is(clause, "SWAP") && words.Is(clause + 1, "WITH") && words.NameAt(clause + 2) is not null)
                return clause + 2;
            var next = clause;
            while (!words.EndsAt(next) && !words.IsToken(next, TokenKind.Comma))
                next = words.Opens(next) ? words.Closing(next) + 1 : next + 1;
            clause = next + 1;
        }
        return null;
    }

    /// <summary>
    /// Whether a comma outside parentheses follows: another ALTER clause, whose partitions the first words do not say
    /// (a partition's values, distribution and properties keep their commas in parentheses, or in a range's <c>[ ... )</c>).
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
            if (kind == TokenKind.String && statement[position..end].Contains("partition", StringComparison.OrdinalIgnoreCase))
                return true;
            position = end;
        }
        return false;
    }
}
