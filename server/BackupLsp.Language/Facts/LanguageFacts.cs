using System.Collections.Frozen;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Facts;

/// <summary>
/// What a property means, which values it takes and its default; <see cref="Values"/> are offered by completion.
/// <see cref="Since"/>: the release that brought it, where that is later than the seed forms'.
/// </summary>
internal sealed record PropertyFact(string Key, string Summary, string? Allowed, string? Default, IReadOnlyList<string> Values, bool Required = false,
    StarRocksVersion? Since = null);

/// <summary>
/// The documentation hover and completion show: statements, keywords and properties, in the words of
/// StarRocks' reference. Text uses backticks for code; the plain rendering drops them.
/// </summary>
internal static class LanguageFacts
{
    public sealed record StatementFact(string Syntax, string Summary);

    /// <summary>What every SHOW of the family takes last (Releases says since which release).</summary>
    private const string SortAndLimit = " [ORDER BY column [ASC | DESC], ...] [LIMIT count [OFFSET skipped]]";

    public static readonly FrozenDictionary<StatementKind, StatementFact> Statements = new Dictionary<StatementKind, StatementFact>
    {
        [StatementKind.Backup] = new(
            "BACKUP [DATABASE db] SNAPSHOT [db.]snapshot TO repository [ON (table [PARTITION (p, ...)] | VIEW v | MATERIALIZED VIEW mv | FUNCTION f | ALL TABLES ..., ...)] [PROPERTIES (\"key\" = \"value\", ...)]",
            "Backs up a database, or some of its tables and partitions, as a snapshot in a repository. "
            + "It runs asynchronously: watch it with `SHOW BACKUP [FROM db]`, stop it with `CANCEL BACKUP FROM db`, "
            + "and list finished snapshots with `SHOW SNAPSHOT ON repository`. Only one BACKUP or RESTORE job runs per database at a time. "
            + "Needs the REPOSITORY privilege on SYSTEM and EXPORT on each table it backs up (ADMIN before 3.0); not available on shared-data clusters; no choice of compression. "
            + "Only OLAP tables (3.4 and later also views, materialized views, functions and external-catalog metadata; 3.2 and later a materialized view named bare). "
            + "Data loaded after the snapshot is taken is not in it."),
        [StatementKind.Restore] = new(
            "RESTORE SNAPSHOT [db.]snapshot FROM repository [DATABASE db [AS new_db]] [ON (table [PARTITION (p, ...)] [AS new_name] | VIEW v [AS new_name] | MATERIALIZED VIEW mv [AS new_name] | FUNCTION f [AS new_name] | ALL TABLES, ...)] PROPERTIES (\"backup_timestamp\" = \"...\", ...)",
            "Restores a snapshot from a repository. `backup_timestamp` is required: take it from the Timestamp column of "
            + "`SHOW SNAPSHOT ON repository`. Restoring onto an existing table needs a matching schema; `AS` restores under a new name. "
            + "It runs asynchronously: watch it with `SHOW RESTORE [FROM db]`, stop it with `CANCEL RESTORE FROM db`. "
            + "Once the job reaches COMMIT, overwritten data cannot be recovered."),
        [StatementKind.CreateRepository] = new(
            "CREATE [READ ONLY] REPOSITORY name WITH BROKER [broker] ON LOCATION \"location\" [PROPERTIES (\"key\" = \"value\", ...)]",
            "Creates a repository: the remote storage where snapshots are kept. Location schemes: `s3a://` (S3, GCS), "
            + "`s3://` (MinIO), `hdfs://`, `oss://`, `cosn://` (COS) and more. `WITH BROKER` is mandatory, even without a broker name. "
            + "The properties carry the storage credentials and endpoint."),
        [StatementKind.DropRepository] = new(
            "DROP REPOSITORY name",
            "Removes a repository from StarRocks. Only the repository's registration is removed: the snapshots stay in the remote storage."),
        [StatementKind.DropSnapshot] = new(
            "DROP SNAPSHOT snapshot ON repository [FORCE]",
            "Deletes a snapshot from a repository, with its data files in the remote storage: unlike DROP REPOSITORY, the backed-up "
            + "data itself goes, and the snapshot can no longer be restored. Not while a BACKUP writes it or a RESTORE reads it, "
            + "nor from a read-only repository. Without FORCE, only a snapshot this cluster created. StarRocks 4.2 and later."),
        [StatementKind.ShowRepositories] = new(
            "SHOW REPOSITORIES [WHERE condition]" + SortAndLimit,
            "Lists the repositories, with their locations and whether they are read-only. WHERE, ORDER BY and LIMIT need StarRocks 4.1 or later."),
        [StatementKind.ShowSnapshot] = new(
            "SHOW SNAPSHOT ON repository [WHERE SNAPSHOT = 'name' [AND TIMESTAMP = 'time'] | WHERE SNAPSHOT IN ('a', ...)]" + SortAndLimit,
            "Lists the snapshots in a repository, with the columns Snapshot, Timestamp and Status "
            + "(plus Database and Details when both SNAPSHOT and TIMESTAMP are given). The Timestamp is what RESTORE's `backup_timestamp` needs. "
            + "ORDER BY and LIMIT need StarRocks 4.1 or later."),
        [StatementKind.ShowBackup] = new(
            "SHOW BACKUP [{FROM | IN} db] [WHERE condition]" + SortAndLimit,
            "Shows the latest BACKUP job of the database FROM or IN names; without either, each database's latest (releases before 3.0: the current database's). WHERE, ORDER BY and LIMIT need "
            + "StarRocks 4.1 or later. States: PENDING, SNAPSHOTING, "
            + "UPLOAD_SNAPSHOT, UPLOADING, SAVE_META, UPLOAD_INFO, FINISHED, CANCELLED."),
        [StatementKind.ShowRestore] = new(
            "SHOW RESTORE [{FROM | IN} db] [WHERE condition]" + SortAndLimit,
            "Shows the latest RESTORE job of the database FROM or IN names; without either, each database's latest (releases before 3.0: the current database's). ORDER BY and LIMIT need StarRocks "
            + "4.1 or later, and WHERE filters the jobs in 4.1 and later alone (older releases take it and ignore it). States: PENDING, SNAPSHOTING, "
            + "DOWNLOAD, DOWNLOADING, COMMIT, COMMITTING, FINISHED, CANCELLED."),
        [StatementKind.CancelBackup] = new(
            "CANCEL BACKUP { {FROM | IN} db | FOR EXTERNAL CATALOG }",
            "Cancels the running BACKUP job of a database, or (3.4 and later) the one backing up external catalogs."),
        [StatementKind.CancelRestore] = new(
            "CANCEL RESTORE { {FROM | IN} db | FOR EXTERNAL CATALOG }",
            "Cancels the running RESTORE job of a database, or (3.4 and later) the one restoring external catalogs. "
            + "Cancelling once the job has entered the COMMIT phase may leave the restored data corrupted and inaccessible."),
    }.ToFrozenDictionary();

