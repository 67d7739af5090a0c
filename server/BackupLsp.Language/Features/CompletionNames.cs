using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>Names from the catalog and from the statements before the cursor, for each name the grammar expects at the cursor.</summary>
internal static class CompletionNames
{
    /// <param name="made">What the statements before the cursor make, read when a snapshot, database or table is expected.</param>
    public static void Add(CompletionList list, ParserPosition position, StarRocksCatalog catalog, AnalysisOptions options, Lazy<ScriptNames> made)
    {
        var tokens = list.Cursor.Tokens;
        foreach (var expected in position.Names)
        {
            switch (expected)
            {
                case Expectations.RepositoryName when position.Kind != StatementKind.CreateRepository:
                    Repositories(list, catalog, position.Kind, made);
                    break;
                case Expectations.SnapshotName when position.Kind == StatementKind.DropSnapshot:
                    Snapshots(list, catalog, StatementClues.Repository(tokens, position.Kind), position.Kind, made.Value);
                    break;
                // A USE in an external catalog, or of one (`USE hive.`), names that catalog's databases, which the file does not list.
                case Expectations.DatabaseName when position.Kind == StatementKind.Other
                    && (StatementClues.QualifierBeforeSplit(tokens) is { } named ? !SessionEffect.IsDefaultCatalog(named) : catalog.ExternalCatalog is not null):
                    break;
                case Expectations.DatabaseName:
                    // After DATABASE, a RESTORE names the database its snapshot was taken of: where the script takes it, that first.
                    if (position.Kind == StatementKind.Restore && StatementClues.HasDatabaseClause(tokens)
                        && made.Value.Restored(tokens, catalog) is ({ Database: { } takenOf }, var backedUpOn))
                        list.AddName(takenOf, CompletionEntryKind.Database, $"the snapshot's database, backed up on line {backedUpOn}",
                            () => HoverTopics.Database(takenOf, catalog).Paragraph($"The BACKUP on line {backedUpOn} takes the snapshot of it."));
                    // A SHOW or CANCEL most likely asks about the last job of its kind: that job's database first.
                    if (LastJobDatabase(position.Kind, catalog, made.Value) is var (jobDatabase, jobDetail))
                        list.AddName(jobDatabase, CompletionEntryKind.Database, jobDetail, () => HoverTopics.Database(jobDatabase, catalog));
                    Databases(list, catalog, made.Value, suffix: "", snapshotsFollow: false, NamesCheckedDatabase(position.Kind, tokens),
                        forUse: position.Kind == StatementKind.Other);
                    break;
                // After a RESTORE's `DATABASE db AS`, the database to restore into: any but the snapshot's own, which AS would
                // name again for nothing.
                case Expectations.AliasName when position.Kind == StatementKind.Restore && StatementClues.DatabaseAliased(tokens) is { } restoredFrom:
                    Databases(list, catalog, made.Value, suffix: "", snapshotsFollow: false, nameChecked: false, except: restoredFrom);
                    break;
                case Expectations.SnapshotName when StatementClues.QualifierBeforeSplit(tokens) is not null:
                    if (position.Kind == StatementKind.Restore)
                        Snapshots(list, catalog, StatementClues.Repository(tokens, position.Kind), position.Kind, made.Value);
                    break;
                case Expectations.SnapshotName:
                    // Not where a DATABASE clause names the database or for external catalogs (both would be an error); without a
                    // dot where one follows (`ex|.snap`).
                    var databases = !StatementClues.HasDatabaseClause(tokens) && !StatementClues.IsExternalCatalogForm(tokens);
                    // A RESTORE's snapshots first: it names the snapshot it restores, and its database only where it must, before
                    // a dot that follows (`ex|.snap`) or for an ON (...), which needs one (a BACKUP's name is new: no snapshots).
                    var databasesFirst = databases && (tokens.IsKind(tokens.Split, TokenKind.Dot) || tokens.IndexOfWord("ON") >= 0);
                    if (position.Kind == StatementKind.Restore && !databasesFirst)
                        Snapshots(list, catalog, StatementClues.Repository(tokens, position.Kind), position.Kind, made.Value);
                    if (databases)
                        Databases(list, catalog, made.Value, suffix: tokens.IsKind(tokens.Split, TokenKind.Dot) ? "" : ".",
                            snapshotsFollow: position.Kind != StatementKind.Backup, NamesCheckedDatabase(position.Kind, tokens));
                    // Before a dot the word is the database: a snapshot there would name it twice (`s1.s1`).
                    if (position.Kind == StatementKind.Restore && databasesFirst && !tokens.IsKind(tokens.Split, TokenKind.Dot))
                        Snapshots(list, catalog, StatementClues.Repository(tokens, position.Kind), position.Kind, made.Value);
                    break;
                case Expectations.TableName:
                    // After `t1 PARTITION p1,` current StarRocks reads a plain name as another partition of t1 (up to 3.5, a
                    // table): only that, under 4.0 or later or once the list holds a string, which only it reads (and the
                    // tree reads as partitions whatever the version: up to 3.5 such a list is SRB500, its names no tables).
                    var tablesDatabase = StatementClues.Database(tokens, catalog);
                    var partitionList = StatementClues.UnparenthesizedPartitionList(tokens);
                    var holdsString = partitionList.Keyword >= 0 && StatementClues.PartitionListHoldsString(tokens, partitionList.Keyword);
                    var partitionsOnly = false;
                    if (holdsString || !(options.Version <= ObjectRules.LastReadingNextAsTable))
                    {
                        AddPartitions(list, catalog, tablesDatabase, made.Value, partitionList);
                        partitionsOnly = partitionList.Keyword >= 0 && (holdsString || ObjectRules.ReadsNextAsPartitionOnly(options));
                    }
                    if (partitionsOnly)
                        break;
                    if (position.Kind == StatementKind.Restore && made.Value.Restored(tokens, catalog) is ({ TablesKnown: true } contents, var line))
                        SnapshotTables(list, contents, line);
                    else
                        Tables(list, catalog, tablesDatabase, made.Value, position.Kind, options.Version);
                    break;
                case Expectations.ObjectName when position.Kind == StatementKind.Restore
                        && StatementClues.ObjectKindBeforeSplit(tokens) == CompletionEntryKind.Function
                        && made.Value.Restored(tokens, catalog) is ({ FunctionsKnown: true } functionsIn, var functionsTakenOn):
                    SnapshotFunctions(list, functionsIn, functionsTakenOn);
                    break;
                case Expectations.ObjectName when position.Kind == StatementKind.Restore
                        && StatementClues.ObjectKindBeforeSplit(tokens) is (CompletionEntryKind.View or CompletionEntryKind.MaterializedView) and var viewKind
                        && made.Value.Restored(tokens, catalog) is ({ TablesKnown: true } viewsIn, var viewsTakenOn):
                    SnapshotViews(list, viewsIn, viewKind, viewsTakenOn);
                    break;
                case Expectations.ObjectName:
                    Objects(list, catalog, StatementClues.Database(tokens, catalog), StatementClues.ObjectKindBeforeSplit(tokens));
                    break;
                case Expectations.PartitionName:
                    // Where the snapshot's partitions of the table are not told (no catalog lists them), the table's own, as a
                    // BACKUP offers them: a BACKUP that takes the table whole takes each of them.
                    if (!(position.Kind == StatementKind.Restore && made.Value.Restored(tokens, catalog) is ({ } snapshotContents, var takenOn)
                          && SnapshotPartitions(list, snapshotContents, takenOn)))
                        AddPartitions(list, catalog, StatementClues.Database(tokens, catalog), made.Value);
                    break;
            }
        }
    }

