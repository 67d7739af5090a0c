using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>Tests that race a client message against the server's work: they run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public sealed class TimingSensitive;

[Collection(nameof(TimingSensitive))]
public sealed class CancellationTests
{
    private const string Uri = "file:///work/cancel.sql";
    private const string Cause = "slow_db";

    [Fact]
    public async Task Cancelled_requests_answer_request_cancelled()
    {
        // The request waits for the document's analysis, which a parse holds until the test opens the gate: only its
        // cancellation can answer it first, however fast the machine.
        using var gate = new ManualResetEventSlim();
        var cache = new StatementCache(parse: text =>
        {
            if (text.Contains(Cause, StringComparison.Ordinal))
                gate.Wait(LspTestClient.Timeout);
            return StatementParser.Parse(text);
        });
        await using var connection = await RawLspConnection.StartAsync(options: LspTestClient.InProcessOptions() with { Analyzer = new DocumentAnalyzer(cache) });
        try
        {
            await connection.SendAsync(JsonSerializer.Serialize(new
            {
                jsonrpc = "2.0",
                method = "textDocument/didOpen",
                @params = new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text = $"SHOW BACKUP FROM {Cause};" } },
            }));
            await connection.SendAsync(TokensRequest(7));
            // A cancellation that arrives before the request is dispatched is ignored (the id is unknown yet): the client
            // cancels every 10 ms until the answer comes.
            var response = connection.ResponseAsync(7);
            while (!response.IsCompleted)
            {
                await connection.SendAsync("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}""");
                await Task.WhenAny(response, Task.Delay(10));
            }
            var answer = (await response).GetRawText();
            Assert.True(answer.Contains("\"code\":-32800"), answer);

            // The analysis goes on, and the same request is answered once it is done.
            gate.Set();
            await connection.SendAsync(TokensRequest(8));
            Assert.True((await connection.ResponseAsync(8)).GetProperty("result").GetProperty("data").GetArrayLength() > 0);
        }
        finally
        {
            gate.Set();
        }
    }

    private static string TokensRequest(int id) => JsonSerializer.Serialize(new
    {
        jsonrpc = "2.0",
        id,
        method = "textDocument/semanticTokens/full",
        @params = new { textDocument = new { uri = Uri } },
    });
}