    /// <summary>BACKUP's and RESTORE's forms for the metadata of external catalogs (StarRocks 3.4 and later).</summary>
    public static readonly FrozenDictionary<StatementKind, StatementFact> ExternalCatalogForms = new Dictionary<StatementKind, StatementFact>
    {
        [StatementKind.Backup] = new(
            "BACKUP {ALL EXTERNAL CATALOGS | EXTERNAL CATALOG (catalog, ...)} SNAPSHOT snapshot TO repository [PROPERTIES (\"key\" = \"value\", ...)]",
            "Backs up the metadata of external catalogs (StarRocks 3.4 and later): their definitions, not the data of the systems "
            + "they reach. No database, `db.` prefix or ON (...) goes with it. Only one such job runs at a time; stop it with "
            + "`CANCEL BACKUP FOR EXTERNAL CATALOG`."),
        [StatementKind.Restore] = new(
            "RESTORE SNAPSHOT snapshot FROM repository {ALL EXTERNAL CATALOGS | EXTERNAL CATALOG (catalog [AS new_name], ...)} PROPERTIES (\"backup_timestamp\" = \"...\", ...)",
            "Restores the metadata of external catalogs from a snapshot (StarRocks 3.4 and later); `AS` restores a catalog under "
            + "a new name. `backup_timestamp` is required, as for every RESTORE. Stop it with `CANCEL RESTORE FOR EXTERNAL CATALOG`."),
    }.ToFrozenDictionary();