    /// <summary>The kind of job a SHOW or CANCEL asks about, or null for any other statement.</summary>
    private static JobKind? JobKindOf(StatementKind kind) => kind switch
    {
        StatementKind.ShowBackup or StatementKind.CancelBackup => JobKind.Backup,
        StatementKind.ShowRestore or StatementKind.CancelRestore => JobKind.Restore,
        _ => null,
    };

    /// <summary>
    /// The repositories a statement can use: for BACKUP and DROP SNAPSHOT not the read-only ones (that would only lead to
    /// an error), for RESTORE and DROP SNAPSHOT those holding its snapshot first, for BACKUP those holding its name last;
    /// a repository a BACKUP earlier in the script takes the snapshot into holds it.
    /// </summary>
    private static void Repositories(CompletionList list, StarRocksCatalog catalog, StatementKind kind, Lazy<ScriptNames> made)
    {
        var repositories = KnownRepositories(catalog);
        var snapshot = kind == StatementKind.DropSnapshot ? StatementClues.DroppedSnapshot(list.Cursor.Tokens)
            : kind is StatementKind.Restore or StatementKind.Backup ? StatementClues.SnapshotName(list.Cursor.Tokens) : null;
        var taken = kind == StatementKind.Backup;
        string? Holding(RepositoryInfo repository) =>
            snapshot is null ? null
            : repository.HoldsSnapshot(snapshot) ? $"holds {MessageNames.Snapshot(snapshot)} already"
            : made.Value.Taken(repository.Name, snapshot) is { } backup ? $"holds {MessageNames.Snapshot(snapshot)} from the BACKUP on line {backup.Line}"
            : null;
        // Each repository's holding looked up once, for its rank and its detail.
        var ranked = repositories.Select(repository => (Repository: repository, Holding: Holding(repository)));
        if (snapshot is not null)
            ranked = ranked.OrderBy(r => r.Holding is not null != taken ? 0 : 1);
        foreach (var (repository, holding) in ranked)
            if (!(kind is StatementKind.Backup or StatementKind.DropSnapshot && repository.ReadOnly))
                list.AddName(repository.Name, CompletionEntryKind.Repository,
                    (repository.Location ?? "repository") + (repository.ReadOnly ? " (read-only)" : "")
                    + (taken && holding is not null ? $", {holding}" : ""),
                    () => HoverTopics.Repository(repository.Name, catalog));
    }

