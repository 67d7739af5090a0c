using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary><c>textDocument/semanticTokens/range</c>: the tokens a client shows first of a large script.</summary>
public sealed class SemanticTokensRangeTests
{
    private const string Uri = "file:///work/range.sql";
    private const string Text = "BACKUP SNAPSHOT db.s1 TO repo ON (t1);\nSELECT 1;\nBACKUP SNAPSHOT db.s2\n  TO repo ON (t2 PARTITION (p1));\n";

    [Fact]
    public async Task The_server_advertises_ranges()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(new { });
        Assert.True(result.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("range").GetBoolean());
    }

    [Theory]
    [InlineData(2, 0, 3, 5)]    // the second BACKUP's first line and the start of its second
    [InlineData(3, 5, 2, 0)]    // the same range, its ends given the wrong way round
    [InlineData(1, 0, 1, 9)]    // other SQL only: nothing
    [InlineData(0, 0, 9, 0)]    // past the end: everything
    public async Task A_range_gets_the_tokens_of_the_whole_data_that_overlap_it(int startLine, int startCharacter, int endLine, int endCharacter)
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var full = Absolute((await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } })).GetProperty("data"));

        var result = await client.RequestAsync("textDocument/semanticTokens/range",
            new { textDocument = new { uri = Uri }, range = Edits.Range(startLine, startCharacter, endLine, endCharacter) });

        var (from, to) = Comparer<(int, int)>.Default.Compare((startLine, startCharacter), (endLine, endCharacter)) <= 0
            ? ((startLine, startCharacter), (endLine, endCharacter))
            : ((endLine, endCharacter), (startLine, startCharacter));
        Assert.Equal(
            [.. full.Where(t => Comparer<(int, int)>.Default.Compare((t.Line, t.Character + t.Length), from) > 0
                                && Comparer<(int, int)>.Default.Compare((t.Line, t.Character), to) < 0)],
            Absolute(result.GetProperty("data")));
        Assert.False(result.TryGetProperty("resultId", out var id) && id.ValueKind != JsonValueKind.Null);
    }

    /// <summary>LSP's relative encoding decoded: each token's line, character, length and type.</summary>
    private static List<(int Line, int Character, int Length, int Type)> Absolute(JsonElement data)
    {
        var numbers = data.EnumerateArray().Select(n => n.GetInt32()).ToArray();
        var tokens = new List<(int, int, int, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < numbers.Length; i += 5)
        {
            character = numbers[i] == 0 ? character + numbers[i + 1] : numbers[i + 1];
            line += numbers[i];
            tokens.Add((line, character, numbers[i + 2], numbers[i + 3]));
        }
        return tokens;
    }
}
