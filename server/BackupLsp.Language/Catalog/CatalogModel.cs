using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Catalog;

// The names that exist in the user's cluster. A collection that is null was absent from the catalog file:
// unknown, so nothing is checked against it. A present collection is complete. Declared is where the catalog file
// writes the name (a key, or a snapshot's "name" value); null for a name a script created (see SessionContexts).

public sealed record SnapshotInfo(string Name, string? Timestamp, LinePositionSpan? Declared);

public sealed record RepositoryInfo(string Name, string? Location, bool ReadOnly, ImmutableArray<SnapshotInfo>? Snapshots, LinePositionSpan? Declared)
{
    /// <summary>Whether the catalog lists a snapshot of this name in the repository (false where it lists none). A loop: it runs per statement.</summary>
    public bool HoldsSnapshot(string name)
    {
        foreach (var snapshot in Snapshots ?? [])
            if (snapshot.Name == name)
                return true;
        return false;
    }

    /// <summary>The snapshot of that name where this repository keeps its snapshots: under its name, at its location.</summary>
    internal Analysis.SnapshotKey KeyOf(string snapshot) => new(Name, snapshot, RepositoryLocation.Normalized(Location));

    /// <summary>The timestamps the catalog lists for the snapshot's backups, each once, the latest first (they sort as text).</summary>
    public List<string> TimestampsOf(string snapshot) =>
        [.. (Snapshots ?? []).Where(s => s.Name == snapshot && s.Timestamp is not null).Select(s => s.Timestamp!).Distinct().OrderDescending(StringComparer.Ordinal)];
}

/// <summary>How a table is partitioned, where the session knows it (see <see cref="TableInfo.Partitioning"/>).</summary>
public enum TablePartitioning { Unknown, Unpartitioned, Range, List }