    /// <summary>
    /// The catalog's repositories (in <see cref="NameOrder"/>); without a catalog's list, those the script creates before
    /// the statement, which are still known.
    /// </summary>
    public static IEnumerable<RepositoryInfo> KnownRepositories(StarRocksCatalog catalog) =>
        catalog.Repositories is { } listed ? NameOrder.Values(listed)
            : catalog.CreatedRepositories.OrderBy(created => created.Key, NameOrder.Instance).Select(created => created.Value);

    /// <summary>The databases, in the order <see cref="CompletionDatabases"/> gives.</summary>
    /// <param name="suffix">"." in the snapshot name, where the database is followed by the snapshot's own name.</param>
    /// <param name="snapshotsFollow">Whether that name is offered after the dot: a snapshot taken, not a BACKUP's new one.</param>
    /// <param name="nameChecked">Whether StarRocks checks the database's name there (a BACKUP's, a CANCEL's): those it refuses
    /// (SRB113) come last, and say so.</param>
    /// <param name="forUse">See <see cref="CompletionDatabases.InOrder"/>.</param>
    /// <param name="except">A database not offered.</param>
    private static void Databases(CompletionList list, StarRocksCatalog catalog, ScriptNames made, string suffix, bool snapshotsFollow, bool nameChecked,
        bool forUse = false, string? except = null)
    {
        var listFollows = suffix == "." && snapshotsFollow;
        var refused = new List<(string Name, string Detail, Func<HoverText?> Documentation)>();
        void Offer(string name, string detail, Func<HoverText?> documentation)
        {
            if (nameChecked && NameRules.RefusesDatabaseName(name, list.Version))
                refused.Add((name, $"{detail}; StarRocks refuses its name in a BACKUP or CANCEL (SRB113)", documentation));
            else
                list.AddName(name, CompletionEntryKind.Database, detail, documentation, suffix, listFollows);
        }
        foreach (var (name, detail, documentation) in CompletionDatabases.InOrder(catalog, made, forUse))
            if (name != except)
                Offer(name, detail, documentation);
        foreach (var (name, detail, documentation) in refused)
            list.AddName(name, CompletionEntryKind.Database, detail, documentation, suffix, listFollows);
    }

    /// <summary>
    /// The database of the script's last job of the kind a SHOW or CANCEL asks about, where it is known, with its detail; not
    /// one the script dropped and has not made again, which StarRocks fails the SHOW or CANCEL on ("Unknown database":
    /// ShowExecutor.handleShowBackup, BackupHandler.getAbstractJobByDbName).
    /// </summary>
    public static (string Name, string Detail)? LastJobDatabase(StatementKind kind, StarRocksCatalog catalog, ScriptNames made) =>
        JobKindOf(kind) is { } jobKind && made.LastJobDatabase(jobKind) is var (database, line)
            && (catalog.Databases is null || catalog.FindDatabase(database) is not null || made.Database(database) is not null)
            && !CompletionDatabases.Gone(catalog, database)
            ? (database, $"database of the {ScriptRules.Verb(jobKind)} on line {line}")
            : null;

