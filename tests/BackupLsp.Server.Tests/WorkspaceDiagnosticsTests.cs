using System.Text.Json;
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
}
