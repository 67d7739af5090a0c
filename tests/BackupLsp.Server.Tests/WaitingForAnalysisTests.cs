using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// Requests that wait for a document's analysis while another computes it, made to take as long as the test says by a
/// parse that waits for a gate on any statement naming <see cref="Cause"/>. Run alone: it would starve the others' threads.
/// </summary>
[Collection(nameof(TimingSensitive))]
public sealed class WaitingForAnalysisTests
{
    private const string Cause = "slow_db";
    private const string SlowUri = "file:///work/slow.sql";
    private const string OtherUri = "file:///work/other.sql";

    [Fact]
    public async Task Requests_waiting_for_an_analysis_hold_no_thread_and_the_server_answers_others_meanwhile()
    {
        var gate = new ManualResetEventSlim();
        var cache = new StatementCache(parse: text =>
        {
            if (text.Contains(Cause, StringComparison.Ordinal))
                gate.Wait(LspTestClient.Timeout);
            return StatementParser.Parse(text);
        });
        await using var client = LspTestClient.Connect(LspTestClient.InProcessOptions() with { Analyzer = new DocumentAnalyzer(cache) });
        await client.InitializeAsync(LspTestClient.PushCapabilities());
        try
        {
            await client.OpenAsync(SlowUri, $"SHOW BACKUP FROM {Cause};");
            // Far more requests than the thread pool has threads: each blocked on the analysis would hold one.
            var waiting = Enumerable.Range(0, 200).Select(_ => client.RequestAsync("textDocument/hover",
                new { textDocument = new { uri = SlowUri }, position = new { line = 0, character = 1 } })).ToList();

            await client.OpenAsync(OtherUri, "BACKUP SNAPSHOT db.s TO ");
            var completion = await client.RequestAsync("textDocument/completion",
                new { textDocument = new { uri = OtherUri }, position = new { line = 0, character = 24 } });
            Assert.True(completion.ValueKind != System.Text.Json.JsonValueKind.Null);
            Assert.All(waiting, request => Assert.False(request.IsCompleted));

            gate.Set();
            Assert.All(await Task.WhenAll(waiting), hover => Assert.Contains("SHOW BACKUP", hover.GetRawText()));
        }
        finally
        {
            gate.Set();
        }
    }
}
