using BackupLsp.Language.Catalog;

namespace BackupLsp.Server.Cli;

/// <summary>
/// <c>backup-lsp catalog</c>: makes a catalog file from what the cluster says of itself, saved by the MySQL client in
/// batch mode (<see cref="MySqlBatchOutput"/>): databases, tables and views, partitions, materialized views, repositories and
/// each repository's snapshots. Each list that is given is complete; what is not given stays unknown.
/// </summary>
internal static class CatalogCommand
{
    public const string Usage =
        """
        Usage: backup-lsp catalog [--default-database DB] [--databases FILE] [--tables FILE] [--partitions FILE]
                                  [--materialized-views FILE] [--repositories FILE] [--snapshots REPO=FILE]...
                                  [--output FILE]

        Makes starrocks-catalog.json from the output of mysql --batch (with its header line):
          --databases            SHOW DATABASES, or SELECT SCHEMA_NAME FROM information_schema.schemata
          --tables               SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.tables
          --partitions           SELECT DB_NAME, TABLE_NAME, PARTITION_NAME, IS_TEMP FROM information_schema.partitions_meta
          --materialized-views   SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.materialized_views
          --repositories         SHOW REPOSITORIES
          --snapshots REPO=FILE  SHOW SNAPSHOT ON REPO (once per repository)
        Writes the catalog to standard output, or to --output FILE. Exit code: 0 written, 2 usage or input problem.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (CommandLine.AsksForHelp(args))
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }
        var (catalog, output, error) = await BuildAsync(args);
        if (catalog is null)
        {
            await stderr.WriteLineAsync($"backup-lsp catalog: {error}");
            return CheckCommand.UsageOrIoError;
        }
        var json = CatalogWriter.ToJson(catalog);
        if (output is null)
        {
            await stdout.WriteAsync(json);
            return 0;
        }
        try
        {
            await File.WriteAllTextAsync(output, json);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"backup-lsp catalog: cannot write {output}: {e.Message}");
            return CheckCommand.UsageOrIoError;
        }
    }

    private static async Task<(StarRocksCatalog? Catalog, string? Output, string? Error)> BuildAsync(IReadOnlyList<string> args)
    {
        var builder = new ClusterCatalogBuilder();
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (i + 1 >= args.Count)
                return (null, null, option.StartsWith('-') ? $"{option} needs a value\n\n{Usage}" : $"unexpected argument {option}\n\n{Usage}");
            var value = args[++i];
            // Every option but --default-database names a file, and an empty path names none.
            if (option != "--default-database" && value.Length == 0)
                return (null, null, $"{option} needs a file path");
            string? error;
            switch (option)
            {
                case "--default-database":
                    builder.DefaultDatabase = value;
                    continue;
                case "--output":
                    output = value;
                    continue;
                case "--snapshots":
                    var equals = value.IndexOf('=');
                    if (equals <= 0 || equals == value.Length - 1)
                        return (null, null, "--snapshots needs REPO=FILE");
                    error = await ReadAsync(value[(equals + 1)..], rows => builder.AddSnapshots(value[..equals], rows));
                    break;
                case "--databases":
                    error = await ReadAsync(value, builder.AddDatabases);
                    break;
                case "--tables":
                    error = await ReadAsync(value, builder.AddTables);
                    break;
                case "--partitions":
                    error = await ReadAsync(value, builder.AddPartitions);
                    break;
                case "--materialized-views":
                    error = await ReadAsync(value, builder.AddMaterializedViews);
                    break;
                case "--repositories":
                    error = await ReadAsync(value, builder.AddRepositories);
                    break;
                default:
                    return (null, null, $"unknown option {option}\n\n{Usage}");
            }
            if (error is not null)
                return (null, null, error);
        }
        var (catalog, problem) = builder.Build();
        return (catalog, output, problem);
    }

    /// <summary>Reads one file of batch output and hands it to <paramref name="add"/>; the error names the file.</summary>
    private static async Task<string?> ReadAsync(string path, Func<MySqlBatchOutput, string?> add)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {path}: {e.Message}";
        }
        var (rows, error) = MySqlBatchOutput.Parse(text);
        return error is not null ? $"{path}: {error}" : add(rows!) is { } problem ? $"{path}: {problem}" : null;
    }
}
