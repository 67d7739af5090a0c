using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// A client that gives its settings only when asked (<c>workspace/configuration</c>, no <c>initializationOptions</c>, as
/// Neovim 0.11's <c>settings</c>): the scripts it opens at startup are checked with those settings, not first with the
/// folder's own catalog.
/// </summary>
public sealed class SettingsAtStartupTests : IDisposable
{
    /// <summary>Right with the catalog the settings name; SRB600 and SRB602 with the folder's own.</summary>
    private const string Backup = "BACKUP SNAPSHOT s TO nightly_repo ON (orders);";

    /// <summary>The same edited: only the table the catalog the settings name lacks is reported.</summary>
    private const string EditedBackup = "BACKUP SNAPSHOT s TO nightly_repo ON (orders, ordrs);";

    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private readonly ScratchFolder _folder = new();

    public SettingsAtStartupTests()
    {
        _folder.Write("starrocks-catalog.json", """{ "defaultDatabase": "example_db", "repositories": { "example_repo": {} }, "databases": { "example_db": { "tables": { "t1": {} }, "views": [], "materializedViews": [] } } }""");
        _folder.Write("other/starrocks-catalog.json", """{ "defaultDatabase": "sales", "repositories": { "nightly_repo": {} }, "databases": { "sales": { "tables": { "orders": {} }, "views": [], "materializedViews": [] } } }""");
    }

    public void Dispose() => _folder.Dispose();

    private string Uri => new Uri(_folder.PathOf("script.sql")).AbsoluteUri;

    private string OtherCatalog => _folder.PathOf("other/starrocks-catalog.json");

    /// <summary>
    /// A server that waits <paramref name="patience"/> for the settings (longer than any test runs when null),
    /// initialized by a client whose settings are <paramref name="settings"/> (the other catalog when null) and whose
    /// answer to the first configuration request is held until <paramref name="release"/>.
    /// </summary>
    private async Task<LspTestClient> StartHeldAsync(object capabilities, Task release, object? settings = null, TimeSpan? patience = null)
    {
        var client = LspTestClient.Connect(LspTestClient.InProcessOptions() with { ConfigurationPatience = patience ?? TimeSpan.FromMinutes(5) });
        client.Settings = JsonSerializer.SerializeToElement(settings ?? new { catalogPath = OtherCatalog });
        var asked = client.HoldNextConfiguration(release);
        await client.InitializeAsync(capabilities, _folder.Root);
        await asked.WaitAsync(LspTestClient.Timeout);
        return client;
    }

    /// <summary>Makes <see cref="Backup"/> <see cref="EditedBackup"/>.</summary>
    private Task EditAsync(LspTestClient client) =>
        client.ChangeAsync(Uri, 2, new { range = new { start = new { line = 0, character = 44 }, end = new { line = 0, character = 44 } }, text = ", ordrs" });

    /// <summary>Answered, a request shows that the server has taken the messages sent before it.</summary>
    private Task TakenAsync(LspTestClient client) =>
        client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });

    [Fact]
    public async Task A_pull_before_the_settings_come_is_answered_with_them_for_the_text_edited_meanwhile()
    {
        var release = new TaskCompletionSource();
        await using var client = await StartHeldAsync(LspTestClient.PullCapabilities(), release.Task);
        await client.OpenAsync(Uri, Backup);
        var pull = client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        await EditAsync(client);
        await TakenAsync(client);

        release.SetResult();
        var diagnostic = Assert.Single((await pull).GetProperty("items").EnumerateArray());
        Assert.Equal(("SRB602", "Table 'ordrs' does not exist in database 'sales'."), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Diagnostics_are_pushed_once_the_settings_come_for_the_text_edited_meanwhile()
    {
        var release = new TaskCompletionSource();
        await using var client = await StartHeldAsync(LspTestClient.PushCapabilities(configuration: true), release.Task);
        await client.OpenAsync(Uri, Backup);
        await EditAsync(client);
        await TakenAsync(client);
        Assert.False(await client.ReceivesDiagnosticsAsync(Uri, QuietPeriod), "diagnostics were pushed before the settings came");

        release.SetResult();
        Assert.Equal(["SRB602"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri)));
    }

    [Fact]
    public async Task A_workspace_pull_before_the_settings_come_reports_as_they_say()
    {
        _folder.Write("closed.sql", EditedBackup);
        var release = new TaskCompletionSource();
        await using var client = await StartHeldAsync(LspTestClient.PullCapabilities(), release.Task, new { catalogPath = OtherCatalog, diagnosticMode = "workspace" });
        var pull = client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        await TakenAsync(client);

        release.SetResult();
        var report = Assert.Single((await pull).GetProperty("items").EnumerateArray());
        Assert.Equal(_folder.PathOf("closed.sql"), new Uri(report.GetProperty("uri").GetString()!).LocalPath);
        Assert.Equal(["SRB602"], DocumentSyncTests.Codes(report.GetProperty("items")));
    }

    [Fact]
    public async Task A_completion_before_the_settings_come_offers_the_repositories_of_the_catalog_they_name()
    {
        var release = new TaskCompletionSource();
        await using var client = await StartHeldAsync(LspTestClient.PullCapabilities(), release.Task);
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT s TO ");
        var completion = client.RequestAsync("textDocument/completion", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 21 } });
        await TakenAsync(client);

        release.SetResult();
        var labels = (await completion).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("label").GetString()).ToArray();
        Assert.Contains("nightly_repo", labels);
        Assert.DoesNotContain("example_repo", labels);
    }

    [Fact]
    public async Task A_hover_before_the_settings_come_reads_the_text_it_was_asked_on_with_them()
    {
        var release = new TaskCompletionSource();
        await using var client = await StartHeldAsync(LspTestClient.PullCapabilities(), release.Task);
        await client.OpenAsync(Uri, Backup);
        var hover = client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 40 } });
        // A line above moves `orders` off the position the hover was asked at.
        await client.ChangeAsync(Uri, 2, new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = "-- nightly\n" });
        await TakenAsync(client);

        release.SetResult();
        var text = (await hover).GetProperty("contents").GetString();
        Assert.Contains("orders", text);
        Assert.Contains("sales", text);
    }

    [Fact]
    public async Task A_client_that_never_answers_has_its_scripts_checked_with_the_settings_in_use_after_the_patience()
    {
        var neverAnswered = new TaskCompletionSource();
        await using var client = await StartHeldAsync(LspTestClient.PullCapabilities(), neverAnswered.Task, patience: TimeSpan.FromSeconds(2));
        await client.OpenAsync(Uri, Backup);
        var pull = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });

        Assert.Equal(["SRB600", "SRB602"], DocumentSyncTests.Codes(pull.GetProperty("items")));
        Assert.Contains("has not given its settings (workspace/configuration) within 2 seconds of initialize", client.ServerStderr);
        neverAnswered.SetResult();
    }
}
