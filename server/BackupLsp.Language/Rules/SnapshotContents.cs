using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// A RESTORE of a snapshot a BACKUP earlier in the script takes (into a repository whose snapshots the catalog lists, which
/// does not hold it: the BACKUP is what makes it) can only name what that BACKUP put in it. StarRocks checks each object
/// of the RESTORE's ON list against the snapshot before it starts (BackupHandler.checkAndFilterRestoreObjsExistInSnapshot),
/// and the database it names after DATABASE. What the snapshot holds also tells which tables a RESTORE of all of them
/// brings back onto tables with temporary partitions (SRB302).
/// </summary>
internal static partial class SnapshotContents
{
    public static readonly RuleDescriptor NotInSnapshot = new("SRB608", "not-in-snapshot", DiagnosticSeverity.Error,
        "RESTORE of a table, partition, function or external catalog that the BACKUP earlier in this script, which takes the snapshot, does not put in it, from another database than that BACKUP's, or of a database's snapshot as external catalogs or the reverse.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [NotInSnapshot];

    /// <summary>How many names a message lists before it says how many more there are.</summary>
    private const int ListedNames = 10;

    /// <summary>
    /// What the RESTORE names that the BACKUP leaves out of the snapshot (and a RESTORE of every table onto temporary
    /// partitions), relative to the RESTORE. What the BACKUP takes is
    /// read off its ON list and, for a whole database, ALL of a kind or a whole table, off <paramref name="backupSession"/>,
    /// the session it runs in (where the catalog lists those completely); partitions without parentheses leave it untold.
    /// </summary>
    /// <param name="restoreSession">The session the RESTORE runs in, where it brings back every table of the snapshot (see <see cref="RestoresEveryTable"/>).</param>
    public static IEnumerable<Diagnostic> Check(SnapshotJobStatement backup, StarRocksCatalog? backupSession, SnapshotJobStatement restore,
        StarRocksCatalog? restoreSession, StarRocksVersion? version)
    {
        var kindMismatch = false;
        foreach (var mismatch in OtherKind(backup, restore))
        {
            kindMismatch = true;
            yield return mismatch;
        }
        if (kindMismatch || backup.External is not null)
            yield break;
        var snapshot = restore.Snapshot.Last.Value;
        if (OtherDatabase(backup, backupSession, restore, version) is { } otherDatabase)
            yield return otherDatabase;
        if (Taken.Of(backup, backupSession) is not { } taken)
            yield break;
        if (RestoredOntoTemporaryPartitions(taken, restore, restoreSession, version) is { } onto)
            yield return onto;
        if (restore.On is not { Objects: var restored })
            yield break;
        // A did-you-mean offers only what the RESTORE does not name already.
        var named = restored.Where(o => !o.All && o.Name is not null).Select(o => o.Name!.Last.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var item in restored)
        {
            if (item.All || item.Name?.Last is not { Value.Length: > 0 } name || item.Kind == ObjectKind.MissingTable)
                continue;
            if (item.Kind == ObjectKind.Function)
            {
                if (taken.HasFunction(name.Value) == false)
                {
                    var functions = taken.Functions().ToList();
                    yield return CatalogRules.Unknown(NotInSnapshot, name,
                        $"Function '{name.Value}' is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(functions)} (StarRocks: \"Can not find restore function\")",
                        new NameCandidates(functions), version, ignoreCase: true, skipped: f => named.Contains(f, StringComparer.OrdinalIgnoreCase));
                }
                continue;
            }
            switch (taken.Table(name.Value))
            {
                case (false, _, _):
                    var tables = taken.Tables().ToList();
                    yield return CatalogRules.Unknown(NotInSnapshot, name,
                        $"Table '{name.Value}' is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(tables)} (StarRocks: \"Table {name.Value} does not exist in snapshot {snapshot}\")",
                        new NameCandidates(tables), version, skipped: named.Contains);
                    break;
                // TEMPORARY partitions are another rule's.
                // StarRocks looks a partition up in the snapshot as written: where the names it keeps are known in their own
                // case, another case is not there.
                case (true, { } partitions, var inTheirCase) when item.Partitions is { TemporarySpan: null } wanted:
                    var comparison = inTheirCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                    foreach (var partition in wanted.Partitions)
                        if (partition.Value is null && partition.Name.Value.Length > 0 && !partitions.Any(p => p.Equals(partition.Name.Value, comparison)))
                            yield return CatalogRules.Unknown(NotInSnapshot, partition.Name,
                                $"Partition '{partition.Name.Value}' of table '{name.Value}' is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed(partitions)} of it (StarRocks: \"Partition {partition.Name.Value} of table {name.Value} does not exist in snapshot {snapshot}\")",
                                new NameCandidates(partitions), version, ignoreCase: !inTheirCase,
                                skipped: p => wanted.Partitions.Any(w => w.Name.Value.Equals(p, comparison)));
                    break;
            }
        }
    }

    /// <summary>Whether the RESTORE brings back every table of its snapshot: without ON, or with ALL TABLES.</summary>
    public static bool RestoresEveryTable(SnapshotJobStatement restore) =>
        restore.On is not { Objects: var objects } || objects.Any(o => o is { All: true, Kind: ObjectKind.Table });

    /// <summary>
    /// A RESTORE of every table of the snapshot onto a database whose table of the same name has temporary partitions:
    /// RestoreJob refuses such a table before it restores anything ("Do not support restoring table with temp
    /// partitions"). Tables the ON list names are told on their item (CatalogRules), under their alias.
    /// </summary>
    private static Diagnostic? RestoredOntoTemporaryPartitions(Taken taken, SnapshotJobStatement restore, StarRocksCatalog? restoreSession,
        StarRocksVersion? version)
    {
        // Without a database named, a RESTORE brings the snapshot back into the database it was taken of.
        var databaseName = restore.JobDatabase?.Value ?? taken.Database;
        if (!taken.TablesKnown || databaseName is null || restoreSession?.FindDatabase(databaseName)?.Tables is not { } tables)
            return null;
        var named = restore.On?.Objects.Where(o => !o.All && o.Name is not null).Select(o => o.Name!.Last.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        var every = taken.Tables().Where(t => !named.Contains(t)).ToList();
        var onto = every.Where(t => tables.GetValueOrDefault(t) is { HasTemporaryPartitions: true }).ToList();
        if (onto.Count == 0)
            return null;
        var all = restore.On?.Objects.FirstOrDefault(o => o is { All: true, Kind: ObjectKind.Table });
        var span = all is not null ? all.KeywordSpan ?? all.Span : restore.Snapshot.Span;
        var which = CatalogRules.WhichHaveTemporaryPartitions([.. onto.Select(t => tables[t])]);
        // Without ON, the fix names the snapshot's other tables (views and materialized views among them) in an ON (...) of
        // their own, where the RESTORE names its database (one with ON and none is refused: SRB104), and its functions, which
        // ON (...) names from 3.4: by name where the catalog lists them, else as ALL FUNCTIONS, which restores those the
        // snapshot holds, none without complaint (checkAndFilterRestoreFunctionsInBackupMeta). ALL TABLES has none: it
        // restores the tables alone, which the snapshot's list does not tell from its views.
        var others = every.Except(onto).Select(t => NameText.ToSql(t, version)).ToList();
        var known = taken.FunctionsKnown ? taken.Functions().Select(f => NameText.ToSql(f, version)).ToList() : null;
        List<string> functions = version is { } configured && configured < StarRocksVersion.V3_4 ? []
            : known is not null ? [.. known.Select(f => $"FUNCTION {f}")]
            : ["ALL FUNCTIONS"];
        TextEdit? edit = others.Count + functions.Count == 0 || all is not null || restore.On is not null || restore.NamedDatabase is null ? null
            : new TextEdit(new TextSpan(restore.Repository.Span.End, 0), $" ON ({string.Join(", ", [.. others, .. functions])})");
        var functionsTitle = functions.Count == 0 ? null
            : known is null ? "whatever functions the snapshot holds"
            : known.Count == 1 ? $"function {known[0]}"
            : $"the snapshot's {known.Count} functions";
        var title = (others.Count, functionsTitle) switch
        {
            (0, _) => $"Restore only {functionsTitle}",
            (1, null) => $"Restore only {others[0]}",
            (_, null) => $"Restore only the {others.Count} other tables",
            (1, _) => $"Restore only {others[0]} and {functionsTitle}",
            _ => $"Restore only the {others.Count} other tables and {functionsTitle}",
        };
        return Diagnostic.Create(ObjectRules.TemporaryPartition, span,
            $"This RESTORE brings every table of snapshot `{restore.Snapshot.Last.Value}` back into database '{databaseName}', onto its {which} temporary partitions, and StarRocks' RESTORE job fails on a table that has any (\"Do not support restoring table with temp partitions\"): drop them first, or name the other tables in ON (...).",
            edit is null ? [] : [new CodeFix(title, [edit]) { OnlyWhenAsked = true }]);
    }

    /// <summary>
    /// A RESTORE that reads the snapshot as the kind it is not (BackupHandler): one of external catalogs restored into a
    /// database, a database's restored as external catalogs, or a catalog the snapshot does not hold. (With both a database
    /// and external catalogs, the RESTORE is refused for naming both: SRB103.)
    /// </summary>
    private static IEnumerable<Diagnostic> OtherKind(SnapshotJobStatement backup, SnapshotJobStatement restore)
    {
        var snapshot = restore.Snapshot.Last.Value;
        switch (backup.External, restore.External)
        {
            case (null, { } external):
                yield return Diagnostic.Create(NotInSnapshot, external.Span,
                    $"Snapshot `{snapshot}` holds a database, not external catalogs: the BACKUP earlier in this script that takes it backs up a database (StarRocks: \"This is not a snapshot for external catalog restore\"). Leave out the external catalogs.");
                break;
            case ({ }, null) when restore.NamedDatabase is { } database:
                yield return Diagnostic.Create(NotInSnapshot, database.Span,
                    $"Snapshot `{snapshot}` holds external catalogs, not a database: the BACKUP earlier in this script that takes it backs up external catalogs (StarRocks: \"Can not specify database for external catalog snapshot\"). Name no database.");
                break;
            case ({ All: false } taken, { All: false } restored):
                // The cluster's own catalog is in no snapshot, which SRB103 says.
                foreach (var catalog in restored.Catalogs)
                    if (!SessionEffect.IsDefaultCatalog(catalog.Name.Value)
                        && !taken.Catalogs.Any(t => t.Name.Value.Equals(catalog.Name.Value, StringComparison.OrdinalIgnoreCase)))
                        yield return Diagnostic.Create(NotInSnapshot, catalog.Name.Span,
                            $"Catalog '{catalog.Name.Value}' is not in snapshot `{snapshot}`: the BACKUP earlier in this script that takes it backs up {Listed([.. taken.Catalogs.Select(t => t.Name.Value)])} (StarRocks: \"Can not find restore catalog: {catalog.Name.Value}\").");
                break;
        }
    }

    /// <summary>
    /// <c>RESTORE SNAPSHOT s FROM r DATABASE db [AS db2]</c> names the database the snapshot was taken of, which must be
    /// the BACKUP's (BackupHandler.restore: "target database: db is not existed in snapshot"). Names that differ only in
    /// case are left alone: whether StarRocks finds the database so is not told here.
    /// </summary>
    private static Diagnostic? OtherDatabase(SnapshotJobStatement backup, StarRocksCatalog? backupSession, SnapshotJobStatement restore, StarRocksVersion? version)
    {
        if (restore.Database?.Name is not { Value.Length: > 0 } origin
            || DatabaseTaken(backup, backupSession) is not { Length: > 0 } taken
            || origin.Value.Equals(taken, StringComparison.OrdinalIgnoreCase))
            return null;
        var written = NameText.ToSql(taken, version);
        return Diagnostic.Create(NotInSnapshot, origin.Span,
            $"Snapshot `{restore.Snapshot.Last.Value}` holds database '{taken}', not '{origin.Value}': the BACKUP earlier in this script that takes it backs up '{taken}' (StarRocks: \"target database: {origin.Value} is not existed in snapshot\"). Name '{taken}' after DATABASE, and the database to restore into after AS.",
            CodeFix.Replace($"Change to {written}", origin.Span, written));
    }

    /// <summary>The database a BACKUP takes its snapshot of: the one it names, else the session's.</summary>
    private static string? DatabaseTaken(SnapshotJobStatement backup, StarRocksCatalog? session) => backup.NamedDatabase?.Value ?? session?.BackupDatabase;

    private static string Listed(IReadOnlyCollection<string> names) =>
        names.Count == 0 ? "none"
        : string.Join(", ", names.Take(ListedNames).Select(n => $"'{n}'")) + (names.Count > ListedNames ? $" and {names.Count - ListedNames} more" : "");
}
