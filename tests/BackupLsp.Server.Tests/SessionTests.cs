using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>A script is one session: a USE typed above a statement changes what it is checked against.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    public SessionTests() => File.WriteAllText(Path.Combine(_folder, "starrocks-catalog.json"), """
        {
          "defaultDatabase": "example_db",
          "repositories": { "example_repo": {} },
          "databases": { "example_db": { "tables": { "example_tbl": {} }, "views": [], "materializedViews": [] }, "sales_db": { "tables": { "orders": {} }, "views": [], "materializedViews": [] } }
        }
        """);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_use_typed_above_a_statement_changes_its_database_until_it_is_removed()
    {
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder);
        var uri = new Uri(Path.Combine(_folder, "script.sql")).AbsoluteUri;
        await client.OpenAsync(uri, "BACKUP SNAPSHOT s1 TO example_repo ON (orders);\n");
        Assert.Equal(["SRB602"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(uri, 1)));

        await client.ChangeAsync(uri, 2, new { range = Edits.Range(0, 0, 0, 0), text = "USE sales_db;\n" });
        Assert.Empty(DocumentSyncTests.Codes(await client.DiagnosticsAsync(uri, 2)));

        await client.ChangeAsync(uri, 3, new { range = Edits.Range(0, 4, 0, 12), text = "example_db" });
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, 3)).EnumerateArray());
        Assert.Contains("does not exist in database 'example_db'", diagnostic.GetProperty("message").GetString());
        Assert.Equal(1, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }
}
