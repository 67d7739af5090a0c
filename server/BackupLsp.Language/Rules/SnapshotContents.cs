using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

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

    /// <summary>
    /// What the RESTORE names that the BACKUP's ON list leaves out, relative to the RESTORE. Nothing when the BACKUP takes a
    /// whole database, ALL of a kind, or partitions without parentheses (what it takes is then not read off its list).
    /// </summary>
    public static IEnumerable<Diagnostic> Check(SnapshotJobStatement backup, SnapshotJobStatement restore)
    {
        if (backup.On is not { Objects: var taken } || taken.Any(o => o.All || o.Partitions is { Parenthesized: false })
            || restore.On is not { Objects: var restored })
            yield break;
        var snapshot = restore.Snapshot.Last.Value;
        // Tables, views and materialized views are all tables of the snapshot; functions are found in any case.
        var tables = new Dictionary<string, ObjectDesc>(StringComparer.Ordinal);
        var functions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in taken)
            if (item.Name?.Last.Value is { Length: > 0 } name)
            {
                if (item.Kind == ObjectKind.Function)
                    functions.Add(name);
                else if (item.Kind != ObjectKind.MissingTable)
                    tables.TryAdd(name, item);
            }
        foreach (var item in restored)
        {
            if (item.All || item.Name?.Last is not { Value.Length: > 0 } name || item.Kind == ObjectKind.MissingTable)
                continue;
            if (item.Kind == ObjectKind.Function)
            {
                if (!functions.Contains(name.Value))
                    yield return Diagnostic.Create(NotInSnapshot, name.Span,
                        $"Function `{name.Value}` is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(functions)} (StarRocks: \"Can not find restore function\").");
                continue;
            }
            if (!tables.TryGetValue(name.Value, out var backedUp))
            {
                yield return Diagnostic.Create(NotInSnapshot, name.Span,
                    $"Table `{name.Value}` is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(tables.Keys)} (StarRocks: \"Table {name.Value} does not exist in snapshot {snapshot}\").");
                continue;
            }
            // A table backed up whole holds every partition it had then; TEMPORARY partitions are another rule's.
            if (backedUp.Partitions is not { TemporarySpan: null } kept || kept.Partitions.Any(p => p.Value is not null)
                || item.Partitions is not { TemporarySpan: null } wanted)
                continue;
            var keptNames = kept.Partitions.Where(p => p.Value is null).Select(p => p.Name.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var partition in wanted.Partitions)
                if (partition.Value is null && partition.Name.Value.Length > 0 && !keptNames.Contains(partition.Name.Value))
                    yield return Diagnostic.Create(NotInSnapshot, partition.Name.Span,
                        $"Partition `{partition.Name.Value}` of table `{name.Value}` is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(keptNames)} of it (StarRocks: \"Partition {partition.Name.Value} of table {name.Value} does not exist in snapshot {snapshot}\").");
        }
    }

    private static string Listed(IEnumerable<string> names) =>
        names.Select(n => $"`{n}`").ToList() is { Count: > 0 } listed ? string.Join(", ", listed) : "none";
}
