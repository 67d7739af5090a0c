using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>Multi-root workspaces: each folder's documents are checked against that folder's catalog.</summary>
public sealed class WorkspaceFolderCatalogTests : IDisposable
{
    /// <summary>Reports SRB600 (unknown repository) unless the catalog in use lists <c>repo_a</c>.</summary>
    private const string BackupToRepoA = "BACKUP SNAPSHOT example_db.snap1 TO repo_a;";

    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private readonly string _root = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    public WorkspaceFolderCatalogTests()
    {
        Directory.CreateDirectory(FolderA);
        Directory.CreateDirectory(FolderB);
        WriteCatalog(FolderA, "repo_a");
        WriteCatalog(FolderB, "repo_b");
    }

    private string FolderA => Path.Combine(_root, "a");

    private string FolderB => Path.Combine(_root, "b");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Each_folder_checks_its_documents_against_its_own_catalog()
    {
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderA, FolderB);
        await OpenInBothFoldersAsync(client);
    }

    /// <summary>The same BACKUP opened in each folder: clean against folder a's catalog, SRB600 against folder b's.</summary>
    private async Task<(string InA, string InB)> OpenInBothFoldersAsync(LspTestClient client)
    {
        var inA = await OpenAsync(client, FolderA, BackupToRepoA);
        var inB = await OpenAsync(client, FolderB, BackupToRepoA);
        Assert.Empty(await Codes(client, inA));
        Assert.Equal(["SRB600"], await Codes(client, inB));
        return (inA, inB);
    }

    [Fact]
    public async Task A_nested_folder_overrides_its_parent_and_documents_outside_every_folder_use_the_first()
    {
        var nested = Path.Combine(FolderB, "nested");
        Directory.CreateDirectory(nested);
        WriteCatalog(nested, "repo_a");
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderB, nested);
        var inNested = await OpenAsync(client, Path.Combine(nested, "deeper"), BackupToRepoA);
        var outside = await OpenAsync(client, FolderA, BackupToRepoA);
        const string untitled = "untitled:Untitled-1";
        await client.OpenAsync(untitled, BackupToRepoA);
        Assert.Empty(await Codes(client, inNested));
        Assert.Equal(["SRB600"], await Codes(client, outside));
        Assert.Equal(["SRB600"], await Codes(client, untitled));
    }

    [Fact]
    public async Task An_absolute_catalog_path_is_one_catalog_for_every_folder()
    {
        var shared = Path.Combine(_root, "shared-catalog.json");
        WriteCatalog(shared, "repo_a", asFile: true);
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), FolderA, new { catalogPath = shared });
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(added: FolderB));
        var inB = await OpenAsync(client, FolderB, BackupToRepoA);
        Assert.Empty(await Codes(client, inB));
        Assert.Equal(shared, (await client.CatalogStatusAsync()).GetProperty("catalog").GetProperty("path").GetString());
    }

    [Fact]
    public async Task The_status_lists_each_folders_catalog_with_what_it_holds_and_its_error()
    {
        var nested = Path.Combine(FolderB, "nested");
        Directory.CreateDirectory(nested);
        File.WriteAllText(CatalogOf(nested), """{ "repositories": [] }""");
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderB, FolderA, nested);
        var status = await client.StatusAsync();

        // Each catalog once: the extension finds the one of the active editor's folder, or of the first folder.
        Assert.Equal(["catalogs"], status.EnumerateObject().Select(property => property.Name));
        var catalogs = status.GetProperty("catalogs").EnumerateArray().ToDictionary(catalog => catalog.GetProperty("path").GetString()!);
        Assert.Equal([CatalogOf(FolderA), CatalogOf(nested), CatalogOf(FolderB)], catalogs.Keys);
        foreach (var folder in new[] { FolderA, FolderB })
        {
            Assert.Equal(1, catalogs[CatalogOf(folder)].GetProperty("catalog").GetProperty("repositories").GetInt32());
            Assert.Equal(JsonValueKind.Null, catalogs[CatalogOf(folder)].GetProperty("catalogError").ValueKind);
        }
        Assert.Equal(JsonValueKind.Null, catalogs[CatalogOf(nested)].GetProperty("catalog").ValueKind);
        Assert.Contains(CatalogOf(nested), catalogs[CatalogOf(nested)].GetProperty("catalogError").GetString());
    }

    [Fact]
    public async Task Editing_one_folders_catalog_re_analyses_only_that_folders_documents()
    {
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderA, FolderB);
        var (inA, inB) = await OpenInBothFoldersAsync(client);

        WriteCatalog(FolderB, "repo_a");
        await NotifyCatalogChangedAsync(client, FolderB);
        Assert.Empty(await Codes(client, inB));
        Assert.False(await client.ReceivesDiagnosticsAsync(inA, QuietPeriod), "folder a's catalog did not change");
    }

    [Fact]
    public async Task A_broken_catalog_is_reported_for_its_own_file_and_its_folder_keeps_the_last_good_one()
    {
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderA, FolderB);
        var inA = await OpenAsync(client, FolderA, BackupToRepoA);
        var inB = await OpenAsync(client, FolderB, BackupToRepoA);
        Assert.Empty(await Codes(client, inA));
        Assert.Equal(["SRB600"], await Codes(client, inB));

        File.WriteAllText(CatalogOf(FolderB), """{ "repositories": { "repo_a": { "location": 1 """);
        await NotifyCatalogChangedAsync(client, FolderB);
        Assert.Equal("catalog", Assert.Single((await client.DiagnosticsAsync(new Uri(CatalogOf(FolderB)).AbsoluteUri)).EnumerateArray()).GetProperty("code").GetString());
        Assert.Contains(CatalogOf(FolderB), Assert.Single(client.ShowMessages).GetProperty("message").GetString());
        Assert.Single(client.LogMessages, m => m.GetProperty("message").GetString()!.Contains("still using the last good catalog from " + CatalogOf(FolderB)));

        await client.ChangeAsync(inB, 2, new { text = BackupToRepoA });
        Assert.Equal(["SRB600"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(inB, 2)));
        Assert.False(await client.ReceivesDiagnosticsAsync(inA, QuietPeriod), "folder a's catalog did not change");
    }

    [Fact]
    public async Task Adding_a_folder_loads_its_catalog_for_the_documents_inside_it()
    {
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderB);
        var inA = await OpenAsync(client, FolderA, BackupToRepoA);
        Assert.Equal(["SRB600"], await Codes(client, inA));

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(added: FolderA));
        Assert.Empty(await Codes(client, inA));
    }

    [Fact]
    public async Task A_null_among_the_changes_of_folders_or_files_is_skipped_and_the_rest_applied()
    {
        // Each null threw, and the whole notification was lost.
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderB);
        var inA = await OpenAsync(client, FolderA, BackupToRepoA);
        var inB = await OpenAsync(client, FolderB, BackupToRepoA);
        Assert.Equal(["SRB600"], await Codes(client, inA));
        Assert.Equal(["SRB600"], await Codes(client, inB));

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders",
            new { @event = new { added = new object?[] { null, LspTestClient.Folder(FolderA) }, removed = new object?[] { null } } });
        Assert.Empty(await Codes(client, inA));

        WriteCatalog(FolderB, "repo_a");
        await client.NotifyAsync("workspace/didChangeWatchedFiles",
            new { changes = new object?[] { null, new { uri = new Uri(CatalogOf(FolderB)).AbsoluteUri, type = 2 } } });
        Assert.Empty(await Codes(client, inB));
    }

    [Fact]
    public async Task A_null_among_the_folders_of_initialize_is_skipped()
    {
        // It threw, and initialize failed after the server had taken itself to be initialized.
        await using var client = LspTestClient.Connect();
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            workspaceFolders = new object?[] { null, LspTestClient.Folder(FolderA) },
            capabilities = LspTestClient.PushCapabilities(),
        });
        await client.NotifyAsync("initialized", new { });
        Assert.Empty(await Codes(client, await OpenAsync(client, FolderA, BackupToRepoA)));
    }

    /// <summary>Each catalog lacks the other's repository: SRB600 tells which one is in use.</summary>
    [Theory]
    [InlineData(true, "repo_b")]
    [InlineData(false, "repo_a")]
    public async Task A_client_that_gives_only_the_deprecated_root_path_gets_its_catalog_and_a_root_uri_wins_over_it(bool rootUri, string missing)
    {
        await using var client = LspTestClient.Connect();
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootPath = FolderB,
            rootUri = rootUri ? new Uri(FolderA).AbsoluteUri : null,
            capabilities = LspTestClient.PushCapabilities(),
        });
        await client.NotifyAsync("initialized", new { });
        Assert.Equal(["SRB600"], await Codes(client, await OpenAsync(client, FolderA, $"BACKUP SNAPSHOT example_db.snap1 TO {missing};")));
    }

    [Fact]
    public async Task An_empty_list_of_workspace_folders_reports_none_and_the_root_folders_catalog_is_used()
    {
        await using var client = LspTestClient.Connect();
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(FolderA).AbsoluteUri,
            workspaceFolders = Array.Empty<object>(),
            capabilities = LspTestClient.PushCapabilities(),
        });
        await client.NotifyAsync("initialized", new { });
        Assert.Equal(["SRB600"], await Codes(client, await OpenAsync(client, FolderA, "BACKUP SNAPSHOT example_db.snap1 TO repo_b;")));
    }

    [Fact]
    public async Task Removing_a_folder_drops_its_catalog_and_its_catalog_diagnostic()
    {
        File.WriteAllText(CatalogOf(FolderA), """{ "repositories": [] }""");
        var nested = Path.Combine(FolderB, "nested");
        WriteCatalog(nested, "repo_a");
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), FolderB, nested, FolderA);
        var brokenCatalog = new Uri(CatalogOf(FolderA)).AbsoluteUri;
        Assert.Single((await client.DiagnosticsAsync(brokenCatalog)).EnumerateArray());
        var inNested = await OpenAsync(client, nested, BackupToRepoA);
        Assert.Empty(await Codes(client, inNested));

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(removed: [nested, FolderA]));
        Assert.Equal(["SRB600"], await Codes(client, inNested));
        Assert.Empty((await client.DiagnosticsAsync(brokenCatalog)).EnumerateArray());
    }

    /// <summary>
    /// SRB500 (the DATABASE clause needs 3.4) unless the release is 3.4 or none; SRB600 (unknown repository) unless the
    /// catalog in use lists <c>repo_a</c>.
    /// </summary>
    private const string DatabaseBackupToRepoA = "BACKUP DATABASE example_db SNAPSHOT s1 TO repo_a;";

    /// <summary>Folder a for 3.3 with SRB500 an error; folder b for 3.4 with its catalog in conf/cluster.json, which lists repo_a.</summary>
    private void SetEachFoldersOwnSettings(LspTestClient client)
    {
        WriteCatalog(Path.Combine(FolderB, "conf", "cluster.json"), "repo_a", asFile: true);
        client.FolderSettings[FolderA] = JsonSerializer.SerializeToElement(new { starrocksVersion = "3.3", ruleSeverity = new { SRB500 = "error" } });
        client.FolderSettings[FolderB] = JsonSerializer.SerializeToElement(new { starrocksVersion = "3.4", catalogPath = "conf/cluster.json" });
    }

    private static async Task<LspTestClient> StartPullingAsync(Action<LspTestClient> settings, params string[] folders)
    {
        var client = LspTestClient.Connect();
        settings(client);
        await client.InitializeWithFoldersAsync(LspTestClient.PushCapabilities(configuration: true), folders);
        return client;
    }

    [Fact]
    public async Task Each_folder_is_checked_with_the_settings_pulled_in_its_scope()
    {
        await using var client = await StartPullingAsync(SetEachFoldersOwnSettings, FolderA, FolderB);
        var inA = await OpenAsync(client, FolderA, DatabaseBackupToRepoA);
        var inB = await OpenAsync(client, FolderB, DatabaseBackupToRepoA);

        var inAsDiagnostics = await client.DiagnosticsWhenAsync(inA, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB500"]));
        Assert.Equal(1, inAsDiagnostics[0].GetProperty("severity").GetInt32());
        // Folder b's relative catalogPath is resolved in folder b: its default catalog lacks repo_a.
        await client.DiagnosticsWhenAsync(inB, d => d.GetArrayLength() == 0);
        Assert.Equal([new Uri(FolderA).AbsoluteUri, new Uri(FolderB).AbsoluteUri, null], ScopeUris(client.ConfigurationItems.First()));
    }

    /// <summary>
    /// Folders whose URIs a client spells otherwise than the server would make them from their paths: .NET and Neovim
    /// leave parentheses as they are, VS Code escapes them, and an escape may be written in either case.
    /// </summary>
    [Fact]
    public async Task Each_folders_settings_are_asked_for_under_the_uri_the_client_gave_the_folder()
    {
        var first = Path.Combine(_root, "q1 (copy) #é");
        var added = Path.Combine(_root, "q2 (copy) ü");
        var firstUri = new Uri(first).AbsoluteUri;
        var addedUri = new Uri(added).AbsoluteUri.Replace("%C3%BC", "%c3%bc", StringComparison.Ordinal);
        await using var client = LspTestClient.Connect();
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            workspaceFolders = new[] { new { uri = firstUri, name = "q1" } },
            capabilities = LspTestClient.PushCapabilities(configuration: true),
        });
        await client.NotifyAsync("initialized", new { });
        await Wait.UntilAsync(() => client.ConfigurationAnswers == 1);
        Assert.Equal([firstUri, null], ScopeUris(client.ConfigurationItems.Last()));

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = new[] { new { uri = addedUri, name = "q2" } }, removed = Array.Empty<object>() } });
        await Wait.UntilAsync(() => client.ConfigurationAnswers == 2);
        Assert.Equal([firstUri, addedUri, null], ScopeUris(client.ConfigurationItems.Last()));
    }

    private static IEnumerable<string?> ScopeUris(JsonElement items) =>
        items.EnumerateArray().Select(item => item.TryGetProperty("scopeUri", out var scope) ? scope.GetString() : null);

    [Fact]
    public async Task Changing_one_folders_settings_re_analyses_only_that_folders_documents()
    {
        await using var client = await StartPullingAsync(SetEachFoldersOwnSettings, FolderA, FolderB);
        var inA = await OpenAsync(client, FolderA, DatabaseBackupToRepoA);
        var inB = await OpenAsync(client, FolderB, DatabaseBackupToRepoA);
        await client.DiagnosticsWhenAsync(inA, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB500"]));
        await client.DiagnosticsWhenAsync(inB, d => d.GetArrayLength() == 0);

        client.FolderSettings[FolderA] = JsonSerializer.SerializeToElement(new { starrocksVersion = "3.4" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await client.DiagnosticsWhenAsync(inA, d => d.GetArrayLength() == 0);
        Assert.False(await client.ReceivesDiagnosticsAsync(inB, QuietPeriod), "folder b's settings did not change");
    }

    [Fact]
    public async Task A_folder_the_client_answers_null_for_and_a_document_outside_every_folder_have_the_unscoped_settings()
    {
        var outsideFolder = Path.Combine(_root, "c");
        await using var client = await StartPullingAsync(client =>
        {
            client.Settings = JsonSerializer.SerializeToElement(new { starrocksVersion = "3.3" });
            client.FolderSettings[FolderA] = JsonSerializer.SerializeToElement<object?>(null);
            client.FolderSettings[FolderB] = JsonSerializer.SerializeToElement(new { starrocksVersion = "3.4" });
        }, FolderA, FolderB);
        var inA = await OpenAsync(client, FolderA, DatabaseBackupToRepoA);
        var outside = await OpenAsync(client, outsideFolder, DatabaseBackupToRepoA);
        const string untitled = "untitled:Untitled-1";
        await client.OpenAsync(untitled, DatabaseBackupToRepoA);

        // Outside every folder the catalog is the first folder's, which lists repo_a.
        foreach (var uri in new[] { inA, outside, untitled })
            await client.DiagnosticsWhenAsync(uri, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB500"]));
    }

    /// <summary>
    /// Folder b added while its script is open: checked with its own settings alone, not first with the unscoped ones
    /// (SRB500 for 3.3, and SRB600 against its default catalog).
    /// </summary>
    [Fact]
    public async Task An_added_folders_open_scripts_are_checked_once_with_its_own_settings()
    {
        await using var client = await StartPullingAsync(SetFolderBsOwnSettingsAnd33Unscoped, FolderA);
        var inB = await OpenOutsideFolderBAsync(client);

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(added: FolderB));
        Assert.Empty(await Codes(client, inB));
        Assert.False(await client.ReceivesDiagnosticsAsync(inB, QuietPeriod), "the script was checked once");
    }

    [Theory]
    [InlineData(ConfigurationAnswer.Null)]
    [InlineData(ConfigurationAnswer.Error)]
    public async Task An_added_folder_whose_settings_cannot_be_read_has_its_scripts_checked_with_the_unscoped_settings(ConfigurationAnswer answer)
    {
        await using var client = await StartPullingAsync(SetFolderBsOwnSettingsAnd33Unscoped, FolderA);
        var inB = await OpenOutsideFolderBAsync(client);

        client.ConfigurationAnswer = answer;
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(added: FolderB));
        Assert.Equal(["SRB500", "SRB600"], await Codes(client, inB));
    }

    [Fact]
    public async Task An_added_folder_whose_settings_are_slow_to_come_has_its_scripts_checked_with_the_unscoped_ones_meanwhile()
    {
        await using var client = await StartPullingAsync(SetFolderBsOwnSettingsAnd33Unscoped, FolderA);
        var inB = await OpenOutsideFolderBAsync(client);

        var release = new TaskCompletionSource();
        var held = client.HoldNextConfiguration(release.Task);
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", FoldersChange(added: FolderB));
        await held;
        Assert.Equal(["SRB500", "SRB600"], await Codes(client, inB));
        release.SetResult();
        Assert.Empty(await Codes(client, inB));
    }

    private void SetFolderBsOwnSettingsAnd33Unscoped(LspTestClient client)
    {
        SetEachFoldersOwnSettings(client);
        client.Settings = JsonSerializer.SerializeToElement(new { starrocksVersion = "3.3" });
    }

    /// <summary>Folder b's script before folder b is a workspace folder: the unscoped 3.3 and folder a's catalog give SRB500 alone.</summary>
    private async Task<string> OpenOutsideFolderBAsync(LspTestClient client)
    {
        var inB = await OpenAsync(client, FolderB, DatabaseBackupToRepoA);
        await client.DiagnosticsWhenAsync(inB, d => DocumentSyncTests.Codes(d).SequenceEqual(["SRB500"]));
        return inB;
    }

    [Fact]
    public async Task A_problem_in_a_folders_own_settings_is_shown_with_the_folders_name()
    {
        await using var client = await StartPullingAsync(client =>
            client.FolderSettings[FolderB] = JsonSerializer.SerializeToElement(new { starrocksVersion = "three" }), FolderA, FolderB);
        await Wait.UntilAsync(() => !client.ShowMessages.IsEmpty);
        Assert.Equal("StarRocks Backup settings: b: starrocksVersion: 'three' is not a version such as \"3.3\"; checking for no release in particular (the newest release's rules)",
            Assert.Single(client.ShowMessages).GetProperty("message").GetString());
    }

    private static object FoldersChange(string? added = null, string[]? removed = null) => new
    {
        @event = new
        {
            added = added is null ? [] : new[] { LspTestClient.Folder(added) },
            removed = (removed ?? []).Select(LspTestClient.Folder).ToArray(),
        },
    };

    private static async Task<string> OpenAsync(LspTestClient client, string directory, string text)
    {
        var uri = new Uri(Path.Combine(directory, "script.sql")).AbsoluteUri;
        await client.OpenAsync(uri, text);
        return uri;
    }

    private static async Task<string[]> Codes(LspTestClient client, string uri) =>
        DocumentSyncTests.Codes(await client.DiagnosticsAsync(uri));

    private static Task NotifyCatalogChangedAsync(LspTestClient client, string folder) =>
        client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(CatalogOf(folder)).AbsoluteUri, type = 2 } } });

    private static string CatalogOf(string folder) => Path.Combine(folder, "starrocks-catalog.json");

    private static void WriteCatalog(string target, string repository, bool asFile = false)
    {
        var file = asFile ? target : CatalogOf(target);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, JsonSerializer.Serialize(new { repositories = new Dictionary<string, object> { [repository] = new { location = "s3a://bucket/backup" } } }));
    }
}
