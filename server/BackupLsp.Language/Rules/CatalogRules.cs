using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// Names checked against the configured catalog. Without a catalog, or where a list is absent, nothing is reported but the
/// kinds of what the script makes (see CatalogRules.TableKinds).
/// </summary>
internal static partial class CatalogRules
{
    public static readonly RuleDescriptor UnknownRepository = new("SRB600", "unknown-repository", DiagnosticSeverity.Error,
        "A repository the catalog does not list.");
    public static readonly RuleDescriptor UnknownDatabase = new("SRB601", "unknown-database", DiagnosticSeverity.Error,
        "A database the catalog does not list (also in USE, which StarRocks refuses, switching nothing).");
    public static readonly RuleDescriptor UnknownObject = new("SRB602", "unknown-table", DiagnosticSeverity.Error,
        "A table, view, materialized view or function missing from its database in the catalog.");
    public static readonly RuleDescriptor UnknownPartition = new("SRB603", "unknown-partition", DiagnosticSeverity.Error,
        "A partition the catalog does not list for its table.");
    public static readonly RuleDescriptor ReadOnlyRepository = new("SRB604", "read-only-repository", DiagnosticSeverity.Error,
        "BACKUP to a read-only repository, or DROP SNAPSHOT from one.");
    public static readonly RuleDescriptor SnapshotExists = new("SRB605", "snapshot-exists", DiagnosticSeverity.Error,
        "BACKUP to a snapshot name the repository already holds.");
    public static readonly RuleDescriptor UnknownSnapshot = new("SRB606", "unknown-snapshot", DiagnosticSeverity.Error,
        "RESTORE or DROP SNAPSHOT of a snapshot the repository does not hold.");
    public static readonly RuleDescriptor UnknownTimestamp = new("SRB607", "unknown-timestamp", DiagnosticSeverity.Error,
        "RESTORE with a backup_timestamp the snapshot does not have.");
    public static readonly RuleDescriptor SnapshotInOtherRepository = new("SRB610", "snapshot-in-other-repository", DiagnosticSeverity.Warning,
        "RESTORE, DROP SNAPSHOT or SHOW SNAPSHOT of a snapshot that another repository at the same location holds: a repository sees only the snapshots kept under its own name.");
    public static readonly RuleDescriptor ExternalTable = new("SRB611", "external-table", DiagnosticSeverity.Error,
        "BACKUP of an external table the script creates (an ENGINE other than OLAP), which StarRocks backs up in no release.");

    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        UnknownRepository, UnknownDatabase, UnknownObject, UnknownPartition, ReadOnlyRepository, SnapshotExists,
        UnknownSnapshot, UnknownTimestamp, SnapshotInOtherRepository, ExternalTable,
    ];

    public static void Check(RuleContext context)
    {
        if (context.Catalog is not { } catalog)
            return;
        switch (context.Syntax)
        {
            case SnapshotJobStatement job:
                var repository = CheckRepository(context, catalog, job.Repository, writes: job.Kind == JobKind.Backup);
                if (job.Kind == JobKind.Backup)
                    CheckBackup(context, catalog, job);
                else
                {
                    CheckRestoreDatabase(context, catalog, job);
                    CheckRestoredTables(context, catalog, job);
                    CheckRestore(context, catalog, job, repository);
                }
                break;
            // A name StarRocks refuses (SRB400) fails before the repository is looked up.
            case DropRepositoryStatement drop when !RepositoryRules.RefusesName(drop.Name):
                CheckRepository(context, catalog, drop.Name, writes: false);
                break;
            case DropSnapshotStatement drop when !RepositoryRules.RefusesName(drop.Repository):
                CheckDropSnapshot(context, catalog, drop, CheckRepository(context, catalog, drop.Repository, writes: true));
                break;
            case ShowSnapshotStatement show:
                CheckRepository(context, catalog, show.Repository, writes: false);
                break;
            case ShowJobsStatement { Database: { } database }:
                CheckDatabase(context, catalog, database);
                break;
            case CancelJobStatement { Database: { } database }:
                CheckDatabase(context, catalog, database);
                break;
        }
    }

    /// <param name="writes">Whether the statement writes to the repository (a BACKUP, a DROP SNAPSHOT): a read-only one is
    /// no name to suggest, as SRB604 would refuse it next.</param>
    private static RepositoryInfo? CheckRepository(RuleContext context, StarRocksCatalog catalog, Name name, bool writes)
    {
        if (catalog.Repositories is not { } known || name.Value.Length == 0)
            return null;
        if (known.TryGetValue(name.Value, out var found))
            return found;
        // Its words made only here: every BACKUP, RESTORE and DROP SNAPSHOT of a script names a repository, which is most often found.
        Report(context, UnknownRepository, name, catalog.DroppedRepositories.ContainsKey(name.Value)
                ? $"Repository {MessageNames.Repository(name.Value)} does not exist: {GoneBy("REPOSITORY", null)}"
                : $"Repository {MessageNames.Repository(name.Value)} does not exist",
            NameCandidates.Of(known), skipped: writes ? catalog.IsReadOnly : null, mention: MessageNames.Repository);
        return null;
    }

    /// <summary>SRB606's words for a snapshot the repository does not hold, and why, where a DROP SNAPSHOT of the script is why.</summary>
    private static string NoSuchSnapshot(StarRocksCatalog catalog, string repository, string snapshot) =>
        catalog.DroppedSnapshots.Contains((repository, snapshot))
            ? $"Snapshot `{snapshot}` does not exist in repository {MessageNames.Repository(repository)}: {GoneBy("SNAPSHOT", null)}"
            : $"Snapshot `{snapshot}` does not exist in repository {MessageNames.Repository(repository)}";

    /// <summary>
    /// A few repositories a BACKUP can write <paramref name="snapshot"/> to, as the script writes their names: one is likely the
    /// one meant. Not one that holds a snapshot of that name already, where the BACKUP would fail again.
    /// </summary>
    private static IEnumerable<string> WritableRepositories(StarRocksCatalog catalog, string snapshot, StarRocksVersion? version) =>
        (catalog.Repositories?.Values ?? []).Where(r => !r.ReadOnly && !r.HoldsSnapshot(snapshot)).Take(3).Select(r => NameText.ToSql(r.Name, version));

    /// <summary>The table a BACKUP's ON item names in the catalog, in the database the BACKUP check looks it up in; nothing is reported.</summary>
    internal static TableInfo? TableOf(StarRocksCatalog? catalog, SnapshotJobStatement backup, ObjectDesc item) =>
        item is { Kind: ObjectKind.Table, Name: { } name } && DatabaseOf(catalog, backup) is { } database
            ? database.Tables?.GetValueOrDefault(name.Last.Value)
            : null;

    /// <summary>The database a BACKUP takes its objects from, where the catalog lists it; nothing is reported.</summary>
    internal static DatabaseInfo? DatabaseOf(StarRocksCatalog? catalog, SnapshotJobStatement backup) =>
        catalog is null ? null : ObjectsDatabase(null, catalog, backup);

    /// <summary>
    /// The database in which a BACKUP's ON items are looked up: the one it names (<c>db.snap</c> or <c>DATABASE db</c>), else
    /// the session's (<see cref="StarRocksCatalog.BackupDatabase"/>); null when the catalog does not list it, or for a BACKUP of external catalogs. A named database
    /// the catalog lacks is reported when <paramref name="context"/> is given.
    /// </summary>
    private static DatabaseInfo? ObjectsDatabase(RuleContext? context, StarRocksCatalog catalog, SnapshotJobStatement backup)
    {
        var database = backup.NamedDatabase is { } named
            ? CheckDatabase(context, catalog, named)
            : catalog.BackupDatabase is { } fallback ? catalog.FindDatabase(fallback) : null;
        return backup.External is null ? database : null;
    }

    /// <summary>
    /// A name StarRocks refuses before it looks the database up is reported as that alone (SRB113): nothing in the database
    /// is checked, as the statement fails there.
    /// </summary>
    private static DatabaseInfo? CheckDatabase(RuleContext? context, StarRocksCatalog catalog, Name name)
    {
        if (catalog.Databases is not { } databases || name.Value.Length == 0
            || (context is not null && NameRules.RefusedDatabase(context.Syntax, context.Options.Version) == name))
            return null;
        if (databases.TryGetValue(name.Value, out var found))
            return found;
        context?.Report(UnknownDatabaseNamed(name, catalog, context.Options.Version));
        return null;
    }

    /// <summary>
    /// SRB601 for a database the session's catalog lacks: one a DROP DATABASE or an ALTER DATABASE ... RENAME of the script
    /// took away is told so (with the new name as the fix), any other with a did-you-mean.
    /// </summary>
    internal static Diagnostic UnknownDatabaseNamed(Name name, StarRocksCatalog catalog, StarRocksVersion? version)
    {
        if (HowGone(catalog, name.Value) is not { } how)
            return Unknown(UnknownDatabase, name, $"Unknown database '{name.Value}'", NameCandidates.Of(catalog.Databases!), version);
        var message = $"Unknown database '{name.Value}': {how}.";
        return catalog.GoneDatabases[name.Value] is { } renamed && NameText.ToSql(renamed, version) is var replacement
            ? Diagnostic.Create(UnknownDatabase, name.Span, message, CodeFix.Replace($"Change to {replacement}", name.Span, replacement))
            : Diagnostic.Create(UnknownDatabase, name.Span, message);
    }

    /// <summary>What of the script took the database away, where a DROP DATABASE or an ALTER DATABASE ... RENAME did; null otherwise.</summary>
    internal static string? HowGone(StarRocksCatalog catalog, string database) =>
        catalog.GoneDatabases.TryGetValue(database, out var renamed) ? GoneBy("DATABASE", renamed, catalog.UnrecoverableDatabases.Contains(database)) : null;

    /// <summary>
    /// The statement of the script that took a database or table (<paramref name="kind"/>) away: an ALTER that renamed it to
    /// <paramref name="renamedTo"/>, else a DROP, <paramref name="forced"/> with FORCE (which a RECOVER after it cannot undo).
    /// </summary>
    private static string GoneBy(string kind, string? renamedTo, bool forced = false) =>
        renamedTo is not null ? $"an ALTER {kind} earlier in this script renamed it to '{renamedTo}'"
        : forced ? $"a DROP {kind} ... FORCE earlier in this script dropped it, past the recycle bin, where no RECOVER finds it"
        : $"a DROP {kind} earlier in this script dropped it";

    private static void CheckBackup(RuleContext context, StarRocksCatalog catalog, SnapshotJobStatement backup)
    {
        if (catalog.IsReadOnly(backup.Repository.Value))
            context.Report(ReadOnlyRepository, backup.Repository.Span,
                $"Repository {MessageNames.Repository(backup.Repository.Value)} is read-only: BACKUP cannot write to it. Choose a writable repository.",
                [.. WritableRepositories(catalog, backup.Snapshot.Last.Value, context.Options.Version).Select(name => CodeFix.Replace($"Change to {name}", backup.Repository.Span, name))]);
        // A snapshot the repository holds is reported with those the script takes twice (ScriptRules.Snapshots): its
        // fix needs every name the script takes.

        var database = ObjectsDatabase(context, catalog, backup);
        if (database?.Tables is null)
            CheckKindsOfTablesMade(context, catalog, backup, database);
        if (database is null)
            return;
        if (backup.On is not { Objects: var objects })
        {
            var span = backup.Database?.Name.Span ?? backup.Snapshot.Span;
            TextEdit Listing(string others) => new(new TextSpan(backup.Repository.Span.End, 0), $" ON ({others})");
            CheckEveryTable(context, database, span, $"A BACKUP of the whole database '{database.Name}'", null, Listing,
                alsoTaken: OtherObjectsOfDatabase(database, context.Options.Version));
            CheckViewsOfDatabase(context, database, span, Listing);
            CheckTableKindsOfDatabase(context, database, span);
            return;
        }
        var partitionOwners = ObjectRules.PartitionOwners(context, objects);
        HashSet<string>? withTemporaries = null;
        var objectNames = new ListedNames(objects.Where(o => o.Name is not null).Select(o => o.Name!.Last.Value));
        for (var i = 0; i < objects.Length; i++)
            CheckObject(context, database, objects, i, partitionOwners?[i] is >= 0 and var owner ? objects[owner] : null, objectNames, ref withTemporaries);
        if (objects.FirstOrDefault(o => o is { All: true, Kind: ObjectKind.Table }) is { } allTables)
        {
            var named = objects.Where(o => o is { Kind: ObjectKind.Table, Name: not null }).Select(o => o.Name!.Last.Value).ToHashSet(StringComparer.Ordinal);
            var span = allTables.KeywordSpan ?? allTables.Span;
            CheckEveryTable(context, database, span, $"ALL TABLES of database '{database.Name}'", withTemporaries,
                others => new TextEdit(span, others), named);
        }
    }

    /// <param name="partitionOf">The table whose unparenthesized PARTITION list current StarRocks may read the object as part of (under 4.0 or later, reads so).</param>
    /// <param name="objectNames">The names of <paramref name="objects"/>.</param>
    /// <param name="withTemporaries">The tables with temporary partitions already reported in this BACKUP (made at the first): a table listed twice is told once.</param>
    private static void CheckObject(RuleContext context, DatabaseInfo database, ImmutableArray<ObjectDesc> objects, int index, ObjectDesc? partitionOf,
        ListedNames objectNames, ref HashSet<string>? withTemporaries)
    {
        var item = objects[index];
        // A function name StarRocks refuses is not looked up (SRB114).
        if (item.Name is not { } qualified || qualified.Last.Value.Length == 0 || NameRules.FunctionNameRefusal(item) is not null)
            return;
        var name = qualified.Last;
        if (partitionOf is not null && ObjectRules.ReadsNextAsPartitionOnly(context.Options))
        {
            // Only a partition to the configured release, looked up as the list's own are (TEMPORARY ones are reported by ObjectRules).
            if (partitionOf.Partitions!.TemporarySpan is null && database.Tables?.GetValueOrDefault(partitionOf.Name!.Last.Value) is { Partitions: not null } owner)
                CheckPartition(context, owner, name, listed: ListedIn(partitionOf.Partitions));
            return;
        }
        if (CheckSynchronousView(context, database, item, objectNames))
            return;
        var exists = Lists(database, item.Kind, name.Value);
        if (exists is null)
            return;
        // StarRocks looks every name in ON (...) up among the database's tables, views and materialized views alike
        // (BackupRestoreAnalyzer.analyzeTableRef): TABLE, VIEW or MATERIALIZED VIEW before it restricts nothing.
        var kind = exists == true ? item.Kind : item.Kind == ObjectKind.Function ? null : TableLikeKind(database, name.Value);
        if (kind is ObjectKind.View or ObjectKind.MaterializedView && kind != item.Kind)
        {
            if (item.Partitions is not null && kind == ObjectKind.View && IsBackedUp(context.Options.Version, materialized: false))
                ReportViewPartitions(context, name, item.Partitions);
            else if (item.Kind == ObjectKind.Table)
                CheckViewNamed(context, objects, index, partitionOf, materialized: kind == ObjectKind.MaterializedView);
            return;
        }
        if (kind is null && partitionOf is not null)
        {
            // Read as a partition (ObjectRules warns of the two readings), it is wrong only if it is not one either.
            var tables = database.Tables!;
            if (tables.GetValueOrDefault(partitionOf.Name!.Last.Value) is not { } owner || owner.HasPartition(name.Value)
                || !ListsEveryTableLikeKind(database))
                return;
            Report(context, UnknownObject, name,
                $"'{name.Value}' is neither a table of database '{database.Name}' nor a partition of table '{owner.Name}'",
                new NameCandidates([.. owner.Partitions!.Value, .. tables.Keys]));
            return;
        }
        if (kind is null)
        {
            var (known, noun) = item.Kind switch
            {
                ObjectKind.Table => (NameCandidates.Of(database.Tables!), "Table"),
                ObjectKind.View => (new NameCandidates(database.Views!.Value), "View"),
                ObjectKind.MaterializedView => (new NameCandidates(database.MaterializedViews!.Value), "Materialized view"),
                _ => (new NameCandidates(database.Functions!.Value), "Function"),
            };
            if (item.Kind == ObjectKind.Table && database.GoneTables.TryGetValue(name.Value, out var newName))
            {
                if (newName is null)
                {
                    context.Report(UnknownObject, name.Span, $"Table '{name.Value}' does not exist in database '{database.Name}': {GoneBy("TABLE", null, database.Unrecoverable.Contains(name.Value))}.");
                    return;
                }
                var replacement = NameText.ToSql(newName, context.Options.Version);
                // No fix where the list names the new name already: it would list that table twice.
                var listed = objects.Any(o => o.Name?.Last.Value == newName);
                context.Report(UnknownObject, name.Span,
                    $"Table '{name.Value}' does not exist in database '{database.Name}': {GoneBy("TABLE", newName)}.",
                    listed ? [] : [CodeFix.Replace($"Change to {replacement}", name.Span, replacement)]);
                return;
            }
            if (item.Kind != ObjectKind.Function && !ListsEveryTableLikeKind(database))
                return;
            // Not a name the list has already: the fix would list it twice (SRB300).
            Report(context, UnknownObject, name, $"{noun} '{name.Value}' does not exist in database '{database.Name}'", known,
                ignoreCase: item.Kind == ObjectKind.Function, skipped: other => objectNames.ListsBesides(name.Value, other));
            return;
        }
        if (kind != ObjectKind.Table || CheckTableKind(context, database.Tables![name.Value], objects, index, partitionOf))
            return;
        CheckTemporaryPartitions(context, database, objects, index, partitionOf, ref withTemporaries);
        // TEMPORARY partitions are reported by ObjectRules whatever their names; so is a condition (`dt = "x"`), which names none.
        if (item is { Partitions.TemporarySpan: null } && database.Tables![name.Value] is { Partitions: not null } table)
        {
            var partitions = item.Partitions?.Partitions ?? [];
            var listedPartitions = new ListedNames(partitions.Select(p => p.Name.Value));
            foreach (var partition in partitions)
                if (partition.Value is null)
                    CheckPartition(context, table, partition.Name, listed: other => listedPartitions.ListsBesides(partition.Name.Value, other));
        }
    }

    /// <summary>
    /// Whether the catalog lists the database's tables, views and materialized views, among all of which StarRocks looks a
    /// name in ON (...) up: a name none of the lists has is unknown only then, a list left out being unknown (a catalog made
    /// without <c>--materialized-views</c> lists no views).
    /// </summary>
    private static bool ListsEveryTableLikeKind(DatabaseInfo database) =>
        database is { Tables: not null, Views: not null, MaterializedViews: not null };

    /// <summary>Which of the database's tables, views and materialized views <paramref name="name"/> is, where the catalog lists it.</summary>
    internal static ObjectKind? TableLikeKind(DatabaseInfo database, string name) =>
        database.Tables?.ContainsKey(name) == true ? ObjectKind.Table
        : database.Views?.Contains(name) == true ? ObjectKind.View
        : database.MaterializedViews?.Contains(name) == true ? ObjectKind.MaterializedView
        : null;

    /// <summary>
    /// A PARTITION list after a view: analyzeTableRef takes one only for a table or a materialized view and fails the
    /// statement with ERR_WRONG_TABLE_NAME. The fix backs up the whole view.
    /// </summary>
    private static void ReportViewPartitions(RuleContext context, Name view, PartitionClause partitions) =>
        context.Report(ObjectRules.PartitionWithoutTable, partitions.Span,
            $"'{view.Value}' is a view, which has no partitions: StarRocks refuses a PARTITION list after it (\"Incorrect table name '{view.Value}'\").",
            CodeFix.Replace("Back up the whole view", context.WithLeadingSpace(partitions.Span), ""));

    /// <summary>
    /// Whether the database lists an object of that kind and name, by that collection's own lookup (a large catalog's tables
    /// are looked up, not scanned); null when the catalog does not list that kind.
    /// </summary>
    internal static bool? Lists(DatabaseInfo database, ObjectKind kind, string name) => kind switch
    {
        ObjectKind.Table => database.Tables?.ContainsKey(name),
        ObjectKind.View => database.Views?.Contains(name),
        ObjectKind.MaterializedView => database.MaterializedViews?.Contains(name),
        ObjectKind.Function => database.HasFunction(name),
        _ => null,
    };

    // Apart from CheckObject: a lambda capturing its parameter is allocated on entry, for every object checked.
    private static Func<string, bool> ListedIn(PartitionClause clause) =>
        other => clause.Partitions.Any(p => string.Equals(p.Name.Value, other, StringComparison.OrdinalIgnoreCase));

    /// <param name="listed">Whether the list names a partition already besides this one: no did-you-mean to it (SRB301).</param>
    private static void CheckPartition(RuleContext context, TableInfo table, Name partition, Func<string, bool> listed)
    {
        if (partition.Value.Length == 0 || table.HasPartition(partition.Value))
            return;
        if (table.HasTemporaryPartition(partition.Value))
        {
            context.Report(UnknownPartition, partition.Span,
                $"'{partition.Value}' is a temporary partition of table '{table.Name}': temporary partitions cannot be backed up.");
            return;
        }
        // Where the script made the table or changed its partitions, they are its doing, not the catalog file's.
        Report(context, UnknownPartition, partition,
            $"Unknown partition '{partition.Value}' of table '{table.Name}'{(table.PartitionsAsScriptMakesThem ? " as the script makes it" : "")}",
            new NameCandidates(table.Partitions!.Value), ignoreCase: true, skipped: listed);
    }

    private static void CheckRestore(RuleContext context, StarRocksCatalog catalog, SnapshotJobStatement restore, RepositoryInfo? repository)
    {
        var snapshot = restore.Snapshot.Last;
        if (repository?.Snapshots is not { } snapshots || snapshot.Value.Length == 0)
            return;
        var versions = snapshots.Where(s => s.Name == snapshot.Value).ToList();
        if (versions.Count == 0)
        {
            // The catalog lists the snapshots taken before it was written: a BACKUP earlier in the script may take this one.
            context.Report(Unknown(UnknownSnapshot, snapshot, NoSuchSnapshot(catalog, repository.Name, snapshot.Value),
                new NameCandidates(snapshots.Select(s => s.Name).Distinct()), context.Options.Version, mention: MessageNames.Snapshot) with { UnlessTakenEarlier = repository.KeyOf(snapshot.Value) });
            return;
        }
        var timestamp = restore.Properties?.Properties.LastOrDefault(p => PropertyKeys.KeyAsRead(p.Key.Value, context.Options.Version) == PropertyKeys.BackupTimestamp)?.Value;
        // The latest first, as completion and hover list them.
        var known = repository.TimestampsOf(snapshot.Value);
        // One blank or not of a timestamp's form is told with or without a catalog, unless the catalog lists it
        // (PropertyRules.ReportTimestampOfNoSnapshot).
        if (timestamp is null || !SnapshotTimestamps.HasTimestampForm(timestamp.Value) || known.Count == 0 || known.Contains(timestamp.Value))
            return;
        var list = string.Join(", ", known);
        // The first fix is the preferred one: the nearest to what was typed (a mistyped digit), and of as near, the latest,
        // which completion offers first (a stable sort keeps their order).
        var nearestFirst = known.OrderBy(k => EditDistance.Between(timestamp.Value, k, ignoreCase: false));
        context.Report(UnknownTimestamp, timestamp.Span,
            $"Snapshot `{snapshot.Value}` in repository {MessageNames.Repository(repository.Name)} has no timestamp \"{timestamp.Value}\"; it has {list}.",
            nearestFirst.Select(k => CodeFix.Replace($"Change to {timestamp.Requoted(k)}", timestamp.Span, timestamp.Requoted(k))).ToArray());
    }

    /// <summary>
    /// Before 3.4 StarRocks looks the database a RESTORE names up before anything else, and fails the statement where it is
    /// missing (BackupHandler.process: "Unknown database"); 3.4 creates it. Only <c>db.snap</c> names it there: the DATABASE
    /// clause came with 3.4 itself.
    /// </summary>
    private static void CheckRestoreDatabase(RuleContext context, StarRocksCatalog catalog, SnapshotJobStatement restore)
    {
        var version = context.Options.Version;
        if (!(version < StarRocksVersion.V3_4) || restore is not { External: null, Database: null, NamedDatabase: { } name }
            || catalog.Databases is not { } databases || name.Value.Length == 0 || databases.ContainsKey(name.Value))
            return;
        var unknown = UnknownDatabaseNamed(name, catalog, version);
        // Where another name is likely meant (a fix changes it), creating this one is no advice.
        var create = unknown.Fixes.IsEmpty ? $": create it first with CREATE DATABASE {NameText.ToSql(name.Value, version)}" : "";
        context.Report(unknown with
        {
            Message = $"{unknown.Message} StarRocks {version} restores only into a database that exists (3.4 and later create it){create}.",
        });
    }

    /// <summary>A read-only repository keeps its snapshots; one it does not hold cannot be dropped (unless the script takes it first).</summary>
    private static void CheckDropSnapshot(RuleContext context, StarRocksCatalog catalog, DropSnapshotStatement drop, RepositoryInfo? repository)
    {
        if (catalog.IsReadOnly(drop.Repository.Value))
            context.Report(ReadOnlyRepository, drop.Repository.Span,
                $"Repository {MessageNames.Repository(drop.Repository.Value)} is read-only: its snapshots cannot be dropped.");
        // An empty name StarRocks refuses before the lookup (Must specify a snapshot name): SRB111 says so.
        if (repository?.Snapshots is not { } snapshots || drop.Snapshot.Value.Length == 0 || repository.HoldsSnapshot(drop.Snapshot.Value))
            return;
        context.Report(Unknown(UnknownSnapshot, drop.Snapshot, NoSuchSnapshot(catalog, repository.Name, drop.Snapshot.Value),
            new NameCandidates(snapshots.Select(s => s.Name).Distinct()), context.Options.Version, mention: MessageNames.Snapshot) with { UnlessTakenEarlier = repository.KeyOf(drop.Snapshot.Value) });
    }

    private static void Report(RuleContext context, RuleDescriptor rule, Name name, string message, NameCandidates known, bool ignoreCase = false,
        Func<string, bool>? skipped = null, Func<string, string>? mention = null) =>
        context.Report(Unknown(rule, name, message, known, context.Options.Version, ignoreCase, skipped, mention));

    /// <summary>
    /// An unknown-name diagnostic with a did-you-mean from the names that do exist, but for <paramref name="skipped"/> ones:
    /// the message names the suggestion as it names such things (<paramref name="mention"/>, single quotes by default), the fix
    /// writes it as SQL.
    /// </summary>
    internal static Diagnostic Unknown(RuleDescriptor rule, Name name, string message, NameCandidates known, StarRocksVersion? version, bool ignoreCase = false,
        Func<string, bool>? skipped = null, Func<string, string>? mention = null)
    {
        var suggestion = EditDistance.Suggest(name.Value, known, ignoreCase: true, caseMatters: !ignoreCase, skipped);
        // A name refused for its shape (SRB113) may be one the catalog lists as written: no other to suggest.
        if (suggestion is null || suggestion == name.Value)
            return Diagnostic.Create(rule, name.Span, message + ".");
        var replacement = NameText.ToSql(suggestion, version);
        return Diagnostic.Create(rule, name.Span, $"{message}. Did you mean {(mention ?? MessageNames.Object)(suggestion)}?",
            CodeFix.Replace($"Change to {replacement}", name.Span, replacement));
    }
}
