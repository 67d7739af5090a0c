using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// A workspace folder added while the server runs: the scripts it holds wait for its settings as those opened at startup
/// wait for the client's, and no other folder's script waits with them.
/// </summary>
public sealed class AddedFolderSettingsTests : IDisposable
{
    /// <summary>Right with the catalog folder b's settings name, the only one to list <c>nightly_b</c>; SRB600 with any other.</summary>
    private const string BackupToNightlyB = "BACKUP SNAPSHOT example_db.snap1 TO nightly_b;";

    /// <summary>Right with folder a's catalog; SRB600 with any other.</summary>
    private const string BackupToRepoA = "BACKUP SNAPSHOT example_db.snap1 TO repo_a;";

    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private readonly ScratchFolder _root = new();

    /// <summary>Folder a's catalog lists <c>repo_a</c>, folder b's own file <c>repo_b</c>, and the one b's settings name <c>nightly_b</c>.</summary>
    public AddedFolderSettingsTests()
    {
        WriteCatalog(Path.Combine(FolderA, "starrocks-catalog.json"), "repo_a");
        WriteCatalog(Path.Combine(FolderB, "starrocks-catalog.json"), "repo_b");
        WriteCatalog(Path.Combine(FolderB, "conf", "cluster.json"), "nightly_b");
    }

    public void Dispose() => _root.Dispose();

    private string FolderA => _root.PathOf("a");

    private string FolderB => _root.PathOf("b");

