using System.Text.Json;
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

    /// <summary>
    /// A full-width space typed by a CJK input method is a letter to StarRocks there: `TABLE　orders` is one name, so the
    /// rename fails and changes nothing, and the BACKUP after it is valid; `USE　sales_db` fails, reported, and switches nothing.
    /// </summary>
    [Fact]
    public async Task A_full_width_space_that_joins_two_words_leaves_the_session_as_it_was()
    {
        await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder);
        var uri = new Uri(Path.Combine(_folder, "script.sql")).AbsoluteUri;
        await client.OpenAsync(uri, "USE sales_db;\nALTER TABLE orders RENAME orders_old;\nBACKUP SNAPSHOT s1 TO example_repo ON (orders);\n");
        var renamed = Assert.Single((await client.DiagnosticsAsync(uri, 1)).EnumerateArray());
        Assert.Contains("Change to orders_old", Titles(await FixesAsync(client, uri, renamed.GetProperty("range"))));

        await client.ChangeAsync(uri, 2, new { range = Edits.Range(1, 11, 1, 12), text = "\u3000" });
        Assert.Empty(DocumentSyncTests.Codes(await client.DiagnosticsAsync(uri, 2)));
        Assert.Empty(Titles(await FixesAsync(client, uri, renamed.GetProperty("range"))));

        await client.ChangeAsync(uri, 3, new { range = Edits.Range(0, 3, 0, 4), text = "\u3000" });
        var diagnostics = await client.DiagnosticsAsync(uri, 3);
        Assert.Equal(["SRB001", "SRB602"], DocumentSyncTests.Codes(diagnostics));
        var space = diagnostics.EnumerateArray().First();
        Assert.Equal(["Change to an ASCII space"], Titles(await FixesAsync(client, uri, space.GetProperty("range"))));
        Assert.Contains("does not exist in database 'example_db'", diagnostics.EnumerateArray().Last().GetProperty("message").GetString());
    }

    private static Task<JsonElement> FixesAsync(LspTestClient client, string uri, JsonElement range) =>
        client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics = Array.Empty<object>() } });

    private static string[] Titles(JsonElement actions) => [.. actions.EnumerateArray().Select(action => action.GetProperty("title").GetString()!)];
}