    /// <summary>
    /// Whether StarRocks checks the name of the database completed here before looking it up: a BACKUP's (but for external
    /// catalogs) and a CANCEL's (NameRules.RefusedDatabase).
    /// </summary>
    private static bool NamesCheckedDatabase(StatementKind kind, StatementTokens tokens) =>
        kind is StatementKind.CancelBackup or StatementKind.CancelRestore
        || (kind == StatementKind.Backup && !StatementClues.IsExternalCatalogForm(tokens));

    /// <summary>
    /// The snapshots a RESTORE or DROP SNAPSHOT can name: those of the statement's repository, or of every repository when
    /// it is not named yet (a DROP SNAPSHOT's, but for read-only ones, which keep their snapshots), and those a BACKUP earlier
    /// in the script takes there. The likeliest first: for a RESTORE the one backed up last (the script's, the latest
    /// first, then the catalog's), for a DROP SNAPSHOT (a clean-up) the one whose last backup is the oldest (the script's
    /// last); the catalog's without a timestamp after its others.
    /// </summary>
    private static void Snapshots(CompletionList list, StarRocksCatalog catalog, string? repositoryName, StatementKind kind, ScriptNames made)
    {
        var taken = made.Snapshots.Where(s => (repositoryName is null || s.Scope == repositoryName) && catalog.FindRepository(s.Scope!)?.HoldsSnapshot(s.Name) != true);
        if (kind == StatementKind.Restore)
            Taken(list, catalog, taken.Reverse(), kind);
        var snapshots = StatementRepositories(catalog, repositoryName).Where(r => !(kind == StatementKind.DropSnapshot && r.ReadOnly))
            .SelectMany(repository => (repository.Snapshots ?? []).GroupBy(s => s.Name).Select(versions => (Repository: repository, Versions: versions,
                Timestamps: versions.Select(v => v.Timestamp).OfType<string>().Order(StringComparer.Ordinal).ToList())));
        var untimedLast = snapshots.OrderBy(s => s.Timestamps.Count == 0);
        var ordered = kind == StatementKind.DropSnapshot
            ? untimedLast.ThenBy(s => s.Timestamps.LastOrDefault(), StringComparer.Ordinal)
            : untimedLast.ThenByDescending(s => s.Timestamps.LastOrDefault(), StringComparer.Ordinal);
        foreach (var (repository, versions, timestamps) in ordered)
        {
            var when = timestamps.Count switch
            {
                0 => "",
                1 => $", {timestamps[0]}",
                _ => $", {timestamps.Count} backups, latest {timestamps[^1]}",
            };
            list.AddName(versions.Key, CompletionEntryKind.Snapshot, $"snapshot in {MessageNames.Repository(repository.Name)}{when}",
                () => HoverTopics.Snapshot(versions.Key, kind, repository.Name, catalog));
        }
        if (kind == StatementKind.DropSnapshot)
            Taken(list, catalog, taken.Where(s => catalog.FindRepository(s.Scope!)?.ReadOnly != true), kind);
    }

    /// <summary>Snapshots BACKUPs earlier in the script take, in the order given.</summary>
    private static void Taken(CompletionList list, StarRocksCatalog catalog, IEnumerable<MadeName> snapshots, StatementKind kind)
    {
        foreach (var snapshot in snapshots)
            list.AddName(snapshot.Name, CompletionEntryKind.Snapshot, $"snapshot in {MessageNames.Repository(snapshot.Scope!)}, backed up on line {snapshot.Line}",
                () => HoverTopics.Snapshot(snapshot.Name, kind, snapshot.Scope, catalog, snapshot));
    }

    /// <summary>The named repository, or every repository (in <see cref="NameOrder"/>) when the statement names none yet.</summary>
    public static IEnumerable<RepositoryInfo> StatementRepositories(StarRocksCatalog? catalog, string? repositoryName) =>
        repositoryName is null
            ? catalog?.Repositories is { } all ? NameOrder.Values(all) : []
            : catalog?.FindRepository(repositoryName) is { } named ? [named] : [];

