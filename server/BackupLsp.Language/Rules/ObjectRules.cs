using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>The objects of <c>ON (...)</c>: tables, partitions and aliases.</summary>
internal static partial class ObjectRules
{
    public static readonly RuleDescriptor DuplicateTable = new("SRB300", "duplicate-table", DiagnosticSeverity.Error,
        "The same table, view or materialized view twice in one BACKUP or RESTORE: StarRocks checks the three together (names are case-sensitive, except under `starrocksVersion` 3.3 or older).");
    public static readonly RuleDescriptor DuplicatePartition = new("SRB301", "duplicate-partition", DiagnosticSeverity.Warning,
        "The same partition twice in one list (partition names are case-insensitive).");
    public static readonly RuleDescriptor TemporaryPartition = new("SRB302", "temporary-partition", DiagnosticSeverity.Error,
        "`TEMPORARY PARTITION` in BACKUP or RESTORE, or a BACKUP (named, or with its whole database or ALL TABLES) or RESTORE of a table the catalog lists with temporary partitions: StarRocks refuses each.");
    public static readonly RuleDescriptor PartitionCondition = new("SRB303", "partition-condition", DiagnosticSeverity.Warning,
        "`PARTITION (col = value)`: meaningless for BACKUP.");
    public static readonly RuleDescriptor PartitionWithoutTable = new("SRB304", "partition-without-table", DiagnosticSeverity.Error,
        "A PARTITION clause with no table before it, or after a view.");
    public static readonly RuleDescriptor AmbiguousPartitionList = new("SRB305", "ambiguous-partition-list", DiagnosticSeverity.Warning,
        "`ON (t1 PARTITION p1, t2)`: StarRocks 3.5 and older read t2 as a table, current releases as a partition (not reported when `starrocksVersion` is 3.5 or older, nor 4.0 or later, which read it only as a partition).");
    public static readonly RuleDescriptor IgnoredDatabasePrefix = new("SRB306", "ignored-database-prefix", DiagnosticSeverity.Hint,
        "`ON (db.t)` in BACKUP or RESTORE: the db part is ignored; BACKUP looks tables up in the snapshot's database, RESTORE in the snapshot by name alone.");
    public static readonly RuleDescriptor DuplicateAlias = new("SRB307", "duplicate-alias", DiagnosticSeverity.Error,
        "A RESTORE alias of a table, view or materialized view that another of them is restored as, or that names one the RESTORE lists (its own included); StarRocks checks no function's alias.");

    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        DuplicateTable, DuplicatePartition, TemporaryPartition, PartitionCondition, PartitionWithoutTable,
        AmbiguousPartitionList, IgnoredDatabasePrefix, DuplicateAlias,
    ];

    /// <summary>The last release that reads the name after an unparenthesized PARTITION's first as a table, as the tree does.</summary>
    internal static readonly StarRocksVersion LastReadingNextAsTable = new(3, 5, StarRocksVersion.LatestPatch);

    /// <summary>
    /// The first release that reads such names only as more partitions (<c>TEMPORARY? (PARTITION | PARTITIONS)
    /// identifierOrString (',' identifierOrString)*</c>), the release after <see cref="LastReadingNextAsTable"/>: 4.0's
    /// grammar has that rule, 3.5's takes one name after an unparenthesized PARTITION.
    /// </summary>
    internal static readonly StarRocksVersion FirstReadingNextAsPartition = new(4, 0);

    /// <summary>Whether the configured release reads the names after an unparenthesized PARTITION list as its partitions only.</summary>
    internal static bool ReadsNextAsPartitionOnly(AnalysisOptions options) => options.Version >= FirstReadingNextAsPartition;

    public static void Check(RuleContext context)
    {
        if (context.Syntax is not SnapshotJobStatement { On: { } on } job)
            return;
        var objects = on.Objects;
        var partitionOwners = PartitionOwners(context, objects);
        for (var i = 0; i < objects.Length; i++)
        {
            var item = objects[i];
            if (item.Kind == ObjectKind.MissingTable)
                ReportMissingTable(context, job.Kind, objects, i);
            if (item.Partitions is not null)
                CheckPartitions(context, job, objects, i, LastMaybePartition(objects, partitionOwners, i));
            // More than three parts fail StarRocks' parser (StructureRules): nothing is ignored then.
            if (item is { Kind: ObjectKind.Table, Name.Parts.Length: > 1 and <= 3 } prefixed)
                ReportIgnoredPrefix(context, job, prefixed, ContinuesBarePartitionsIfBare(context, objects, i));
        }
        var repeatedTables = ReportDuplicateTables(context, job.Kind, objects, partitionOwners);
        if (job.Kind == JobKind.Restore)
            ReportDuplicateAliases(context, job, objects, partitionOwners, repeatedTables);
    }

    /// <summary>
    /// Whether the item, written bare, would be read as another partition of the unparenthesized list before it: in the
    /// releases that read so (or none configured), for a name with neither partitions nor a keyword of its own.
    /// </summary>
    private static bool ContinuesBarePartitionsIfBare(RuleContext context, ImmutableArray<ObjectDesc> objects, int index) =>
        index > 0 && objects[index - 1].Partitions is { Parenthesized: false } && objects[index] is { Partitions: null, KeywordSpan: null }
        && !(context.Options.Version <= LastReadingNextAsTable);

    /// <summary>
    /// Everything before the table's name, <c>db</c> or <c>catalog.db</c>, is ignored. BACKUP sets the snapshot's database
    /// on it (BackupRestoreAnalyzer.analyzeTableRef); RESTORE never reads it: its analyzer (visitRestoreStatement) and
    /// BackupHandler (checkAndFilterRestoreObjsExistInSnapshot) take the table's name alone, and the privilege check the
    /// statement's database. No fix removes it right after an unparenthesized PARTITION list: the prefix is what makes the
    /// name a table there (bare, it would continue the list). Where the name is a table's partition written as
    /// <c>t.p</c>, that is said, and written so is the fix (see <see cref="PartitionWrittenAsTable"/>).
    /// </summary>
    private static void ReportIgnoredPrefix(RuleContext context, SnapshotJobStatement job, ObjectDesc item, bool afterBarePartitions)
    {
        var name = item.Name!;
        var prefix = name.Parts[..^1];
        var part = prefix.Length == 1 ? "database part" : "prefix";
        var lookup = job.Kind == JobKind.Backup ? "BACKUP looks tables up in the snapshot's database"
            : "RESTORE finds tables in the snapshot by name alone and restores them into its own database";
        var partition = PartitionWrittenAsTable(context, job, item);
        List<CodeFix> fixes = partition is { Fix: var asPartition } ? [asPartition] : [];
        if (!afterBarePartitions && partition is not { Fix.Certain: true })
            fixes.Add(CodeFix.Replace($"Remove the {part}", TextSpan.FromBounds(name.Span.Start, name.Last.Span.Start), ""));
        context.Report(IgnoredDatabasePrefix, TextSpan.FromBounds(prefix[0].Span.Start, prefix[^1].Span.End),
            $"The {part} `{string.Join(".", prefix.Select(p => p.Value))}` is ignored: {lookup}."
            + (afterBarePartitions ? $" Here it keeps `{name.Last.Value}` a table: bare, the name would continue the PARTITION list before it." : "")
            + partition?.Sentence,
            [.. fixes]);
    }

    private static void ReportMissingTable(RuleContext context, JobKind job, ImmutableArray<ObjectDesc> objects, int index)
    {
        var item = objects[index];
        var verb = job == JobKind.Backup ? "back up" : "restore";
        var keyword = context.Text.Substring(item.Partitions!.KeywordSpan.Start, item.Partitions.KeywordSpan.Length).ToUpperInvariant();
        // `ON (t, PARTITION (p1))`: the comma cut the partitions off their table.
        if (index > 0 && objects[index - 1] is { Kind: ObjectKind.Table, Partitions: null, Alias: null, Name: { } previous })
        {
            context.Report(PartitionWithoutTable, item.Partitions.Span,
                $"{keyword} has no table before it: the comma after `{previous}` separates it from its table. Remove the comma to {verb} partitions of `{previous}`.",
                CodeFix.Replace($"Attach the partitions to `{previous}`", TextSpan.FromBounds(previous.Span.End, item.Span.Start), " "));
            return;
        }
        context.Report(PartitionWithoutTable, item.Partitions.Span,
            $"{keyword} has no table before it: name the table whose partitions to {verb}, as in `tbl {keyword} (p1, p2)`.");
    }

    /// <summary>
    /// For each object that current StarRocks may read as another partition of an unparenthesized PARTITION list before it,
    /// the index of the table that list belongs to; -1 for the others. Its grammar goes on with such a list over plain names
    /// (<c>t1 PARTITION p1, p2, p3</c>; in RESTORE the last may carry the table's alias), and prefers that reading where both
    /// fit; releases up to 3.5 read each as a table, as the tree does. A name that starts with a reserved word, has a database
    /// before it or partitions of its own can only be an object. Null where no object may be a partition (most statements),
    /// and whenever <c>starrocksVersion</c> is 3.5 or older.
    /// </summary>
    internal static int[]? PartitionOwners(RuleContext context, ImmutableArray<ObjectDesc> objects)
    {
        if (context.Options.Version <= LastReadingNextAsTable)
            return null;
        int[]? owners = null;
        var owner = -1;
        for (var i = 0; i < objects.Length; i++)
        {
            var item = objects[i];
            if (owner >= 0 && item is { Kind: ObjectKind.Table, KeywordSpan: null, Partitions: null, Name.Parts.Length: 1 } && !StartsWithReservedWord(context, item))
            {
                if (owners is null)
                    Array.Fill(owners = new int[objects.Length], -1);
                owners[i] = owner;
                owner = item.Alias is null ? owner : -1;
                continue;
            }
            owner = item is { Kind: ObjectKind.Table, Partitions.Parenthesized: false, Alias: null } ? i : -1;
        }
        return owners;
    }

    /// <summary>The index of the last of the objects after the table at <paramref name="owner"/> that may be its partitions; the owner's own when none may.</summary>
    private static int LastMaybePartition(ImmutableArray<ObjectDesc> objects, int[]? partitionOwners, int owner)
    {
        var last = owner;
        while (last + 1 < objects.Length && partitionOwners?[last + 1] == owner)
            last++;
        return last;
    }

    /// <summary>The partitions of the object at <paramref name="owner"/>, and the names after them up to <paramref name="last"/>, which current StarRocks may read as more of them.</summary>
    private static void CheckPartitions(RuleContext context, SnapshotJobStatement job, ImmutableArray<ObjectDesc> objects, int owner, int last)
    {
        var item = objects[owner];
        var clause = item.Partitions!;
        if (job.Kind == JobKind.Backup && clause.TemporarySpan is { } temporary)
        {
            // Where the catalog says the names are the table's temporary partitions, dropping TEMPORARY only moves the error.
            var table = CatalogRules.TableOf(context.Catalog, job, item);
            var namesTemporary = table is not null
                && clause.Partitions.Any(p => p.Value is null && table.HasTemporaryPartition(p.Name.Value) && !table.HasPartition(p.Name.Value));
            if (namesTemporary)
                context.Report(TemporaryPartition, temporary, "Temporary partitions cannot be backed up: list the table's regular partitions instead.");
            else
                context.Report(TemporaryPartition, temporary,
                    "Temporary partitions cannot be backed up: remove TEMPORARY to back up the table's regular partitions.",
                    // Other partitions than written: the one a person meant may be the temporary one, to be made regular first.
                    CodeFix.Replace("Remove TEMPORARY", TextSpan.FromBounds(temporary.Start, clause.KeywordSpan.Start), "") with { OnlyWhenAsked = true });
        }
        else if (clause.TemporarySpan is { } restoredTemporary)
        {
            // A snapshot holds no temporary partitions: checkAndFilterRestoreObjsExistInSnapshot refuses the clause.
            context.Report(TemporaryPartition, restoredTemporary,
                "Temporary partitions cannot be restored (StarRocks: \"Do not support restoring temporary partitions\"): a snapshot holds regular partitions only. Remove TEMPORARY to restore those.",
                CodeFix.Replace("Remove TEMPORARY", TextSpan.FromBounds(restoredTemporary.Start, clause.KeywordSpan.Start), "") with { OnlyWhenAsked = true });
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < clause.Partitions.Length; i++)
        {
            var partition = clause.Partitions[i];
            if (partition.Value is not null && !IsKeyPartitionList(context, clause))
                context.Report(SyntaxRules.SyntaxError, partition.Span,
                    $"`{context.Text.Substring(partition.Span.Start, partition.Span.Length)}` is accepted only in PARTITION (col = value, ...), with every item in that form; list partition names, as in PARTITION (p1, p2).");
            else if (partition.Value is not null)
                context.Report(PartitionCondition, partition.Span,
                    $"`{context.Text.Substring(partition.Span.Start, partition.Span.Length)}` is meaningless here: list partition names, as in PARTITION (p1, p2).");
            else if (partition.Name.Value.Length > 0 && !seen.Add(partition.Name.Value))
                context.Report(DuplicatePartition, partition.Span,
                    $"Partition '{partition.Name.Value}' is listed twice (partition names are case-insensitive).",
                    new CodeFix($"Remove the duplicate {MessageNames.Object(partition.Name.Value)}", context.ListItemRemoval(clause.Partitions, i, p => p.Span), Certain: true));
        }

        if (last == owner)
            return;
        if (ReadsNextAsPartitionOnly(context.Options))
            ReportRepeatedContinuedPartitions(context, objects, owner, last, seen);
        else
            ReportAmbiguousList(context, clause, objects[last]);
    }

    /// <param name="lastMaybePartition">The last of the names after the list that current StarRocks may read as its partitions.</param>
    private static void ReportAmbiguousList(RuleContext context, PartitionClause clause, ObjectDesc lastMaybePartition)
    {
        var only = clause.Partitions[0].Span;
        var all = TextSpan.FromBounds(only.Start, lastMaybePartition.Name!.Span.End);
        context.Report(AmbiguousPartitionList, clause.Span,
            "StarRocks versions disagree on what follows a PARTITION without parentheses: in 3.5 and older the next name is a table, in current releases another partition. Add parentheses to say which.",
            CodeFix.Parenthesize($"Add parentheses: partitions ({context.OneLine(all)})", all),
            CodeFix.Parenthesize($"Add parentheses: partition ({context.OneLine(only)}), then tables", only));
    }

    /// <summary>
    /// The names after an unparenthesized list that the configured release reads as more of its partitions, checked for
    /// repeats as the list's own are (<paramref name="seen"/> holds those). The last may carry the table's alias, which
    /// goes with it: no fix removes that one.
    /// </summary>
    private static void ReportRepeatedContinuedPartitions(RuleContext context, ImmutableArray<ObjectDesc> objects, int owner, int last, HashSet<string> seen)
    {
        for (var i = owner + 1; i <= last; i++)
        {
            var partition = objects[i].Name!.Last;
            if (seen.Add(partition.Value))
                continue;
            var message = $"Partition '{partition.Value}' is listed twice (partition names are case-insensitive).";
            if (objects[i].Alias is null)
                context.Report(DuplicatePartition, partition.Span, message,
                    new CodeFix($"Remove the duplicate {MessageNames.Object(partition.Value)}", context.ListItemRemoval(objects, i, o => o.Span), Certain: true));
            else
                context.Report(DuplicatePartition, partition.Span, message);
        }
    }

    private static bool StartsWithReservedWord(RuleContext context, ObjectDesc item) =>
        Lexer.Scan(context.Text, item.Span.Start, out var end) == TokenKind.Word
        && Keywords.IsReserved(context.Text.AsSpan(item.Span.Start, end - item.Span.Start), context.Options.Version);

    /// <summary>
    /// StarRocks' grammar takes <c>col = value</c> items only as <c>PARTITION (...)</c>, in parentheses, every item of that
    /// form, neither PARTITIONS nor TEMPORARY; anywhere else they are a syntax error.
    /// </summary>
    private static bool IsKeyPartitionList(RuleContext context, PartitionClause clause) =>
        clause.Parenthesized && clause.TemporarySpan is null && clause.Partitions.All(p => p.Value is not null)
        && context.Text.AsSpan(clause.KeywordSpan.Start, clause.KeywordSpan.Length).Equals("PARTITION", StringComparison.OrdinalIgnoreCase);
}
