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
        // Distinct statements, so that the analysis the request waits for takes far longer than the pause below.
        var text = string.Concat(Enumerable.Range(0, 100_000).Select(i =>
            $"BACKUP SNAPSHOT example_db.snap{i} TO example_repo ON (t{i}, t2) PROPERTIES (\"type\" = \"full\");\n"));
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text } },
        }));
        await connection.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            id = 7,
            method = "textDocument/semanticTokens/full",
            @params = new { textDocument = new { uri = Uri } },
        }));
        // A cancellation that arrives before the request is dispatched is ignored (the id is unknown yet), and how long
        // the server takes to read the 9 MB document before it gets to the request varies with the machine: the client
        // cancels every 50 ms until the answer comes. The request waits for the analysis far longer than that.
        var response = connection.ResponseAsync(7);
        while (!response.IsCompleted)
        {
            await connection.SendAsync("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}""");
            await Task.WhenAny(response, Task.Delay(50));
        }
        Assert.Equal(-32800, (await response).GetProperty("error").GetProperty("code").GetInt32());
    }
}
