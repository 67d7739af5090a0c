using System.Text.Json;
using BackupLsp.Server.Handlers.SemanticTokens;
using BackupLsp.Server.Tests.Infrastructure;
using CsCheck;

namespace BackupLsp.Server.Tests;

/// <summary><c>textDocument/semanticTokens/full/delta</c>: edits from the document's latest result, else the whole data.</summary>
public sealed class SemanticTokensDeltaTests
{
    private const string Uri = "file:///work/tokens.sql";
    private const string Text = "BACKUP SNAPSHOT db.s1 TO repo ON (t1) PROPERTIES (\"type\" = \"full\");\nSELECT 1;\nBACKUP SNAPSHOT db.s2 TO repo ON (t2);\n";

    [Fact]
    public async Task The_server_advertises_deltas()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(new { });
        Assert.True(result.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("full").GetProperty("delta").GetBoolean());
    }

    [Fact]
    public async Task After_an_edit_the_delta_turns_the_previous_data_into_the_current_data()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var (previousId, previous) = await FullAsync(client);
        // "ON (t1)" becomes "ON (t1, t9)" on the first line: a token more, in the middle of the data.
        await client.ChangeAsync(Uri, 2, new { range = Edits.Range(0, 36, 0, 36), text = ", t9" });

        var delta = await DeltaAsync(client, previousId);

        var edit = Assert.Single(delta.GetProperty("edits").EnumerateArray());
        Assert.True(edit.GetProperty("deleteCount").GetInt32() < previous.Length / 2, "the edit replaces only what changed");
        Assert.False(delta.TryGetProperty("data", out _));
        var (currentId, current) = await FullAsync(client);
        Assert.Equal(current, Apply(previous, edit));
        Assert.NotEqual(previousId, delta.GetProperty("resultId").GetString());
        Assert.NotEqual(previousId, currentId);
    }

    [Fact]
    public async Task An_unchanged_document_gets_no_edits()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var (previousId, _) = await FullAsync(client);

        var delta = await DeltaAsync(client, previousId);

        Assert.Empty(delta.GetProperty("edits").EnumerateArray());
        // The delta's own result id serves the next delta.
        Assert.Empty((await DeltaAsync(client, delta.GetProperty("resultId").GetString()!)).GetProperty("edits").EnumerateArray());
    }

    [Fact]
    public async Task A_result_id_that_is_not_the_latest_gets_the_whole_data()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var (firstId, data) = await FullAsync(client);
        await FullAsync(client);

        var stale = await DeltaAsync(client, firstId);
        Assert.Equal(data, Ints(stale.GetProperty("data")));
        Assert.False(stale.TryGetProperty("edits", out _));

        var (lastId, _) = await FullAsync(client);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        await client.OpenAsync(Uri, Text);
        Assert.Equal(data, Ints((await DeltaAsync(client, lastId)).GetProperty("data")));
    }

    [Fact]
    public async Task Tokens_made_for_a_document_closed_meanwhile_are_not_kept()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        // The close is handled while the tokens are made, before they are remembered: they must not outlive it.
        var answering = client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } });
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        var resultId = (await answering).GetProperty("resultId").GetString()!;
        await client.OpenAsync(Uri, Text);

        var delta = await DeltaAsync(client, resultId);

        Assert.False(delta.TryGetProperty("edits", out _));
        var results = new SemanticTokensResults();
        var kept = results.Remember("file:///open.sql", [1, 2, 3, 4, 5], stillOpen: () => true);
        var dropped = results.Remember("file:///closed.sql", [1, 2, 3, 4, 5], stillOpen: () => false);
        Assert.NotNull(results.Find("file:///open.sql", kept));
        Assert.Null(results.Find("file:///closed.sql", dropped));
    }

    [Fact]
    public void The_diff_of_any_two_arrays_turns_one_into_the_other() =>
        Gen.Select(Gen.Int[0, 3].Array[0, 30], Gen.Int[0, 3].Array[0, 30]).Sample((previous, current) =>
        {
            var edits = SemanticTokensResults.Diff(previous, current);
            var applied = edits.Aggregate(previous, (data, edit) => [.. data[..edit.Start], .. edit.Data, .. data[(edit.Start + edit.DeleteCount)..]]);
            Assert.Equal(current, applied);
            Assert.Equal(previous.SequenceEqual(current), edits.Length == 0);
        }, iter: 20_000);

    private static async Task<(string ResultId, int[] Data)> FullAsync(LspTestClient client)
    {
        var result = await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } });
        return (result.GetProperty("resultId").GetString()!, Ints(result.GetProperty("data")));
    }

    private static Task<JsonElement> DeltaAsync(LspTestClient client, string previousResultId) =>
        client.RequestAsync("textDocument/semanticTokens/full/delta", new { textDocument = new { uri = Uri }, previousResultId });

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(i => i.GetInt32())];

    private static int[] Apply(int[] previous, JsonElement edit)
    {
        var start = edit.GetProperty("start").GetInt32();
        return [.. previous[..start], .. Ints(edit.GetProperty("data")), .. previous[(start + edit.GetProperty("deleteCount").GetInt32())..]];
    }
}
