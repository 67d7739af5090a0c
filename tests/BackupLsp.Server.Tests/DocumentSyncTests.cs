using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

public sealed class DocumentSyncTests
{
    private const string Uri = "file:///work/script.sql";
    private const string DuplicateTable = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);";

    [Fact]
    public async Task Open_publishes_diagnostics_with_the_document_version()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "SELECT 1;\n" + DuplicateTable, version: 7);
        var diagnostics = await client.DiagnosticsAsync(Uri, 7);
        var diagnostic = Assert.Single(diagnostics.EnumerateArray());
        Assert.Equal("SRB300", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("starrocks-backup", diagnostic.GetProperty("source").GetString());
        var start = diagnostic.GetProperty("range").GetProperty("start");
        Assert.Equal((1, 57), (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32()));
    }

    [Fact]
    public async Task Incremental_changes_apply_in_order_and_republish()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        // Two changes in one notification, the second relative to the text left by the first: t1, t1 -> t1, t2 -> t0, t2.
        await client.ChangeAsync(Uri, 2,
            new { range = Edits.Range(0, 57, 0, 59), text = "t2" },
            new { range = Edits.Range(0, 53, 0, 55), text = "t0" });
        Assert.Empty((await client.DiagnosticsAsync(Uri, 2)).EnumerateArray());
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        Assert.Equal("t0, t2", symbols[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_change_without_range_replaces_the_document()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "SELECT 1;");
        Assert.Empty((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        await client.ChangeAsync(Uri, 2, new { text = DuplicateTable });
        Assert.Single((await client.DiagnosticsAsync(Uri, 2)).EnumerateArray());
    }

    public static TheoryData<object?[]?, string> MalformedChanges => new()
    {
        { null, "contentChanges is missing" },
        { [new { range = Edits.Range(0, 17, 0, 20), text = "db2" }, null], "change 2 is null" },
        { [new { range = new { start = new { line = 0, character = 17 } }, text = "db2" }], "change 1's range has no end" },
        { [new { range = new { end = new { line = 0, character = 20 } }, text = "db2" }], "change 1's range has no start" },
        { [new { range = Edits.Range(0, 17, 0, -1), text = "db2" }], "change 1's range ends at 0:-1, a negative position" },
        { [new { range = Edits.Range(0, 17, 0, 20) }], "change 1 has no text" },
    };

    [Theory]
    [MemberData(nameof(MalformedChanges))]
    public async Task A_malformed_change_is_logged_and_none_of_its_notification_applies(object?[]? contentChanges, string problem)
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "SHOW BACKUP FROM db1;", version: 3);
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 4 }, contentChanges });

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        Assert.Equal("SHOW BACKUP FROM db1", Assert.Single(symbols.EnumerateArray()).GetProperty("name").GetString());
        var logged = Assert.Single(client.ServerStderr.Split('\n'), line => line.Contains("didChange", StringComparison.Ordinal));
        Assert.EndsWith($"textDocument/didChange for {Uri}: {problem}; the document stays at version 3", logged.TrimEnd());
        Assert.DoesNotContain("Exception", client.ServerStderr);
        // The next good change applies to the text the document stayed at.
        await client.ChangeAsync(Uri, 5, new { range = Edits.Range(0, 17, 0, 20), text = "db3" });
        symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        Assert.Equal("SHOW BACKUP FROM db3", Assert.Single(symbols.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_open_without_text_opens_an_empty_document_and_says_so()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "sql", version = 1 } });
        Assert.Empty((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        Assert.Contains($"textDocument/didOpen for {Uri} has no text: the document is opened empty", client.ServerStderr);
    }

    [Fact]
    public async Task Close_clears_the_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, DuplicateTable);
        Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        Assert.Empty((await client.DiagnosticsAsync(Uri)).EnumerateArray());
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        Assert.Empty(symbols.EnumerateArray());
    }

    [Fact]
    public async Task Rapid_edits_publish_the_latest_version_last()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities());
        await client.OpenAsync(Uri, "SELECT 1;");
        for (var version = 2; version <= 20; version++)
            await client.ChangeAsync(Uri, version, new { text = version % 2 == 0 ? DuplicateTable : "SELECT 1;" });
        var diagnostics = await client.DiagnosticsAsync(Uri, 20);
        Assert.Single(diagnostics.EnumerateArray());
        Assert.False(await client.ReceivesDiagnosticsAsync(Uri, TimeSpan.FromMilliseconds(300)), "stale runs must not publish after the latest");
    }

    [Fact]
    public async Task Pull_clients_get_reports_with_result_ids_and_no_pushes()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PullCapabilities());
        await client.OpenAsync(Uri, DuplicateTable);
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Equal("SRB300", Assert.Single(report.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        var resultId = report.GetProperty("resultId").GetString();

        var unchanged = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId });
        Assert.Equal("unchanged", unchanged.GetProperty("kind").GetString());
        Assert.Equal(resultId, unchanged.GetProperty("resultId").GetString());

        await client.ChangeAsync(Uri, 2, new { text = "SELECT 1;" });
        var changed = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId });
        Assert.Equal("full", changed.GetProperty("kind").GetString());
        Assert.Empty(changed.GetProperty("items").EnumerateArray());
        // Nor is a closed document's report cleared with a push: the client drops what it pulled.
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        Assert.False(await client.ReceivesDiagnosticsAsync(Uri, TimeSpan.FromMilliseconds(200)));
    }

    internal static string[] Codes(JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];
}