    /// <summary>USE is other SQL, but it chooses the database the statements after it work in.</summary>
    public static readonly StatementFact Use = new(
        "USE [catalog.]db",
        "Sets the session's database: the statements after it that name no database work in it (`USE catalog.db` switches the "
        + "catalog too). StarRocks refuses a database that does not exist, and the session stays where it was. `USE 'CATALOG c'` "
        + "switches the catalog alone, as `SET CATALOG c` does, and leaves no database chosen.");

    /// <summary>SET CATALOG is other SQL too, but it moves the statements after it to another catalog, and out of any database.</summary>
    public static readonly StatementFact SetCatalog = new(
        "SET CATALOG catalog",
        "Switches the session's catalog and leaves it with no database chosen: the statements after it work in that catalog "
        + "(`USE db` names one of its databases), and a BACKUP that names no database fails until a `USE db` chooses one. "
        + "`USE 'CATALOG c'` does the same.");

    /// <summary>USE CATALOG, the catalog switch of releases before 3.0, which 3.0 replaced with SET CATALOG.</summary>
    public static readonly StatementFact LegacyUseCatalog = new(
        "USE CATALOG catalog",
        "Switches the session's catalog, in releases before 3.0, and leaves it with no database chosen: a BACKUP that names no "
        + "database fails until a `USE db` chooses one. From 3.0 on StarRocks fails it: `SET CATALOG catalog` switches instead.");

    /// <summary>What a catalog a session switches to holds, for its name's hover.</summary>
    public const string DefaultCatalog =
        "The cluster's own catalog: its databases are those the catalog file lists, and the only ones BACKUP and RESTORE back up and restore.";

    public const string ExternalSessionCatalog =
        "An external catalog: its databases are none of the cluster's. The catalog file does not list them, and BACKUP and RESTORE "
        + "take only `default_catalog`'s databases; BACKUP EXTERNAL CATALOG backs up an external catalog's metadata whole.";

