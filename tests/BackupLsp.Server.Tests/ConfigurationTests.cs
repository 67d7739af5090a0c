using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private const string DuplicateTable = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);";
    private const string Catalog = """{ "repositories": { "example_repo": { "location": "s3a://bucket/backup" } }, "databases": { "example_db": { "tables": { "t1": {} }, "views": [], "materializedViews": [] } } }""";

    private readonly string _folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    private string Uri => new Uri(Path.Combine(_folder, "script.sql")).AbsoluteUri;

    private string CatalogFile => Path.Combine(_folder, "starrocks-catalog.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Once_connected_information_goes_to_the_clients_log_alone_and_warnings_to_stderr_too()
    {
        // Clients show what a server writes to stderr as errors; the client's log has the information already.
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder, new { starrocksVersion = "latest" });
        await Wait.UntilAsync(() => client.LogMessages.Any(m => m.GetProperty("message").GetString()!.StartsWith("catalog: ")));
        await Wait.UntilAsync(() => client.ServerStderr.Contains("'latest' is not a version"));
        Assert.Contains(client.LogMessages, m => m.GetProperty("message").GetString()!.Contains("'latest' is not a version"));
        Assert.DoesNotContain("[backup-lsp info]", client.ServerStderr);
    }

    [Fact]
    public async Task The_catalogs_log_line_counts_in_words_that_agree_with_the_count()
    {
        File.WriteAllText(CatalogFile, """{ "repositories": { "r": {} }, "databases": { "db": { "tables": { "t": {} } } } }""");
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await Wait.UntilAsync(() => client.LogMessages.Any(m => m.GetProperty("message").GetString()!.StartsWith("catalog: ")));
        Assert.Contains(client.LogMessages, m => m.GetProperty("message").GetString() == $"catalog: {CatalogFile}: 1 repository, 1 database, 1 table");
    }

    [Fact]
    public async Task Rule_severities_come_from_initialization_options()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder,
            new { starrocksBackup = new { ruleSeverity = new { SRB300 = "warning" } } });
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Equal(2, Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray()).GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task Configuration_is_pulled_again_on_change_and_re_analyses_open_documents()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(configuration: true), _folder);
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        client.Settings = JsonSerializer.SerializeToElement(new { ruleSeverity = new { duplicate_table = "off", SRB300 = "off" }, starrocksVersion = "3.3" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        // The initial configuration pull may re-publish version 1 unchanged first; then the rule turned off must
        // clear it (the wait times out otherwise).
        await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
        await client.ChangeAsync(Uri, 2, new { text = "BACKUP DATABASE example_db SNAPSHOT s1 TO example_repo;" });
        Assert.Equal(["SRB500"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 2)));
    }

    [Fact]
    public async Task An_answer_to_an_older_pull_that_comes_after_a_newer_one_is_ignored()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(configuration: true), _folder);
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        var release = new TaskCompletionSource();
        var held = client.HoldNextConfiguration(release.Task);
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await held.WaitAsync(LspTestClient.Timeout);
        client.Settings = JsonSerializer.SerializeToElement(new { ruleSeverity = new { SRB300 = "off" } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);

        // The held answer (the settings before the change) now arrives last: applied, it would bring SRB300 back.
        release.SetResult();
        Assert.False(await client.ReceivesDiagnosticsAsync(Uri, TimeSpan.FromMilliseconds(500)));
        await client.ChangeAsync(Uri, 2, new { text = DuplicateTable + " " });
        Assert.Empty((await client.DiagnosticsAsync(Uri, 2)).EnumerateArray());
    }

    [Theory]
    [InlineData(ConfigurationAnswer.Error, "could not read the configuration: the settings cannot be read")]
    [InlineData(ConfigurationAnswer.Null, "could not read the configuration: the client answered null, not a list of settings")]
    [InlineData(ConfigurationAnswer.MethodNotFound, "could not read the configuration: workspace/configuration is not supported")]
    public async Task A_configuration_the_client_fails_to_give_is_logged_and_the_settings_stay(ConfigurationAnswer answer, string logged)
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(configuration: true), _folder);
        await client.OpenAsync(Uri, DuplicateTable);
        client.Settings = JsonSerializer.SerializeToElement(new { ruleSeverity = new { SRB300 = "off" } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);

        client.ConfigurationAnswer = answer;
        client.Settings = JsonSerializer.SerializeToElement(new { });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await Wait.UntilAsync(() => client.ServerStderr.Contains(logged));
        Assert.Contains(logged, client.ServerStderr);

        await client.ChangeAsync(Uri, 2, new { text = DuplicateTable + " " });
        Assert.Empty((await client.DiagnosticsAsync(Uri, 2)).EnumerateArray());
    }

    [Fact]
    public async Task Settings_a_configuration_answer_leaves_out_keep_what_the_initialization_options_said()
    {
        // As eglot answers the pull when only its initializationOptions are set: with an empty section.
        Directory.CreateDirectory(Path.Combine(_folder, "conf"));
        File.WriteAllText(Path.Combine(_folder, "conf", "cat.json"), Catalog);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(configuration: true), _folder,
            new { catalogPath = "conf/cat.json", ruleSeverity = new { SRB300 = "warning" } });
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t2, t1);");
        await client.DiagnosticsWhenAsync(Uri, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB602", "SRB300"])
            && d[1].GetProperty("severity").GetInt32() == 2);

        client.Settings = JsonSerializer.SerializeToElement(new { ruleSeverity = new { SRB300 = "off" } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });

        // The answer's rule level applies; the catalog path it leaves out stays the initialization options' one.
        await client.DiagnosticsWhenAsync(Uri, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB602"]));
    }

    [Fact]
    public async Task Pushed_settings_apply_when_the_client_cannot_be_asked()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { starrocksBackup = new { ruleSeverity = new { SRB300 = "hint" } } } });
        Assert.Equal(4, Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray()).GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task Only_a_client_that_declares_it_takes_the_status_notification_gets_it()
    {
        // To any other client it is a notification of a method it does not know.
        await using var client = await LspTestClient.StartAsync(new { }, _folder);
        await client.OpenAsync("file:///status.sql", "SHOW BACKUP FROM db1;");
        await client.DiagnosticsAsync("file:///status.sql", 1);
        Assert.Equal(0, client.UnreadStatuses);
    }

    [Fact]
    public async Task A_client_that_registers_dynamically_is_asked_to_send_changes_of_the_section()
    {
        var capabilities = new { workspace = new { configuration = true, didChangeConfiguration = new { dynamicRegistration = true } }, experimental = LspTestClient.StatusCapability };
        await using var client = await LspTestClient.StartAsync(capabilities, _folder);
        await client.StatusAsync();
        var registration = Assert.Single(client.Registrations).GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeConfiguration", registration.GetProperty("method").GetString());
        Assert.Equal("starrocksBackup", registration.GetProperty("registerOptions").GetProperty("section").GetString());
        Assert.False(registration.GetProperty("registerOptions").TryGetProperty("watchers", out _));

        // The notification VS Code then sends carries no settings: the server pulls them.
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        client.Settings = JsonSerializer.SerializeToElement(new { ruleSeverity = new { SRB300 = "off" } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
    }

    [Fact]
    public async Task The_workspace_catalog_is_loaded_watched_and_announced()
    {
        File.WriteAllText(CatalogFile, Catalog);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(watchedFiles: true), _folder);
        var status = await client.CatalogStatusAsync();
        Assert.Equal(CatalogFile, status.GetProperty("catalog").GetProperty("path").GetString());
        Assert.Equal(1, status.GetProperty("catalog").GetProperty("tables").GetInt32());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("catalogError").ValueKind);
        var registration = Assert.Single(client.Registrations).GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("method").GetString());
        Assert.Equal("**/starrocks-catalog.json", registration.GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());

        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO other_repo ON (t2);");
        Assert.Equal(["SRB600", "SRB602"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)).Order());

        File.WriteAllText(CatalogFile, Catalog.Replace("example_repo", "other_repo").Replace("\"t1\"", "\"t2\""));
        await TellCatalogChangedAsync(client);
        Assert.Empty((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        Assert.Equal(1, (await client.CatalogStatusAsync()).GetProperty("catalog").GetProperty("repositories").GetInt32());
    }

    [Fact]
    public async Task A_catalog_path_changed_in_the_settings_is_loaded_and_watched_instead_and_documents_are_analysed_against_it()
    {
        var cluster = Path.Combine(_folder, "cluster.json");
        File.WriteAllText(CatalogFile, Catalog);
        File.WriteAllText(cluster, Catalog.Replace("\"t1\"", "\"t2\""));
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(configuration: true, watchedFiles: true), _folder);
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t2);");
        Assert.Equal(["SRB602"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));

        client.Settings = JsonSerializer.SerializeToElement(new { catalogPath = "cluster.json" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });

        await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
        // A status follows each change of catalog: read on to the one that names the new file (a timeout fails the test).
        JsonElement status;
        do
            status = await client.CatalogStatusAsync();
        while (status.GetProperty("catalog").GetProperty("path").GetString() != cluster);
        var unregistered = Assert.Single(client.Unregistrations).GetProperty("unregisterations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", unregistered.GetProperty("method").GetString());
        var registered = client.Registrations.Last().GetProperty("registrations")[0];
        Assert.Equal(unregistered.GetProperty("id").GetString(), registered.GetProperty("id").GetString());
        Assert.Equal("**/cluster.json", registered.GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());
    }

    [Theory]
    [InlineData(true, "cluster.json", "cluster.json")]
    [InlineData(false, "cluster.json", "cluster.json")]
    // A glob's characters in the name are matched as themselves.
    [InlineData(true, "cluster[prod]{1}.json", "cluster[[]prod][{]1[}].json")]
    public async Task A_catalog_outside_the_workspace_is_watched_in_its_own_folder(bool absolute, string fileName, string glob)
    {
        var outside = Directory.CreateTempSubdirectory("backup-lsp-catalogs-").FullName;
        try
        {
            var catalog = Path.Combine(outside, fileName);
            File.WriteAllText(catalog, Catalog);
            var capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true, relativePatternSupport = true } }, experimental = LspTestClient.StatusCapability };
            await using var client = await LspTestClient.StartAsync(capabilities, _folder,
                new { catalogPath = absolute ? catalog : Path.GetRelativePath(_folder, catalog) });
            await client.StatusAsync();
            var watchers = Assert.Single(client.Registrations).GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers");
            Assert.Equal($"**/{glob}", watchers[0].GetProperty("globPattern").GetString());
            var relative = watchers[1].GetProperty("globPattern");
            Assert.Equal(new Uri(outside).AbsoluteUri, relative.GetProperty("baseUri").GetString());
            Assert.Equal(glob, relative.GetProperty("pattern").GetString());

            File.WriteAllText(catalog, Catalog.Replace("\"example_repo\"", "\"a_repo\": {}, \"b_repo\""));
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(catalog).AbsoluteUri, type = 2 } } });
            Assert.Equal(2, (await client.CatalogStatusAsync()).GetProperty("catalog").GetProperty("repositories").GetInt32());
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_catalog_outside_the_workspace_is_read_by_the_server_itself_for_a_client_that_watches_glob_strings_only()
    {
        var outside = Directory.CreateTempSubdirectory("backup-lsp-catalogs-").FullName;
        try
        {
            var catalog = Path.Combine(outside, "cluster.json");
            File.WriteAllText(catalog, Catalog);
            var capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } }, experimental = LspTestClient.StatusCapability };
            await using var client = await LspTestClient.StartAsync(capabilities, _folder, new { catalogPath = catalog });
            await client.StatusAsync();
            Assert.Equal(["**/cluster.json"], WatchedPatterns(Assert.Single(client.Registrations)));

            // The client reports nothing of a file outside its folders: the server sees the change itself.
            File.WriteAllText(catalog, Catalog.Replace("\"example_repo\"", "\"a_repo\": {}, \"b_repo\""));
            var deadline = DateTime.UtcNow + LspTestClient.Timeout;
            while ((await client.CatalogStatusAsync()).GetProperty("catalog").GetProperty("repositories").GetInt32() != 2)
            {
                Assert.True(DateTime.UtcNow < deadline, "the change was not seen");
                await Task.Delay(100);
            }
            Assert.Contains(client.LogMessages, m => m.GetProperty("message").GetString()!.StartsWith("watching catalog files for changes"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_linked_catalog_is_watched_where_its_link_leads_and_follows_the_link_when_it_is_retargeted()
    {
        var outside = Directory.CreateTempSubdirectory("backup-lsp-catalogs-").FullName;
        try
        {
            var shared = Path.Combine(outside, "prod.json");
            var other = Path.Combine(outside, "staging.json");
            File.WriteAllText(shared, Catalog);
            File.WriteAllText(other, Catalog.Replace("\"example_repo\"", "\"a_repo\": {}, \"b_repo\": {}, \"c_repo\""));
            File.CreateSymbolicLink(CatalogFile, shared);
            var capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true, relativePatternSupport = true } }, experimental = LspTestClient.StatusCapability };
            await using var client = await LspTestClient.StartAsync(capabilities, _folder);
            await client.StatusAsync();
            Assert.Equal(["**/starrocks-catalog.json", $"{new Uri(outside).AbsoluteUri} prod.json"], WatchedPatterns(client.Registrations.Last()));

            // An edit of the file the link leads to, reported under that file's name.
            File.WriteAllText(shared, Catalog.Replace("\"example_repo\"", "\"a_repo\": {}, \"b_repo\""));
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(shared).AbsoluteUri, type = 2 } } });
            Assert.Equal(2, (await client.CatalogStatusAsync()).GetProperty("catalog").GetProperty("repositories").GetInt32());

            // The link made to lead elsewhere, reported under the link's name: the new file is read and watched instead.
            File.Delete(CatalogFile);
            File.CreateSymbolicLink(CatalogFile, other);
            await TellCatalogChangedAsync(client);
            Assert.Equal(3, (await client.CatalogStatusAsync()).GetProperty("catalog").GetProperty("repositories").GetInt32());
            Assert.Equal(["**/starrocks-catalog.json", $"{new Uri(outside).AbsoluteUri} staging.json"], WatchedPatterns(client.Registrations.Last()));
            Assert.Single(client.Unregistrations);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_catalog_path_through_a_link_and_dotdot_names_the_file_the_shell_would()
    {
        // `lnk/../prod.json` is the prod.json beside the folder the link leads to, as `check --catalog` reads it; .NET alone
        // would tidy the path to the prod.json beside the link.
        var outside = Directory.CreateTempSubdirectory("backup-lsp-catalogs-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(outside, "shared"));
            Directory.CreateSymbolicLink(Path.Combine(_folder, "lnk"), Path.Combine(outside, "shared"));
            File.WriteAllText(Path.Combine(outside, "prod.json"), Catalog.Replace("\"example_repo\"", "\"a_repo\": {}, \"b_repo\""));
            File.WriteAllText(Path.Combine(_folder, "prod.json"), Catalog);
            await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder, new { catalogPath = "lnk/../prod.json" });
            Assert.Equal(2, (await client.CatalogStatusAsync()).GetProperty("catalog").GetProperty("repositories").GetInt32());
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    /// <summary>A registration's watched patterns, a relative one as its base and pattern.</summary>
    private static string[] WatchedPatterns(JsonElement registration) =>
        [.. registration.GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers").EnumerateArray()
            .Select(w => w.GetProperty("globPattern"))
            .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString()! : $"{p.GetProperty("baseUri").GetString()} {p.GetProperty("pattern").GetString()}")];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_server_watches_the_catalog_itself_only_for_a_client_that_cannot_watch_files(bool clientWatches)
    {
        File.WriteAllText(CatalogFile, Catalog);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(watchedFiles: clientWatches), _folder);
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO other_repo;");
        Assert.Equal(["SRB600"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));
        Assert.Equal(clientWatches ? 1 : 0, client.Registrations.Count());

        // Saved as an editor may save, in two writes: the reload waits for the file to be quiet.
        File.WriteAllText(CatalogFile, Catalog[..20]);
        File.WriteAllText(CatalogFile, Catalog.Replace("example_repo", "other_repo"));

        if (clientWatches)
        {
            // The client was asked to report changes (this one reports none): the server reads nothing of its own accord.
            Assert.False(await client.ReceivesDiagnosticsAsync(Uri, TimeSpan.FromMilliseconds(600)));
            Assert.DoesNotContain(client.LogMessages, m => m.GetProperty("message").GetString()!.Contains("watching"));
        }
        else
        {
            await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
            Assert.Empty(client.ShowMessages);
        }
    }

    [Fact]
    public async Task The_server_watches_the_catalog_itself_when_the_client_refuses_to()
    {
        File.WriteAllText(CatalogFile, Catalog);
        await using var client = LspTestClient.Connect();
        client.RefuseRegistrations = true;
        await client.InitializeAsync(LspTestClient.PushCapabilities(watchedFiles: true), _folder, null);
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO other_repo;");
        Assert.Equal(["SRB600"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));

        File.WriteAllText(CatalogFile, Catalog.Replace("example_repo", "other_repo"));

        await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
    }

    [Fact]
    public async Task A_catalog_edited_between_initialize_and_initialized_is_seen_by_the_servers_own_watch()
    {
        File.WriteAllText(CatalogFile, Catalog);
        await using var client = LspTestClient.Connect();
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(_folder).AbsoluteUri, capabilities = LspTestClient.PushCapabilities() });
        File.WriteAllText(CatalogFile, Catalog.Replace("example_repo", "other_repo") + "\n");
        await client.NotifyAsync("initialized", new { });
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO other_repo;");

        await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
    }

    [Fact]
    public async Task The_server_watching_itself_follows_a_catalog_whose_folder_comes_later_goes_and_comes_back_or_is_a_link()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"backup-lsp-later-{Guid.NewGuid():N}");
        var catalog = Path.Combine(outside, "prod.json");
        try
        {
            await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(watchedFiles: false), _folder,
                new { catalogPath = Path.GetRelativePath(_folder, catalog) });
            await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO other_repo;");
            Assert.Empty((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());

            // The folder made after the start, with the catalog in it.
            Directory.CreateDirectory(outside);
            File.WriteAllText(catalog, Catalog);
            await client.DiagnosticsWhenAsync(Uri, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB600"]));

            // Gone with its folder, then back.
            Directory.Delete(outside, recursive: true);
            await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "real.json"), Catalog);
            File.CreateSymbolicLink(catalog, "real.json");
            await client.DiagnosticsWhenAsync(Uri, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB600"]));

            // A link: the file it points to is what changes.
            File.WriteAllText(Path.Combine(outside, "real.json"), Catalog.Replace("example_repo", "other_repo"));
            await client.DiagnosticsWhenAsync(Uri, d => d.GetArrayLength() == 0);
        }
        finally
        {
            if (Directory.Exists(outside))
                Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_client_without_relative_patterns_gets_the_glob_alone()
    {
        var capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } }, experimental = LspTestClient.StatusCapability };
        await using var client = await LspTestClient.StartAsync(capabilities, _folder, new { catalogPath = Path.Combine(_folder, "cluster.json") });
        await client.StatusAsync();
        var watchers = Assert.Single(client.Registrations).GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers");
        Assert.Equal("**/cluster.json", Assert.Single(watchers.EnumerateArray()).GetProperty("globPattern").GetString());
    }

    [Fact]
    public async Task A_folder_without_a_catalog_is_logged_once_until_one_is_read()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await client.StatusAsync();
        // Made and deleted again: said once more, the catalog having been read in between.
        File.WriteAllText(CatalogFile, Catalog);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(CatalogFile).AbsoluteUri, type = 1 } } });
        await client.StatusAsync();
        File.Delete(CatalogFile);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(CatalogFile).AbsoluteUri, type = 3 } } });
        await client.StatusAsync();
        var told = client.LogMessages.Where(m => m.GetProperty("message").GetString()!.StartsWith("catalog: no ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, told.Count);
        Assert.Contains("not checked for existence", told[0].GetProperty("message").GetString());
        Assert.Empty(client.ShowMessages);
    }

    [Fact]
    public async Task A_catalog_path_naming_a_folder_is_said_to_be_one()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "dir.json"));
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder, new { catalogPath = "dir.json" });
        var status = await client.CatalogStatusAsync();
        Assert.EndsWith("dir.json: this is a folder, not a catalog file", status.GetProperty("catalogError").GetString());
    }

    [Fact]
    public async Task A_catalog_file_left_empty_is_reported()
    {
        File.WriteAllText(CatalogFile, Catalog);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await client.StatusAsync();
        var status = await SaveCatalogAsync(client, "");
        Assert.Contains("the file is empty", status.GetProperty("catalogError").GetString());
        Assert.Contains("the file is empty", Assert.Single(client.ShowMessages).GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_catalog_told_changed_while_it_is_rewritten_in_place_is_not_reported_empty()
    {
        File.WriteAllText(CatalogFile, Catalog);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await client.StatusAsync();
        // Truncated, told, then written: as File.WriteAllText and most tools rewrite a file.
        File.WriteAllText(CatalogFile, "");
        await TellCatalogChangedAsync(client);
        await Task.Delay(50);
        var status = await SaveCatalogAsync(client, Catalog);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("catalogError").ValueKind);
        Assert.Empty(client.ShowMessages);
    }

    /// <summary>Tells the server the folder's catalog file changed, as an editor watching it does.</summary>
    private Task TellCatalogChangedAsync(LspTestClient client) =>
        client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(CatalogFile).AbsoluteUri, type = 2 } } });

    /// <summary>Writes the folder's catalog file, tells the server, and returns the status that follows.</summary>
    private async Task<JsonElement> SaveCatalogAsync(LspTestClient client, string text)
    {
        File.WriteAllText(CatalogFile, text);
        await TellCatalogChangedAsync(client);
        return await client.CatalogStatusAsync();
    }

    /// <summary>A client with the folder's catalog loaded and a script open on a repository it lacks (SRB600).</summary>
    private async Task<LspTestClient> StartWithAScriptOnAnUnknownRepositoryAsync()
    {
        File.WriteAllText(CatalogFile, Catalog);
        var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await client.StatusAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO other_repo;");
        Assert.Equal(["SRB600"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));
        return client;
    }

    [Fact]
    public async Task A_catalog_told_changed_twice_is_applied_once_and_a_broken_one_put_back_is_said_good_again()
    {
        await using var client = await StartWithAScriptOnAnUnknownRepositoryAsync();
        int Loads() => client.LogMessages.Count(m => m.GetProperty("message").GetString()!.StartsWith($"catalog: {CatalogFile}: ", StringComparison.Ordinal));
        var loads = Loads();

        await SaveCatalogAsync(client, Catalog.Replace("example_repo", "other_repo"));
        Assert.Empty((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        await SaveCatalogAsync(client, Catalog.Replace("example_repo", "other_repo"));
        Assert.Equal(loads + 1, Loads());

        Assert.Contains(CatalogFile, (await SaveCatalogAsync(client, """{ "repositories": [] }""")).GetProperty("catalogError").GetString());
        Assert.Equal(JsonValueKind.Null, (await SaveCatalogAsync(client, Catalog.Replace("example_repo", "other_repo"))).GetProperty("catalogError").ValueKind);
        Assert.Equal(loads + 2, Loads());
        // The same catalog since the first save: the open document was not analysed again.
        Assert.False(await client.ReceivesDiagnosticsAsync(Uri, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_broken_catalog_is_reported_once_and_the_last_good_one_stays()
    {
        await using var client = await StartWithAScriptOnAnUnknownRepositoryAsync();

        var status = await SaveCatalogAsync(client, """{ "repositories": { "x": { "location": 1 """);
        Assert.Contains(CatalogFile, status.GetProperty("catalogError").GetString());
        Assert.Equal(CatalogFile, status.GetProperty("catalog").GetProperty("path").GetString());
        var shown = Assert.Single(client.ShowMessages);
        Assert.Equal(1, shown.GetProperty("type").GetInt32());
        Assert.Contains(client.LogMessages, m => m.GetProperty("message").GetString()!.Contains("still using the last good catalog"));

        await client.ChangeAsync(Uri, 2, new { text = "BACKUP SNAPSHOT example_db.snap1 TO other_repo;" });
        Assert.Equal(["SRB600"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 2)));

        // Saved again with the same error: neither shown nor logged again; with another error (a file being edited): logged,
        // not shown again; broken again after a good load: both.
        static int ErrorLines(LspTestClient client) => client.LogMessages.Count(m => m.GetProperty("type").GetInt32() == 1);
        var logged = ErrorLines(client);
        await SaveCatalogAsync(client, File.ReadAllText(CatalogFile));
        Assert.Single(client.ShowMessages);
        Assert.Equal(logged, ErrorLines(client));
        await SaveCatalogAsync(client, """{ "repositories": [] }""");
        Assert.Single(client.ShowMessages);
        Assert.Equal(logged + 1, ErrorLines(client));
        await SaveCatalogAsync(client, Catalog);
        await SaveCatalogAsync(client, """{ "repositories": [] }""");
        Assert.Equal(2, client.ShowMessages.Count);
        Assert.Equal(logged + 2, ErrorLines(client));
    }

    [Theory]
    [InlineData("starrocks-catalog.json", 1)]
    [InlineData("./starrocks-catalog.json", 1)]
    [InlineData("other.json", 0)]
    public async Task A_broken_catalog_is_shown_once_if_the_settings_use_it_and_not_at_all_if_they_name_another(string catalogPath, int shown)
    {
        File.WriteAllText(CatalogFile, """{ "repositories": [] }""");
        File.WriteAllText(Path.Combine(_folder, "other.json"), Catalog);
        await using var client = LspTestClient.Connect();
        client.Settings = JsonSerializer.SerializeToElement(new { catalogPath });
        await client.InitializeAsync(LspTestClient.PushCapabilities(configuration: true), _folder, null);

        // The status of the catalog initialize loaded, then of the one the settings name.
        Assert.Contains(CatalogFile, (await client.CatalogStatusAsync()).GetProperty("catalogError").GetString());
        var named = await client.CatalogStatusAsync();
        Assert.Equal(shown == 0, named.GetProperty("catalogError").ValueKind == JsonValueKind.Null);
        await Task.Delay(300);
        Assert.Equal(shown, client.ShowMessages.Count);
        // The file no longer used keeps no diagnostic.
        if (shown == 0)
            await client.DiagnosticsWhenAsync(new Uri(CatalogFile).AbsoluteUri, d => d.GetArrayLength() == 0);
    }

    [Fact]
    public async Task Settings_problems_are_shown_once_until_they_change()
    {
        await using var client = LspTestClient.Connect();
        // Each answer names another catalog file, so that a status notification follows the settings' messages.
        client.Settings = JsonSerializer.SerializeToElement(new { starrocksVersion = "three", catalogPath = "a.json" });
        await client.InitializeAsync(LspTestClient.PushCapabilities(configuration: true), _folder, null);
        await client.StatusAsync();
        await client.StatusAsync();
        string[] SettingsMessages() => [.. client.ShowMessages.Where(m => m.GetProperty("type").GetInt32() == 2)
            .Select(m => m.GetProperty("message").GetString()!).Where(m => m.StartsWith("StarRocks Backup settings: ", StringComparison.Ordinal))];
        Assert.Equal(["StarRocks Backup settings: starrocksVersion: 'three' is not a version such as \"3.3\"; checking for no release in particular (the newest release's rules)"], SettingsMessages());

        async Task AnswerAsync(object settings)
        {
            client.Settings = JsonSerializer.SerializeToElement(settings);
            await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
            await client.StatusAsync();
        }
        await AnswerAsync(new { starrocksVersion = "three", catalogPath = "b.json" });
        Assert.Single(SettingsMessages());
        await AnswerAsync(new { starrocksVersion = "three", catalogPath = "a.json", ruleSeverity = new { SRB2O4 = "off" } });
        Assert.Equal(2, SettingsMessages().Length);
        Assert.Contains("ruleSeverity.SRB2O4", SettingsMessages()[^1]);
        await AnswerAsync(new { starrocksVersion = "3.3", catalogPath = "b.json" });
        await AnswerAsync(new { starrocksVersion = "three", catalogPath = "a.json" });
        Assert.Equal(3, SettingsMessages().Length);
    }

    [Fact]
    public async Task A_broken_catalog_is_shown_after_a_while_to_a_client_that_does_not_answer_the_configuration_pull()
    {
        File.WriteAllText(CatalogFile, """{ "repositories": [] }""");
        await using var client = LspTestClient.Connect();
        var neverAnswered = new TaskCompletionSource();
        var asked = client.HoldNextConfiguration(neverAnswered.Task);
        await client.InitializeAsync(LspTestClient.PushCapabilities(configuration: true), _folder, null);
        await asked.WaitAsync(LspTestClient.Timeout);

        await Wait.UntilAsync(() => !client.ShowMessages.IsEmpty);
        Assert.Contains(CatalogFile, Assert.Single(client.ShowMessages).GetProperty("message").GetString());
        neverAnswered.SetResult();
    }

    [Fact]
    public async Task A_catalog_saved_in_another_encoding_is_reported_and_the_server_serves()
    {
        File.WriteAllBytes(CatalogFile, [.. "{ \"defaultDatabase\": \"caf"u8, 0xE9, .. "\" }"u8]);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        Assert.Contains("not UTF-8", (await client.CatalogStatusAsync()).GetProperty("catalogError").GetString());
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));
    }

    [Fact]
    public async Task A_broken_catalog_file_gets_a_diagnostic_at_its_error_until_it_is_fixed()
    {
        File.WriteAllText(CatalogFile, "{\n  \"repositories\": {\"r\": {\"readonly\": true}}\n}");
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        var catalogUri = new Uri(CatalogFile).AbsoluteUri;

        var diagnostic = Assert.Single((await client.DiagnosticsAsync(catalogUri)).EnumerateArray());
        Assert.Equal("catalog", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        var start = diagnostic.GetProperty("range").GetProperty("start");
        Assert.Equal((1, 25), (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32()));
        Assert.Equal("unknown field \"readonly\": did you mean \"readOnly\"? (at $.repositories.r.readonly)", diagnostic.GetProperty("message").GetString());

        File.WriteAllText(CatalogFile, Catalog);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = catalogUri, type = 2 } } });
        Assert.Empty((await client.DiagnosticsAsync(catalogUri)).EnumerateArray());
    }

    [Fact]
    public async Task A_client_that_pulls_diagnostics_gets_the_broken_catalog_files_diagnostic_it_was_pushed()
    {
        File.WriteAllText(CatalogFile, "{\n  \"repositories\": {\"r\": {\"readonly\": true}}\n}");
        await using var client = await LspTestClient.StartAsync(LspTestClient.PullCapabilities(), _folder);
        var catalogUri = new Uri(CatalogFile).AbsoluteUri;

        // Pushed, as the client does not pull what it does not give the server; a pull of the file says the same.
        var pushed = Assert.Single((await client.DiagnosticsAsync(catalogUri)).EnumerateArray());
        var pulled = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = catalogUri } });
        Assert.Equal(pushed.GetRawText(), Assert.Single(pulled.GetProperty("items").EnumerateArray()).GetRawText());

        File.WriteAllText(CatalogFile, Catalog);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = catalogUri, type = 2 } } });
        Assert.Empty((await client.DiagnosticsAsync(catalogUri)).EnumerateArray());
        pulled = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = catalogUri } });
        Assert.Empty(pulled.GetProperty("items").EnumerateArray());
    }

    /// <summary>
    /// A client whose selector takes JSON (Neovim's with json among its filetypes) opens the catalog file, under any
    /// language: the document is the catalog as saved, not a script. Its diagnostic is the load's error through its edits,
    /// stays when it is closed, and no request reads its text as SQL.
    /// </summary>
    [Theory]
    [InlineData("json")]
    [InlineData("sql")]
    public async Task An_open_catalog_file_keeps_the_catalogs_diagnostic_and_is_not_read_as_a_script(string languageId)
    {
        var broken = Catalog.Replace("\"databases\"", "\"defaultDatabse\": \"example_db\", \"databases\"");
        File.WriteAllText(CatalogFile, broken);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        var catalogUri = new Uri(CatalogFile).AbsoluteUri;
        var error = Assert.Single((await client.DiagnosticsAsync(catalogUri)).EnumerateArray()).GetRawText();
        Assert.Contains("defaultDatabse", error);

        await client.OpenAsync(catalogUri, broken, languageId: languageId);
        Assert.Equal(error, Assert.Single((await client.DiagnosticsAsync(catalogUri)).EnumerateArray()).GetRawText());
        // An edit not saved is not the catalog yet; read as SQL, this one would have SRB300, a symbol, tokens and a hover.
        await client.ChangeAsync(catalogUri, 2, new { text = DuplicateTable });
        Assert.False(await client.ReceivesDiagnosticsAsync(catalogUri, TimeSpan.FromMilliseconds(500)));
        await AssertNotReadAsAScriptAsync(client, catalogUri);

        File.WriteAllText(CatalogFile, Catalog);
        await TellCatalogChangedAsync(client);
        Assert.Empty((await client.DiagnosticsAsync(catalogUri)).EnumerateArray());
        File.WriteAllText(CatalogFile, broken);
        await TellCatalogChangedAsync(client);
        await client.DiagnosticsWhenAsync(catalogUri, d => d.GetArrayLength() == 1 && d[0].GetRawText() == error);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = catalogUri } });
        Assert.Equal(error, Assert.Single((await client.DiagnosticsAsync(catalogUri)).EnumerateArray()).GetRawText());
    }

    [Fact]
    public async Task The_file_a_linked_catalog_leads_to_is_that_catalog_when_open()
    {
        var outside = Directory.CreateTempSubdirectory("backup-lsp-catalogs-").FullName;
        try
        {
            var shared = Path.Combine(outside, "prod.json");
            File.WriteAllText(shared, "{ \"repositories\": [] }");
            File.CreateSymbolicLink(CatalogFile, shared);
            await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
            var error = Assert.Single((await client.DiagnosticsAsync(new Uri(CatalogFile).AbsoluteUri)).EnumerateArray()).GetRawText();

            var sharedUri = new Uri(shared).AbsoluteUri;
            await client.OpenAsync(sharedUri, DuplicateTable, languageId: "plaintext");
            Assert.Equal(error, Assert.Single((await client.DiagnosticsAsync(sharedUri)).EnumerateArray()).GetRawText());
            await AssertNotReadAsAScriptAsync(client, sharedUri);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_client_that_pulls_gets_an_open_catalog_files_diagnostic_from_the_catalog_not_from_its_text()
    {
        File.WriteAllText(CatalogFile, "{\n  \"repositories\": {\"r\": {\"readonly\": true}}\n}");
        await using var client = await LspTestClient.StartAsync(LspTestClient.PullCapabilities(), _folder);
        var catalogUri = new Uri(CatalogFile).AbsoluteUri;
        var pushed = Assert.Single((await client.DiagnosticsAsync(catalogUri)).EnumerateArray());

        await client.OpenAsync(catalogUri, DuplicateTable, languageId: "json");
        var pulled = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = catalogUri } });
        Assert.Equal(pushed.GetRawText(), Assert.Single(pulled.GetProperty("items").EnumerateArray()).GetRawText());
        await AssertNotReadAsAScriptAsync(client, catalogUri);
    }

    /// <summary>Only the catalog files are special among JSON documents for what they show; no JSON is read as SQL.</summary>
    [Fact]
    public async Task A_json_document_that_is_no_catalog_is_not_read_as_a_script()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        var packageUri = new Uri(Path.Combine(_folder, "package.json")).AbsoluteUri;
        await client.OpenAsync(packageUri, DuplicateTable, languageId: "json");
        Assert.Empty((await client.DiagnosticsAsync(packageUri)).EnumerateArray());
        await AssertNotReadAsAScriptAsync(client, packageUri);
        Assert.Empty((await client.RequestAsync("workspace/symbol", new { query = "snap1" })).EnumerateArray());

        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));
        Assert.Single((await client.RequestAsync("workspace/symbol", new { query = "snap1" })).EnumerateArray());
    }

    [Fact]
    public async Task A_script_the_settings_make_the_catalog_is_read_as_the_catalog_until_they_name_another()
    {
        File.WriteAllText(Path.Combine(_folder, "script.sql"), DuplicateTable);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { starrocksBackup = new { catalogPath = "script.sql" } } });
        await client.DiagnosticsWhenAsync(Uri, d => DocumentSyncTests.Codes(d).SequenceEqual(["catalog"]));
        await AssertNotReadAsAScriptAsync(client, Uri);

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { starrocksBackup = new { } } });
        await client.DiagnosticsWhenAsync(Uri, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB300"]));
        Assert.NotEmpty((await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } })).EnumerateArray());
    }

    /// <summary>Requests on the document answer as for one not open, where its text (<see cref="DuplicateTable"/>) read as SQL would answer.</summary>
    private static async Task AssertNotReadAsAScriptAsync(LspTestClient client, string uri)
    {
        var document = new { uri };
        Assert.Empty((await client.RequestAsync("textDocument/documentSymbol", new { textDocument = document })).EnumerateArray());
        Assert.Empty((await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = document })).GetProperty("data").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, (await client.RequestAsync("textDocument/hover", new { textDocument = document, position = new { line = 0, character = 2 } })).ValueKind);
        Assert.Empty((await client.RequestAsync("textDocument/completion", new { textDocument = document, position = new { line = 0, character = 0 } })).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_broken_catalog_files_diagnostic_waits_for_initialized()
    {
        // LSP: before the initialize result, only log and show messages may reach the client.
        File.WriteAllText(CatalogFile, "{ \"repositories\": [] }");
        var catalogUri = new Uri(CatalogFile).AbsoluteUri;
        await using var client = LspTestClient.Connect();
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(_folder).AbsoluteUri, capabilities = LspTestClient.PushCapabilities() });
        Assert.False(await client.ReceivesDiagnosticsAsync(catalogUri, TimeSpan.FromMilliseconds(300)));
        await client.NotifyAsync("initialized", new { });
        Assert.Single((await client.DiagnosticsAsync(catalogUri)).EnumerateArray());
    }

    [Fact]
    public async Task Catalog_path_is_resolved_against_the_workspace_folder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "config"));
        File.WriteAllText(Path.Combine(_folder, "config", "cluster.json"), Catalog);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder,
            new { catalogPath = "config/cluster.json" });
        var status = await client.CatalogStatusAsync();
        Assert.Equal(Path.Combine(_folder, "config", "cluster.json"), status.GetProperty("catalog").GetProperty("path").GetString());
    }

    [Fact]
    public async Task Inlay_hints_follow_the_catalogs_default_database_and_clients_are_asked_to_refresh_them()
    {
        File.WriteAllText(CatalogFile, """{ "defaultDatabase": "first_db" }""");
        var capabilities = new { workspace = new { inlayHint = new { refreshSupport = true }, didChangeWatchedFiles = new { dynamicRegistration = true } } };
        await using var client = await LspTestClient.StartAsync(capabilities, _folder);
        await client.OpenAsync(Uri, "SHOW REPOSITORIES;\nBACKUP SNAPSHOT s TO r;");
        async Task<string> HintAsync() => Assert.Single((await client.RequestAsync("textDocument/inlayHint",
            new { textDocument = new { uri = Uri }, range = Edits.Range(0, 0, 2, 0) })).EnumerateArray()).GetProperty("label").GetString()!;
        Assert.Equal("first_db.", await HintAsync());

        File.WriteAllText(CatalogFile, """{ "defaultDatabase": "second_db" }""");
        await TellCatalogChangedAsync(client);
        await Wait.UntilAsync(() => client.InlayHintRefreshes > 0);
        Assert.Equal(1, client.InlayHintRefreshes);
        Assert.Equal("second_db.", await HintAsync());
    }

    [Fact]
    public async Task A_new_release_setting_asks_the_client_to_refresh_the_semantic_tokens_which_follow_its_reserved_words()
    {
        var capabilities = new { workspace = new { configuration = true, semanticTokens = new { refreshSupport = true } } };
        await using var client = await LspTestClient.StartAsync(capabilities, _folder);
        await client.OpenAsync(Uri, "SHOW BACKUP FROM example_db WHERE single = 1;\nBACKUP SNAPSHOT example_db.s TO example_repo ON (t, t);");
        await client.DiagnosticsWhenAsync(Uri, d => d.EnumerateArray().Any(i => i.GetProperty("code").GetString() == "SRB300"));
        async Task<int> SingleTypeAsync() =>
            (await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } })).GetProperty("data")[(5 * 5) + 3].GetInt32();
        var before = await SingleTypeAsync();

        // Another setting: once its diagnostics are published, no refresh was asked for.
        client.Settings = JsonSerializer.SerializeToElement(new { ruleSeverity = new { SRB300 = "off" } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await client.DiagnosticsWhenAsync(Uri, d => !d.EnumerateArray().Any(i => i.GetProperty("code").GetString() == "SRB300"));
        Assert.Equal(0, client.SemanticTokensRefreshes);

        // `single`, the sixth token, is a keyword unless the release is known not to reserve it: under 4.1 it is a column.
        client.Settings = JsonSerializer.SerializeToElement(new { starrocksVersion = "4.1", ruleSeverity = new { SRB300 = "off" } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await Wait.UntilAsync(() => client.SemanticTokensRefreshes > 0);
        Assert.Equal(1, client.SemanticTokensRefreshes);
        Assert.NotEqual(before, await SingleTypeAsync());
    }

    /// <summary>
    /// A client that pulls but cannot be asked to pull again (Neovim 0.10 and 0.11) is not offered pulls: its diagnostics
    /// are pushed, again when the catalog changes, rather than left against the old catalog until its next pull.
    /// </summary>
    [Fact]
    public async Task A_client_that_pulls_without_refresh_support_gets_its_diagnostics_pushed()
    {
        File.WriteAllText(CatalogFile, Catalog);
        await using var client = LspTestClient.Connect();
        var capabilities = new { textDocument = new { diagnostic = new { dynamicRegistration = false } }, workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } };
        var result = await client.InitializeAsync(capabilities, _folder);
        Assert.False(result.GetProperty("capabilities").TryGetProperty("diagnosticProvider", out _));

        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO other_repo;");
        Assert.Equal(["SRB600"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1)));
        File.WriteAllText(CatalogFile, Catalog.Replace("example_repo", "other_repo"));
        await TellCatalogChangedAsync(client);
        Assert.Empty((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        Assert.Equal(0, client.DiagnosticRefreshes);
    }

    [Fact]
    public async Task Pull_clients_are_asked_to_refresh_when_the_context_changes()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PullCapabilities(), _folder);
        await client.OpenAsync(Uri, DuplicateTable);
        // The pull after initialized answered first, with the settings before the change: else it could carry the change
        // before the document is open, and the pull after the change would find nothing changed.
        await Wait.UntilAsync(() => client.ConfigurationAnswers > 0);
        client.Settings = JsonSerializer.SerializeToElement(new { ruleSeverity = new { SRB300 = "off" } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await Wait.UntilAsync(() => client.DiagnosticRefreshes > 0);
        Assert.True(client.DiagnosticRefreshes > 0);
        Assert.Empty((await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } })).GetProperty("items").EnumerateArray());
    }
}
