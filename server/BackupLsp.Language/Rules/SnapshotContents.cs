using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>
/// A RESTORE of a snapshot a BACKUP earlier in the script takes (into a repository whose snapshots the catalog lists, which
/// does not hold it: the BACKUP is what makes it) can only name what that BACKUP put in it. StarRocks checks each object
/// of the RESTORE's ON list against the snapshot before it starts (BackupHandler.checkAndFilterRestoreObjsExistInSnapshot).
/// </summary>
internal static class SnapshotContents
{
    public static readonly RuleDescriptor NotInSnapshot = new("SRB608", "not-in-snapshot", DiagnosticSeverity.Error,
        "RESTORE of a table, partition or function that the BACKUP earlier in the script, which takes the snapshot, does not put in it.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [NotInSnapshot];

    /// <summary>How many names a message lists before it says how many more there are.</summary>
    private const int ListedNames = 10;

    /// <summary>
    /// What the RESTORE names that the BACKUP leaves out of the snapshot, relative to the RESTORE. What the BACKUP takes is
    /// read off its ON list and, for a whole database, ALL of a kind or a whole table, off <paramref name="backupSession"/>,
    /// the session it runs in (where the catalog lists those completely); partitions without parentheses leave it untold.
    /// </summary>
    public static IEnumerable<Diagnostic> Check(SnapshotJobStatement backup, StarRocksCatalog? backupSession, SnapshotJobStatement restore, StarRocksVersion? version)
    {
        if (restore.On is not { Objects: var restored } || backup.External is not null || Taken.Of(backup, backupSession) is not { } taken)
            yield break;
        var snapshot = restore.Snapshot.Last.Value;
        // A did-you-mean offers only what the RESTORE does not name already.
        var named = restored.Where(o => !o.All && o.Name is not null).Select(o => o.Name!.Last.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var item in restored)
        {
            if (item.All || item.Name?.Last is not { Value.Length: > 0 } name || item.Kind == ObjectKind.MissingTable)
                continue;
            if (item.Kind == ObjectKind.Function)
            {
                if (taken.Functions is { } functions && !functions.Contains(name.Value))
                    yield return CatalogRules.Unknown(NotInSnapshot, name,
                        $"Function `{name.Value}` is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(functions)} (StarRocks: \"Can not find restore function\")",
                        new NameCandidates(functions.Where(f => !named.Contains(f, StringComparer.OrdinalIgnoreCase))), version, ignoreCase: true);
                continue;
            }
            if (taken.Tables is not { } tables)
                continue;
            if (!tables.TryGetValue(name.Value, out var partitions))
            {
                yield return CatalogRules.Unknown(NotInSnapshot, name,
                    $"Table `{name.Value}` is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(tables.Keys)} (StarRocks: \"Table {name.Value} does not exist in snapshot {snapshot}\")",
                    new NameCandidates(tables.Keys.Where(t => !named.Contains(t))), version);
                continue;
            }
            // TEMPORARY partitions are another rule's.
            if (partitions is null || item.Partitions is not { TemporarySpan: null } wanted)
                continue;
            foreach (var partition in wanted.Partitions)
                if (partition.Value is null && partition.Name.Value.Length > 0 && !partitions.Contains(partition.Name.Value))
                    yield return CatalogRules.Unknown(NotInSnapshot, partition.Name,
                        $"Partition `{partition.Name.Value}` of table `{name.Value}` is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(partitions)} of it (StarRocks: \"Partition {partition.Name.Value} of table {name.Value} does not exist in snapshot {snapshot}\")",
                        new NameCandidates(partitions.Where(p => !wanted.Partitions.Any(w => w.Name.Value.Equals(p, StringComparison.OrdinalIgnoreCase)))),
                        version, ignoreCase: true);
        }
    }

    private static string Listed(IReadOnlyCollection<string> names) =>
        names.Count == 0 ? "none"
        : string.Join(", ", names.Take(ListedNames).Select(n => $"`{n}`")) + (names.Count > ListedNames ? $" and {names.Count - ListedNames} more" : "");

    /// <summary>
    /// What a BACKUP puts in its snapshot, as far as can be told: its tables (views and materialized views are tables of a
    /// snapshot too), each with its partitions where known, and its functions. A null set is not told.
    /// </summary>
    private sealed record Taken(Dictionary<string, HashSet<string>?>? Tables, HashSet<string>? Functions)
    {
        public static Taken? Of(SnapshotJobStatement backup, StarRocksCatalog? session)
        {
            var database = CatalogRules.DatabaseOf(session, backup);
            // BackupRestoreAnalyzer takes every table, view, materialized view (unless the cluster's configuration skips
            // them: such a name is taken as maybe there) and function of the database when ON is absent.
            if (backup.On is not { Objects: var objects })
                return new Taken(
                    database is { Tables: { } every, Views: { } views, MaterializedViews: { } materialized } ? WholeTables(every, [.. views, .. materialized]) : null,
                    database?.Functions is { } everyFunction ? new HashSet<string>(everyFunction, StringComparer.OrdinalIgnoreCase) : null);
            if (objects.Any(o => o.Partitions is { Parenthesized: false }))
                return null;
            Dictionary<string, HashSet<string>?>? tables = new(StringComparer.Ordinal);
            HashSet<string>? functions = new(StringComparer.OrdinalIgnoreCase);
            foreach (var item in objects)
                if (!item.All && item.Name?.Last.Value is { Length: > 0 } name && item.Kind != ObjectKind.MissingTable)
                {
                    if (item.Kind == ObjectKind.Function)
                        functions.Add(name);
                    else
                        tables.TryAdd(name, item.Partitions is { } clause ? Named(clause) : Partitions(database?.Tables?.GetValueOrDefault(name)));
                }
            // ALL of a kind adds the database's objects of that kind that the list does not name.
            foreach (var item in objects.Where(o => o.All))
            {
                if (item.Kind == ObjectKind.Function)
                {
                    if (database?.Functions is { } allFunctions)
                        functions?.UnionWith(allFunctions);
                    else
                        functions = null;
                    continue;
                }
                var all = item.Kind switch
                {
                    ObjectKind.Table => database?.Tables is { } allTables ? WholeTables(allTables, []) : null,
                    ObjectKind.View => database?.Views is { } views ? WholeTables([], views) : null,
                    _ => database?.MaterializedViews is { } views ? WholeTables([], views) : null,
                };
                if (all is null)
                    tables = null;
                else
                    foreach (var (name, partitions) in all)
                        tables?.TryAdd(name, partitions);
            }
            return new Taken(tables, functions);
        }

        /// <summary>The partitions a parenthesized list names; none told for TEMPORARY ones or a list by values.</summary>
        private static HashSet<string>? Named(PartitionClause clause) =>
            clause.TemporarySpan is null && clause.Partitions.All(p => p.Value is null)
                ? clause.Partitions.Select(p => p.Name.Value).ToHashSet(StringComparer.OrdinalIgnoreCase) : null;

        /// <summary>A table backed up whole holds every partition it has then.</summary>
        private static HashSet<string>? Partitions(TableInfo? table) =>
            table?.Partitions is { } partitions ? partitions.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;

        private static Dictionary<string, HashSet<string>?> WholeTables(IEnumerable<KeyValuePair<string, TableInfo>> tables, IEnumerable<string> others)
        {
            var whole = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
            foreach (var (name, table) in tables)
                whole[name] = Partitions(table);
            foreach (var name in others)
                whole.TryAdd(name, null);
            return whole;
        }
    }
}
