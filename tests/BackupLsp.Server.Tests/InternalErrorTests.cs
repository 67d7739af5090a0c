using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// Failures of the analyser itself, made on purpose by a parse that throws on any statement naming <see cref="Cause"/>:
/// each becomes one diagnostic and a log line, the server keeps serving, and the edit that removes the cause recovers.
/// </summary>
public sealed class InternalErrorTests
{
    private const string Uri = "file:///work/internal-error.sql";
    private const string Cause = "broken_db";

    private static async Task<LspTestClient> StartAsync(Func<Exception> failure)
    {
        var cache = new StatementCache(parse: text => text.Contains(Cause, StringComparison.Ordinal) ? throw failure() : StatementParser.Parse(text));
        var client = LspTestClient.Connect(LspTestClient.InProcessOptions() with { Analyzer = new DocumentAnalyzer(cache) });
        await client.InitializeAsync(LspTestClient.PushCapabilities());
        return client;
    }

    [Fact]
    public async Task A_statement_the_analyser_fails_on_gets_one_diagnostic_and_a_log_line_and_the_others_are_analysed()
    {
        await using var client = await StartAsync(() => new InvalidOperationException("made to fail"));
        await client.OpenAsync(Uri, $"BACKUP SNAPSHOT db1.s1 TO repo ON (t1, t1);\nSHOW BACKUP FROM {Cause};\nBACKUP SNAPSHOT db3.s2 TO repo ON (t2, t2);");

        var diagnostics = await client.DiagnosticsAsync(Uri, 1);
        Assert.Equal(["SRB300", "SRB999", "SRB300"], DocumentSyncTests.Codes(diagnostics));
        var failure = diagnostics[1];
        Assert.Equal("""{"line":1,"character":0}""", failure.GetProperty("range").GetProperty("start").GetRawText());
        Assert.Equal("Internal error while analysing this statement (InvalidOperationException: made to fail). Please report it.",
            failure.GetProperty("message").GetString());
        AssertLogged(client, $"analysis of a statement failed on {Uri} (version 1): System.InvalidOperationException: made to fail");

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        Assert.Equal(["BACKUP db1.s1 → repo", "BACKUP db3.s2 → repo"], symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        await client.ChangeAsync(Uri, 2, new { range = Edits.Range(1, 17, 1, 17 + Cause.Length), text = "db2" });
        Assert.Equal(["SRB300", "SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 2)));
    }

    [Fact]
    public async Task A_failure_that_escapes_the_statements_guard_gets_one_diagnostic_for_the_document_and_a_log_line()
    {
        // The guard around each statement lets cancellations through: one the analysis did not ask for escapes it.
        await using var client = await StartAsync(() => new OperationCanceledException("made to fail"));
        await client.OpenAsync(Uri, $"BACKUP SNAPSHOT db1.s1 TO repo ON (t1, t1);\nSHOW BACKUP FROM {Cause};");

        var failure = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        Assert.Equal("SRB999", failure.GetProperty("code").GetString());
        Assert.Equal("""{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}""", failure.GetProperty("range").GetRawText());
        Assert.Equal("Internal error while analysing this document (OperationCanceledException: made to fail). Please report it.",
            failure.GetProperty("message").GetString());
        AssertLogged(client, $"analysis failed on {Uri} (version 1): System.OperationCanceledException: made to fail");

        await client.ChangeAsync(Uri, 2, new { range = Edits.Range(1, 17, 1, 17 + Cause.Length), text = "db2" });
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 2)));
        Assert.False(client.ServerExit.IsCompleted);
    }

    /// <summary>On standard error and in the client's log, as an error.</summary>
    private static void AssertLogged(LspTestClient client, string start)
    {
        Assert.Contains($"[backup-lsp error] {start}", client.ServerStderr);
        Assert.Contains(client.LogMessages, m => m.GetProperty("type").GetInt32() == 1 && m.GetProperty("message").GetString()!.StartsWith(start, StringComparison.Ordinal));
    }
}
