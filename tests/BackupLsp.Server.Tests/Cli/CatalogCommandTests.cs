using BackupLsp.Language.Catalog;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backup-lsp-catalog-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A file of <c>mysql --batch</c> output: tab-separated lines, the first the header.</summary>
    private string Batch(string name, params string[] lines)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await CatalogCommand.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_clusters_answers_make_a_catalog_the_server_reads()
    {
        var databases = Batch("databases.tsv", "Database", "_statistics_", "empty_db", "example_db", "information_schema");
        var tables = Batch("tables.tsv",
            "TABLE_CATALOG\tTABLE_SCHEMA\tTABLE_NAME\tTABLE_TYPE\tTABLE_COMMENT",
            "def\texample_db\torders\tBASE TABLE\tfact table\\twith a tab",
            "def\texample_db\tcustomers\tBASE TABLE\t",
            "def\texample_db\tv_orders\tVIEW\t",
            "def\texample_db\tmv_daily\tVIEW\tNULL",
            "def\tinformation_schema\ttables\tSYSTEM VIEW\t");
        var partitions = Batch("partitions.tsv",
            "DB_NAME\tTABLE_NAME\tPARTITION_NAME\tIS_TEMP",
            "example_db\torders\tp2024\tfalse",
            "example_db\torders\tp2025\tfalse",
            // A partition split into physical partitions has a row for each, under its one name.
            "example_db\torders\tp2025\tfalse",
            "example_db\torders\ttp_fix\ttrue",
            "example_db\tcustomers\tcustomers\tfalse",
            "example_db\tmv_daily\tp2024\tfalse");
        // A synchronous materialized view (ROLLUP) is an index of its table, which BACKUP cannot name.
        var materialized = Batch("mvs.tsv", "TABLE_SCHEMA\tTABLE_NAME\tREFRESH_TYPE", "example_db\tmv_daily\tASYNC",
            "example_db\torders_by_day\tROLLUP");
        var repositories = Batch("repos.tsv",
            "RepoId\tRepoName\tCreateTime\tIsReadOnly\tLocation\tBroker\tErrMsg",
            "1\tnightly_repo\t2024-01-01 00:00:00\tfalse\ts3a://bucket/nightly\t-\tNULL",
            "2\tarchive_repo\t2024-01-01 00:00:00\ttrue\ts3a://bucket/archive\t-\tNULL");
        var snapshots = Batch("nightly.tsv",
            "Snapshot\tTimestamp\tStatus",
            "snap_0101\t2024-01-01-02-00-00\\n2024-01-01-03-00-00\tOK");

        var (exitCode, json, stderr) = await Run("--default-database", "example_db", "--databases", databases, "--tables", tables,
            "--partitions", partitions, "--materialized-views", materialized, "--repositories", repositories,
            "--snapshots", $"nightly_repo={snapshots}");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var loaded = CatalogLoader.Parse(json);
        Assert.Null(loaded.Error);
        var catalog = loaded.Catalog!;
        Assert.Equal("example_db", catalog.DefaultDatabase);
        Assert.Equal(["_statistics_", "empty_db", "example_db", "information_schema"], catalog.Databases!.Keys);
        // A database the queries show empty has empty lists: its tables are known to be none.
        Assert.Empty(catalog.FindDatabase("empty_db")!.Tables!);
        Assert.Empty(catalog.FindDatabase("empty_db")!.Views!.Value);

        var example = catalog.FindDatabase("example_db")!;
        Assert.Equal(["customers", "orders"], example.Tables!.Keys);
        Assert.Equal(["v_orders"], example.Views!.Value.ToArray());
        Assert.Equal(["mv_daily"], example.MaterializedViews!.Value.ToArray());
        Assert.Null(example.Functions);
        var orders = example.Tables["orders"];
        Assert.Equal(["p2024", "p2025"], orders.Partitions!.Value.ToArray());
        Assert.Equal(["tp_fix"], orders.TemporaryPartitions!.Value.ToArray());
        Assert.Equal("fact table\twith a tab", orders.Comment);
        Assert.Null(example.Tables["customers"].Comment);

        Assert.Equal(["archive_repo", "nightly_repo"], catalog.Repositories!.Keys);
        Assert.True(catalog.FindRepository("archive_repo")!.ReadOnly);
        Assert.Null(catalog.FindRepository("archive_repo")!.Snapshots);
        var nightly = catalog.FindRepository("nightly_repo")!;
        Assert.False(nightly.ReadOnly);
        Assert.Equal("s3a://bucket/nightly", nightly.Location);
        Assert.Equal([("snap_0101", "2024-01-01-02-00-00"), ("snap_0101", "2024-01-01-03-00-00")],
            nightly.Snapshots!.Value.Select(s => (s.Name, s.Timestamp)));
    }

    [Fact]
    public async Task A_snapshots_timestamps_one_a_line_are_each_a_backup_and_an_unreadable_one_has_none()
    {
        // StarRocks joins a snapshot's timestamps with newlines, which mysql --batch writes as \n; an unfinished info
        // file is "Invalid: <file>", and a snapshot whose info cannot be read has StarRocks' null text \N (which the client
        // writes as \\N), or NULL (none found: empty).
        var repositories = Batch("repos.tsv", "RepoId\tRepoName\tCreateTime\tIsReadOnly\tLocation\tBroker\tErrMsg",
            "1\tnightly_repo\t2024-01-01 00:00:00\tfalse\ts3a://bucket/nightly\t-\tNULL");
        var snapshots = Batch("nightly.tsv",
            "Snapshot\tTimestamp\tStatus",
            "snap_0101\t2024-01-01-02-00-00\\n2024-01-02-02-00-00\\nInvalid: __info_2024-01-03-02-00-00.part\tOK",
            "snap_0102\tInvalid: __info_2024-01-04-02-00-00.part\tOK",
            "snap_unlisted\tNULL\tERROR: Failed to get info: connection reset",
            "snap_unread\t\\\\N\tERROR: Failed to get info: connection reset",
            "snap_empty\t\tERROR: no snapshot");

        var (exitCode, json, stderr) = await Run("--repositories", repositories, "--snapshots", $"nightly_repo={snapshots}");

        Assert.Equal((0, ""), (exitCode, stderr));
        var nightly = CatalogLoader.Parse(json).Catalog!.FindRepository("nightly_repo")!;
        Assert.Equal([("snap_0101", "2024-01-01-02-00-00"), ("snap_0101", "2024-01-02-02-00-00"), ("snap_0102", null), ("snap_unlisted", null),
            ("snap_unread", null), ("snap_empty", null)],
            nightly.Snapshots!.Value.Select(s => (s.Name, s.Timestamp)));
    }

    [Fact]
    public async Task An_empty_answer_where_a_cluster_may_have_none_is_an_empty_list_with_a_note()
    {
        // mysql --batch writes nothing, not even the header, for an answer without rows.
        var (databases, tables) = (Batch("databases.tsv", "Database", "db"), Batch("tables.tsv", "TABLE_SCHEMA\tTABLE_NAME\tTABLE_TYPE", "db\tv\tVIEW"));
        var (materialized, repositories) = (Path.Combine(_directory, "mvs.tsv"), Path.Combine(_directory, "repos.tsv"));
        File.WriteAllText(materialized, "");
        File.WriteAllText(repositories, "");

        var (exitCode, json, stderr) = await Run("--databases", databases, "--tables", tables, "--materialized-views", materialized,
            "--repositories", repositories);

        Assert.Equal(0, exitCode);
        var catalog = CatalogLoader.Parse(json).Catalog!;
        Assert.Empty(catalog.Repositories!);
        Assert.Empty(catalog.FindDatabase("db")!.MaterializedViews!.Value);
        Assert.Equal("v", Assert.Single(catalog.FindDatabase("db")!.Views!.Value));
        Assert.Equal(
            $"backup-lsp catalog: note: {materialized} is empty, read as no materialized views (mysql --batch writes nothing for an answer without rows; if its query failed instead, run it again)\n" +
            $"backup-lsp catalog: note: {repositories} is empty, read as no repositories (mysql --batch writes nothing for an answer without rows; if its query failed instead, run it again)\n",
            stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task What_is_not_given_stays_unknown()
    {
        var databases = Batch("databases.tsv", "SCHEMA_NAME", "db");
        var tables = Batch("tables.tsv", "TABLE_SCHEMA\tTABLE_NAME\tTABLE_TYPE", "db\tt\tBASE TABLE");
        var (exitCode, json, _) = await Run("--databases", databases, "--tables", tables);
        Assert.Equal(0, exitCode);
        var catalog = CatalogLoader.Parse(json).Catalog!;
        Assert.Null(catalog.Repositories);
        Assert.Null(catalog.DefaultDatabase);
        var database = catalog.FindDatabase("db")!;
        Assert.Null(database.MaterializedViews);
        Assert.Null(database.Tables!["t"].Partitions);
        Assert.Equal("{\n  \"databases\": {\n    \"db\": {\n      \"tables\": {\n        \"t\": {}\n      }\n    }\n  }\n}\n", json);
    }

    [Fact]
    public async Task Materialized_views_which_StarRocks_calls_views_and_lists_the_partitions_of_are_neither_tables_nor_views()
    {
        var databases = Batch("databases.tsv", "Database", "db");
        var tables = Batch("tables.tsv", "TABLE_SCHEMA\tTABLE_NAME\tTABLE_TYPE", "db\tt\tBASE TABLE", "db\tv\tVIEW", "db\tmv\tVIEW");
        var partitions = Batch("partitions.tsv", "DB_NAME\tTABLE_NAME\tPARTITION_NAME\tIS_TEMP", "db\tt\tp1\t0", "db\tmv\tp1\t0");

        var (exitCode, json, _) = await Run("--databases", databases, "--tables", tables, "--partitions", partitions);

        Assert.Equal(0, exitCode);
        var database = CatalogLoader.Parse(json).Catalog!.FindDatabase("db")!;
        Assert.Equal(["t"], database.Tables!.Keys);
        // Without --materialized-views the VIEW rows cannot be told apart: the views stay unknown rather than wrong.
        Assert.Null(database.Views);
        Assert.Null(database.MaterializedViews);
    }

    [Fact]
    public async Task An_options_value_may_follow_its_equals_sign()
    {
        var repositories = Batch("repos.tsv", "RepoName\tIsReadOnly\tLocation", "r\tfalse\thdfs://x");
        var output = Path.Combine(_directory, "starrocks-catalog.json");
        var (exitCode, _, stderr) = await Run($"--repositories={repositories}", $"--output={output}");
        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Equal("hdfs://x", CatalogLoader.Load(output).Catalog!.FindRepository("r")!.Location);
    }

    [Fact]
    public async Task The_catalog_is_written_to_a_file_only_when_asked()
    {
        var repositories = Batch("repos.tsv", "RepoName\tIsReadOnly\tLocation", "r\tfalse\thdfs://x");
        var output = Path.Combine(_directory, "starrocks-catalog.json");
        var (exitCode, stdout, _) = await Run("--repositories", repositories, "--output", output);
        Assert.Equal(0, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("hdfs://x", CatalogLoader.Load(output).Catalog!.FindRepository("r")!.Location);
    }

    [Fact]
    public async Task A_dot_dot_after_a_link_goes_up_from_where_the_link_leads_as_the_shell_goes()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "shared", "dumps"));
        Directory.CreateSymbolicLink(Path.Combine(_directory, "lnk"), Path.Combine(_directory, "shared", "dumps"));
        Batch("repos.tsv", "RepoName\tIsReadOnly\tLocation", "beside\tfalse\thdfs://beside");
        Batch(Path.Combine("shared", "repos.tsv"), "RepoName\tIsReadOnly\tLocation", "shared\tfalse\thdfs://shared");
        var through = Path.Combine(_directory, "lnk", "..");

        var (exitCode, _, stderr) = await Run("--repositories", Path.Combine(through, "repos.tsv"), "--output", Path.Combine(through, "c.json"));

        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.False(File.Exists(Path.Combine(_directory, "c.json")));
        Assert.NotNull(CatalogLoader.Load(Path.Combine(_directory, "shared", "c.json")).Catalog!.FindRepository("shared"));
    }

    [Theory]
    [InlineData("--tables", "TABLE_SCHEMA\tTABLE_NAME\nexample_db\tt", "tables.tsv: no TABLE_TYPE column")]
    [InlineData("--partitions", "DB_NAME\tTABLE_NAME\tPARTITION_NAME\ndb\tt", "partitions.tsv: line 2 has 2 values, the header 3 columns")]
    [InlineData("--databases", "", "databases.tsv: it is empty, but every cluster answers this query with rows")]
    [InlineData("--partitions", "\n", "partitions.tsv: it is empty, but every cluster answers this query with rows")]
    [InlineData("--databases", "Name\nexample_db", "databases.tsv: no SCHEMA_NAME (or Database) column")]
    [InlineData("--materialized-views", "TABLE_NAME\nmv1", "materialized-views.tsv: no TABLE_SCHEMA column")]
    [InlineData("--materialized-views", "TABLE_SCHEMA\tTABLE_NAME\ndb\tmv1", "materialized-views.tsv: no REFRESH_TYPE column")]
    [InlineData("--repositories", "Name\tLocation\nr\thdfs://x", "repositories.tsv: no RepoName column")]
    public async Task Input_that_is_not_the_expected_answer_is_refused_with_the_file_and_the_reason(string option, string content, string message)
    {
        var path = Path.Combine(_directory, $"{option.TrimStart('-')}.tsv");
        File.WriteAllText(path, content);
        var (exitCode, stdout, stderr) = await Run(option, path);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith($"backup-lsp catalog: {path.Replace($"{option.TrimStart('-')}.tsv", "")}{message}", stderr);
    }

    [Fact]
    public async Task Tables_without_their_databases_or_snapshots_without_the_repositories_are_refused()
    {
        // A listed collection is complete: tables alone would list only the databases that have some.
        var tables = Batch("tables.tsv", "TABLE_SCHEMA\tTABLE_NAME\tTABLE_TYPE", "db\tt\tBASE TABLE");
        var (exitCode, _, stderr) = await Run("--tables", tables);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains("need --databases too", stderr);
        var snapshots = Batch("snapshots.tsv", "Snapshot\tTimestamp\tStatus", "s\t2024-01-01-00-00-00\tOK");
        (exitCode, _, stderr) = await Run("--snapshots", $"r={snapshots}");
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains("needs --repositories too", stderr);
        var databases = Batch("databases.tsv", "Database", "db");
        var partitions = Batch("partitions.tsv", "DB_NAME\tTABLE_NAME\tPARTITION_NAME", "db\tt\tp1");
        (exitCode, _, stderr) = await Run("--databases", databases, "--partitions", partitions);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains("--partitions needs --tables too", stderr);
    }

    [Fact]
    public async Task Snapshots_of_a_repository_the_cluster_does_not_list_are_refused()
    {
        var repositories = Batch("repositories.tsv", "RepoName\tLocation\tIsReadOnly", "nightly_repo\ts3a://b/n\tfalse");
        var snapshots = Batch("snapshots.tsv", "Snapshot\tTimestamp", "s\t2024-01-01-00-00-00");
        var (exitCode, stdout, stderr) = await Run("--repositories", repositories, "--snapshots", $"nightly_rep={snapshots}");
        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.Contains("--snapshots names repository nightly_rep, which --repositories does not list", stderr);
        (exitCode, stdout, _) = await Run("--repositories", repositories, "--snapshots", $"nightly_repo={snapshots}");
        Assert.Equal(0, exitCode);
        Assert.Contains("\"s\"", stdout);
    }

    [Fact]
    public async Task A_default_database_the_cluster_does_not_list_is_refused()
    {
        var databases = Batch("databases.tsv", "SCHEMA_NAME", "sales");
        var (exitCode, stdout, stderr) = await Run("--databases", databases, "--default-database", "salse");
        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.Contains("--default-database salse is not among the databases --databases lists", stderr);
        (exitCode, stdout, _) = await Run("--databases", databases, "--default-database", "sales");
        Assert.Equal(0, exitCode);
        Assert.Equal("sales", CatalogLoader.Parse(stdout).Catalog!.DefaultDatabase);
    }

    [Theory]
    [InlineData("--tables needs a value", "--tables")]
    [InlineData("--snapshots needs REPO=FILE", "--snapshots", "repo")]
    [InlineData("unknown option --colour", "--colour", "x")]
    [InlineData("unexpected argument x.tsv", "x.tsv")]
    public async Task Bad_usage_exits_2_with_one_line_and_a_pointer_to_the_help(string message, params string[] args)
    {
        var (exitCode, stdout, stderr) = await Run(args);
        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        // The problem and where the options are told, not the whole usage, which would push the problem off a CI log's view.
        Assert.Equal($"backup-lsp catalog: {message}\n{CatalogCommand.HelpPointer}{Environment.NewLine}", stderr);
    }

    [Theory]
    [InlineData("unknown option --bogus", "--bogus")]
    [InlineData("unknown option --bogus=x.tsv", "--bogus=x.tsv")]
    [InlineData("unknown option --tabels (did you mean --tables?)", "--tabels", "t.tsv")]
    [InlineData("--default-database needs a database name", "--default-database", "")]
    [InlineData("unknown option --OUTPUT (did you mean --output?)", "--OUTPUT", "c.json")]
    // An option in a value's place (an unset variable in `--output $OUT --tables t.tsv`) is no value: no file named --tables.
    [InlineData("--output needs a value", "--output", "--tables", "t.tsv")]
    [InlineData("--databases needs a value", "--databases", "--tables", "t.tsv")]
    public async Task Unknown_and_repeated_options_are_named_as_such(string message, params string[] args)
    {
        var (exitCode, _, stderr) = await Run(args);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.StartsWith($"backup-lsp catalog: {message}", stderr);
    }

    [Fact]
    public async Task A_list_given_twice_is_refused_rather_than_listed_twice()
    {
        var databases = Batch("databases.tsv", "Database", "example_db");
        var repositories = Batch("repositories.tsv", "RepoId\tRepoName\tCreateTime\tIsReadOnly\tLocation\tBroker\tErrMsg", "1\tr\t2024-01-01\tfalse\ts3://b\t-\tNULL");
        var snapshots = Batch("snapshots.tsv", "Snapshot\tTimestamp\tStatus", "s1\t2024-01-01-00-00-00\tOK");

        var twice = await Run("--databases", databases, "--databases", databases);
        var snapshotsTwice = await Run("--repositories", repositories, "--snapshots", $"r={snapshots}", "--snapshots", $"r={snapshots}");

        Assert.Equal((CheckCommand.UsageOrIoError, $"backup-lsp catalog: --databases is given twice\n{CatalogCommand.HelpPointer}"), (twice.ExitCode, twice.Stderr.TrimEnd()));
        Assert.Equal((CheckCommand.UsageOrIoError, $"backup-lsp catalog: --snapshots r is given twice\n{CatalogCommand.HelpPointer}"), (snapshotsTwice.ExitCode, snapshotsTwice.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task Input_that_is_not_utf8_is_refused_rather_than_read_with_replaced_letters()
    {
        var path = Path.Combine(_directory, "databases.tsv");
        File.WriteAllBytes(path, [.. "Database\ncaf"u8, 0xE9, .. "_db\n"u8]);
        var (exitCode, stdout, stderr) = await Run("--databases", path);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith($"backup-lsp catalog: {path} is not valid UTF-8", stderr);
    }

    [Fact]
    public async Task A_device_that_never_ends_is_refused_at_the_size_limit()
    {
        var (exitCode, _, stderr) = await Run("--databases", "/dev/zero");
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.StartsWith("backup-lsp catalog: /dev/zero is too large", stderr);
    }

    [Fact]
    public async Task Max_file_size_bounds_every_listing_also_one_named_before_it()
    {
        // 20 bytes.
        var databases = Batch("databases.tsv", "Database", "example_db");

        var before = await Run("--databases", databases, "--max-file-size", "19");
        var after = await Run("--max-file-size=19", "--databases", databases);
        var enough = await Run("--databases", databases, "--max-file-size", "1K");

        foreach (var (exitCode, stdout, stderr) in new[] { before, after })
            Assert.Equal((CheckCommand.UsageOrIoError, "", $"backup-lsp catalog: {databases} is too large: over the --max-file-size limit of 19 bytes"),
                (exitCode, stdout, stderr.TrimEnd()));
        Assert.Equal(0, enough.ExitCode);
        Assert.StartsWith("backup-lsp catalog: --max-file-size must be a number of bytes, or of K, M or G", (await Run("--max-file-size", "2G", "--databases", databases)).Stderr);
    }

    [Fact]
    public async Task A_listing_over_256_mebibytes_is_refused_by_default()
    {
        // Sparse: the size is judged before anything is read.
        var partitions = Path.Combine(_directory, "partitions.tsv");
        using (var file = File.Create(partitions))
            file.SetLength(256 * 1024 * 1024 + 1);
        var databases = Batch("databases.tsv", "Database", "example_db");

        var (exitCode, _, stderr) = await Run("--databases", databases, "--partitions", partitions);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.StartsWith($"backup-lsp catalog: {partitions} is too large: over the --max-file-size limit of 268,435,456 bytes", stderr);
    }

    [Theory]
    [InlineData("--databases", "")]
    [InlineData("--output", "")]
    [InlineData("--snapshots", "repo=")]
    public async Task An_empty_file_path_is_a_usage_error(string option, string value)
    {
        var (exitCode, stdout, stderr) = await Run(option, value);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith(option == "--snapshots" ? "backup-lsp catalog: --snapshots needs REPO=FILE" : $"backup-lsp catalog: {option} needs a file path", stderr);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var (exitCode, stdout, stderr) = await Run("--help");
        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Contains("--snapshots REPO=FILE", stdout);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_or_written_is_an_io_problem_named_with_its_path()
    {
        var missing = Path.Combine(_directory, "no-such.tsv");
        var (exitCode, stdout, stderr) = await Run("--repositories", missing);
        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.StartsWith($"backup-lsp catalog: cannot read {missing}: ", stderr);

        var repositories = Batch("repos.tsv", "RepoName\tIsReadOnly\tLocation", "r\tfalse\thdfs://x");
        var unwritable = Path.Combine(_directory, "no-such-folder", "starrocks-catalog.json");
        (exitCode, stdout, stderr) = await Run("--repositories", repositories, "--output", unwritable);
        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.StartsWith($"backup-lsp catalog: cannot write {unwritable}: ", stderr);
        Assert.DoesNotContain(".tmp", stderr);

        (exitCode, _, stderr) = await Run("--repositories", repositories, "--output", _directory);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal($"backup-lsp catalog: cannot write {_directory}: it is a folder", stderr.Trim());
    }

    [Fact]
    public async Task Output_over_a_catalog_replaces_it_whole_with_its_mode()
    {
        if (!OperatingSystem.IsLinux())
            return;
        var output = Path.Combine(_directory, "starrocks-catalog.json");
        File.WriteAllText(output, "{}");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var before = UnixFileStatus.Of(output);
        var repositories = Batch("repos.tsv", "RepoName\tIsReadOnly\tLocation", "r\tfalse\thdfs://x");

        Assert.Equal(0, (await Run("--repositories", repositories, "--output", output)).ExitCode);

        var after = UnixFileStatus.Of(output);
        Assert.NotEqual(before.Inode, after.Inode);
        Assert.Equal(before with { Inode = after.Inode }, after);
        Assert.Contains("hdfs://x", File.ReadAllText(output));
        Assert.Equal(["repos.tsv", "starrocks-catalog.json"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Output_on_a_full_disk_leaves_an_empty_file_empty()
    {
        await using var disk = await SmallDisk.MountAsync(Path.Combine(_directory, "disk"), "16k");
        if (disk is null)
            return;
        var databases = Batch("databases.tsv", ["Database", .. Enumerable.Range(0, 2000).Select(i => $"database_{i}")]);
        var output = Path.Combine(disk.Root, "out.json");
        File.WriteAllText(output, "");

        var (exitCode, _, _) = await Run("--databases", databases, "--output", output);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal(0, new FileInfo(output).Length);
        Assert.Equal(["out.json"], Directory.GetFiles(disk.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Output_to_a_device_or_a_fifo_is_written_through()
    {
        // What holds nothing has nothing to lose: no copy is written beside it (none can be beside a pipe).
        var repositories = Batch("repos.tsv", "RepoName\tIsReadOnly\tLocation", "r\tfalse\thdfs://x");
        Assert.Equal(0, (await Run("--repositories", repositories, "--output", "/dev/null")).ExitCode);

        var fifo = Path.Combine(_directory, "catalog.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
            await mkfifo.WaitForExitAsync();
        var read = Task.Run(() => File.ReadAllText(fifo));
        Assert.Equal(0, (await Run("--repositories", repositories, "--output", fifo)).ExitCode);
        Assert.Contains("hdfs://x", await read.WaitAsync(LspTestClient.Timeout));
    }
}
