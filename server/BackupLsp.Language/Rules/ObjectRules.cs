using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>The objects of <c>ON (...)</c>: tables, partitions and aliases.</summary>
internal static class ObjectRules
{
    public static readonly RuleDescriptor DuplicateTable = new("SRB300", "duplicate-table", DiagnosticSeverity.Error,
        "The same table twice in one BACKUP or RESTORE (table names are case-sensitive).");
    public static readonly RuleDescriptor DuplicatePartition = new("SRB301", "duplicate-partition", DiagnosticSeverity.Warning,
        "The same partition twice in one list (partition names are case-insensitive).");
    public static readonly RuleDescriptor TemporaryPartition = new("SRB302", "temporary-partition", DiagnosticSeverity.Error,
        "`TEMPORARY PARTITION` in BACKUP: temporary partitions cannot be backed up.");
    public static readonly RuleDescriptor PartitionCondition = new("SRB303", "partition-condition", DiagnosticSeverity.Warning,
        "`PARTITION (col = value)`: meaningless for BACKUP.");
    public static readonly RuleDescriptor PartitionWithoutTable = new("SRB304", "partition-without-table", DiagnosticSeverity.Error,
        "A PARTITION clause with no table before it.");
    public static readonly RuleDescriptor AmbiguousPartitionList = new("SRB305", "ambiguous-partition-list", DiagnosticSeverity.Warning,
        "`ON (t1 PARTITION p1, t2)`: StarRocks up to 3.5 reads t2 as a table, current releases as a partition (not reported when `starrocksVersion` is 3.5 or older).");
    public static readonly RuleDescriptor IgnoredDatabasePrefix = new("SRB306", "ignored-database-prefix", DiagnosticSeverity.Hint,
        "`ON (db.t)`: the db part is ignored; tables are looked up in the snapshot's database.");
    public static readonly RuleDescriptor DuplicateAlias = new("SRB307", "duplicate-alias", DiagnosticSeverity.Error,
        "A RESTORE alias that another object is restored as, or that names an object the RESTORE lists (its own included).");

    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        DuplicateTable, DuplicatePartition, TemporaryPartition, PartitionCondition, PartitionWithoutTable,
        AmbiguousPartitionList, IgnoredDatabasePrefix, DuplicateAlias,
    ];

    /// <summary>The last release that reads the name after an unparenthesized PARTITION's first as a table, as the tree does.</summary>
    internal static readonly StarRocksVersion LastReadingNextAsTable = new(3, 5);

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
            if (item.Partitions is { } partitions)
                CheckPartitions(context, job, item, partitions, LastMaybePartition(objects, partitionOwners, i));
            if (job.Kind == JobKind.Backup && item is { Kind: ObjectKind.Table, Name.Parts.Length: > 1 } prefixed)
                ReportIgnoredPrefix(context, prefixed.Name);
        }
        var repeatedTables = ReportDuplicateTables(context, job.Kind, objects, partitionOwners);
        if (job.Kind == JobKind.Restore)
            ReportDuplicateAliases(context, job, objects, repeatedTables);
    }

    /// <summary>Everything before the table's name, <c>db</c> or <c>catalog.db</c>, is ignored.</summary>
    private static void ReportIgnoredPrefix(RuleContext context, QualifiedName name)
    {
        var prefix = name.Parts[..^1];
        var part = prefix.Length == 1 ? "database part" : "prefix";
        context.Report(IgnoredDatabasePrefix, TextSpan.FromBounds(prefix[0].Span.Start, prefix[^1].Span.End),
            $"The {part} `{string.Join(".", prefix.Select(p => p.Value))}` is ignored: BACKUP looks tables up in the snapshot's database.",
            CodeFix.Replace($"Remove the {part}", TextSpan.FromBounds(name.Span.Start, name.Last.Span.Start), ""));
    }

    private static void ReportMissingTable(RuleContext context, JobKind job, IReadOnlyList<ObjectDesc> objects, int index)
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
    internal static int[]? PartitionOwners(RuleContext context, IReadOnlyList<ObjectDesc> objects)
    {
        if (context.Options.Version <= LastReadingNextAsTable)
            return null;
        int[]? owners = null;
        var owner = -1;
        for (var i = 0; i < objects.Count; i++)
        {
            var item = objects[i];
            if (owner >= 0 && item is { Kind: ObjectKind.Table, KeywordSpan: null, Partitions: null, Name.Parts.Length: 1 } && !StartsWithReservedWord(context, item))
            {
                if (owners is null)
                    Array.Fill(owners = new int[objects.Count], -1);
                owners[i] = owner;
                owner = item.Alias is null ? owner : -1;
                continue;
            }
            owner = item is { Kind: ObjectKind.Table, Partitions.Parenthesized: false, Alias: null } ? i : -1;
        }
        return owners;
    }

    /// <summary>The last of the objects after the table at <paramref name="owner"/> that may be its partitions, if any.</summary>
    private static ObjectDesc? LastMaybePartition(IReadOnlyList<ObjectDesc> objects, int[]? partitionOwners, int owner)
    {
        var last = owner;
        while (last + 1 < objects.Count && partitionOwners?[last + 1] == owner)
            last++;
        return last > owner ? objects[last] : null;
    }

    /// <param name="lastMaybePartition">The last of the names after an unparenthesized list that current StarRocks may read as its partitions.</param>
    private static void CheckPartitions(RuleContext context, SnapshotJobStatement job, ObjectDesc item, PartitionClause clause, ObjectDesc? lastMaybePartition)
    {
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
                    CodeFix.Replace("Remove TEMPORARY", TextSpan.FromBounds(temporary.Start, clause.KeywordSpan.Start), ""));
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
            else if (!seen.Add(partition.Name.Value))
                context.Report(DuplicatePartition, partition.Span,
                    $"Partition `{partition.Name.Value}` is listed twice (partition names are case-insensitive).",
                    CodeFix.Replace("Remove the duplicate", context.ListItemRemoval(clause.Partitions, i, p => p.Span), "", certain: true));
        }

        if (lastMaybePartition is not null)
        {
            var only = clause.Partitions[0].Span;
            var all = TextSpan.FromBounds(only.Start, lastMaybePartition.Name!.Span.End);
            string Parenthesized(TextSpan span) => $"({context.Text.Substring(span.Start, span.Length)})";
            context.Report(AmbiguousPartitionList, clause.Span,
                "StarRocks versions disagree on what follows a PARTITION without parentheses: up to 3.5 the next name is a table, in current releases another partition. Add parentheses to say which.",
                CodeFix.Replace($"Add parentheses: partitions {Parenthesized(all)}", all, Parenthesized(all)),
                CodeFix.Replace($"Add parentheses: partition {Parenthesized(only)}, then tables", only, Parenthesized(only)));
        }
    }

    private static bool StartsWithReservedWord(RuleContext context, ObjectDesc item) =>
        Lexer.Scan(context.Text, item.Span.Start, out var end) == TokenKind.Word
        && Keywords.IsReserved(context.Text.AsSpan(item.Span.Start, end - item.Span.Start));

    /// <summary>
    /// Reports each table listed again (StarRocks: <c>Duplicated table</c>, in BACKUP and RESTORE); returns their indexes,
    /// null when there are none (most statements: no set is made for them).
    /// </summary>
    private static HashSet<int>? ReportDuplicateTables(RuleContext context, JobKind job, IReadOnlyList<ObjectDesc> objects, int[]? partitionOwners)
    {
        HashSet<int>? repeated = null;
        HashSet<string>? seen = null;
        for (var i = 0; i < objects.Count; i++)
        {
            if (!IsRepeated(objects, i, partitionOwners, ref seen))
                continue;
            (repeated ??= []).Add(i);
            var name = objects[i].Name!;
            var first = FirstListing(objects, name.Last.Value, partitionOwners);
            // A RESTORE that gives the two different names meant two copies, which one RESTORE cannot make: no edit keeps that.
            var sameName = RestoredAs(objects[first])!.Value == RestoredAs(objects[i])!.Value;
            context.Report(DuplicateTable, name.Span,
                $"Duplicated table: {name.Last.Value}. List each table once, with all its partitions.",
                sameName && MergeFix(context, job, objects, first, i) is { } fix ? [fix] : []);
        }
        return repeated;
    }

    /// <summary>
    /// Folds a repeated table into its first mention, backing up what the two did together: the partitions of both, or
    /// the whole table when either names no partitions. None where TEMPORARY or a condition makes the union unclear.
    /// </summary>
    private static CodeFix? MergeFix(RuleContext context, JobKind job, IReadOnlyList<ObjectDesc> objects, int first, int repeated)
    {
        var (kept, extra) = (objects[first], objects[repeated]);
        if (!IsPlainList(kept.Partitions) || !IsPlainList(extra.Partitions))
            return null;
        var removal = new TextEdit(context.ListItemRemoval(objects, repeated, o => o.Span), "");
        if (kept.Partitions is not { } keptList)
            return new CodeFix("Remove the duplicate", [removal], Certain: true);
        var name = kept.Name!.Last.Value;
        if (extra.Partitions is not { } extraList)
            return new CodeFix($"{(job == JobKind.Backup ? "Back up" : "Restore")} the whole table `{name}` once",
                [new TextEdit(TextSpan.FromBounds(kept.Name.Span.End, keptList.Span.End), ""), removal], Certain: true);
        var listed = keptList.Partitions.Select(p => p.Name.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = extraList.Partitions.Where(p => listed.Add(p.Name.Value)).Select(p => context.Text.Substring(p.Span.Start, p.Span.Length)).ToList();
        if (added.Count == 0)
            return new CodeFix("Remove the duplicate", [removal], Certain: true);
        var last = keptList.Partitions[^1].Span;
        var merge = keptList.Parenthesized
            ? new TextEdit(new TextSpan(last.End, 0), ", " + string.Join(", ", added))
            : new TextEdit(last, $"({string.Join(", ", [context.Text.Substring(last.Start, last.Length), .. added])})");
        return new CodeFix($"Merge its partitions into the first `{name}`", [merge, removal], Certain: true);
    }

    private static bool IsPlainList(PartitionClause? clause) =>
        clause is null || (clause.TemporarySpan is null && clause.Partitions.All(p => p.Value is null));

    /// <summary>
    /// StarRocks takes the name of every object a RESTORE lists, then each alias in turn, and refuses an alias already
    /// taken (<c>Duplicated alias name</c>): one that another object is restored as, one that names another listed object
    /// (restored under an alias of its own or not), or the object's own name. Objects of different kinds do not clash. A
    /// repeated table is reported as such and not again here.
    /// </summary>
    private static void ReportDuplicateAliases(RuleContext context, SnapshotJobStatement restore, IReadOnlyList<ObjectDesc> objects, HashSet<int>? repeatedTables)
    {
        if (!HasAlias(objects))
            return;
        var restoredAs = objects.Index().Where(o => RestoredAs(o.Item) is not null)
            .ToLookup(o => (o.Item.Kind, RestoredAs(o.Item)!.Value), o => o.Index);
        var listed = objects.Index().Where(o => o.Item.Name is not null).ToLookup(o => (o.Item.Kind, o.Item.Name!.Last.Value), o => o.Index);
        for (var i = 0; i < objects.Count; i++)
        {
            if (objects[i] is not { Alias: { } alias, Name: { } name } item || repeatedTables?.Contains(i) == true)
                continue;
            var key = (item.Kind, alias.Name.Value);
            if (alias.Name.Value == name.Last.Value)
                context.Report(DuplicateAlias, alias.Name.Span,
                    $"Duplicated alias name: {alias.Name.Value}. StarRocks counts the names of the listed objects as taken, this one's own too: remove `{context.Text[alias.Span.Start..alias.Span.End]}`.",
                    CodeFix.Replace("Remove the alias", TextSpan.FromBounds((item.Partitions?.Span ?? name.Span).End, alias.Span.End), "", certain: true));
            // Reported at the later of two equal aliases, and at an alias that is another object's own name as restored.
            else if (restoredAs[key].FirstOrDefault(j => j < i || (j != i && objects[j].Alias is null), -1) is >= 0 and var other)
                context.Report(DuplicateAlias, alias.Name.Span,
                    $"Two objects would be restored as `{alias.Name.Value}`: give each its own name with AS.",
                    DuplicateAliasFix(context, restore, objects, other, i) is { } fix ? [fix] : []);
            else if (listed[key].Any(j => j != i))
                context.Report(DuplicateAlias, alias.Name.Span,
                    $"Duplicated alias name: {alias.Name.Value}. `{alias.Name.Value}` is listed in this RESTORE, and StarRocks counts the names of the listed objects as taken even when they are restored under another: choose another name.");
        }
    }

    /// <summary>
    /// The repeated alias is renamed only where the first alias shows how the names were made: <c>orders AS orders_bak, items AS orders_bak</c> was
    /// meant as <c>items_bak</c> (the first alias is its table's name with something before or after it). None where that
    /// name is restored already, names a listed object, or is an object the catalog lists there (restoring onto it would replace it), and none
    /// without such a pattern: any other name would be a guess.
    /// </summary>
    private static CodeFix? DuplicateAliasFix(RuleContext context, SnapshotJobStatement restore, IReadOnlyList<ObjectDesc> objects, int first, int repeated)
    {
        var (kept, extra) = (objects[first], objects[repeated]);
        if (kept.Alias is not { Name.Value: var pattern } || extra.Alias is not { } alias)
            return null;
        var (own, other) = (kept.Name!.Last.Value, extra.Name!.Last.Value);
        if (pattern.Length <= own.Length)
            return null;
        string?[] made =
        [
            pattern.StartsWith(own, StringComparison.Ordinal) ? other + pattern[own.Length..] : null,
            pattern.EndsWith(own, StringComparison.Ordinal) ? pattern[..^own.Length] + other : null,
        ];
        if (made.OfType<string>().Distinct().ToList() is not [var name]
            || objects.Any(o => o.Kind == extra.Kind && (RestoredAs(o)?.Value == name || o.Name?.Last.Value == name))
            || ExistsInTarget(context, restore, extra.Kind, name))
            return null;
        var replacement = NameText.ToSql(name);
        return CodeFix.Replace($"Change to {replacement}", alias.Name.Span, replacement);
    }

    /// <summary>Whether the catalog lists an object of that kind and name in the database a RESTORE writes to.</summary>
    private static bool ExistsInTarget(RuleContext context, SnapshotJobStatement restore, ObjectKind kind, string name)
    {
        if ((restore.JobDatabase?.Value ?? context.Catalog?.DefaultDatabase) is not { } databaseName
            || context.Catalog?.FindDatabase(databaseName) is not { } database)
            return false;
        return CatalogRules.Lists(database, kind, name) == true;
    }

    private static bool HasAlias(IReadOnlyList<ObjectDesc> objects)
    {
        for (var i = 0; i < objects.Count; i++)
            if (objects[i].Alias is not null)
                return true;
        return false;
    }

    /// <summary>The name an object gets when restored: its alias, else its own name.</summary>
    private static Name? RestoredAs(ObjectDesc item) => item.Name is { } name ? item.Alias?.Name ?? name.Last : null;

    /// <summary>The table an object lists, or null for any other kind of object and for one current StarRocks may read as a partition.</summary>
    private static string? TableOf(IReadOnlyList<ObjectDesc> objects, int index, int[]? partitionOwners) =>
        objects[index] is { Kind: ObjectKind.Table, Name: { } name } && !(partitionOwners?[index] >= 0) ? name.Last.Value : null;

    /// <summary>
    /// Whether an earlier object lists the table the object at <paramref name="index"/> lists (one that lists none never
    /// repeats). An ON clause usually lists a few objects: those are compared pairwise, and only a long list pays for a
    /// set, which <paramref name="seen"/> keeps from one index to the next (asked in order).
    /// </summary>
    private static bool IsRepeated(IReadOnlyList<ObjectDesc> objects, int index, int[]? partitionOwners, ref HashSet<string>? seen)
    {
        const int PairwiseUpTo = 16;
        if (objects.Count > PairwiseUpTo)
            seen ??= new HashSet<string>(StringComparer.Ordinal);
        if (TableOf(objects, index, partitionOwners) is not { } table)
            return false;
        return seen is not null ? !seen.Add(table) : FirstListing(objects, table, partitionOwners) < index;
    }

    /// <summary>The index of the first object that lists <paramref name="table"/> (a loop: a lambda capturing the list would be an object per statement).</summary>
    private static int FirstListing(IReadOnlyList<ObjectDesc> objects, string table, int[]? partitionOwners)
    {
        var index = 0;
        while (TableOf(objects, index, partitionOwners) != table)
            index++;
        return index;
    }

    /// <summary>
    /// StarRocks' grammar takes <c>col = value</c> items only as <c>PARTITION (...)</c>, in parentheses, every item of that
    /// form, neither PARTITIONS nor TEMPORARY; anywhere else they are a syntax error.
    /// </summary>
    private static bool IsKeyPartitionList(RuleContext context, PartitionClause clause) =>
        clause.Parenthesized && clause.TemporarySpan is null && clause.Partitions.All(p => p.Value is not null)
        && context.Text.AsSpan(clause.KeywordSpan.Start, clause.KeywordSpan.Length).Equals("PARTITION", StringComparison.OrdinalIgnoreCase);
}
