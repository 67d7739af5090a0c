using System.Collections.Immutable;

namespace BackupLsp.Language.Catalog.Cluster;

/// <summary>
/// Gathers what the cluster's own queries say into a catalog. Each Add reads one query's rows and answers the
/// column it needs and lacks, if any. A kind of list is written for every database once its query was read, so an
/// empty database has empty lists, not unknown ones.
/// </summary>
public sealed class ClusterCatalogBuilder
{
    private sealed class Database
    {
        public SortedDictionary<string, Table> Tables { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Views { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> MaterializedViews { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Table
    {
        // information_schema.tables lists it as a BASE TABLE; partitions_meta also lists materialized views' partitions.
        public bool IsBaseTable;
        public string? Comment;
        public List<string>? Partitions;
        public List<string>? TemporaryPartitions;
        // partitions_meta lists a partition once for each of its physical partitions, all under its name.
        public readonly HashSet<string> PartitionsSeen = new(StringComparer.Ordinal);
    }

    private sealed class Repository
    {
        public string? Location;
        public bool ReadOnly;
        public List<SnapshotInfo>? Snapshots;
    }

    private readonly SortedDictionary<string, Database> _databases = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Repository> _repositories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listedRepositories = new(StringComparer.Ordinal);
    private bool _databasesRead, _tablesRead, _partitionsRead, _materializedViewsRead, _repositoriesRead;

    public string? DefaultDatabase { get; set; }

    public string? AddDatabases(MySqlBatchOutput output)
    {
        if (output.Column("SCHEMA_NAME", "Database") is not { } name)
            return "no SCHEMA_NAME (or Database) column";
        foreach (var row in output.Rows)
            if (row[name] is { Length: > 0 } database)
                DatabaseNamed(database);
        _databasesRead = true;
        return null;
    }

    public string? AddTables(MySqlBatchOutput output)
    {
        if (Columns(output, out var missing, "TABLE_SCHEMA", "TABLE_NAME", "TABLE_TYPE") is not [var schema, var name, var type])
            return missing;
        var comment = output.Column("TABLE_COMMENT");
        foreach (var row in output.Rows)
        {
            if (row[schema] is not { Length: > 0 } database || row[name] is not { Length: > 0 } tableName)
                continue;
            switch (row[type])
            {
                case "BASE TABLE":
                    var table = TableNamed(database, tableName);
                    (table.IsBaseTable, table.Comment) = (true, comment is { } at ? row[at] : null);
                    break;
                case "VIEW":
                    DatabaseNamed(database).Views.Add(tableName);
                    break;
            }
        }
        _tablesRead = true;
        return null;
    }

    public string? AddPartitions(MySqlBatchOutput output)
    {
        if (Columns(output, out var missing, "DB_NAME", "TABLE_NAME", "PARTITION_NAME") is not [var database, var table, var partition])
            return missing;
        var temporary = output.Column("IS_TEMP");
        foreach (var row in output.Rows)
        {
            if (row[database] is not { Length: > 0 } databaseName || row[table] is not { Length: > 0 } tableName
                || row[partition] is not { Length: > 0 } partitionName)
                continue;
            var entry = TableNamed(databaseName, tableName);
            if (!entry.PartitionsSeen.Add(partitionName))
                continue;
            // Without IS_TEMP the temporary partitions, if any, are among the others, and which they are stays unknown.
            if (temporary is { } at && row[at]?.ToLowerInvariant() is "true" or "1")
                (entry.TemporaryPartitions ??= []).Add(partitionName);
            else
                (entry.Partitions ??= []).Add(partitionName);
            if (temporary is not null)
                entry.TemporaryPartitions ??= [];
        }
        _partitionsRead = true;
        return null;
    }

    /// <summary>
    /// Materialized views are listed as such, and taken out of the tables and views where the cluster also lists them.
    /// A synchronous one (REFRESH_TYPE ROLLUP) is an index of its table, not an object of the database, so it is left out.
    /// </summary>
    public string? AddMaterializedViews(MySqlBatchOutput output)
    {
        if (Columns(output, out var missing, "TABLE_SCHEMA", "TABLE_NAME", "REFRESH_TYPE") is not [var schema, var name, var refresh])
            return missing;
        foreach (var row in output.Rows)
            if (row[schema] is { Length: > 0 } databaseName && row[name] is { Length: > 0 } view && row[refresh] != "ROLLUP")
                DatabaseNamed(databaseName).MaterializedViews.Add(view);
        _materializedViewsRead = true;
        return null;
    }

    public string? AddRepositories(MySqlBatchOutput output)
    {
        if (Columns(output, out var missing, "RepoName") is not [var name])
            return missing;
        var (readOnly, location) = (output.Column("IsReadOnly"), output.Column("Location"));
        foreach (var row in output.Rows)
        {
            if (row[name] is not { Length: > 0 } repositoryName)
                continue;
            var repository = RepositoryNamed(repositoryName);
            _listedRepositories.Add(repositoryName);
            repository.ReadOnly = readOnly is { } at && row[at]?.ToLowerInvariant() is "true" or "1";
            repository.Location = location is { } column ? row[column] : null;
        }
        _repositoriesRead = true;
        return null;
    }

    public string? AddSnapshots(string repositoryName, MySqlBatchOutput output)
    {
        if (Columns(output, out var missing, "Snapshot") is not [var name])
            return missing;
        var timestamp = output.Column("Timestamp");
        var snapshots = RepositoryNamed(repositoryName).Snapshots ??= [];
        foreach (var row in output.Rows)
        {
            if (row[name] is not { Length: > 0 } snapshot)
                continue;
            var timestamps = Timestamps(timestamp is { } at ? row[at] : null);
            if (timestamps.Length == 0)
                snapshots.Add(new SnapshotInfo(snapshot, null, null));
            foreach (var backup in timestamps)
                snapshots.Add(new SnapshotInfo(snapshot, backup, null));
        }
        return null;
    }

    /// <summary>
    /// SHOW SNAPSHOT gives each snapshot one row, the timestamps of its backups in one value, a line each; an info file
    /// left unfinished is a line "Invalid: file name", and a snapshot whose info files cannot be read has NULL (or none).
    /// </summary>
    private static string[] Timestamps(string? value) =>
        value is null ? [] : [.. value.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("Invalid: ", StringComparison.Ordinal))];

    /// <summary>
    /// The catalog, or why the answers given cannot make one: a catalog lists databases (and repositories) completely or
    /// not at all, so tables need the databases they belong to, and snapshots the repositories.
    /// </summary>
    public (StarRocksCatalog? Catalog, string? Error) Build()
    {
        if ((_tablesRead || _partitionsRead || _materializedViewsRead) && !_databasesRead)
            return (null, "--tables, --partitions and --materialized-views need --databases too: a catalog that lists databases lists them all");
        if (_partitionsRead && !_tablesRead)
            return (null, "--partitions needs --tables too: a catalog that lists a database's tables lists them all");
        if (!_repositoriesRead && _repositories.Count > 0)
            return (null, "--snapshots needs --repositories too: a catalog that lists repositories lists them all");
        // A name the cluster's repositories lack is a typo in --snapshots REPO=FILE, not a repository of its own.
        if (_repositories.Keys.FirstOrDefault(name => !_listedRepositories.Contains(name)) is { } unlisted)
            return (null, $"--snapshots names repository {unlisted}, which --repositories does not list");
        // The loader refuses a default outside the databases listed: the catalog written would never load.
        if (DefaultDatabase is { } defaultDatabase && _databasesRead && !_databases.ContainsKey(defaultDatabase))
            return (null, $"--default-database {defaultDatabase} is not among the databases --databases lists");
        return (Catalog(), null);
    }

    private StarRocksCatalog Catalog() => new(
        DefaultDatabase,
        _repositoriesRead
            ? _repositories.ToImmutableSortedDictionary(r => r.Key, r => new RepositoryInfo(r.Key, r.Value.Location, r.Value.ReadOnly,
                r.Value.Snapshots is { } snapshots ? [.. snapshots] : null, null), StringComparer.Ordinal)
            : null,
        _databasesRead
            ? _databases.ToImmutableSortedDictionary(d => d.Key, d => BuildDatabase(d.Key, d.Value), StringComparer.Ordinal)
            : null);

    private DatabaseInfo BuildDatabase(string name, Database database)
    {
        var materialized = database.MaterializedViews;
        var tables = database.Tables.Where(t => t.Value.IsBaseTable && !materialized.Contains(t.Key))
            .ToImmutableSortedDictionary(t => t.Key, t => new TableInfo(t.Key,
                t.Value.Partitions is { } partitions ? [.. partitions] : null,
                t.Value.TemporaryPartitions is { } temporary ? [.. temporary] : null,
                t.Value.Comment is { Length: > 0 } comment ? comment : null, null), StringComparer.Ordinal);
        return new DatabaseInfo(name,
            _tablesRead ? tables : null,
            // StarRocks gives a materialized view the TABLE_TYPE VIEW: without their list, which VIEW rows are views is unknown.
            _tablesRead && _materializedViewsRead ? [.. database.Views.Where(v => !materialized.Contains(v))] : null,
            _materializedViewsRead ? [.. materialized] : null,
            null,
            null);
    }

    private Database DatabaseNamed(string name) =>
        _databases.TryGetValue(name, out var database) ? database : _databases[name] = new Database();

    private Table TableNamed(string database, string name)
    {
        var tables = DatabaseNamed(database).Tables;
        return tables.TryGetValue(name, out var table) ? table : tables[name] = new Table();
    }

    private Repository RepositoryNamed(string name) =>
        _repositories.TryGetValue(name, out var repository) ? repository : _repositories[name] = new Repository();

    /// <summary>The indexes of <paramref name="names"/>, or null and the first that is missing.</summary>
    private static int[]? Columns(MySqlBatchOutput output, out string? missing, params string[] names)
    {
        var indexes = new int[names.Length];
        // No header, and no row to read a column of.
        missing = null;
        if (output.IsEmpty)
            return indexes;
        for (var i = 0; i < names.Length; i++)
        {
            if (output.Column(names[i]) is not { } index)
            {
                missing = $"no {names[i]} column";
                return null;
            }
            indexes[i] = index;
        }
        return indexes;
    }
}
