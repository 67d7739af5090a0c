using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>Objects listed twice and aliases already taken: <c>Duplicated table</c> and <c>Duplicated alias name</c>.</summary>
internal static partial class ObjectRules
{
    /// <summary>
    /// Reports each table, view or materialized view listed again (StarRocks: <c>Duplicated table</c>, in BACKUP and
    /// RESTORE: it holds all three as tables and checks them together); returns their indexes, null when there are none
    /// (most statements: no set is made for them).
    /// </summary>
    private static HashSet<int>? ReportDuplicateTables(RuleContext context, JobKind job, ImmutableArray<ObjectDesc> objects, int[]? partitionOwners)
    {
        HashSet<int>? repeated = null;
        HashSet<string>? seen = null;
        var tableNames = TableNameComparer(context.Options);
        for (var i = 0; i < objects.Length; i++)
        {
            if (!IsRepeated(objects, i, partitionOwners, tableNames, ref seen))
                continue;
            (repeated ??= []).Add(i);
            var name = objects[i].Name!;
            var first = FirstListing(objects, name.Last.Value, partitionOwners, tableNames);
            // A RESTORE that gives the two different names meant two copies, which one RESTORE cannot make: no edit keeps that.
            // (Aliases are told apart exactly, in every release.)
            var sameName = (objects[first].Alias is null && objects[i].Alias is null)
                || RestoredAs(objects[first])!.Value == RestoredAs(objects[i])!.Value;
            // Where current StarRocks may read names after either mention's partitions as more of them, a merge of the
            // partitions the tree holds would turn those names into tables: no edit is certain of what was meant.
            var listGoesOn = partitionOwners is not null && (partitionOwners.Contains(first) || partitionOwners.Contains(i));
            var fix = sameName && !listGoesOn && KindsAgree(objects[first], objects[i]) ? MergeFix(context, job, objects, first, i) : null;
            // `t` and `T` may be two tables, which those releases take in two statements only: folding one into the other is a guess.
            if (objects[first].Name!.Last.Value != name.Last.Value)
                fix = fix is null ? null : fix with { Certain = false };
            context.Report(DuplicateTable, name.Span, DuplicateTableMessage(objects[first], objects[i]), fix is null ? [] : [fix]);
        }
        return repeated;
    }

    /// <summary>The last release that compares the tables of one BACKUP or RESTORE ignoring case (StarRocks PR 51068 made it case-sensitive).</summary>
    internal static readonly StarRocksVersion LastComparingTablesIgnoringCase = new(3, 3, StarRocksVersion.LatestPatch);

    /// <summary>How StarRocks tells the tables of one BACKUP or RESTORE apart: ignoring case, as Java does, up to 3.3; exactly after.</summary>
    private static IEqualityComparer<string> TableNameComparer(AnalysisOptions options) =>
        options.Version <= LastComparingTablesIgnoringCase ? JavaCase.IgnoreCase : StringComparer.Ordinal;

    /// <summary>StarRocks says "table" of views and materialized views too: the message says why they meet.</summary>
    private static string DuplicateTableMessage(ObjectDesc first, ObjectDesc repeated)
    {
        var name = repeated.Name!.Last.Value;
        if (first.Name!.Last.Value != name)
            return $"Duplicated table: {name}. StarRocks {LastComparingTablesIgnoringCase} and older compare table names ignoring case, so '{first.Name.Last.Value}' and '{name}' count as one: list the table once, or, for two tables whose names differ only in case, take them in two statements.";
        if (first.Kind != repeated.Kind)
            return $"Duplicated table: {name}. StarRocks keeps views and materialized views among its tables, so `{Mention(first)}` and `{Mention(repeated)}` name one object: list it once.";
        return repeated.Kind == ObjectKind.Table
            ? $"Duplicated table: {name}. List each table once, with all its partitions."
            : $"Duplicated table: {name}. StarRocks keeps views and materialized views among its tables: list each {Noun(repeated.Kind)} once.";
    }

