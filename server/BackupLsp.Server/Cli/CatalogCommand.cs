using System.Text;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Catalog.Cluster;
using BackupLsp.Language.Text;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Cli;

/// <summary>
/// <c>backup-lsp catalog</c>: makes a catalog file from what the cluster says of itself, saved by the MySQL client in
/// batch mode (<see cref="MySqlBatchOutput"/>): databases, tables and views, partitions, materialized views, repositories and
/// each repository's snapshots. Each list that is given is complete; what is not given stays unknown.
/// </summary>
internal static class CatalogCommand
{
    /// <summary>
    /// Larger than check's: a listing holds a row for each partition, and a cluster's are many. One of 4,000 tables of 1,000
    /// partitions each, with names of 20 to 25 characters, is 204 MB; made into a catalog (100 MB) it takes 3.3 GB of memory
    /// at its peak, well inside a CI runner's. A file committed or saved by mistake, or a device, is refused at once.
    /// </summary>
    public const long DefaultMaxFileBytes = 256 * 1024 * 1024;

    public const string Usage =
        """
        Usage: backup-lsp catalog [--default-database DB] [--databases FILE] [--tables FILE] [--partitions FILE]
                                  [--materialized-views FILE] [--repositories FILE] [--snapshots REPO=FILE]...
                                  [--max-file-size SIZE] [--output FILE]

        Makes starrocks-catalog.json from the output of mysql --batch (with its header line):
          --databases            SHOW DATABASES, or SELECT SCHEMA_NAME FROM information_schema.schemata
          --tables               SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.tables
          --partitions           SELECT DB_NAME, TABLE_NAME, PARTITION_NAME, IS_TEMP FROM information_schema.partitions_meta
          --materialized-views   SELECT TABLE_SCHEMA, TABLE_NAME, REFRESH_TYPE FROM information_schema.materialized_views
          --repositories         SHOW REPOSITORIES
          --snapshots REPO=FILE  SHOW SNAPSHOT ON REPO (once per repository)
        --default-database DB names the database a statement that names none works in (the scripts' USE); with
        --databases, it must be one of them. --max-file-size SIZE (bytes, or with a K, M or G suffix: 1024, 1024² or
        1024³ bytes; default 256M) is the largest file read: a larger one is refused (exit 2).
        Writes the catalog to standard output, or to --output FILE. Exit code: 0 written, 2 usage or input problem.
        """;

