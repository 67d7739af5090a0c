using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// Completion, hover, highlights, references, rename and definition of a backup or restore statement after a switch to
/// another catalog: StarRocks looks the session's database up by its name in default_catalog, and so do they.
/// </summary>
public sealed class OtherCatalogSessionTests : IDisposable
{
    private const string Catalog = """
        {
          "repositories": { "r": { "location": "s3a://bucket/backup" } },
          "databases": {
            "other_db": { "tables": { "t": {} } },
            "tpch": { "tables": { "orders": { "partitions": ["p1", "p2"] }, "lineitem": {} } }
          }
        }
        """;

    private const string Script = """
        SET CATALOG hive1;
        USE tpch;
        BACKUP SNAPSHOT s TO r ON (orders PARTITION (p1));
        BACKUP SNAPSHOT tpch.s2 TO r ON (orders);
        SHOW BACKUP FROM tpch;
        DROP TABLE orders;
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    private string Uri => new Uri(Path.Combine(_folder, "script.sql")).AbsoluteUri;

    private string CatalogUri => new Uri(Path.Combine(_folder, "starrocks-catalog.json")).AbsoluteUri;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<LspTestClient> OpenAsync(string text)
    {
        File.WriteAllText(Path.Combine(_folder, "starrocks-catalog.json"), Catalog);
        var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), _folder);
        await client.OpenAsync(Uri, text);
        return client;
    }

    /// <summary>The script with the cursor where <paramref name="marked"/>, which holds a <c>|</c>, reads without it.</summary>
    private static CursorText At(string marked) => CursorText.Parse(Script.Replace(marked.Replace("|", ""), marked));

    private object Position(CursorText cursor) => new { textDocument = new { uri = Uri }, position = cursor.Position, context = new { includeDeclaration = true } };

    private static async Task<(string Label, string Detail)[]> LabelsAsync(LspTestClient client, string uri, CursorText cursor) =>
        [.. (await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = cursor.Position }))
            .GetProperty("items").EnumerateArray()
            .OrderBy(i => i.GetProperty("sortText").GetString(), StringComparer.Ordinal)
            .Select(i => (i.GetProperty("label").GetString()!, i.GetProperty("detail").GetString() ?? ""))];

    private static (int Line, int Start, int End) Span(JsonElement range) => (
        range.GetProperty("start").GetProperty("line").GetInt32(),
        range.GetProperty("start").GetProperty("character").GetInt32(),
        range.GetProperty("end").GetProperty("character").GetInt32());

    [Theory]
    [InlineData("BACKUP SNAPSHOT s TO r ON (|orders PARTITION (p1));", new[] { "orders", "lineitem" }, "t")]
    [InlineData("ON (orders PARTITION (|p1));", new[] { "p1", "p2" }, "lineitem")]
    public async Task Completion_in_a_backup_offers_what_default_catalogs_database_of_the_sessions_name_holds(string marked, string[] offered, string notOffered)
    {
        var cursor = At(marked);
        await using var client = await OpenAsync(cursor.Text);

        var labels = (await LabelsAsync(client, Uri, cursor)).Select(item => item.Label).ToArray();

        Assert.All(offered, name => Assert.Contains(name, labels));
        Assert.DoesNotContain(notOffered, labels);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT |tpch.s2", "default database")]
    [InlineData("SHOW BACKUP FROM |tpch;", "database of the BACKUP on line 4")]
    [InlineData("SET CATALOG hive1;\nUSE tpch;\nBACKUP SNAPSHOT s TO r;\nSHOW BACKUP FROM |", "database of the BACKUP on line 3")]
    [InlineData("SET CATALOG hive1;\nUSE tpch;\nCANCEL BACKUP FROM |", "default database")]
    public async Task Completion_of_a_database_offers_the_sessions_first(string marked, string detail)
    {
        var cursor = marked.Contains('\n') ? CursorText.Parse(marked) : At(marked);
        await using var client = await OpenAsync(cursor.Text);

        var labels = await LabelsAsync(client, Uri, cursor);

        Assert.Equal(("tpch", detail), labels[0]);
        Assert.Contains(labels, item => item.Label == "other_db");
    }

    [Fact]
    public async Task Completion_after_a_refused_use_of_default_catalog_keeps_the_database_the_session_had()
    {
        var cursor = CursorText.Parse("USE hive1.tpch;\nUSE default_catalog.no_such_db;\nBACKUP SNAPSHOT s TO r ON (|");
        await using var client = await OpenAsync(cursor.Text);

        var labels = (await LabelsAsync(client, Uri, cursor)).Select(item => item.Label).ToArray();

        Assert.Contains("orders", labels);
        Assert.DoesNotContain("t", labels);
    }

    [Fact]
    public async Task Hover_tells_the_table_and_the_database_of_default_catalog()
    {
        var table = At("ON (ord|ers PARTITION");
        var database = At("FROM tp|ch;");
        await using var client = await OpenAsync(Script);

        var tableText = (await client.RequestAsync("textDocument/hover", Position(table))).GetProperty("contents").GetProperty("value").GetString();
        var databaseText = (await client.RequestAsync("textDocument/hover", Position(database))).GetProperty("contents").GetProperty("value").GetString();

        Assert.Contains("`tpch.orders`", tableText);
        Assert.Contains("`p1`, `p2`", tableText);
        Assert.Contains("the session is in catalog `hive1`", databaseText);
        Assert.Contains("`orders`", databaseText);
    }

    [Fact]
    public async Task Highlights_and_references_of_a_table_reach_the_backups_that_name_no_database_and_not_the_other_catalogs_table()
    {
        var cursor = At("ON (ord|ers PARTITION");
        await using var client = await OpenAsync(Script);

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", Position(cursor))).EnumerateArray();
        var references = (await client.RequestAsync("textDocument/references", Position(cursor))).EnumerateArray()
            .Select(l => (l.GetProperty("uri").GetString(), Span(l.GetProperty("range"))));
        var definition = (await client.RequestAsync("textDocument/definition", Position(cursor))).EnumerateArray()
            .Select(l => l.GetProperty("uri").GetString());

        Assert.Equal([(2, 27, 33), (3, 33, 39)], highlights.Select(h => Span(h.GetProperty("range"))));
        Assert.Equal([(Uri, (2, 27, 33)), (Uri, (3, 33, 39)), (CatalogUri, (4, 26, 34))], references);
        Assert.Equal([CatalogUri], definition);
    }

    [Fact]
    public async Task References_of_a_database_reach_the_statements_of_default_catalogs_and_not_the_use_in_the_other_catalog()
    {
        var cursor = At("FROM tp|ch;");
        await using var client = await OpenAsync(Script);

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", Position(cursor))).EnumerateArray();

        Assert.Equal([(3, 16, 20), (4, 17, 21)], highlights.Select(h => Span(h.GetProperty("range"))));
    }

    /// <summary>The BACKUP's job is the session database's: a SHOW of another database's job does not list it.</summary>
    [Theory]
    [InlineData("tpch", true)]
    [InlineData("other_db", false)]
    public async Task A_show_filters_the_snapshot_of_a_backup_that_names_no_database_only_from_the_sessions_database(string shown, bool listed)
    {
        var script = CursorText.Parse($"SET CATALOG hive1;\nUSE tpch;\nBACKUP SNAPSHOT |s TO r;\nSHOW BACKUP FROM {shown} WHERE SnapshotName = 's';");
        await using var client = await OpenAsync(script.Text);

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", Position(script))).EnumerateArray();

        var filter = 44 + shown.Length - "tpch".Length;
        Assert.Equal(listed ? [(2, 16, 17), (3, filter, filter + 1)] : [(2, 16, 17)], highlights.Select(h => Span(h.GetProperty("range"))));
    }

    [Fact]
    public async Task Rename_of_a_table_renames_it_in_the_backups_and_not_the_other_catalogs_table()
    {
        const string script = """
            CREATE TABLE tpch.daily (k INT);
            SET CATALOG hive1;
            USE tpch;
            BACKUP SNAPSHOT s TO r ON (daily);
            DROP TABLE daily;
            """;
        var cursor = CursorText.Parse(script.Replace("tpch.daily", "tpch.dai|ly"));
        await using var client = await OpenAsync(script);

        var edit = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = cursor.Position, newName = "daily_v2" });

        Assert.Equal(script.Replace("tpch.daily", "tpch.daily_v2").Replace("ON (daily", "ON (daily_v2"),
            Edits.Apply(script, edit.GetProperty("changes").GetProperty(Uri).EnumerateArray()));
    }
}
