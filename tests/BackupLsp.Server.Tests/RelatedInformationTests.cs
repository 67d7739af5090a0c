using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// A diagnostic about another statement of the script (a BACKUP earlier in it) links to that statement, for a client that
/// declares it takes related information, pushed or pulled; a client that does not declare it gets that statement's line
/// in the message.
/// </summary>
public sealed class RelatedInformationTests
{
    private const string Uri = "file:///work/related.sql";

    // Line 2's BACKUP works on example_db while line 1's may still run; line 3 drops the snapshot line 1 writes.
    private const string Script = """
        SELECT 1;
        BACKUP SNAPSHOT example_db.nightly TO example_repo;
        BACKUP SNAPSHOT example_db.weekly TO example_repo;
        DROP SNAPSHOT nightly ON example_repo;
        """;

    private static object Capabilities(bool pull, bool related) => new
    {
        workspace = new { diagnostics = new { refreshSupport = pull } },
        textDocument = pull
            ? (object)new { diagnostic = new { dynamicRegistration = false, relatedInformation = related } }
            : new { publishDiagnostics = new { relatedInformation = related } },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Diagnostics_about_an_earlier_statement_link_to_it(bool pull)
    {
        await using var client = await LspTestClient.StartAsync(Capabilities(pull, related: true));
        await client.OpenAsync(Uri, Script);
        var diagnostics = await DiagnosticsAsync(client, pull);

        Assert.Equal([2, 3], diagnostics.Select(d => d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()).Order());
        foreach (var diagnostic in diagnostics)
        {
            var related = Assert.Single(diagnostic.GetProperty("relatedInformation").EnumerateArray());
            Assert.Equal("The BACKUP that may still be running", related.GetProperty("message").GetString());
            var location = related.GetProperty("location");
            Assert.Equal(Uri, location.GetProperty("uri").GetString());
            // `example_db.nightly` on line 1.
            Assert.Equal("""{"start":{"line":1,"character":16},"end":{"line":1,"character":34}}""", location.GetProperty("range").GetRawText());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_that_does_not_take_related_information_gets_its_line_in_the_message(bool pull)
    {
        await using var client = await LspTestClient.StartAsync(Capabilities(pull, related: false));
        await client.OpenAsync(Uri, Script);
        var diagnostics = await DiagnosticsAsync(client, pull);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.EndsWith(" (line 2: The BACKUP that may still be running)", d.GetProperty("message").GetString()));
        Assert.All(diagnostics, d => Assert.False(d.TryGetProperty("relatedInformation", out _)));
    }

    [Theory]
    [InlineData("""{"name": "Neovim", "version": "0.7.2"}""", false)]
    [InlineData("""{"name": "Neovim", "version": "v0.11.4"}""", false)]
    [InlineData("""{"name": "Neovim"}""", false)]
    [InlineData("""{"name": "Neovim", "version": "0.12.0"}""", true)]
    [InlineData("""{"name": "Visual Studio Code", "version": "1.139.1"}""", true)]
    [InlineData("""42""", true)]
    public void Neovim_before_0_12_which_declares_related_information_but_shows_none_gets_the_line_in_the_message(string clientInfo, bool links)
    {
        var capabilities = JsonDocument.Parse("""{"textDocument": {"publishDiagnostics": {"relatedInformation": true}}}""").RootElement;
        var features = Hosting.ClientFeatures.From(capabilities, JsonDocument.Parse(clientInfo).RootElement);
        Assert.Equal(links, features.DiagnosticRelatedInformation);
    }

    [Fact]
    public async Task A_diagnostic_sent_back_with_its_related_lines_still_gets_its_fixes()
    {
        // A snapshot name taken twice (SRB605, with its related BACKUP), sent back from elsewhere on the line, as Neovim does.
        const string script = """
            BACKUP SNAPSHOT example_db.newsnap TO example_repo ON (example_tbl);
            BACKUP SNAPSHOT example_db.newsnap TO example_repo ON (example_tbl);
            """;
        using var folder = new ScratchFolder();
        folder.Write("starrocks-catalog.json", """{ "repositories": { "example_repo": { "snapshots": [] } } }""");
        var capabilities = new
        {
            textDocument = new
            {
                publishDiagnostics = new { relatedInformation = false },
                codeAction = new { codeActionLiteralSupport = new { codeActionKind = new { valueSet = new[] { "quickfix" } } } },
            },
        };
        await using var client = await LspTestClient.StartAsync(capabilities, folder.Root);
        await client.OpenAsync(Uri, script);
        var published = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray(), d => d.GetProperty("code").GetString() == "SRB605");
        Assert.Contains("(line 1: ", published.GetProperty("message").GetString());
        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 1, character = 0 }, end = new { line = 1, character = 0 } },
            context = new { diagnostics = new[] { published } },
        });
        Assert.Contains(actions.EnumerateArray(), action => action.GetProperty("title").GetString()!.StartsWith("Change to newsnap_2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_follows_the_statement_it_names_when_lines_are_added_above_it()
    {
        await using var client = await LspTestClient.StartAsync(Capabilities(pull: false, related: true));
        await client.OpenAsync(Uri, Script);
        await client.DiagnosticsAsync(Uri, 1);
        await client.ChangeAsync(Uri, 2, new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = "-- nightly\n" });
        var diagnostics = (await client.DiagnosticsAsync(Uri, 2)).EnumerateArray().ToArray();

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(2,
            d.GetProperty("relatedInformation")[0].GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()));
    }

    private static async Task<JsonElement[]> DiagnosticsAsync(LspTestClient client, bool pull) =>
        (pull
            ? (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } })).GetProperty("items")
            : await client.DiagnosticsAsync(Uri, 1)).EnumerateArray().ToArray();
}
