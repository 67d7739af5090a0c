using System.Text.Json;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// <c>diagnosticMode</c> <c>workspace</c> for a client that is pushed diagnostics (Neovim, eglot): the scripts that are not
/// open are published without a version, and again when they change.
/// </summary>
public sealed class WorkspacePushedDiagnosticsTests : IDisposable
{
    private const string DuplicateTable = "BACKUP SNAPSHOT example_db.s1 TO example_repo ON (t1, t1);";
    private const string Clean = "SHOW BACKUP FROM example_db;";

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string PathOf(string relative) => _folder.PathOf(relative);

    private string UriOf(string relative) => new Uri(PathOf(relative)).AbsoluteUri;

    private void Write(string relative, string text) =>
        // Later than any write before it, whatever the file system's clock keeps.
        File.SetLastWriteTimeUtc(_folder.Write(relative, text), DateTime.UtcNow.AddMinutes(_writes++));

    private int _writes;

    private void WriteCatalog(string repository) =>
        Write("starrocks-catalog.json", JsonSerializer.Serialize(new { repositories = new Dictionary<string, object> { [repository] = new { location = "s3a://bucket/backup" } } }));

    /// <summary>A client that takes pushed diagnostics and gives its settings when asked, with the workspace's diagnostics asked for.</summary>
    private async Task<LspTestClient> StartAsync(bool watchedFiles = true, LanguageServerOptions? options = null, string[]? folders = null)
    {
        var client = LspTestClient.Connect(options);
        client.Settings = JsonSerializer.SerializeToElement(new { diagnosticMode = "workspace" });
        await client.InitializeWithFoldersAsync(LspTestClient.PushCapabilities(configuration: true, watchedFiles), folders ?? [_folder.Root]);
        return client;
    }

    /// <summary>The next publish for a file of the workspace: its version and its diagnostics' codes.</summary>
    private async Task<(int? Version, string Codes)> NextAsync(LspTestClient client, string relative)
    {
        var published = await client.NextPublishAsync(UriOf(relative));
        var version = published.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : (int?)null;
        return (version, string.Join(" ", DocumentSyncTests.Codes(published.GetProperty("diagnostics"))));
    }