public sealed record TableInfo(
    string Name, PartitionNames? Partitions, PartitionNames? TemporaryPartitions, string? Comment, LinePositionSpan? Declared)
{
    /// <summary>
    /// Whether only an ALTER TABLE or a RESTORE changes the table's partitions, so that a load adds none: a table a script
    /// creates naming its partitions (or none), without automatic or dynamic partitioning or a partition TTL. A session
    /// state, never read from the catalog file, whose tables may be partitioned automatically.
    /// </summary>
    public bool PartitionsFixed { get; init; }

    /// <summary>
    /// How the table is partitioned: known only of a table the script creates (a session state). Without PARTITION BY its one
    /// partition bears its name and takes its new one when it is renamed (OlapTable.setName); by RANGE, StarRocks renames
    /// one of its partitions.
    /// </summary>
    public TablePartitioning Partitioning { get; init; }

    /// <summary>
    /// Whether the table's only partition bears its name: a table without PARTITION BY, or, for all the catalog file says, a
    /// partitioned one whose partition was so named.
    /// </summary>
    public bool OnlyPartitionBearsItsName => Partitions is [var only] && only.Equals(Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The engine of a table the script creates with another than OLAP (an external table: MYSQL, ELASTICSEARCH...), which
    /// StarRocks does not back up; null for an OLAP table and a table of the catalog file. A session state.
    /// </summary>
    public string? Engine { get; init; }

    /// <summary>
    /// Whether a statement of the script added, dropped, replaced or restored some of the table's partitions (a session state): what
    /// it has is then the script's doing, not the catalog file's, as for a table the script makes (<see cref="Declared"/> null).
    /// </summary>
    public bool PartitionsChangedByScript { get; init; }

    /// <summary>Whether the partitions the table has come of the script, not only of the catalog file.</summary>
    public bool PartitionsAsScriptMakesThem => Declared is null || PartitionsChangedByScript;

    /// <summary>Partition names are case-insensitive in StarRocks.</summary>
    public bool HasPartition(string name) => Partitions?.Contains(name) ?? true;

    public bool HasTemporaryPartition(string name) => TemporaryPartitions?.Contains(name) ?? false;

    /// <summary>
    /// Whether the table has temporary partitions whose names are not known (a session state): a batch ADD TEMPORARY
    /// PARTITIONS made them, besides those <see cref="TemporaryPartitions"/> names.
    /// </summary>
    public bool HasUnnamedTemporaryPartitions { get; init; }

    /// <summary>
    /// Whether a DROP or REPLACE of temporary partitions took some of those a batch ADD TEMPORARY PARTITIONS made (a session
    /// state): StarRocks names a batch's, so whether the table has any besides those <see cref="TemporaryPartitions"/> names
    /// is not known.
    /// </summary>
    public bool BatchTemporaryPartitionsUnknown { get; init; }

    /// <summary>Whether the table is known to have temporary partitions, named or not: StarRocks neither backs it up nor restores into it.</summary>
    public bool HasTemporaryPartitions => TemporaryPartitions is [_, ..] || HasUnnamedTemporaryPartitions;
}

public sealed record DatabaseInfo(
    string Name,
    ImmutableSortedDictionary<string, TableInfo>? Tables,
    ImmutableArray<string>? Views,
    ImmutableArray<string>? MaterializedViews,
    ImmutableArray<string>? Functions,
    LinePositionSpan? Declared)
{
    /// <summary>
    /// Whether the catalog lists a function of this name, null when it lists none: StarRocks lower-cases function names
    /// (FunctionName), so <c>MY_UDF</c> is <c>my_udf</c>.
    /// </summary>
    public bool? HasFunction(string name) => Functions?.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the database lists a table, view or materialized view of this name: the three share one set of names.</summary>
    public bool HasObject(string name) =>
        Tables?.ContainsKey(name) == true || Views?.Contains(name) == true || MaterializedViews?.Contains(name) == true;

    /// <summary>Where the catalog file writes each view and materialized view it lists (empty for a catalog of no file).</summary>
    public ImmutableDictionary<string, LinePositionSpan> ViewsDeclared { get; init; } = ImmutableDictionary<string, LinePositionSpan>.Empty;

    /// <summary>Where the catalog file writes each function it lists, looked up in any case (empty for a catalog of no file).</summary>
    public ImmutableDictionary<string, LinePositionSpan> FunctionsDeclared { get; init; } = ImmutableDictionary<string, LinePositionSpan>.Empty;

    /// <summary>
    /// A session state: the listed tables an <c>ALTER TABLE old RENAME new</c> (the new name) or a <c>DROP TABLE</c> (null)
    /// earlier in the script took away, so that a statement still naming one can be told where it went, as
    /// <see cref="StarRocksCatalog.GoneDatabases"/> tells of databases.
    /// </summary>
    public ImmutableDictionary<string, string?> GoneTables { get; init; } = ImmutableDictionary<string, string?>.Empty;

    /// <summary>
    /// A session state: the tables a <c>DROP TABLE ... FORCE</c> earlier in the script dropped past the recycle bin, so that
    /// no RECOVER brings them back (until a DROP without FORCE drops another of that name).
    /// </summary>
    public ImmutableHashSet<string> Unrecoverable { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>
    /// A session state: the synchronous materialized views a CREATE MATERIALIZED VIEW of the script made (without REFRESH or
    /// DISTRIBUTED BY), each with the table it is an index of where that is read. They are no objects of the database: a
    /// BACKUP takes one with its table, and finds none by its name. The catalog file lists none (see its materializedViews).
    /// </summary>
    public ImmutableDictionary<string, string?> SynchronousMaterializedViews { get; init; } = ImmutableDictionary<string, string?>.Empty;

    /// <summary>Whether a DROP TABLE of the script took the table away (and nothing made one of that name since).</summary>
    public bool WasDropped(string table) => GoneTables.TryGetValue(table, out var renamed) && renamed is null;
}

public sealed record StarRocksCatalog(
    string? DefaultDatabase,
    ImmutableSortedDictionary<string, RepositoryInfo>? Repositories,
    ImmutableSortedDictionary<string, DatabaseInfo>? Databases)
{
    public static readonly StarRocksCatalog Empty = new(null, null, null);

    /// <summary>The file the catalog was loaded from, if it came from one.</summary>
    public string? FilePath { get; init; }

    /// <summary>
    /// The external catalog a script's session switched to (<c>SET CATALOG hive</c>, <c>USE hive.db</c>), whose databases
    /// the file does not describe; null in the default catalog. A session state, as <see cref="DefaultDatabase"/> is.
    /// </summary>
    public string? ExternalCatalog { get; init; }

    /// <summary>
    /// The name of the session's current database in <see cref="ExternalCatalog"/> (<c>USE db</c> after <c>SET CATALOG
    /// hive</c>, <c>USE hive.db</c>), which the file does not describe; null in the default catalog, and where the session has
    /// none. A session state, as <see cref="DefaultDatabase"/> is.
    /// </summary>
    public string? ExternalCatalogDatabase { get; init; }

    /// <summary>
    /// The database a backup or restore statement that names none works in (a BACKUP backs it up, its ON list's names are
    /// its objects, a CANCEL stops its job): the session's current one, looked up by its name in the default catalog
    /// whatever the session's catalog (StarRocks' BackupRestoreAnalyzer: getDatabase takes the session's database name from
    /// the local metastore). What completion, hover and references read for such a statement too.
    /// </summary>
    public string? BackupDatabase => ExternalCatalog is null ? DefaultDatabase : ExternalCatalogDatabase;

    /// <summary>
    /// Whether the script's session is known to have no current database: a catalog switch (<c>SET CATALOG c</c>, <c>USE
    /// 'CATALOG c'</c>) clears it, and only a USE sets one again. False where it is merely unknown (before any USE, with no
    /// defaultDatabase: the connection may name one). A session state, as <see cref="DefaultDatabase"/> is.
    /// </summary>
    public bool NoDatabase { get; init; }

    /// <summary>
    /// The repositories a CREATE REPOSITORY earlier in the script makes, where the catalog does not list them, and no DROP
    /// REPOSITORY has dropped since, each with whether it is read-only and its location; kept also where the catalog lists
    /// no repositories, since a second CREATE of one fails, a BACKUP to a read-only one too, and a snapshot a BACKUP takes
    /// into one is there for the statements after it, whatever the cluster holds. Their snapshots are unknown, but for one
    /// made again where a dropped one of its name was (see <see cref="DroppedRepositories"/>). A session state.
    /// </summary>
    public ImmutableDictionary<string, RepositoryInfo> CreatedRepositories { get; init; } = ImmutableDictionary<string, RepositoryInfo>.Empty;

    /// <summary>
    /// The repositories a DROP REPOSITORY earlier in the script dropped, and no CREATE REPOSITORY made again since, each as
    /// it was: a statement still naming one can be told why it is gone, and its snapshots stay at its location, where a
    /// CREATE REPOSITORY of its name finds them again. A session state.
    /// </summary>
    public ImmutableDictionary<string, RepositoryInfo> DroppedRepositories { get; init; } = ImmutableDictionary<string, RepositoryInfo>.Empty;

    /// <summary>The snapshots a DROP SNAPSHOT earlier in the script dropped from the repositories the catalog lists, likewise. A session state.</summary>
    public ImmutableHashSet<(string Repository, string Snapshot)> DroppedSnapshots { get; init; } = ImmutableHashSet<(string Repository, string Snapshot)>.Empty;

    /// <summary>
    /// The databases a DROP DATABASE (null) or an ALTER DATABASE ... RENAME (the new name) earlier in the script took away,
    /// so that a statement still naming one can be told why it is gone. A session state.
    /// </summary>
    public ImmutableDictionary<string, string?> GoneDatabases { get; init; } = ImmutableDictionary<string, string?>.Empty;

    /// <summary>The databases a <c>DROP DATABASE ... FORCE</c> earlier in the script dropped, as <see cref="DatabaseInfo.Unrecoverable"/>. A session state.</summary>
    public ImmutableHashSet<string> UnrecoverableDatabases { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>
    /// The databases a CREATE DATABASE earlier in the script made, and no DROP DATABASE has dropped since, each with what
    /// the script has put in it: its lists start empty and follow the CREATEs, DROPs, renames and RESTOREs of the script
    /// (a list is null where one of those leaves it unknown). Kept also where the catalog lists no databases: a new
    /// database holds what the script puts in it and nothing else. Read only to tell a BACKUP that takes nothing: the
    /// names that exist in a new database stay unknown to the other checks (<see cref="Databases"/>). A session state.
    /// </summary>
    public ImmutableDictionary<string, DatabaseInfo> CreatedDatabases { get; init; } = ImmutableDictionary<string, DatabaseInfo>.Empty;

    /// <summary>
    /// What the script makes in databases of which the session knows no more (the catalog lists no databases, or not that
    /// one's tables, and the script did not make it), by database, from the first CREATE there of what StarRocks does not
    /// back up for its kind (an external table, one partitioned by LIST, a synchronous materialized view) or DROP TABLE:
    /// the tables its CREATE TABLEs make, each as the CREATE says it is (its engine, how it is partitioned), and its views
    /// and materialized views, synchronous ones among them; a CREATE TABLE IF NOT EXISTS, which may leave a table of that
    /// name as it was, makes the name taken by a table of no known kind, unless a DROP TABLE took it away before
    /// (<see cref="DatabaseInfo.WasDropped"/>). Its lists hold only those names, not all the database has: a swap with a
    /// table the script did not make leaves both names unknown. Read only to tell a BACKUP of what StarRocks does not back
    /// up for its kind. A session state.
    /// </summary>
    public ImmutableDictionary<string, DatabaseInfo> MadeObjects { get; init; } = ImmutableDictionary<string, DatabaseInfo>.Empty;

    /// <summary>
    /// The databases a CREATE TABLE, VIEW, MATERIALIZED VIEW or FUNCTION or a USE earlier in the script proves exist, where the catalog
    /// lists no databases and the script neither made them nor follows what it made there (<see cref="MadeObjects"/>):
    /// StarRocks runs each only in a database that exists ("Unknown database", see SessionContexts.ProvesDatabase), so a
    /// CREATE DATABASE or a rename onto one is refused.
    /// What they hold is not known. A DROP DATABASE or a rename takes one away. A session state.
    /// </summary>
    public ImmutableHashSet<string> ExistingDatabases { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>
    /// The databases a DROP DATABASE earlier in the script dropped (in the default catalog), whether or not the catalog
    /// lists databases, and the old names of those a rename renamed where it lists none, less those a RECOVER brought back or a rename of a database not followed made again since. Until a
    /// CREATE makes one again none of that name exists, so that <c>CREATE DATABASE IF NOT EXISTS</c> makes a new one; and
    /// the session may have started in it, keeping its name as the current database (StarRocks keeps the name of a dropped
    /// current database), so that a CREATE that names no database may make something in the new one. A session state.
    /// </summary>
    public ImmutableHashSet<string> DroppedDatabases { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>
    /// The external catalogs a DROP CATALOG earlier in the script dropped, and no CREATE EXTERNAL CATALOG or RESTORE made
    /// again since, as written (StarRocks compares catalog names as written, but default_catalog's, which no DROP drops):
    /// StarRocks fails a statement that looks one up, the session's own among them. The catalog file lists no external
    /// catalog, so this is all that is known of them. A session state.
    /// </summary>
    public ImmutableHashSet<string> DroppedCatalogs { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>
    /// Which database a name stands for where an ALTER DATABASE ... RENAME earlier in the script moved one: the new name
    /// the database its old name stood for, and the old name one of its own, which a CREATE may make (a fresh object, equal
    /// to no other); and where a CREATE DATABASE made one again after a DROP DATABASE, another database (a fresh object too).
    /// A name not here stands for itself. StarRocks keeps a database's id through a rename (LocalMetastore.renameDatabase),
    /// gives a created one a new id (LocalMetastore.createDb), and keys its running BACKUP or RESTORE by that id
    /// (BackupHandler). Beside each identity a rename moved, the name the database had before the renames that brought it
    /// here: for one the script created, the name its CREATE DATABASE gave it, so that what made it can be told. A session state.
    /// </summary>
    internal ImmutableDictionary<string, (object Identity, string? RenamedFrom)> RenamedDatabaseIdentities { get; init; } =
        ImmutableDictionary<string, (object Identity, string? RenamedFrom)>.Empty;

    /// <summary>What stays of the database of the name through renames (see <see cref="RenamedDatabaseIdentities"/>): two names with one identity name one database.</summary>
    internal object DatabaseIdentity(string name) => RenamedDatabaseIdentities.TryGetValue(name, out var renamed) ? renamed.Identity : name;

    /// <summary>
    /// The name the database of the name had before an ALTER DATABASE renamed it to that name (through any renames between);
    /// null for one no rename brought to it, or one made anew since.
    /// </summary>
    internal string? RenamedFrom(string name) => RenamedDatabaseIdentities.GetValueOrDefault(name).RenamedFrom;

    /// <summary>The name the database of <paramref name="identity"/> (see <see cref="DatabaseIdentity"/>) has in the session; null where a rename took it away for good.</summary>
    internal string? NameOf(object identity) =>
        identity is string name && DatabaseIdentity(name).Equals(identity) ? name
        : RenamedDatabaseIdentities.FirstOrDefault(renamed => renamed.Value.Identity.Equals(identity)).Key;

    /// <summary>The identities after a rename of <paramref name="old"/> to <paramref name="renamed"/> that StarRocks does not refuse.</summary>
    internal ImmutableDictionary<string, (object Identity, string? RenamedFrom)> IdentitiesRenamed(string old, string renamed) =>
        RenamedDatabaseIdentities.SetItem(renamed, (DatabaseIdentity(old), RenamedFrom(old) ?? old)).SetItem(old, (new object(), null));

    public RepositoryInfo? FindRepository(string name) => Repositories?.GetValueOrDefault(name);

    /// <summary>Whether the catalog lists the repository or the script created it.</summary>
    public bool HasRepository(string name) => FindRepository(name) is not null || CreatedRepositories.ContainsKey(name);

    /// <summary>
    /// The repository as the session knows it: as the catalog lists it, or as a CREATE REPOSITORY of the script made it
    /// (also where the catalog lists no repositories). Its <see cref="RepositoryInfo.Snapshots"/> are those it holds,
    /// where they are known, and <see cref="RepositoryInfo.KeyOf"/> where it keeps them.
    /// </summary>
    internal RepositoryInfo? KnownRepository(string name) => FindRepository(name) ?? CreatedRepositories.GetValueOrDefault(name);

    /// <summary>Whether the repository is read-only, as the catalog lists it or as the script created it.</summary>
    public bool IsReadOnly(string name) => KnownRepository(name)?.ReadOnly == true;

    /// <summary>
    /// Whether a CREATE REPOSITORY of the script made the repository again, at the location of the one of its name it
    /// dropped, so that it holds that one's snapshots (see <see cref="DroppedRepositories"/>).
    /// </summary>
    internal bool FoundAgain(string name) => CreatedRepositories.GetValueOrDefault(name)?.Snapshots is not null;

    /// <summary>
    /// The other repositories at <paramref name="location"/> (as <see cref="RepositoryLocation"/> reads it) than
    /// <paramref name="name"/>: those of the session, and those a DROP REPOSITORY took away, whose snapshots stay there.
    /// </summary>
    internal IEnumerable<(RepositoryInfo Repository, bool Dropped)> OthersAt(string location, string name)
    {
        foreach (var repository in Repositories?.Values ?? (IEnumerable<RepositoryInfo>)CreatedRepositories.Values)
            if (repository.Name != name && RepositoryLocation.Normalized(repository.Location) == location)
                yield return (repository, false);
        foreach (var repository in DroppedRepositories.Values)
            if (repository.Name != name && RepositoryLocation.Normalized(repository.Location) == location)
                yield return (repository, true);
    }

    public DatabaseInfo? FindDatabase(string name) => Databases?.GetValueOrDefault(name);

    public int TableCount => Databases?.Values.Sum(d => d.Tables?.Count ?? 0) ?? 0;
}