    private static readonly FrozenDictionary<string, string> KeywordDocs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["SNAPSHOT"] = "Names the snapshot: `db.snapshot`, or just `snapshot` for the current database or the one a `DATABASE db` clause names (StarRocks 3.4 and later; not both). A new BACKUP needs a name the repository does not hold yet.",
        ["TO"] = "The repository the snapshot is written to. Create one with `CREATE REPOSITORY`; a read-only repository cannot be a BACKUP target.",
        ["FROM"] = "The repository the snapshot is read from.",
        ["ON"] = "The tables (and, in 3.4 and later, views, materialized views and functions; in 3.2 and later, a materialized view named bare) to include. Without ON, the whole database.",
        ["PARTITION"] = "The partitions of the table to include. Without PARTITION, the whole table.",
        ["PARTITIONS"] = "The partitions of the table to include. Without PARTITIONS, the whole table.",
        ["TEMPORARY"] = "Temporary partitions cannot be backed up, nor restored (a snapshot holds regular partitions only).",
        ["PROPERTIES"] = "Job properties: `\"key\" = \"value\"` pairs, keys and values both quoted strings.",
        ["ALL"] = "Every object of the kind that follows (StarRocks 3.4 and later).",
        ["EXTERNAL"] = "External catalogs: their metadata is backed up or restored (StarRocks 3.4 and later).",
        ["CATALOG"] = "An external catalog (StarRocks 3.4 and later).",
        ["CATALOGS"] = "External catalogs (StarRocks 3.4 and later).",
        ["DATABASE"] = "The database to back up, instead of the `db.` prefix of the snapshot name (StarRocks 3.4 and later).",
        ["TABLE"] = "A table (StarRocks 3.4 and later; a bare name in ON is a table too).",
        ["TABLES"] = "Tables (StarRocks 3.4 and later).",
        ["MATERIALIZED"] = "A materialized view (StarRocks 3.4 and later).",
        ["MATERIALIZED VIEW"] = "A materialized view (StarRocks 3.4 and later).",
        ["MATERIALIZED VIEWS"] = "Materialized views (StarRocks 3.4 and later).",
        ["VIEW"] = "A logical view (StarRocks 3.4 and later).",
        ["VIEWS"] = "Logical views (StarRocks 3.4 and later).",
        ["FUNCTION"] = "A user-defined function (StarRocks 3.4 and later).",
        ["FUNCTIONS"] = "User-defined functions (StarRocks 3.4 and later).",
        ["AS"] = "Restores the object under a new name. Only RESTORE accepts aliases.",
        ["READ"] = "`READ ONLY`: snapshots can be restored from the repository, but BACKUP cannot write to it.",
        ["ONLY"] = "`READ ONLY`: snapshots can be restored from the repository, but BACKUP cannot write to it.",
        ["REPOSITORY"] = "A remote storage location (S3, HDFS, OSS, COS, ...) where snapshots are kept.",
        ["REPOSITORIES"] = "Every repository.",
        ["WITH"] = "`WITH BROKER`: mandatory, even without a broker name.",
        ["BROKER"] = "The broker that accesses the storage; omit its name to use StarRocks' own storage clients.",
        ["LOCATION"] = "The storage path, such as `\"s3a://bucket/backup\"` or `\"hdfs://host:port/path\"`.",
        ["WHERE"] = "Filters the result.",
        ["IN"] = "The database whose job is meant.",
        ["FOR"] = "`FOR EXTERNAL CATALOG`: the job that backs up or restores external catalogs (StarRocks 3.4 and later).",
        ["AND"] = "Both conditions.",
        ["OR"] = "Either condition.",
        ["ASC"] = "Sorts by the key from its lowest value up (the default).",
        ["DESC"] = "Sorts by the key from its highest value down.",
        ["TIMESTAMP"] = "A snapshot's timestamp, as listed by `SHOW SNAPSHOT`.",
        ["ORDER"] = "`ORDER BY column [ASC | DESC], ...`: sorts the rows listed by the columns named (StarRocks 4.1 and later).",
        ["BY"] = "`ORDER BY column [ASC | DESC], ...`: sorts the rows listed by the columns named (StarRocks 4.1 and later).",
        ["LIMIT"] = "`LIMIT count [OFFSET skipped]` or `LIMIT skipped, count`: lists at most count rows, leaving out the first skipped ones (StarRocks 4.1 and later).",
        ["OFFSET"] = "How many rows `LIMIT` skips before it lists any (StarRocks 4.1 and later).",
        ["FORCE"] = "Drops the snapshot even if another cluster created it, or one before 4.2 that recorded no cluster: that cluster may still depend on it.",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The WHERE of a statement (a SHOW's) under the configured <paramref name="version"/>: SHOW RESTORE's is parsed by every release but read
    /// only from 4.1 (before it ShowExecutor's visitShowRestoreStatement lists each database's latest RESTORE job without
    /// it); SHOW BACKUP's and SHOW REPOSITORIES' came with 4.1; SHOW SNAPSHOT's is a filter of its own (see
    /// <see cref="SnapshotWhere"/>).
    /// </summary>
    public static string Where(StatementKind kind, StarRocksVersion? version) => kind switch
    {
        StatementKind.ShowSnapshot => SnapshotWhere(version),
        StatementKind.ShowRestore when version < Releases.ShowClausesSince =>
            $"Ignored by StarRocks {version}: SHOW RESTORE lists the jobs whatever the condition says. StarRocks {Releases.ShowClausesSince} and later filter them by it.",
        StatementKind.ShowRestore when version is null =>
            $"Filters the result (StarRocks {Releases.ShowClausesSince} and later: earlier releases accept the condition of SHOW RESTORE and ignore it).",
        StatementKind.ShowBackup or StatementKind.ShowRepositories =>
            $"Filters the result (StarRocks {Releases.ShowClausesSince} and later: earlier releases fail the statement).",
        _ => KeywordDocs["WHERE"],
    };

    /// <summary>
    /// SHOW SNAPSHOT's WHERE, as ShowSnapshotAnalyzer reads it: what it filters by, what it refuses, and what it takes
    /// otherwise than written or ignores (SRB404 and SRB405 report each); an IN only from 3.0 (<see cref="Releases.SnapshotInSince"/>).
    /// </summary>
    private static string SnapshotWhere(StarRocksVersion? version)
    {
        var readsIn = !(version < Releases.SnapshotInSince);
        var filters = readsIn
            ? "Filters the snapshots listed: `SNAPSHOT = 'name'`, with `AND TIMESTAMP = 'time'` for one backup of it (either order), or `SNAPSHOT IN ('a', ...)`"
            : "Filters the snapshots listed: `SNAPSHOT = 'name'`, with `AND TIMESTAMP = 'time'` for one backup of it (either order)";
        var release = version is null ? "StarRocks" : $"StarRocks {version}";
        var ignored = readsIn
            ? "any other condition (LIKE, BETWEEN, IS NULL, a value, a call...)"
            : $"any other condition (an IN too, which {Releases.SnapshotInSince} and later take; LIKE, BETWEEN, IS NULL, a value, a call...)";
        var ofIn = readsIn ? " and NOT IN as IN" : "";
        var since = version is null ? $" (`SNAPSHOT IN` in StarRocks {Releases.SnapshotInSince} and later: older releases ignore it)" : "";
        return $"{filters}{since}. {release} refuses OR, NOT and a comparison of another column; it ignores {ignored}, listing every snapshot, "
            + $"and takes `!=` or `<` as `=`{ofIn}.";
    }

    /// <summary>An operator that compares a column with a value, and what it means.</summary>
    public sealed record OperatorFact(string Operator, string Meaning);

    /// <summary>The comparisons of a condition in StarRocks 4.1's SHOW filters, as in a query's WHERE, the likeliest first.</summary>
    public static readonly IReadOnlyList<OperatorFact> Comparisons =
    [
        new("=", "True where the column's value equals the value after it."),
        new("!=", "True where the column's value differs from the value after it (also written `<>`)."),
        new("<>", "True where the column's value differs from the value after it (also written `!=`)."),
        new("<", "True where the column's value is less than the value after it (text compares character by character)."),
        new("<=", "True where the column's value is at most the value after it (text compares character by character)."),
        new(">", "True where the column's value is greater than the value after it (text compares character by character)."),
        new(">=", "True where the column's value is at least the value after it (text compares character by character)."),
    ];

    /// <summary>SHOW SNAPSHOT's one comparison: ShowSnapshotAnalyzer reads the column and the string, never the operator.</summary>
    public static readonly OperatorFact SnapshotFilterEquals =
        new("=", "The snapshots whose column equals the string. SHOW SNAPSHOT takes `=` alone: StarRocks reads `!=`, `<` or any other operator as `=`.");

    /// <summary>IN in a condition (<c>State IN ('FINISHED', 'CANCELLED')</c>), not SHOW BACKUP's and SHOW RESTORE's <c>IN db</c>.</summary>
    public const string InCondition = "True where the value before it is one of those listed.";

    /// <summary>
    /// The documentation of a keyword where it stands: FROM names a repository in RESTORE, a database in SHOW BACKUP; SNAPSHOT
    /// takes no database in the forms of external catalogs (<paramref name="externalCatalogs"/>).
    /// </summary>
    public static string? Keyword(string keyword, StatementKind kind, bool externalCatalogs = false) => (keyword.ToUpperInvariant(), kind) switch
    {
        ("SNAPSHOT", StatementKind.Backup) when externalCatalogs =>
            "Names the snapshot, by its own name only: a snapshot of external catalogs belongs to no database, and `db.snapshot` is an error. A new BACKUP needs a name the repository does not hold yet.",
        ("SNAPSHOT", StatementKind.Restore) when externalCatalogs =>
            "Names the snapshot to restore, by its own name only (a snapshot of external catalogs belongs to no database, and `db.snapshot` is an error), one the repository holds (`SHOW SNAPSHOT ON repository` lists them).",
        ("ON", StatementKind.ShowSnapshot) => "The repository whose snapshots are listed.",
        ("ON", StatementKind.DropSnapshot) => "The repository that holds the snapshot; a read-only one's snapshots cannot be dropped.",
        ("SNAPSHOT", StatementKind.DropSnapshot) => "The snapshot to drop, by its own name (no database), as `SHOW SNAPSHOT ON repository` lists it.",
        ("ON", StatementKind.Restore) =>
            "The tables (and, in 3.4 and later, views, materialized views and functions; in 3.2 and later, a materialized view named bare) to restore from the snapshot; `AS` restores one under a new name. Without ON, everything in the snapshot.",
        ("PROPERTIES", StatementKind.CreateRepository) =>
            "The storage's properties: its credentials, endpoint, region and the like, as `\"key\" = \"value\"` pairs, keys and values both quoted strings.",
        ("ON", StatementKind.CreateRepository) => "`ON LOCATION`: where the repository stores its snapshots.",
        ("IN", StatementKind.ShowSnapshot) => "Any of the listed snapshot names.",
        ("OR", StatementKind.ShowSnapshot) => "SHOW SNAPSHOT's WHERE takes no OR: only `SNAPSHOT = 'x' [AND TIMESTAMP = 'y']` or `SNAPSHOT IN ('a', ...)`.",
        ("FROM" or "IN", not StatementKind.Restore) => "The database whose job is meant.",
        ("DATABASE", StatementKind.Restore) =>
            "The database the snapshot's objects belonged to when they were backed up, instead of the `db.` prefix of the snapshot name; `AS new_db` restores them into another database (StarRocks 3.4 and later).",
        ("SNAPSHOT", StatementKind.ShowRestore) => "A snapshot's name, as listed by `SHOW SNAPSHOT`.",
        ("SNAPSHOT", StatementKind.ShowSnapshot) => "A snapshot's name, as listed by `SHOW SNAPSHOT`.",
        ("SNAPSHOT", StatementKind.Restore) =>
            "Names the snapshot to restore, one the repository holds (`SHOW SNAPSHOT ON repository` lists them): `db.snapshot`, or just `snapshot` with a DATABASE clause; without either, it restores into the database the snapshot was taken from.",
        var (word, _) => KeywordDocs.GetValueOrDefault(word),
    };

    /// <summary>Keywords of forms StarRocks accepts since 3.4, in BACKUP, RESTORE and CANCEL.</summary>
    public static readonly FrozenSet<string> Since34 = new[]
    {
        "ALL", "EXTERNAL", "CATALOG", "CATALOGS", "DATABASE", "TABLE", "TABLES", "MATERIALIZED", "VIEW", "VIEWS",
        "FUNCTION", "FUNCTIONS", "FOR",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly PropertyFact Timeout = new(PropertyKeys.Timeout,
        $"Job timeout in whole seconds; at least {PropertyKeys.MinimumTimeoutSeconds} (10 minutes).",
        $"a whole number of seconds, at least `{PropertyKeys.MinimumTimeoutSeconds}`", $"`{PropertyKeys.DefaultTimeoutSeconds}` (one day)",
        [$"{PropertyKeys.DefaultTimeoutSeconds}"]);

    public static readonly IReadOnlyList<PropertyFact> BackupProperties =
    [
        new(PropertyKeys.Type, "Backup type: only full backups are supported.",
            "`FULL` (any case); `INCREMENTAL` passes StarRocks' checks but is not supported", "`FULL`", ["FULL"]),
        Timeout,
        new(PropertyKeys.Ttl,
            "How long the snapshot is kept: once that long has passed since the backup finished, StarRocks deletes it from the "
            + "repository by itself (only a snapshot this cluster created, and not while a job uses it). `DROP SNAPSHOT` deletes one sooner.",
            "a positive duration: a number and a unit, such as `7 DAY` or `12 HOUR`, in any case; several pairs add up, either all "
            + "in calendar units (days, weeks, months, years) or all in clock units (seconds, minutes, hours, days); without it, or empty, the snapshot is kept until dropped",
            null, ["7 DAY", "30 DAY", "12 HOUR"], Since: Releases.TtlSince),
    ];

    public static readonly IReadOnlyList<PropertyFact> RestoreProperties =
    [
        new(PropertyKeys.BackupTimestamp,
            "Which backup of the snapshot to restore: the Timestamp column of `SHOW SNAPSHOT ON repository`, such as `2018-05-04-16-45-08` (optionally with milliseconds).",
            "a snapshot timestamp", null, [], Required: true),
        Timeout,
        new(PropertyKeys.AllowLoad, "Whether data may be loaded into the tables being restored while the job runs.",
            "`true` or `false` (any case)", "`false`", ["true", "false"]),
        new(PropertyKeys.ReplicationNum, "How many replicas the restored tables and partitions get.", "an integer", "`3`", ["3"]),
        new(PropertyKeys.MetaVersion,
            "The metadata version of the snapshot; only needed for snapshots taken by old StarRocks releases, which did not record it. Without it, the version recorded in the snapshot is used.",
            "an integer", null, []),
        new(PropertyKeys.StarRocksMetaVersion,
            "The StarRocks metadata version of the snapshot; like `meta_version`, only needed for snapshots of old releases.",
            "an integer", null, []),
    ];


    public static IReadOnlyList<PropertyFact> StorageProperties { get; } =
        [.. Facts.StorageProperties.All.Select(property => new PropertyFact(property.Key, property.Summary, null, null,
            property.TakesBoolean ? ["true", "false"] : property.Values ?? []))];

    /// <summary>
    /// The storage keys with those of the location's store first (an <c>s3a://</c> location's <c>aws.s3.</c> and
    /// <c>fs.s3a.</c> keys, an <c>hdfs://</c> one's user, Kerberos and HA keys, ...), the rest after them in their order.
    /// </summary>
    public static IEnumerable<PropertyFact> StoragePropertiesFor(string? location)
    {
        var scheme = location?.IndexOf("://", StringComparison.Ordinal) is > 0 and var end ? location[..end].ToLowerInvariant() : null;
        if (scheme is null || !StoreKeyPrefixes.TryGetValue(scheme, out var prefixes))
            return StorageProperties;
        // OrderBy is stable: within each group the keys keep their order.
        return StorageProperties.OrderBy(fact => prefixes.Any(prefix => fact.Key.StartsWith(prefix, StringComparison.Ordinal)) ? 0 : 1);
    }

    private static readonly string[] HdfsKeyPrefixes = ["username", "password", "hadoop.", "kerberos_", "dfs.", "fs.defaultFS", "fs.hdfs."];

    /// <summary>The prefixes of each location scheme's storage keys.</summary>
    private static readonly FrozenDictionary<string, string[]> StoreKeyPrefixes = new Dictionary<string, string[]>
    {
        ["s3a"] = ["aws.s3.", "fs.s3a."],
        ["s3"] = ["aws.s3.", "fs.s3a."],
        ["s3n"] = ["aws.s3.", "fs.s3a."],
        ["oss"] = ["fs.oss.", "aliyun.oss."],
        ["cosn"] = ["fs.cosn.", "fs.cos."],
        ["obs"] = ["fs.obs."],
        ["ks3"] = ["fs.ks3."],
        ["tos"] = ["fs.tos."],
        ["hdfs"] = HdfsKeyPrefixes,
        ["viewfs"] = HdfsKeyPrefixes,
        ["wasb"] = ["azure.blob."],
        ["wasbs"] = ["azure.blob."],
        ["adl"] = ["azure.adls1."],
        ["abfs"] = ["azure.adls2."],
        ["abfss"] = ["azure.adls2."],
        ["gs"] = ["gcp.gcs.", "gcs."],
    }.ToFrozenDictionary();

    /// <summary>The properties a statement accepts, in the order completion offers them.</summary>
    public static IReadOnlyList<PropertyFact> PropertiesOf(StatementKind kind) => kind switch
    {
        StatementKind.Backup => BackupProperties,
        StatementKind.Restore => RestoreProperties,
        StatementKind.CreateRepository => StorageProperties,
        _ => [],
    };

    /// <summary>Whether the property's value is a snapshot's timestamp: a RESTORE's backup_timestamp.</summary>
    public static bool TakesTimestamps(StatementKind kind, string key) => kind == StatementKind.Restore && key == PropertyKeys.BackupTimestamp;

    /// <summary>The property a key names, read as StarRocks reads it (see PropertyKeys.KeyAsRead).</summary>

    public static PropertyFact? Property(StatementKind kind, string key, StarRocksVersion? version)
    {
        var read = PropertyKeys.KeyAsRead(key, version);
        return PropertiesOf(kind).FirstOrDefault(p => p.Key == read);
    }
}