    /// <summary>
    /// The tables the script creates in the database (not the catalog file's), the latest first, then the catalog's (in
    /// <see cref="NameOrder"/>); for a BACKUP its views and materialized views; last the tables with temporary partitions,
    /// which StarRocks neither backs up nor restores into (SRB302).
    /// </summary>
    private static void Tables(CompletionList list, StarRocksCatalog catalog, string? database, ScriptNames made, StatementKind kind, StarRocksVersion? version)
    {
        if (database is null)
            return;
        var listed = StatementClues.ListedRelations(list.Cursor.Tokens);
        var tables = catalog.FindDatabase(database)?.Tables;
        IReadOnlyList<TableInfo> ordered = tables is null ? [] : NameOrder.Values(tables);
        MadeName[] created = [.. made.Tables];
        list.Expect(created.Length + (tables?.Count ?? 0));
        // The latest first.
        for (var i = created.Length - 1; i >= 0; i--)
        {
            var table = created[i];
            if (table.Scope == database && !listed.Contains(table.Name) && tables?.GetValueOrDefault(table.Name) is not { Declared: not null })
                list.AddName(table.Name, CompletionEntryKind.Table, table.Detail("table", database),
                    () => HoverTopics.Table(table.Name, database, catalog).MadeOn(table));
        }
        // One detail for the tables without a comment: a catalog may list thousands.
        var detail = $"table in {MessageNames.Object(database)}";
        foreach (var table in ordered)
            if (!listed.Contains(table.Name) && !table.HasTemporaryPartitions)
                list.AddName(table.Name, CompletionEntryKind.Table, table.Comment is { Length: > 0 } comment ? comment : detail,
                    () => HoverTopics.Table(table.Name, database, catalog, commentShownBeside: table.Comment is { Length: > 0 }));
        if (kind == StatementKind.Backup)
            BareViews(list, catalog, database, version, listed);
        var refused = kind == StatementKind.Restore
            ? "has temporary partitions: a RESTORE into it fails"
            : "has temporary partitions: StarRocks does not back it up";
        foreach (var table in ordered)
            if (!listed.Contains(table.Name) && table.HasTemporaryPartitions)
                list.AddName(table.Name, CompletionEntryKind.Table, refused, () => HoverTopics.Table(table.Name, database, catalog));
    }

    /// <summary>
    /// The views and materialized views of the database, after its tables: a BACKUP looks a bare name up among the three
    /// alike, and backs up views from 3.4 on and materialized views from 3.2 on (older releases fail it).
    /// </summary>
    private static void BareViews(CompletionList list, StarRocksCatalog catalog, string database, StarRocksVersion? version, HashSet<string> listed)
    {
        if (catalog.FindDatabase(database) is not { } info)
            return;
        Add(info.Views, CompletionEntryKind.View, materialized: false);
        Add(info.MaterializedViews, CompletionEntryKind.MaterializedView, materialized: true);

        void Add(IReadOnlyList<string>? names, CompletionEntryKind kind, bool materialized)
        {
            if (names is null || !CatalogRules.IsBackedUp(version, materialized))
                return;
            var detail = $"{(materialized ? "materialized view" : "view")} in {MessageNames.Object(database)}";
            foreach (var name in names)
                if (!listed.Contains(name))
                    list.AddName(name, kind, detail, () => HoverTopics.NamedObject(kind, name, database, catalog));
        }
    }

    private static void Objects(CompletionList list, StarRocksCatalog catalog, string? database, CompletionEntryKind kind)
    {
        var info = database is null ? null : catalog.FindDatabase(database);
        var (names, noun) = kind switch
        {
            CompletionEntryKind.Function => (info?.Functions, "function"),
            CompletionEntryKind.MaterializedView => (info?.MaterializedViews, "materialized view"),
            _ => (info?.Views, "view"),
        };
        var detail = database is null ? noun : $"{noun} in {MessageNames.Object(database)}";
        var listed = kind == CompletionEntryKind.Function
            ? StatementClues.ListedObjects(list.Cursor.Tokens, kind).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : StatementClues.ListedRelations(list.Cursor.Tokens);
        foreach (var name in names ?? [])
            if (!listed.Contains(name))
                list.AddName(name, kind, detail, () => HoverTopics.NamedObject(kind, name, database, catalog));
    }

    /// <summary>The tables of a snapshot the script takes (those its BACKUP names first), but for those the ON list names already.</summary>
    private static void SnapshotTables(CompletionList list, SnapshotContents.Taken contents, int line)
    {
        var listed = StatementClues.ListedRelations(list.Cursor.Tokens);
        var detail = $"in the snapshot, backed up on line {line}";
        foreach (var table in contents.Tables())
            if (!listed.Contains(table))
                list.AddName(table, CompletionEntryKind.Table, detail, () => HoverTopics.TableInSnapshot(new HoverText().Title("Table", table, MessageNames.Object), contents, table, line));
    }

