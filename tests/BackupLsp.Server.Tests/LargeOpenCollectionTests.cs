using BackupLsp.Server.Documents;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>The collection that follows a large document's first diagnostics (DocumentOpening.LargeText).</summary>
public sealed class LargeOpenCollectionTests
{
    private const string Large = "file:///work/large.sql";
    private const string Small = "file:///work/small.sql";

    /// <summary>A script just over the size: one statement repeated.</summary>
    private static readonly string LargeScript =
        string.Concat(Enumerable.Repeat("BACKUP SNAPSHOT db1.s TO repo ON (t);\n", DocumentOpening.LargeText / 38 + 1));

    private sealed class Counter
    {
        private int _count;
        public readonly SemaphoreSlim Called = new(0);
        public int Count => Volatile.Read(ref _count);

        public void Call()
        {
            Interlocked.Increment(ref _count);
            Called.Release();
        }
    }

    [Fact]
    public async Task Follows_the_first_publish_of_each_opening_of_a_large_document_only()
    {
        var collections = new Counter();
        await using var client = LspTestClient.Connect(new LanguageServerOptions { AfterLargeOpen = collections.Call });
        await client.InitializeAsync(LspTestClient.PushCapabilities());
        await client.OpenAsync(Small, "SELECT 1;");
        await client.DiagnosticsAsync(Small, 1);

        await client.OpenAsync(Large, LargeScript);
        await client.DiagnosticsAsync(Large, 1);
        Assert.True(await collections.Called.WaitAsync(LspTestClient.Timeout), "no collection after the large open's diagnostics");
        await client.ChangeAsync(Large, 2, new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = "-- x\n" });
        await client.DiagnosticsAsync(Large, 2);

        // Closed and opened again, it is a new opening; the edit before made none (the count would then be 3).
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Large } });
        await client.DiagnosticsAsync(Large);
        await client.OpenAsync(Large, LargeScript);
        await client.DiagnosticsAsync(Large, 1);
        Assert.True(await collections.Called.WaitAsync(LspTestClient.Timeout), "no collection after the second opening's diagnostics");
        await Task.Delay(200); // time for one the edit made, were there one, to have run
        Assert.Equal(2, collections.Count);
    }

    [Fact]
    public async Task Follows_the_first_pulled_report_of_each_opening_once_it_is_answered()
    {
        var collections = new Counter();
        await using var client = LspTestClient.Connect(new LanguageServerOptions { AfterLargeOpen = collections.Call });
        await client.InitializeAsync(LspTestClient.PullCapabilities());
        await client.OpenAsync(Large, LargeScript);
        var first = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Large } });
        Assert.True(await collections.Called.WaitAsync(LspTestClient.Timeout), "no collection after the first pulled report");
        await client.ChangeAsync(Large, 2, new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = "-- x\n" });
        var second = await client.RequestAsync("textDocument/diagnostic",
            new { textDocument = new { uri = Large }, previousResultId = first.GetProperty("resultId").GetString() });
        Assert.Equal("full", second.GetProperty("kind").GetString());

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Large } });
        await client.OpenAsync(Large, LargeScript);
        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Large } });
        Assert.True(await collections.Called.WaitAsync(LspTestClient.Timeout), "no collection after the second opening's report");
        await Task.Delay(200);
        Assert.Equal(2, collections.Count);
    }
}
