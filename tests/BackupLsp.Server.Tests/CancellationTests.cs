using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>Tests that race a client message against the server's work: they run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public sealed class TimingSensitive;

[Collection(nameof(TimingSensitive))]
public sealed class CancellationTests
{
    private const string Uri = "file:///work/cancel.sql";

    [Fact]
    public async Task Cancelled_requests_answer_request_cancelled()
    {
        // Distinct statements, so that the tokens of the whole document take far longer than the pause below to compute.
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i =>
            $"BACKUP SNAPSHOT example_db.snap{i} TO example_repo ON (t{i}, t2) PROPERTIES (\"type\" = \"full\");\n"));
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text } },
        }));
        // The request is sent once the analysis is done: while it runs it takes every thread the process has, and this
        // client, in the same process, could not send its cancellations before the server had answered.
        await connection.NotificationAsync("textDocument/publishDiagnostics");
        await connection.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            id = 7,
            method = "textDocument/semanticTokens/full",
            @params = new { textDocument = new { uri = Uri } },
        }));
        // A cancellation that arrives before the request is dispatched is ignored (the id is unknown yet): the client
        // cancels every 10 ms until the answer comes.
        var response = connection.ResponseAsync(7);
        while (!response.IsCompleted)
        {
            await connection.SendAsync("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}""");
            await Task.WhenAny(response, Task.Delay(10));
        }
        var answer = (await response).GetRawText();
        Assert.True(answer.Contains("\"code\":-32800"), answer[..Math.Min(200, answer.Length)]);
    }
}