    /// <summary>
    /// Whether two mentions of one name may be folded into one: not <c>TABLE t</c> and <c>VIEW t</c>, one of which
    /// misnames the object, but a plain name, which says no kind, with any.
    /// </summary>
    private static bool KindsAgree(ObjectDesc first, ObjectDesc repeated) =>
        first.Kind == repeated.Kind || first.KeywordSpan is null || repeated.KeywordSpan is null;

    /// <summary>The object as its kind's keywords name it: <c>VIEW v</c>, <c>TABLE t</c>; a plain name alone.</summary>
    private static string Mention(ObjectDesc item) => item switch
    {
        { KeywordSpan: null } => item.Name!.Last.Value,
        { Kind: ObjectKind.MaterializedView } => $"MATERIALIZED VIEW {item.Name!.Last.Value}",
        _ => $"{item.Kind.ToString().ToUpperInvariant()} {item.Name!.Last.Value}",
    };

    private static string Noun(ObjectKind kind) => kind == ObjectKind.MaterializedView ? "materialized view" : kind.ToString().ToLowerInvariant();

    /// <summary>
    /// Folds a repeated table into its first mention, backing up what the two did together: the partitions of both, or
    /// the whole table when either names no partitions. None where TEMPORARY or a condition makes the union unclear.
    /// </summary>
    private static CodeFix? MergeFix(RuleContext context, JobKind job, ImmutableArray<ObjectDesc> objects, int first, int repeated)
    {
        var (kept, extra) = (objects[first], objects[repeated]);
        if (!IsPlainList(kept.Partitions) || !IsPlainList(extra.Partitions))
            return null;
        var removal = context.ListItemRemoval(objects, repeated, o => o.Span);
        var name = kept.Name!.Last.Value;
        if (kept.Partitions is not { } keptList)
            return new CodeFix($"Remove the duplicate {MessageNames.Object(name)}", removal, Certain: true);
        // The kept mention, having partitions, is a table's or a plain name's: the other's kind is the object's.
        if (extra.Partitions is not { } extraList)
            return new CodeFix($"{(job == JobKind.Backup ? "Back up" : "Restore")} the whole {Noun(extra.Kind)} '{name}' once",
                [new TextEdit(TextSpan.FromBounds(kept.Name.Span.End, keptList.Span.End), ""), .. removal], Certain: true);
        var listed = keptList.Partitions.Select(p => p.Name.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = extraList.Partitions.Where(p => listed.Add(p.Name.Value)).Select(p => context.Text.Substring(p.Span.Start, p.Span.Length)).ToList();
        if (added.Count == 0)
            return new CodeFix($"Remove the duplicate {MessageNames.Object(name)}", removal, Certain: true);
        var listedSpan = TextSpan.FromBounds(keptList.Partitions[0].Span.Start, keptList.Partitions[^1].Span.End);
        var merge = keptList.Parenthesized
            ? new TextEdit(new TextSpan(listedSpan.End, 0), ", " + string.Join(", ", added))
            : new TextEdit(listedSpan, $"({string.Join(", ", [context.Text.Substring(listedSpan.Start, listedSpan.Length), .. added])})");
        return new CodeFix($"Merge its partitions into the first {MessageNames.Object(name)}", [merge, .. removal], Certain: true);
    }

    private static bool IsPlainList(PartitionClause? clause) =>
        clause is null || (clause.TemporarySpan is null && clause.Partitions.All(p => p.Value is null));

    /// <summary>
    /// StarRocks takes the name of every table a RESTORE lists (views and materialized views are tables to it), then each
    /// of their aliases in turn, and refuses an alias already taken (<c>Duplicated alias name</c>): one that another is
    /// restored as, one that names another listed one (restored under an alias of its own or not), or its own name.
    /// Function aliases it does not check: it renames the restored functions, whatever the names. A repeated table is
    /// reported as such and not again here; the list is read as current StarRocks reads it (<see cref="ListedTables"/>).
    /// </summary>
    private static void ReportDuplicateAliases(RuleContext context, SnapshotJobStatement restore, ImmutableArray<ObjectDesc> objects,
        int[]? partitionOwners, HashSet<int>? repeatedTables)
    {
        if (!HasAlias(objects))
            return;
        var tables = ListedTables(objects, partitionOwners);
        string NameOf(ListedTable table) => objects[table.NameAt].Name!.Last.Value;
        Alias? AliasOf(ListedTable table) => objects[table.AliasAt].Alias;
        var restoredAs = tables.Index().ToLookup(t => AliasOf(t.Item)?.Name.Value ?? NameOf(t.Item), t => t.Index);
        var listed = tables.Index().ToLookup(t => NameOf(t.Item), t => t.Index);
        for (var i = 0; i < tables.Count; i++)
        {
            if (AliasOf(tables[i]) is not { Name.Value.Length: > 0 } alias || repeatedTables?.Contains(tables[i].NameAt) == true)
                continue;
            var key = alias.Name.Value;
            if (key == NameOf(tables[i]))
            {
                context.Report(DuplicateAlias, alias.Name.Span,
                    $"Duplicated alias name: {key}. StarRocks counts the names of the listed objects as taken, this one's own too: remove `{context.Text[alias.Span.Start..alias.Span.End]}`.",
                    CodeFix.Replace("Remove the alias", context.WithLeadingSpace(alias.Span), "", certain: true));
            }
            // Reported at the later of two equal aliases, and at an alias that is another table's own name as restored.
            else if (restoredAs[key].FirstOrDefault(j => j < i || (j != i && AliasOf(tables[j]) is null), -1) is >= 0 and var other)
                context.Report(DuplicateAlias, alias.Name.Span,
                    $"Two objects would be restored as '{key}': give each its own name with AS.",
                    DuplicateAliasFix(context, restore, objects, (NameOf(tables[other]), AliasOf(tables[other])), (NameOf(tables[i]), alias)) is { } fix ? [fix] : []);
            else if (listed[key].Any(j => j != i))
                context.Report(DuplicateAlias, alias.Name.Span,
                    $"Duplicated alias name: {key}. '{key}' is listed in this RESTORE, and StarRocks counts the names of the listed tables, views and materialized views as taken even when they are restored under another: choose another name.");
        }
    }

    /// <summary>
    /// A table a RESTORE lists, as current StarRocks reads the list: <see cref="NameAt"/> is the object that names it,
    /// <see cref="AliasAt"/> the one whose alias it is restored under: itself, or the last of the names after its
    /// unparenthesized PARTITION list, which current StarRocks takes as its partitions (<c>t1 PARTITION p1, p2 AS t</c>
    /// restores t1 as t).
    /// </summary>
    private readonly record struct ListedTable(int NameAt, int AliasAt);

    /// <summary>The tables, views and materialized views a RESTORE lists; a name current StarRocks may read as a partition is none.</summary>
    private static List<ListedTable> ListedTables(ImmutableArray<ObjectDesc> objects, int[]? partitionOwners)
    {
        var tables = new List<ListedTable>();
        for (var i = 0; i < objects.Length; i++)
        {
            if (objects[i].Name is null || !IsTableRef(objects[i]))
                continue;
            if (!(partitionOwners?[i] >= 0))
                tables.Add(new ListedTable(i, i));
            else if (objects[i].Alias is not null)
                tables[^1] = tables[^1] with { AliasAt = i }; // such names follow their table, the last one added
        }
        return tables;
    }

    /// <summary>
    /// The repeated alias is renamed only where the first alias shows how the names were made: <c>orders AS orders_bak, items AS orders_bak</c> was
    /// meant as <c>items_bak</c> (the first alias is its table's name with something before or after it). None where that
    /// name is restored already, names a listed object, or is a table, view or materialized view the catalog lists there (restoring onto it would replace it), and none
    /// without such a pattern: any other name would be a guess.
    /// </summary>
    private static CodeFix? DuplicateAliasFix(RuleContext context, SnapshotJobStatement restore, ImmutableArray<ObjectDesc> objects,
        (string Name, Alias? Alias) kept, (string Name, Alias Alias) repeated)
    {
        if (kept.Alias is not { Name.Value: var pattern })
            return null;
        var (own, other) = (kept.Name, repeated.Name);
        if (pattern.Length <= own.Length)
            return null;
        string?[] made =
        [
            pattern.StartsWith(own, StringComparison.Ordinal) ? other + pattern[own.Length..] : null,
            pattern.EndsWith(own, StringComparison.Ordinal) ? pattern[..^own.Length] + other : null,
        ];
        if (made.OfType<string>().Distinct().ToList() is not [var name]
            || objects.Any(o => IsTableRef(o) && (RestoredAs(o)?.Value == name || o.Name?.Last.Value == name))
            || ExistsInTarget(context, restore, name))
            return null;
        var replacement = NameText.ToSql(name, context.Options.Version);
        return CodeFix.Replace($"Change to {replacement}", repeated.Alias.Name.Span, replacement);
    }

    /// <summary>
    /// Whether the catalog lists a table, view or materialized view of that name in the database a RESTORE writes to (where it
    /// names none, the session's, <see cref="Catalog.StarRocksCatalog.BackupDatabase"/>).
    /// </summary>
    private static bool ExistsInTarget(RuleContext context, SnapshotJobStatement restore, string name)
    {
        if ((restore.JobDatabase?.Value ?? context.Catalog?.BackupDatabase) is not { } databaseName
            || context.Catalog?.FindDatabase(databaseName) is not { } database)
            return false;
        return CatalogRules.TableLikeKind(database, name) is not null;
    }

    private static bool HasAlias(ImmutableArray<ObjectDesc> objects)
    {
        for (var i = 0; i < objects.Length; i++)
            if (objects[i].Alias is not null)
                return true;
        return false;
    }

    /// <summary>The name an object gets when restored: its alias, else its own name.</summary>
    private static Name? RestoredAs(ObjectDesc item) => item.Name is { } name ? item.Alias?.Name ?? name.Last : null;

    /// <summary>
    /// The table, view or materialized view an object names, or null for a function, for <c>ALL ...</c>, for a name
    /// current StarRocks may read as a partition, and for an empty name (SRB111's alone).
    /// </summary>
    private static string? TableOf(ImmutableArray<ObjectDesc> objects, int index, int[]? partitionOwners) =>
        objects[index] is { Name.Last.Value: { Length: > 0 } name } item && IsTableRef(item) && !(partitionOwners?[index] >= 0) ? name : null;

    /// <summary>Whether StarRocks holds the object among its table refs (functions are held apart, and never compared).</summary>
    private static bool IsTableRef(ObjectDesc item) => item.Kind is ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView;

    /// <summary>
    /// Whether an earlier object lists the table the object at <paramref name="index"/> lists (one that lists none never
    /// repeats). An ON clause usually lists a few objects: those are compared pairwise, and only a long list pays for a
    /// set, which <paramref name="seen"/> keeps from one index to the next (asked in order).
    /// </summary>
    private static bool IsRepeated(ImmutableArray<ObjectDesc> objects, int index, int[]? partitionOwners, IEqualityComparer<string> tableNames,
        ref HashSet<string>? seen)
    {
        const int PairwiseUpTo = 16;
        if (objects.Length > PairwiseUpTo)
            seen ??= new HashSet<string>(tableNames);
        if (TableOf(objects, index, partitionOwners) is not { } table)
            return false;
        return seen is not null ? !seen.Add(table) : FirstListing(objects, table, partitionOwners, tableNames) < index;
    }

    /// <summary>The index of the first object that lists <paramref name="table"/> (a loop: a lambda capturing the list would be an object per statement).</summary>
    private static int FirstListing(ImmutableArray<ObjectDesc> objects, string table, int[]? partitionOwners, IEqualityComparer<string> tableNames)
    {
        var index = 0;
        while (!tableNames.Equals(TableOf(objects, index, partitionOwners), table))
            index++;
        return index;
    }
}