    /// <summary>
    /// A server started on folder a, which then gets folder b, whose settings name <c>conf/cluster.json</c>: the client's
    /// answer to the configuration asked for folder b is held until <paramref name="release"/>, and the server waits for
    /// it <paramref name="patience"/> (longer than any test runs when null).
    /// </summary>
    private async Task<LspTestClient> AddFolderBHeldAsync(object capabilities, Task release, TimeSpan? patience = null)
    {
        var client = LspTestClient.Connect(LspTestClient.InProcessOptions() with { ConfigurationPatience = patience ?? TimeSpan.FromMinutes(5) });
        client.FolderSettings[FolderB] = JsonSerializer.SerializeToElement(new { catalogPath = "conf/cluster.json" });
        await client.InitializeWithFoldersAsync(capabilities, FolderA);
        // A completion waits for the settings asked at startup: an answer that came after the folder was added would be stale.
        var startup = new Uri(Path.Combine(FolderA, "startup.sql")).AbsoluteUri;
        await client.OpenAsync(startup, "BACKUP SNAPSHOT s TO ");
        await CompleteAsync(client, startup);
        var asked = client.HoldNextConfiguration(release);
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(added: FolderB));
        await asked.WaitAsync(LspTestClient.Timeout);
        return client;
    }

    [Fact]
    public async Task A_script_opened_in_an_added_folder_is_first_checked_with_its_settings_and_another_folders_at_once()
    {
        var release = new TaskCompletionSource();
        await using var client = await AddFolderBHeldAsync(LspTestClient.PushCapabilities(configuration: true), release.Task);
        var inB = await OpenAsync(client, FolderB, BackupToNightlyB);
        var inA = await OpenAsync(client, FolderA, BackupToRepoA);
        Assert.Empty(await Codes(client, inA));
        await TakenAsync(client, inB);
        Assert.False(await client.ReceivesDiagnosticsAsync(inB, QuietPeriod), "folder b's script was checked before its settings came");

        release.SetResult();
        Assert.Empty(await Codes(client, inB));
    }

    [Fact]
    public async Task A_pull_in_an_added_folder_is_answered_with_its_settings()
    {
        var release = new TaskCompletionSource();
        await using var client = await AddFolderBHeldAsync(LspTestClient.PullCapabilities(), release.Task);
        var inB = await OpenAsync(client, FolderB, BackupToNightlyB);
        var pull = client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = inB } });
        await TakenAsync(client, inB);

        release.SetResult();
        Assert.Empty((await pull).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_completion_in_an_added_folder_offers_the_repositories_of_the_catalog_its_settings_name_and_another_folders_at_once()
    {
        var release = new TaskCompletionSource();
        await using var client = await AddFolderBHeldAsync(LspTestClient.PullCapabilities(), release.Task);
        var inB = await OpenAsync(client, FolderB, "BACKUP SNAPSHOT s TO ");
        var inA = await OpenAsync(client, FolderA, "BACKUP SNAPSHOT s TO ");
        var completionInB = CompleteAsync(client, inB);
        Assert.Contains("repo_a", await CompleteAsync(client, inA));

        release.SetResult();
        var labels = await completionInB;
        Assert.Contains("nightly_b", labels);
        Assert.DoesNotContain("repo_a", labels);
    }

    [Fact]
    public async Task An_added_folder_removed_while_its_settings_are_awaited_lets_its_scripts_go_on_with_the_settings_in_use()
    {
        var neverAnswered = new TaskCompletionSource();
        await using var client = await AddFolderBHeldAsync(LspTestClient.PushCapabilities(configuration: true), neverAnswered.Task);
        var inB = await OpenAsync(client, FolderB, BackupToNightlyB);
        var completion = CompleteAsync(client, inB, character: 36);
        await TakenAsync(client, inB);
        Assert.False(await client.ReceivesDiagnosticsAsync(inB, QuietPeriod), "folder b's script was checked before its settings came");

        // The settings asked with folder b removed are not answered either: its removal alone lets the script go.
        var askedAgain = client.HoldNextConfiguration(neverAnswered.Task);
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(removed: FolderB));
        await askedAgain.WaitAsync(LspTestClient.Timeout);
        Assert.Equal(["SRB600"], await Codes(client, inB));
        Assert.Contains("repo_a", await completion);
        neverAnswered.SetResult();
    }

    [Fact]
    public async Task A_script_in_an_added_folder_whose_settings_never_come_is_checked_with_those_in_use_after_the_patience()
    {
        var neverAnswered = new TaskCompletionSource();
        await using var client = await AddFolderBHeldAsync(LspTestClient.PushCapabilities(configuration: true), neverAnswered.Task, TimeSpan.FromSeconds(1));
        var inB = await OpenAsync(client, FolderB, "BACKUP SNAPSHOT example_db.snap1 TO repo_b;");

        // Folder b's own catalog, as no settings of its own name another: not folder a's, which the script had before.
        Assert.Empty(await Codes(client, inB));
        neverAnswered.SetResult();
    }

    [Fact]
    public async Task A_request_waiting_for_an_added_folders_settings_is_answered_at_shutdown()
    {
        var neverAnswered = new TaskCompletionSource();
        await using var client = await AddFolderBHeldAsync(LspTestClient.PullCapabilities(), neverAnswered.Task);
        var inB = await OpenAsync(client, FolderB, BackupToNightlyB);
        var pull = client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = inB } });
        await TakenAsync(client, inB);

        await client.RequestAsync("shutdown", null);
        Assert.Equal(["SRB600"], DocumentSyncTests.Codes((await pull).GetProperty("items")));
        neverAnswered.SetResult();
    }

    [Fact]
    public async Task Symbol_search_takes_in_an_added_folders_scripts_and_leaves_out_a_removed_ones_before_the_settings_come()
    {
        File.WriteAllText(Path.Combine(FolderB, "saved.sql"), BackupToNightlyB);
        var release = new TaskCompletionSource();
        await using var client = await AddFolderBHeldAsync(LspTestClient.PushCapabilities(configuration: true), release.Task);
        var symbol = Assert.Single(await SearchAsync(client, "nightly_b"));
        Assert.Equal(Path.Combine(FolderB, "saved.sql"), new Uri(symbol.GetProperty("location").GetProperty("uri").GetString()!).LocalPath);

        // Once folder b is in use with its settings (the completion waits for them), it is removed, and those asked then never come.
        var inB = await OpenAsync(client, FolderB, "BACKUP SNAPSHOT s TO ");
        var completion = CompleteAsync(client, inB);
        release.SetResult();
        Assert.Contains("nightly_b", await completion);
        var neverAnswered = new TaskCompletionSource();
        var askedAgain = client.HoldNextConfiguration(neverAnswered.Task);
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(removed: FolderB));
        await askedAgain.WaitAsync(LspTestClient.Timeout);
        Assert.Empty(await SearchAsync(client, "nightly_b"));
        neverAnswered.SetResult();
    }

    private static object FoldersChange(string? added = null, string? removed = null) => new
    {
        @event = new
        {
            added = added is null ? [] : new[] { LspTestClient.Folder(added) },
            removed = removed is null ? [] : new[] { LspTestClient.Folder(removed) },
        },
    };

    private static async Task<string> OpenAsync(LspTestClient client, string directory, string text)
    {
        var uri = new Uri(Path.Combine(directory, "script.sql")).AbsoluteUri;
        await client.OpenAsync(uri, text);
        return uri;
    }

    /// <summary>Answered, a request that waits for no settings shows that the server has taken the messages sent before it.</summary>
    private static Task TakenAsync(LspTestClient client, string uri) =>
        client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });

    /// <summary>The labels completion offers at <paramref name="character"/> of the first line (the end of <c>BACKUP SNAPSHOT s TO </c> by default).</summary>
    private static async Task<string?[]> CompleteAsync(LspTestClient client, string uri, int character = 21) =>
        [.. (await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = 0, character } }))
            .GetProperty("items").EnumerateArray().Select(item => item.GetProperty("label").GetString())];

    private static async Task<JsonElement[]> SearchAsync(LspTestClient client, string query) =>
        [.. (await client.RequestAsync("workspace/symbol", new { query })).EnumerateArray()];

    private static async Task<string[]> Codes(LspTestClient client, string uri) =>
        DocumentSyncTests.Codes(await client.DiagnosticsAsync(uri));

    private static void WriteCatalog(string file, string repository)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, JsonSerializer.Serialize(new { repositories = new Dictionary<string, object> { [repository] = new { location = "s3a://bucket/backup" } } }));
    }
}
