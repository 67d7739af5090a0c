using System.Text.Json;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary><c>workspace/diagnostic</c>: the diagnostics of the workspace's scripts that are not open, when the settings ask for them.</summary>
public sealed class WorkspaceDiagnosticsTests : IDisposable
{
    private const string DuplicateTable = "BACKUP SNAPSHOT example_db.s1 TO example_repo ON (t1, t1);";

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string PathOf(string relative) => _folder.PathOf(relative);

    private void Write(string relative, string text) =>
        // Later than any write before it, whatever the file system's clock keeps.
        File.SetLastWriteTimeUtc(_folder.Write(relative, text), DateTime.UtcNow.AddMinutes(_writes++));

    private int _writes;

    private sealed record Report(string Kind, string ResultId, string Codes);

    /// <summary>A workspace pull sending <paramref name="previous"/> back: each report by its file, relative to the workspace.</summary>
    private async Task<Dictionary<string, Report>> PullAsync(LspTestClient client, Dictionary<string, Report>? previous = null)
    {
        var previousResultIds = (previous ?? []).Select(pair => new { uri = new Uri(PathOf(pair.Key)).AbsoluteUri, value = pair.Value.ResultId });
        var result = await client.RequestAsync("workspace/diagnostic", new { previousResultIds });
        var reports = new Dictionary<string, Report>();
        foreach (var item in result.GetProperty("items").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty("version").ValueKind);
            var file = Path.GetRelativePath(_folder.Root, new Uri(item.GetProperty("uri").GetString()!).LocalPath);
            var codes = item.TryGetProperty("items", out var items) ? string.Join(" ", DocumentSyncTests.Codes(items)) : "-";
            reports.Add(file, new Report(item.GetProperty("kind").GetString()!, item.GetProperty("resultId").GetString()!, codes));
        }
        return reports;
    }

    private Task<LspTestClient> StartAsync(string diagnosticMode) =>
        LspTestClient.StartAsync(LspTestClient.PullCapabilities(), _folder.Root, new { diagnosticMode });

    /// <summary>
    /// A client that watches files for the server, as VS Code, once the server has asked it to watch the scripts: it pulls
    /// the settings right after.
    /// </summary>
    private async Task<LspTestClient> StartWatchingAsync(string diagnosticMode, LanguageServerOptions? options = null, bool refuseRegistrations = false,
        string? folder = null)
    {
        var client = LspTestClient.Connect(options);
        client.RefuseRegistrations = refuseRegistrations;
        await client.InitializeAsync(LspTestClient.PullCapabilities(watchedFiles: true), folder ?? _folder.Root, new { diagnosticMode });
        await Wait.UntilAsync(() => client.ConfigurationAnswers > 0);
        Assert.True(client.ConfigurationAnswers > 0);
        return client;
    }

    private static JsonElement? ScriptWatch(LspTestClient client) =>
        client.Registrations.Select(registration => registration.GetProperty("registrations")[0])
            .Cast<JsonElement?>().SingleOrDefault(registration => registration!.Value.GetProperty("id").GetString() == "starrocksBackup.scriptWatch");

    private Task TellChangedAsync(LspTestClient client, string relative, int type) =>
        client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(PathOf(relative)).AbsoluteUri, type } } });

    private void WriteCatalog(string repository) =>
        Write("starrocks-catalog.json", JsonSerializer.Serialize(new { repositories = new Dictionary<string, object> { [repository] = new { location = "s3a://bucket/backup" } } }));

    private static object FoldersChange(string[]? added = null, string[]? removed = null) =>
        new { @event = new { added = (added ?? []).Select(LspTestClient.Folder).ToArray(), removed = (removed ?? []).Select(LspTestClient.Folder).ToArray() } };

    /// <summary>Changes the settings and waits for the server to ask for the diagnostics again, which it does once they apply.</summary>
    private static async Task ChangeSettingsAsync(LspTestClient client, object settings)
    {
        var refreshes = client.DiagnosticRefreshes;
        client.Settings = JsonSerializer.SerializeToElement(settings);
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await Wait.UntilAsync(() => client.DiagnosticRefreshes > refreshes);
        Assert.True(client.DiagnosticRefreshes > refreshes);
    }

    [Fact]
    public async Task Reports_the_scripts_that_are_not_open_and_then_only_what_changed_on_disk()
    {
        Write(Path.Combine("jobs", "duplicate.sql"), DuplicateTable);
        Write("clean.sql", "SHOW BACKUP FROM example_db;");
        Write("open.sql", DuplicateTable);
        Write(Path.Combine("node_modules", "package", "vendored.sql"), DuplicateTable);
        Write("notes.txt", DuplicateTable);
        await using var client = await StartAsync("workspace");
        await client.OpenAsync(new Uri(PathOf("open.sql")).AbsoluteUri, DuplicateTable);

        var first = await PullAsync(client);
        Assert.Equal(["clean.sql", Path.Combine("jobs", "duplicate.sql")], first.Keys.Order());
        Assert.Equal(("full", ""), (first["clean.sql"].Kind, first["clean.sql"].Codes));
        Assert.Equal(("full", "SRB300"), (first[Path.Combine("jobs", "duplicate.sql")].Kind, first[Path.Combine("jobs", "duplicate.sql")].Codes));

        var again = await PullAsync(client, first);
        Assert.Equal(first.Select(pair => (pair.Key, "unchanged", pair.Value.ResultId, "-")), again.Select(pair => (pair.Key, pair.Value.Kind, pair.Value.ResultId, pair.Value.Codes)));

        Write(Path.Combine("jobs", "duplicate.sql"), "BACKUP SNAPSHOT example_db.s1 TO example_repo ON (t1, t2);");
        File.Delete(PathOf("clean.sql"));
        var changed = await PullAsync(client, first);
        Assert.Equal(["clean.sql", Path.Combine("jobs", "duplicate.sql")], changed.Keys.Order());
        Assert.Equal(new Report("full", "w-", ""), changed["clean.sql"]);
        var edited = changed[Path.Combine("jobs", "duplicate.sql")];
        Assert.Equal(("full", ""), (edited.Kind, edited.Codes));
        Assert.NotEqual(first[Path.Combine("jobs", "duplicate.sql")].ResultId, edited.ResultId);

        // A script whose diagnostics were taken away is not reported again while it stays away.
        Assert.Equal([Path.Combine("jobs", "duplicate.sql")], (await PullAsync(client, changed)).Keys);
    }

    [Theory]
    [InlineData("openFilesOnly", true, "")]
    [InlineData("workspace", false, "SRB300")]
    public async Task A_closed_document_is_reported_by_the_next_pull_from_disk_or_empty(string diagnosticMode, bool withdrawn, string codes)
    {
        // VS Code keeps a closed document's diagnostics until a workspace report gives others.
        Write("job.sql", DuplicateTable);
        await using var client = await StartAsync(diagnosticMode);
        var uri = new Uri(PathOf("job.sql")).AbsoluteUri;
        await client.OpenAsync(uri, DuplicateTable + " -- edited");
        Assert.Empty(await PullAsync(client));
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

        var report = Assert.Single(await PullAsync(client)).Value;
        Assert.Equal(("full", withdrawn, codes), (report.Kind, report.ResultId == "w-", report.Codes));
        if (withdrawn)
            Assert.Empty(await PullAsync(client));
    }

    [Fact]
    public async Task A_closed_document_a_cancelled_pull_would_have_reported_is_reported_by_the_next()
    {
        await using var client = await StartAsync("workspace");
        Assert.Empty(await PullAsync(client));
        var uri = new Uri(PathOf("unsaved.sql")).AbsoluteUri;
        await client.OpenAsync(uri, DuplicateTable);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        // A FIFO holds the next walk of the folder for seconds, the time to cancel the pull that makes it.
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", PathOf("pipe.sql")))
            await mkfifo.WaitForExitAsync();

        using var cancel = new CancellationTokenSource();
        var cancelled = client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }, cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        Assert.Equal(new Report("full", "w-", ""), Assert.Single(await PullAsync(client)).Value);
    }

    [Fact]
    public async Task A_fifo_named_like_a_script_is_left_out_and_the_pull_still_answers()
    {
        Write("job.sql", DuplicateTable);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", PathOf("pipe.sql")))
            await mkfifo.WaitForExitAsync();
        await using var client = await StartAsync("workspace");

        Assert.Equal(["job.sql"], (await PullAsync(client)).Keys);
        Assert.Contains("pipe.sql was not read within", client.ServerStderr);
    }

    [Fact]
    public async Task New_settings_analyse_the_scripts_again()
    {
        Write("duplicate.sql", DuplicateTable);
        await using var client = await StartAsync("workspace");
        var first = await PullAsync(client);
        Assert.Equal("SRB300", first["duplicate.sql"].Codes);

        await ChangeSettingsAsync(client, new { ruleSeverity = new { SRB300 = "off" } });
        var after = await PullAsync(client, first);
        Assert.Equal(("full", ""), (after["duplicate.sql"].Kind, after["duplicate.sql"].Codes));
    }

    [Fact]
    public async Task Only_open_files_are_reported_by_default_and_turning_the_workspace_off_takes_its_diagnostics_away()
    {
        Write("duplicate.sql", DuplicateTable);
        await using var client = await StartAsync("openFilesOnly");
        Assert.Empty(await PullAsync(client));

        await ChangeSettingsAsync(client, new { diagnosticMode = "workspace" });
        var reported = await PullAsync(client);
        Assert.Equal("SRB300", reported["duplicate.sql"].Codes);

        await ChangeSettingsAsync(client, new { diagnosticMode = "openFilesOnly" });
        Assert.Equal(new Report("full", "w-", ""), Assert.Single(await PullAsync(client, reported)).Value);
    }

    [Fact]
    public async Task A_pull_with_nothing_new_waits_for_a_watched_script_to_change_while_document_pulls_are_answered()
    {
        Write("job.sql", DuplicateTable);
        await using var client = await StartWatchingAsync("workspace");
        var watch = ScriptWatch(client)!.Value;
        Assert.Equal("workspace/didChangeWatchedFiles", watch.GetProperty("method").GetString());
        Assert.Equal("**/*.[sS][qQ][lL]", Assert.Single(watch.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray()).GetProperty("globPattern").GetString());
        var open = new Uri(PathOf("open.sql")).AbsoluteUri;
        await client.OpenAsync(open, DuplicateTable);
        var first = await PullAsync(client);
        Assert.Equal(["job.sql"], first.Keys);

        var held = PullAsync(client, first);
        var document = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = open } });
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(document.GetProperty("items")));
        Assert.False(held.IsCompleted);

        Write("job.sql", "SHOW BACKUP FROM example_db;");
        await TellChangedAsync(client, "job.sql", 2);
        var changed = Assert.Single(await held);
        Assert.Equal(("job.sql", "full", ""), (changed.Key, changed.Value.Kind, changed.Value.Codes));
    }

    [Fact]
    public async Task A_pull_with_nothing_new_is_answered_once_the_settings_ask_for_the_workspace()
    {
        Write("duplicate.sql", DuplicateTable);
        await using var client = await StartWatchingAsync("openFilesOnly");
        Assert.Empty(await PullAsync(client));

        var held = PullAsync(client);
        await ChangeSettingsAsync(client, new { diagnosticMode = "workspace" });
        Assert.Equal("SRB300", Assert.Single(await held).Value.Codes);
    }

    [Fact]
    public async Task A_pull_with_nothing_new_is_answered_once_a_document_closes()
    {
        Write("job.sql", DuplicateTable);
        await using var client = await StartWatchingAsync("openFilesOnly");
        var uri = new Uri(PathOf("job.sql")).AbsoluteUri;
        await client.OpenAsync(uri, DuplicateTable);
        Assert.Empty(await PullAsync(client));

        var held = PullAsync(client);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        Assert.Equal(new Report("full", "w-", ""), Assert.Single(await held).Value);
    }

    [Fact]
    public async Task A_pull_with_nothing_new_is_answered_once_the_catalog_changes()
    {
        // SRB600 (an unknown repository) until the catalog lists repo_a.
        Write("job.sql", "BACKUP SNAPSHOT example_db.snap1 TO repo_a;");
        WriteCatalog("other_repo");
        await using var client = await StartWatchingAsync("workspace");
        var first = await PullAsync(client);
        Assert.Equal("SRB600", Assert.Single(first).Value.Codes);

        var held = PullAsync(client, first);
        WriteCatalog("repo_a");
        await TellChangedAsync(client, "starrocks-catalog.json", 2);
        var changed = Assert.Single(await held);
        Assert.Equal(("job.sql", "full", ""), (changed.Key, changed.Value.Kind, changed.Value.Codes));
    }

    [Fact]
    public async Task A_pull_with_nothing_new_is_answered_once_a_workspace_folder_is_added_or_removed()
    {
        var (inA, inB) = (Path.Combine("a", "job.sql"), Path.Combine("b", "duplicate.sql"));
        Write(inA, "SHOW BACKUP FROM example_db;");
        Write(inB, DuplicateTable);
        await using var client = await StartWatchingAsync("workspace", folder: PathOf("a"));
        var first = await PullAsync(client);
        Assert.Equal([inA], first.Keys);

        var held = PullAsync(client, first);
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(added: [PathOf("b")]));
        var added = await held;
        Assert.Equal([("unchanged", "-"), ("full", "SRB300")], new[] { inA, inB }.Select(file => (added[file].Kind, added[file].Codes)));

        held = PullAsync(client, added);
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(removed: [PathOf("b")]));
        var removed = await held;
        Assert.Equal([("unchanged", "-"), ("full", "")], new[] { inA, inB }.Select(file => (removed[file].Kind, removed[file].Codes)));
        Assert.Equal("w-", removed[inB].ResultId);
    }

    [Fact]
    public async Task A_pull_held_is_answered_at_shutdown()
    {
        Write("job.sql", DuplicateTable);
        await using var client = await StartWatchingAsync("workspace");
        var first = await PullAsync(client);

        var held = PullAsync(client, first);
        await client.RequestAsync("shutdown", null);
        Assert.Equal("unchanged", Assert.Single(await held).Value.Kind);
    }

    [Fact]
    public async Task A_pull_held_is_answered_after_the_longest_hold_though_nothing_changed()
    {
        // For a change the client's watch does not tell.
        Write("job.sql", DuplicateTable);
        await using var client = await StartWatchingAsync("workspace", LspTestClient.InProcessOptions() with { LongestWorkspacePullHold = TimeSpan.FromMilliseconds(100) });
        var first = await PullAsync(client);

        Write("job.sql", "SHOW BACKUP FROM example_db;");
        var changed = Assert.Single(await PullAsync(client, first));
        Assert.Equal(("full", ""), (changed.Value.Kind, changed.Value.Codes));
        Assert.Equal("unchanged", Assert.Single(await PullAsync(client, new() { [changed.Key] = changed.Value })).Value.Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_that_does_not_watch_the_scripts_for_the_server_has_a_pull_with_nothing_new_answered_at_once(bool refuses)
    {
        Write("job.sql", DuplicateTable);
        await using var client = refuses ? await StartWatchingAsync("workspace", refuseRegistrations: true) : await StartAsync("workspace");
        Assert.Equal(refuses, ScriptWatch(client) is not null);
        var first = await PullAsync(client);

        Assert.Equal("unchanged", Assert.Single(await PullAsync(client, first)).Value.Kind);
    }

    [Fact]
    public async Task A_pull_held_that_is_cancelled_answers_request_cancelled()
    {
        await using var connection = await RawLspConnection.StartAsync("""
            {"workspace":{"diagnostics":{"refreshSupport":true},"didChangeWatchedFiles":{"dynamicRegistration":true}},
             "textDocument":{"diagnostic":{}},"experimental":{"starrocksBackupStatus":true}}
            """);
        // The catalog's watch, then the scripts': the status follows once the server has them.
        while (true)
        {
            var registration = await connection.RequestFromServerAsync("client/registerCapability");
            await connection.SendAsync($$"""{"jsonrpc":"2.0","id":{{registration.GetProperty("id").GetRawText()}},"result":null}""");
            if (registration.GetProperty("params").GetProperty("registrations")[0].GetProperty("id").GetString() == "starrocksBackup.scriptWatch")
                break;
        }
        await connection.NotificationAsync("starrocksBackup/status");
        await connection.SendAsync(Pull(1));
        Assert.Empty((await connection.ResponseAsync(1)).GetProperty("result").GetProperty("items").EnumerateArray());

        await connection.SendAsync(Pull(2));
        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///work/not-open.sql"}}}""");
        await connection.ResponseAsync(3);
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}""");
        var answer = (await connection.ResponseAsync(2)).GetRawText();
        Assert.True(answer.Contains("\"code\":-32800"), answer);

        static string Pull(int id) => $$$"""{"jsonrpc":"2.0","id":{{{id}}},"method":"workspace/diagnostic","params":{"previousResultIds":[]}}""";
    }
}