    private Task TellChangedAsync(LspTestClient client, string relative, int type) =>
        client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = UriOf(relative), type } } });

    /// <summary>
    /// Creates a script with a problem and waits for its publish: the look that publishes it walked every script before it
    /// (by name), so a script it would publish again has its publish read by then.
    /// </summary>
    private async Task LookAgainAsync(LspTestClient client, string relative = "zz-last.sql")
    {
        Write(relative, DuplicateTable);
        await TellChangedAsync(client, relative, 1);
        Assert.Equal((null, "SRB300"), await NextAsync(client, relative));
    }

    [Fact]
    public async Task The_closed_scripts_are_published_at_startup_and_then_only_when_their_diagnostics_change()
    {
        Write("duplicate.sql", DuplicateTable);
        Write("clean.sql", Clean);
        Write(Path.Combine("node_modules", "package", "vendored.sql"), DuplicateTable);
        Write(Path.Combine(".hidden", "hidden.sql"), DuplicateTable);
        await using var client = await StartAsync();

        Assert.Equal((null, "SRB300"), await NextAsync(client, "duplicate.sql"));

        // Both analysed again, to the same diagnostics.
        Write("duplicate.sql", DuplicateTable + " ");
        Write("clean.sql", Clean + " ");
        await TellChangedAsync(client, "duplicate.sql", 2);
        await TellChangedAsync(client, "clean.sql", 2);
        await LookAgainAsync(client);
        Assert.Equal([0, 0, 0, 0], new[] { "duplicate.sql", "clean.sql", Path.Combine("node_modules", "package", "vendored.sql"),
            Path.Combine(".hidden", "hidden.sql") }.Select(file => client.UnreadPublishes(UriOf(file))));
    }

    [Fact]
    public async Task A_script_created_changed_and_deleted_is_published_each_time()
    {
        await using var client = await StartAsync();

        Write("job.sql", DuplicateTable);
        await TellChangedAsync(client, "job.sql", 1);
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));

        Write("job.sql", Clean);
        await TellChangedAsync(client, "job.sql", 2);
        Assert.Equal((null, ""), await NextAsync(client, "job.sql"));

        Write("job.sql", DuplicateTable);
        await TellChangedAsync(client, "job.sql", 2);
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));

        File.Delete(PathOf("job.sql"));
        await TellChangedAsync(client, "job.sql", 3);
        Assert.Equal((null, ""), await NextAsync(client, "job.sql"));
        // Asked once the settings asked for the workspace.
        Assert.Contains(client.Registrations, registration => registration.GetProperty("registrations")[0].GetProperty("id").GetString() == "starrocksBackup.scriptWatch");
    }

    [Fact]
    public async Task A_closed_script_is_published_again_when_the_catalog_it_is_checked_with_changes()
    {
        // SRB600 (an unknown repository) until the catalog lists repo_a; the script itself does not change.
        Write("job.sql", "BACKUP SNAPSHOT example_db.snap1 TO repo_a;");
        WriteCatalog("other_repo");
        await using var client = await StartAsync();
        Assert.Equal((null, "SRB600"), await NextAsync(client, "job.sql"));

        WriteCatalog("repo_a");
        await TellChangedAsync(client, "starrocks-catalog.json", 2);
        Assert.Equal((null, ""), await NextAsync(client, "job.sql"));

        WriteCatalog("other_repo");
        await TellChangedAsync(client, "starrocks-catalog.json", 2);
        Assert.Equal((null, "SRB600"), await NextAsync(client, "job.sql"));
    }

    [Fact]
    public async Task A_catalog_written_while_the_server_waits_on_it_found_empty_has_its_closed_scripts_published_again()
    {
        Write("job.sql", "BACKUP SNAPSHOT example_db.snap1 TO repo_a;");
        WriteCatalog("other_repo");
        // The settle lasts until the test has written the catalog. Only the change of the catalog wakes a look after it:
        // the longest wait is not reached meanwhile.
        var settling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = await StartAsync(options: LspTestClient.InProcessOptions() with
        {
            EmptyCatalogSettle = () =>
            {
                settling.TrySetResult();
                return written.Task;
            },
            LongestWorkspacePullHold = TimeSpan.FromMinutes(10),
        });
        Assert.Equal((null, "SRB600"), await NextAsync(client, "job.sql"));

        // Truncated and told, as a rewrite in place is, with a script created: the look the notification wakes publishes
        // the script while the server waits for the catalog to be written, with the catalog as it was.
        Write("starrocks-catalog.json", "");
        Write("zz-last.sql", DuplicateTable);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new
        {
            changes = new[] { new { uri = UriOf("starrocks-catalog.json"), type = 2 }, new { uri = UriOf("zz-last.sql"), type = 1 } },
        });
        // example_repo is in neither catalog.
        Assert.Equal((null, "SRB600 SRB300"), await NextAsync(client, "zz-last.sql"));
        Assert.Equal(0, client.UnreadPublishes(UriOf("job.sql")));
        // Written, not told: the server reads it again once the settle is over, and that change alone wakes the next look.
        await settling.Task.WaitAsync(LspTestClient.Timeout);
        WriteCatalog("repo_a");
        written.SetResult();

        Assert.Equal((null, ""), await NextAsync(client, "job.sql"));
    }

    [Fact]
    public async Task A_client_that_does_not_watch_the_scripts_has_a_change_published_all_the_same()
    {
        await using var client = await StartAsync(watchedFiles: false, LspTestClient.InProcessOptions() with { UnwatchedWorkspaceInterval = TimeSpan.FromMilliseconds(100) });

        // Nothing tells the server.
        Write("job.sql", DuplicateTable);
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));
    }

    [Fact]
    public async Task A_failed_wait_between_looks_is_logged_and_the_next_change_is_published_all_the_same()
    {
        Write("job.sql", DuplicateTable);
        // Longer than a timer can wait: the wait after the first look fails.
        await using var client = await StartAsync(watchedFiles: false, LspTestClient.InProcessOptions() with { UnwatchedWorkspaceInterval = TimeSpan.FromDays(100) });
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));
        const string failed = "workspace diagnostics failed";
        await Wait.UntilAsync(() => client.LogMessages.Any(m => m.GetProperty("message").GetString()!.StartsWith(failed)));
        Assert.Contains(client.LogMessages, m => m.GetProperty("type").GetInt32() == 1 && m.GetProperty("message").GetString()!.Contains(nameof(ArgumentOutOfRangeException)));
        Assert.Contains($"[backup-lsp error] {failed}", client.ServerStderr);

        Write("job.sql", Clean);
        await TellChangedAsync(client, "job.sql", 2);
        Assert.Equal((null, ""), await NextAsync(client, "job.sql"));
    }

    [Fact]
    public async Task A_script_opened_while_a_look_walks_the_workspace_is_not_published_as_saved_by_that_look()
    {
        // Walked by name: the look takes the open documents, then waits on the FIFO until it is written.
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", PathOf("a-gate.sql")))
            await mkfifo.WaitForExitAsync();
        Write("b-job.sql", DuplicateTable);
        Write("zz-last.sql", DuplicateTable);
        await using var client = await StartAsync();
        // Opened for writing once the look reads it.
        await using (var gate = new FileStream(PathOf("a-gate.sql"), FileMode.Open, FileAccess.Write))
        {
            await client.OpenAsync(UriOf("b-job.sql"), Clean, version: 2);
            Assert.Equal((2, ""), await NextAsync(client, "b-job.sql"));
            await gate.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Clean));
        }

        Assert.Equal((null, "SRB300"), await NextAsync(client, "zz-last.sql"));
        Assert.Equal(0, client.UnreadPublishes(UriOf("b-job.sql")));
    }

    [Fact]
    public async Task An_opened_script_has_its_own_diagnostics_with_its_version_and_no_longer_its_saved_files()
    {
        Write("job.sql", DuplicateTable);
        await using var client = await StartAsync();
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));

        await client.OpenAsync(UriOf("job.sql"), Clean, version: 3);
        Assert.Equal((3, ""), await NextAsync(client, "job.sql"));

        Write("job.sql", DuplicateTable + " ");
        await TellChangedAsync(client, "job.sql", 2);
        await LookAgainAsync(client);
        Assert.Equal(0, client.UnreadPublishes(UriOf("job.sql")));
    }

    [Fact]
    public async Task A_closed_script_has_its_saved_files_diagnostics_published_instead_of_none()
    {
        Write("job.sql", DuplicateTable);
        await using var client = await StartAsync();
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));
        await client.OpenAsync(UriOf("job.sql"), Clean);
        Assert.Equal((1, ""), await NextAsync(client, "job.sql"));

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = UriOf("job.sql") } });
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));
    }

    [Fact]
    public async Task A_closed_document_that_is_no_saved_script_is_cleared()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(UriOf("unsaved.sql"), DuplicateTable);
        Assert.Equal((1, "SRB300"), await NextAsync(client, "unsaved.sql"));

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = UriOf("unsaved.sql") } });
        Assert.Equal((null, ""), await NextAsync(client, "unsaved.sql"));
    }

    [Fact]
    public async Task Turning_the_workspace_off_clears_the_closed_scripts_and_on_again_publishes_them()
    {
        Write("job.sql", DuplicateTable);
        await using var client = await StartAsync();
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));

        client.Settings = JsonSerializer.SerializeToElement(new { diagnosticMode = "openFilesOnly" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        Assert.Equal((null, ""), await NextAsync(client, "job.sql"));

        client.Settings = JsonSerializer.SerializeToElement(new { diagnosticMode = "workspace" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));
    }

    [Fact]
    public async Task The_scripts_watch_is_let_go_when_the_workspace_is_turned_off_and_asked_for_again_when_on()
    {
        const string scriptWatch = "starrocksBackup.scriptWatch";
        static async Task<JsonElement> NextScriptWatchRegistrationAsync(LspTestClient client)
        {
            JsonElement registration;
            do
                registration = Assert.Single((await client.NextRegistrationAsync()).GetProperty("registrations").EnumerateArray());
            while (registration.GetProperty("id").GetString() != scriptWatch);
            return registration;
        }
        Write("job.sql", DuplicateTable);
        await using var client = await StartAsync();
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));
        await NextScriptWatchRegistrationAsync(client);

        client.Settings = JsonSerializer.SerializeToElement(new { diagnosticMode = "openFilesOnly" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        Assert.Equal((null, ""), await NextAsync(client, "job.sql"));
        var unregistered = Assert.Single((await client.NextUnregistrationAsync()).GetProperty("unregisterations").EnumerateArray());
        Assert.Equal((scriptWatch, "workspace/didChangeWatchedFiles"), (unregistered.GetProperty("id").GetString(), unregistered.GetProperty("method").GetString()));

        client.Settings = JsonSerializer.SerializeToElement(new { diagnosticMode = "workspace" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        Assert.Equal((null, "SRB300"), await NextAsync(client, "job.sql"));
        var registered = await NextScriptWatchRegistrationAsync(client);
        Assert.Equal("**/*.[sS][qQ][lL]", Assert.Single(registered.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray()).GetProperty("globPattern").GetString());
    }

    [Fact]
    public async Task A_folder_added_has_its_scripts_published_and_one_removed_has_them_cleared()
    {
        var (inA, inB) = (Path.Combine("a", "job.sql"), Path.Combine("b", "job.sql"));
        Write(inA, DuplicateTable);
        Write(inB, DuplicateTable);
        await using var client = await StartAsync(folders: [PathOf("a")]);
        Assert.Equal((null, "SRB300"), await NextAsync(client, inA));

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = new[] { LspTestClient.Folder(PathOf("b")) }, removed = Array.Empty<object>() } });
        Assert.Equal((null, "SRB300"), await NextAsync(client, inB));

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = Array.Empty<object>(), removed = new[] { LspTestClient.Folder(PathOf("b")) } } });
        Assert.Equal((null, ""), await NextAsync(client, inB));
        await LookAgainAsync(client, Path.Combine("a", "zz-last.sql"));
        Assert.Equal(0, client.UnreadPublishes(UriOf(inA)));
    }
}