    public const string HelpPointer = "Try 'backup-lsp catalog --help' for the options.";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (CommandLine.AsksForHelp(args))
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }
        var notes = new List<string>();
        var (catalog, output, error) = Build(args, notes);
        foreach (var note in notes)
            await stderr.WriteLineAsync($"backup-lsp catalog: note: {note}");
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
            await FileOverwrite.WriteAsync(FileLinks.AsTheShellReadsIt(output), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(json));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"backup-lsp catalog: cannot write {output}: {e.Message}");
            return CheckCommand.UsageOrIoError;
        }
    }

    private static (StarRocksCatalog? Catalog, string? Output, string? Error) Build(IReadOnlyList<string> args, List<string> notes)
    {
        var builder = new ClusterCatalogBuilder();
        string? output = null;
        var given = new HashSet<string>(StringComparer.Ordinal);
        var maxFileBytes = DefaultMaxFileBytes;
        // Read once every option is known: --max-file-size bounds the files named before it too.
        var reads = new List<Func<string?>>();
        for (var i = 0; i < args.Count; i++)
        {
            // `--output=x.json` or `--output x.json`.
            var (option, inline) = CommandLine.SplitValue(args[i], Options);
            if (!Options.Contains(option))
                return UsageError(!option.StartsWith('-') ? $"unexpected argument {option}"
                    : EditDistance.Suggest(option, Options, caseMatters: true) is { } meant ? $"unknown option {option} (did you mean {meant}?)"
                    : $"unknown option {option}");
            if ((inline ?? CommandLine.NextValue(args, ref i)) is not { } value)
                return UsageError($"{option} needs a value");
            // A list given twice would be listed twice; one repository's snapshots likewise.
            var key = option == "--snapshots" ? $"{option} {value[..Math.Max(value.IndexOf('='), 0)]}" : option;
            if (!given.Add(key))
                return UsageError($"{key} is given twice");
            // Every option but --default-database and --max-file-size names a file, and an empty path names none; nor does an
            // empty name a database, or an empty size a size.
            if (value.Length == 0)
                return UsageError(option == "--default-database" ? $"{option} needs a database name"
                    : option == FileSizeLimit.Option ? FileSizeLimit.Problem : $"{option} needs a file path");
            switch (option)
            {
                case "--default-database":
                    builder.DefaultDatabase = value;
                    continue;
                case "--output":
                    output = value;
                    continue;
                case FileSizeLimit.Option:
                    if (!FileSizeLimit.TryParse(value, out maxFileBytes))
                        return UsageError(FileSizeLimit.Problem);
                    continue;
                case "--snapshots":
                    var equals = value.IndexOf('=');
                    if (equals <= 0 || equals == value.Length - 1)
                        return UsageError("--snapshots needs REPO=FILE");
                    reads.Add(() => Read(value[(equals + 1)..], rows => builder.AddSnapshots(value[..equals], rows), maxFileBytes, notes, "no snapshots in the repository"));
                    break;
                case "--databases":
                    reads.Add(() => Read(value, builder.AddDatabases, maxFileBytes, notes));
                    break;
                case "--tables":
                    reads.Add(() => Read(value, builder.AddTables, maxFileBytes, notes));
                    break;
                case "--partitions":
                    reads.Add(() => Read(value, builder.AddPartitions, maxFileBytes, notes));
                    break;
                case "--materialized-views":
                    reads.Add(() => Read(value, builder.AddMaterializedViews, maxFileBytes, notes, "no materialized views"));
                    break;
                case "--repositories":
                    reads.Add(() => Read(value, builder.AddRepositories, maxFileBytes, notes, "no repositories"));
                    break;
                default:
                    return UsageError($"unknown option {option}");
            }
        }
        foreach (var read in reads)
            if (read() is { } error)
                return (null, null, error);
        var (catalog, problem) = builder.Build();
        return (catalog, output, problem);
    }

    /// <summary>The one problem and where the options are told, as check tells its usage errors: the whole usage would push the problem off a CI log's view.</summary>
    private static (StarRocksCatalog? Catalog, string? Output, string? Error) UsageError(string problem) => (null, null, $"{problem}\n{HelpPointer}");

    private static readonly HashSet<string> Options = new(StringComparer.Ordinal)
    {
        "--default-database", "--output", FileSizeLimit.Option, "--snapshots", "--databases", "--tables", "--partitions", "--materialized-views", "--repositories",
    };

    /// <summary>
    /// Reads one file of batch output and hands it to <paramref name="add"/>; the error names the file. Bounded by
    /// <paramref name="maxFileBytes"/> (a device or pipe reports no size), and UTF-8 only: a name read with U+FFFD for its bytes would be a
    /// name the cluster does not have. An empty file is the client's answer without rows where a cluster may have none
    /// (<paramref name="emptyMeans"/> says what, in a note, as it is also what a failed query leaves), and refused where
    /// every cluster answers with some (databases, tables, partitions): there the query failed.
    /// </summary>
    private static string? Read(string path, Func<MySqlBatchOutput, string?> add, long maxFileBytes, List<string> notes, string? emptyMeans = null)
    {
        string text;
        try
        {
            if (ScriptText.Read(FileLinks.AsTheShellReadsIt(path), maxFileBytes) is not var (read, valid, encoding))
                return $"{path} is too large: {FileSizeLimit.OverTheLimit(maxFileBytes)}";
            if (!valid)
                return $"{path} is not valid {encoding}: save the client's output as UTF-8 (mysql --default-character-set=utf8mb4)";
            text = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {path}: {e.Message}";
        }
        var (rows, error) = MySqlBatchOutput.Parse(text);
        if (rows is { IsEmpty: true })
        {
            if (emptyMeans is null)
                return $"{path}: it is empty, but every cluster answers this query with rows: the query failed, or mysql ran with --skip-column-names (run it again with --batch, keeping the header line)";
            notes.Add($"{path} is empty, read as {emptyMeans} (mysql --batch writes nothing for an answer without rows; if its query failed instead, run it again)");
        }
        return error is not null ? $"{path}: {error}" : add(rows!) is { } problem ? $"{path}: {problem}" : null;
    }
}
