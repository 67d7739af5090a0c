using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

public sealed class CompletionAndHoverTests : IDisposable
{
    private const string Catalog = """
        { "repositories": { "example_repo": { "location": "s3a://bucket/backup" }, "s3_repo": { "location": "s3a://bucket/ro", "readOnly": true } },
          "databases": { "example_db": { "tables": { "example_tbl": { "partitions": ["p1", "p2"] } } } } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    private string Uri => new Uri(Path.Combine(_folder, "script.sql")).AbsoluteUri;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<LspTestClient> OpenAsync(CursorText cursor, object? capabilities = null)
    {
        File.WriteAllText(Path.Combine(_folder, "starrocks-catalog.json"), Catalog);
        var client = await LspTestClient.StartAsync(capabilities ?? LspTestClient.PushCapabilities(), _folder);
        await client.OpenAsync(Uri, cursor.Text);
        return client;
    }

    private static async Task<JsonElement[]> CompleteAsync(LspTestClient client, string uri, CursorText cursor) =>
        (await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = cursor.Position }))
            .GetProperty("items").EnumerateArray().ToArray();

    [Fact]
    public async Task Repositories_are_completed_after_TO_replacing_the_partial_word()
    {
        var cursor = CursorText.Parse("SELECT 1;\nBACKUP SNAPSHOT example_db.snap1 TO exa|");
        await using var client = await OpenAsync(cursor);
        var items = await CompleteAsync(client, Uri, cursor);
        var item = Assert.Single(items, i => i.GetProperty("label").GetString() == "example_repo");
        Assert.Equal(19, item.GetProperty("kind").GetInt32());
        var edit = item.GetProperty("textEdit");
        Assert.Equal("example_repo", edit.GetProperty("newText").GetString());
        Assert.Equal("SELECT 1;\nBACKUP SNAPSHOT example_db.snap1 TO example_repo", Edits.Apply(cursor.Text, [edit]));
    }

    [Fact]
    public async Task Property_keys_are_snippets_only_for_clients_that_take_snippets()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (|)");
        await using (var client = await OpenAsync(cursor))
        {
            var timeout = Assert.Single(await CompleteAsync(client, Uri, cursor), i => i.GetProperty("label").GetString()!.Contains("timeout"));
            Assert.Equal(2, timeout.GetProperty("insertTextFormat").GetInt32());
            Assert.Contains("$", timeout.GetProperty("textEdit").GetProperty("newText").GetString());
        }
        await using (var plain = await OpenAsync(cursor, new { }))
        {
            var timeout = Assert.Single(await CompleteAsync(plain, Uri, cursor), i => i.GetProperty("label").GetString()!.Contains("timeout"));
            Assert.Equal(1, timeout.GetProperty("insertTextFormat").GetInt32());
            Assert.DoesNotContain("$", timeout.GetProperty("textEdit").GetProperty("newText").GetString());
        }
    }

    [Fact]
    public async Task Hover_explains_keywords_in_markdown_or_plain_text()
    {
        var cursor = CursorText.Parse("BAC|KUP SNAPSHOT example_db.snap1 TO example_repo;");
        await using (var client = await OpenAsync(cursor))
        {
            var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
            Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
            Assert.Contains("SHOW BACKUP", hover.GetProperty("contents").GetProperty("value").GetString());
            var range = hover.GetProperty("range");
            Assert.Equal((0, 6), (range.GetProperty("start").GetProperty("character").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
        }
        await using (var plain = await OpenAsync(cursor, new { }))
        {
            var hover = await plain.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
            Assert.Equal("plaintext", hover.GetProperty("contents").GetProperty("kind").GetString());
        }
    }

    [Fact]
    public async Task Hover_on_a_catalog_table_lists_its_partitions()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_t|bl);");
        await using var client = await OpenAsync(cursor);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
        var text = hover.GetProperty("contents").GetProperty("value").GetString();
        Assert.Contains("p1", text);
        Assert.Contains("p2", text);
    }

    [Fact]
    public async Task Hover_on_whitespace_or_other_sql_is_null()
    {
        var cursor = CursorText.Parse("SELECT * FR|OM t;");
        await using var client = await OpenAsync(cursor);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
    }
}
