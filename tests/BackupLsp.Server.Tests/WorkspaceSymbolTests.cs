using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Tests;

/// <summary><c>workspace/symbol</c>: statements found by name in the open documents and in the workspace's scripts on disk.</summary>
public sealed class WorkspaceSymbolTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each symbol as <c>name @ file line:character-line:character</c>, the file relative to the workspace.</summary>
    private async Task<List<string>> SearchAsync(LspTestClient client, string query) =>
        [.. (await client.RequestAsync("workspace/symbol", new { query })).EnumerateArray().Select(Describe)];

    private string Describe(JsonElement symbol)
    {
        var location = symbol.GetProperty("location");
        var file = Path.GetRelativePath(_folder.Root, new Uri(location.GetProperty("uri").GetString()!).LocalPath);
        var range = location.GetProperty("range");
        string At(string end) => $"{range.GetProperty(end).GetProperty("line")}:{range.GetProperty(end).GetProperty("character")}";
        return $"{symbol.GetProperty("name").GetString()} @ {file} {At("start")}-{At("end")} kind {symbol.GetProperty("kind")}";
    }

    [Fact]
    public async Task Finds_statements_in_open_documents_as_edited_then_in_the_workspace_scripts_as_saved()
    {
        _folder.Write("setup.sql", "CREATE REPOSITORY nightly_repo WITH BROKER ON LOCATION \"s3://bucket/backups\";\n");
        _folder.Write(Path.Combine("jobs", "nightly.sql"), "SELECT 1;\r\nBACKUP SNAPSHOT sales.nightly_snap\r\nTO nightly_repo;\r\nSHOW BACKUP FROM sales;\n");
        _folder.Write("open.sql", "BACKUP SNAPSHOT nightly_saved TO nightly_repo;");
        _folder.Write(Path.Combine("node_modules", "package", "x.sql"), "BACKUP SNAPSHOT nightly_vendored TO nightly_repo;");
        _folder.Write(Path.Combine(".git", "x.sql"), "BACKUP SNAPSHOT nightly_hidden TO nightly_repo;");
        _folder.Write("notes.txt", "BACKUP SNAPSHOT nightly_notes TO nightly_repo;");
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder.Root);
        await client.OpenAsync(new Uri(_folder.PathOf("open.sql")).AbsoluteUri, "-- edited\nBACKUP SNAPSHOT nightly_edited TO nightly_repo;");

        // Joined, so that a failure shows each line whole.
        Assert.Equal(
            $"""
            BACKUP nightly_edited → nightly_repo @ open.sql 1:0-1:46 kind 24
            CREATE REPOSITORY nightly_repo @ setup.sql 0:0-0:76 kind 4
            BACKUP sales.nightly_snap → nightly_repo @ {Path.Combine("jobs", "nightly.sql")} 1:0-2:15 kind 24
            """, string.Join("\n", await SearchAsync(client, "nightly")));
        Assert.Equal([$"SHOW BACKUP FROM sales @ {Path.Combine("jobs", "nightly.sql")} 3:0-3:22 kind 25"], await SearchAsync(client, "show sales"));
        Assert.Equal(4, (await SearchAsync(client, "")).Count);
        Assert.Empty(await SearchAsync(client, "nightly_vendored"));
    }

    [Fact]
    public async Task A_script_saved_again_or_deleted_is_searched_as_it_is_now()
    {
        _folder.Write("job.sql", "BACKUP SNAPSHOT first_snap TO repo;");
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder.Root);
        Assert.Single(await SearchAsync(client, "first_snap"));

        _folder.Write("job.sql", "BACKUP SNAPSHOT second_snap TO repo;");
        File.SetLastWriteTimeUtc(_folder.PathOf("job.sql"), DateTime.UtcNow.AddMinutes(1));
        Assert.Empty(await SearchAsync(client, "first_snap"));
        Assert.Single(await SearchAsync(client, "second_snap"));

        File.Delete(_folder.PathOf("job.sql"));
        Assert.Empty(await SearchAsync(client, "snap"));
    }

    [Fact]
    public async Task A_script_added_renamed_or_deleted_in_a_folder_listed_before_is_searched_as_it_is_now()
    {
        _folder.Write(Path.Combine("jobs", "a.sql"), "BACKUP SNAPSHOT first_snap TO repo;");
        // Folders nobody has changed for a while, whose listings the server keeps between searches.
        foreach (var folder in new[] { _folder.Root, _folder.PathOf("jobs") })
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow.AddHours(-1));
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder.Root);
        Assert.Single(await SearchAsync(client, "snap"));
        Assert.Single(await SearchAsync(client, "snap"));

        _folder.Write(Path.Combine("jobs", "b.sql"), "BACKUP SNAPSHOT second_snap TO repo;");
        Assert.Equal(2, (await SearchAsync(client, "snap")).Count);

        File.Move(_folder.PathOf(Path.Combine("jobs", "a.sql")), _folder.PathOf(Path.Combine("jobs", "c.sql")));
        Assert.Equal(
            [$"BACKUP second_snap → repo @ {Path.Combine("jobs", "b.sql")} 0:0-0:35 kind 24", $"BACKUP first_snap → repo @ {Path.Combine("jobs", "c.sql")} 0:0-0:34 kind 24"],
            await SearchAsync(client, "snap"));

        File.Delete(_folder.PathOf(Path.Combine("jobs", "b.sql")));
        Assert.Equal([$"BACKUP first_snap → repo @ {Path.Combine("jobs", "c.sql")} 0:0-0:34 kind 24"], await SearchAsync(client, "snap"));
    }

    [Fact]
    public async Task Closing_a_document_searches_its_saved_script_again()
    {
        _folder.Write("job.sql", "BACKUP SNAPSHOT saved_snap TO repo;");
        var uri = new Uri(_folder.PathOf("job.sql")).AbsoluteUri;
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder.Root);
        await client.OpenAsync(uri, "BACKUP SNAPSHOT unsaved_snap TO repo;");
        Assert.Equal(["BACKUP unsaved_snap → repo"], (await SearchAsync(client, "snap")).Select(s => s[..s.IndexOf(" @", StringComparison.Ordinal)]));

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        Assert.Equal(["BACKUP saved_snap → repo"], (await SearchAsync(client, "snap")).Select(s => s[..s.IndexOf(" @", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A_search_answers_a_bounded_number_of_entries()
    {
        _folder.Write("many.sql", string.Concat(Enumerable.Range(0, 1_500).Select(i => $"SHOW SNAPSHOT ON repo_{i};\n")));
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder.Root);
        Assert.Equal(1_000, (await SearchAsync(client, "repo")).Count);
    }

    [Fact]
    public async Task A_search_without_a_query_gets_invalid_params()
    {
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder.Root);
        // StreamJsonRpc's client raises -32602 as RemoteMethodNotFoundException, carrying the code.
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("workspace/symbol", new { }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, error.ErrorCode);
        Assert.Empty(await SearchAsync(client, "anything"));
    }
}