    /// <summary>The functions of a snapshot the script takes, but for those the ON list names already.</summary>
    private static void SnapshotFunctions(CompletionList list, SnapshotContents.Taken contents, int line)
    {
        var listed = StatementClues.ListedObjects(list.Cursor.Tokens, CompletionEntryKind.Function).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var detail = $"function in the snapshot, backed up on line {line}";
        foreach (var function in contents.Functions())
            if (!listed.Contains(function))
                list.AddName(function, CompletionEntryKind.Function, detail,
                    () => new HoverText().Title("Function", function, MessageNames.Object).Paragraph($"Backed up into this snapshot by the BACKUP on line {line}."));
    }

    /// <summary>The views or materialized views (<paramref name="kind"/>) of a snapshot the script takes, but for those the ON list names already.</summary>
    private static void SnapshotViews(CompletionList list, SnapshotContents.Taken contents, CompletionEntryKind kind, int line)
    {
        var (objectKind, noun) = kind == CompletionEntryKind.MaterializedView ? (ObjectKind.MaterializedView, "materialized view") : (ObjectKind.View, "view");
        var listed = StatementClues.ListedRelations(list.Cursor.Tokens);
        var detail = $"{noun} in the snapshot, backed up on line {line}";
        foreach (var view in contents.Tables(objectKind))
            if (!listed.Contains(view))
                list.AddName(view, kind, detail, () => HoverTopics.TableInSnapshot(HoverTopics.NamedObject(kind, view, null, null), contents, view, line));
    }

    /// <summary>The partitions a snapshot the script takes holds of the table the PARTITION list is of, where told.</summary>
    /// <returns>False where the snapshot holds the table but which of its partitions is not told.</returns>
    private static bool SnapshotPartitions(CompletionList list, SnapshotContents.Taken contents, int line)
    {
        var (keyword, tableName) = StatementClues.PartitionClause(list.Cursor.Tokens);
        if (keyword < 0 || tableName is null || StatementClues.IsTemporary(list.Cursor.Tokens, keyword))
            return true;
        if (contents.Table(tableName) is not (true, var told, var inTheirCase))
            return true;
        if (told is not { } partitions)
            return false;
        var listed = StatementClues.ListedPartitions(list.Cursor.Tokens, keyword).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var detail = $"partition of {MessageNames.Object(tableName)} in the snapshot, backed up on line {line}";
        foreach (var partition in partitions)
            if (!listed.Contains(partition))
                list.AddName(partition, CompletionEntryKind.Partition, detail,
                    () => HoverTopics.PartitionInSnapshot(HoverTopics.Partition(partition, tableName, null), partitions, inTheirCase, partition, tableName, line));
        return true;
    }

    public static void AddPartitions(CompletionList list, StarRocksCatalog catalog, string? database, ScriptNames made) =>
        AddPartitions(list, catalog, database, made, StatementClues.PartitionClause(list.Cursor.Tokens));

    /// <summary>
    /// The table's partitions not listed yet: the catalog's, or those the CREATE TABLE that makes it declares where the catalog
    /// does not hold it (a new database, or no catalog).
    /// </summary>
    private static void AddPartitions(CompletionList list, StarRocksCatalog catalog, string? database, ScriptNames made, (int Keyword, string? Table) clause)
    {
        var (keyword, tableName) = clause;
        if (keyword < 0)
            return;
        // Temporary partitions cannot be backed up or restored: the statement is in error whichever is named.
        if (StatementClues.IsTemporary(list.Cursor.Tokens, keyword) || tableName is null || database is null)
            return;
        var table = catalog.FindDatabase(database)?.Tables?.GetValueOrDefault(tableName);
        if ((table is null ? made.DeclaredPartitions(database, tableName) : table.Partitions) is not { } partitions)
            return;
        var listed = StatementClues.ListedPartitions(list.Cursor.Tokens, keyword).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var detail = $"partition of {MessageNames.Object(tableName)}";
        foreach (var partition in partitions)
            if (!listed.Contains(partition))
                list.AddName(partition, CompletionEntryKind.Partition, detail, () => HoverTopics.Partition(partition, tableName, table));
    }
}
