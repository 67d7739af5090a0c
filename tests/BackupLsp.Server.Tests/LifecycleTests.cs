using System.Text.Json;
using System.Text.RegularExpressions;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Tests.Infrastructure;
using StreamJsonRpc;

namespace BackupLsp.Server.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_the_implemented_capabilities()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(LspTestClient.PushCapabilities());
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.Equal(["(", ","], capabilities.GetProperty("signatureHelpProvider").GetProperty("triggerCharacters").EnumerateArray().Select(c => c.GetString()));
        Assert.True(capabilities.GetProperty("definitionProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("referencesProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentHighlightProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("workspaceSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("foldingRangeProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("selectionRangeProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("inlayHintProvider").GetBoolean());
        Assert.Equal(["quickfix", "source.fixAll.starrocksBackup"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains("keyword", capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.False(capabilities.TryGetProperty("diagnosticProvider", out _), "a push client gets no pull capability");
        var folders = capabilities.GetProperty("workspace").GetProperty("workspaceFolders");
        Assert.True(folders.GetProperty("supported").GetBoolean());
        Assert.True(folders.GetProperty("changeNotifications").GetBoolean());
        Assert.Equal("backup-lsp", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pull_clients_are_offered_the_diagnostic_provider()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(LspTestClient.PullCapabilities());
        Assert.False(result.GetProperty("capabilities").GetProperty("diagnosticProvider").GetProperty("interFileDependencies").GetBoolean());
        Assert.True(result.GetProperty("capabilities").GetProperty("diagnosticProvider").GetProperty("workspaceDiagnostics").GetBoolean());
    }

    [Fact]
    public async Task Rename_options_go_only_to_clients_that_can_prepare_a_rename()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(new { textDocument = new { rename = new { prepareSupport = false } } });
        Assert.Equal(JsonValueKind.True, result.GetProperty("capabilities").GetProperty("renameProvider").ValueKind);
    }

    [Fact]
    public async Task Exit_after_shutdown_ends_with_code_0()
    {
        await using var client = await LspTestClient.StartAsync();
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Theory]
    [InlineData("""{"reason": "closing"}""")]
    [InlineData("[1, 2]")]
    [InlineData("[]")]
    // What the message holds besides is not read again: a key twice, a lone surrogate.
    [InlineData("""[], "params": [1]""")]
    [InlineData("[], \"note\": \"\\ud800\"")]
    public async Task Shutdown_and_exit_ignore_params_a_client_sends_them(string parameters)
    {
        // An exit whose params could not be bound was dropped unanswered, leaving the server running after its client.
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 9, "method": "shutdown", "params": """ + parameters + "}");
        Assert.Equal(JsonValueKind.Null, (await connection.ResponseAsync(9)).GetProperty("result").ValueKind);
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "exit", "params": """ + parameters + "}");
        Assert.Equal(0, await connection.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Shutdown_is_answered_after_the_requests_that_came_before_it()
    {
        // Every processed request gets its response, and a client exits the server once shutdown is answered. The pull
        // before it waits for settings the client holds back, as long as the test likes: no clock decides.
        await using var client = LspTestClient.Connect(LspTestClient.InProcessOptions() with { ConfigurationPatience = TimeSpan.FromMinutes(5) });
        var release = new TaskCompletionSource();
        var asked = client.HoldNextConfiguration(release.Task);
        await client.InitializeAsync(LspTestClient.PullCapabilities());
        await asked.WaitAsync(LspTestClient.Timeout);
        const string uri = "file:///work/a.sql";
        await client.OpenAsync(uri, "BACKUP SNAPSHOT db1.s1 TO repo ON (t1, t1);");
        var earlier = client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        var shutdown = client.RequestAsync("shutdown", null);
        // Refused, a request after it shows that the server has taken the shutdown while the pull still waits.
        var after = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } }));
        Assert.Equal(-32600, after.ErrorCode);
        Assert.DoesNotContain("textDocument/diagnostic", client.AnsweredMethods);

        release.SetResult();
        await shutdown.WaitAsync(LspTestClient.Timeout);

        // In the order the answers were read: the tasks of both complete on the thread pool, in either order.
        Assert.Equal(["textDocument/diagnostic", "shutdown"], client.AnsweredMethods.Where(method => method is "textDocument/diagnostic" or "shutdown"));
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes((await earlier.WaitAsync(LspTestClient.Timeout)).GetProperty("items")));
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_server_not_initialized()
    {
        await using var client = LspTestClient.Connect();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = "file:///a.sql" } }));
        Assert.Equal(-32002, error.ErrorCode);
        // A method the server does not have, too: LSP answers every request before initialize alike.
        var unknown = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("foo/bar", new { }));
        Assert.Equal(-32002, unknown.ErrorCode);
        await client.InitializeAsync(LspTestClient.PushCapabilities());
        var known = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("foo/bar", new { }));
        Assert.Equal(-32601, (int)known.ErrorCode);
    }

    [Fact]
    public async Task Initialized_counts_only_once_and_only_after_initialize()
    {
        await using var client = LspTestClient.Connect();
        await client.NotifyAsync("initialized", new { });
        // Handled in order: once initialize is answered, the early initialized was too, and started nothing.
        await client.InitializeAsync(LspTestClient.PushCapabilities());
        await client.StatusAsync();
        await client.NotifyAsync("initialized", new { });
        await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = "file:///a.sql" } });
        Assert.Equal(0, client.UnreadStatuses);
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request_and_changes_nothing()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync("file:///a.sql", "BACKUP SNAPSHOT db1.s1 TO repo ON (t1, t1);");
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync("file:///a.sql", 1)));

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("initialize", new
        {
            processId = (int?)null,
            rootUri = (string?)null,
            capabilities = LspTestClient.PullCapabilities(),
            initializationOptions = new { starrocksBackup = new { ruleSeverity = new { SRB300 = "off" } } },
        }));

        Assert.Equal(-32600, error.ErrorCode);
        Assert.Equal("initialize may be sent only once", error.Message);
        // Still the first client's server: pushed diagnostics, and the rule's level unchanged.
        await client.ChangeAsync("file:///a.sql", 2, new { text = "BACKUP SNAPSHOT db1.s1 TO repo ON (t2, t2);" });
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync("file:///a.sql", 2)));
    }

    [Fact]
    public async Task Document_notifications_before_initialize_and_after_shutdown_are_logged_and_dropped()
    {
        await using var client = LspTestClient.Connect();
        await client.OpenAsync("file:///early.sql", "BACKUP SNAPSHOT db1.s1 TO repo ON (t1, t1);");
        await client.InitializeAsync(LspTestClient.PushCapabilities());
        // Handled in order: the early didOpen was dropped, so the document is not open.
        Assert.Equal(JsonValueKind.Null, (await client.RequestAsync("textDocument/hover",
            new { textDocument = new { uri = "file:///early.sql" }, position = new { line = 0, character = 1 } })).ValueKind);
        Assert.False(await client.ReceivesDiagnosticsAsync("file:///early.sql", TimeSpan.FromMilliseconds(200)));

        await client.OpenAsync("file:///a.sql", "SHOW BACKUP;");
        await client.RequestAsync("shutdown", null);
        await client.ChangeAsync("file:///a.sql", 2, new { text = "BACKUP SNAPSHOT db1.s1 TO repo ON (t1, t1);" });
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = "file:///a.sql" } });
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
        Assert.Equal(3, Regex.Count(client.ServerStderr, "ignored a document notification outside initialize..shutdown"));
        // LSP lets the server send nothing before initialize: the early line went to standard error only.
        Assert.Equal(2, client.LogMessages.Count(m => m.GetProperty("message").GetString()!.Contains("outside initialize..shutdown")));
    }

    [Fact]
    public async Task The_server_stops_when_the_client_process_it_was_given_ends()
    {
        using var clientProcess = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "60"))!;
        await using var client = LspTestClient.Connect(LspTestClient.InProcessOptions() with { ClientProcessInterval = TimeSpan.FromMilliseconds(50) });
        await client.RequestAsync("initialize", new { processId = clientProcess.Id, rootUri = (string?)null, capabilities = LspTestClient.PushCapabilities() });
        await client.NotifyAsync("initialized", new { });
        await client.OpenAsync("file:///a.sql", "SHOW BACKUP;");
        Assert.False(client.ServerExit.IsCompleted);

        clientProcess.Kill();

        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
        Assert.Contains($"the client's process {clientProcess.Id} has ended: the server stops", client.ServerStderr);
    }

    [Fact]
    public async Task A_client_process_the_server_cannot_see_is_not_watched()
    {
        // An id no process has (beyond Linux's largest), as from a client in another process namespace.
        await using var client = LspTestClient.Connect(LspTestClient.InProcessOptions() with { ClientProcessInterval = TimeSpan.FromMilliseconds(50) });
        await client.RequestAsync("initialize", new { processId = int.MaxValue, rootUri = (string?)null, capabilities = LspTestClient.PushCapabilities() });
        await client.NotifyAsync("initialized", new { });
        await Task.Delay(300);

        await client.OpenAsync("file:///a.sql", "BACKUP SNAPSHOT db1.s1 TO repo ON (t1, t1);");
        Assert.Equal(["SRB300"], DocumentSyncTests.Codes(await client.DiagnosticsAsync("file:///a.sql", 1)));
        Assert.False(client.ServerExit.IsCompleted);
        Assert.Contains($"the client's process {int.MaxValue} is not visible here", client.ServerStderr);
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.RequestAsync("shutdown", null);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = "file:///a.sql" } }));
        Assert.Equal(-32600, error.ErrorCode);
    }

    /// <summary>
    /// A client that writes its messages and closes its end at once (a script piping a file of messages): every request it
    /// sent is answered, and its exit after shutdown ends with 0. StreamJsonRpc dropped what it had not handled yet.
    /// </summary>
    [Fact]
    public async Task Messages_before_the_end_of_input_are_all_handled()
    {
        var (exitCode, output, log) = await RunToTheEndAsync(
            """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.sql","languageId":"sql","version":1,"text":"SHOW BACKUP FROM db1;"}}}""",
            """{"jsonrpc":"2.0","id":2,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/a.sql"}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"textDocument/foldingRange","params":{"textDocument":{"uri":42}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"shutdown"}""",
            """{"jsonrpc":"2.0","method":"exit"}""");

        Assert.True(exitCode == 0, $"exit code {exitCode}\n--- output:\n{output}\n--- log:\n{log}");
        Assert.Contains("SHOW BACKUP FROM db1", output);
        foreach (var id in new[] { 1, 2, 3, 4 })
            Assert.Contains($"\"id\":{id},", output);
    }

    /// <summary>
    /// The end of the input closes the connection right after the exit before it ends the server: which of the two the
    /// server saw first was a race, lost about once in a thousand runs (exit code 1). Run often enough to lose it.
    /// </summary>
    [Fact]
    public async Task An_exit_right_before_the_end_of_input_always_ends_with_code_0()
    {
        var codes = new int[3000];
        await Parallel.ForAsync(0, codes.Length, async (i, _) =>
            codes[i] = (await RunToTheEndAsync(
                """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""",
                """{"jsonrpc":"2.0","method":"exit"}""")).ExitCode);

        Assert.All(codes, code => Assert.Equal(0, code));
    }

    /// <summary>
    /// LSP makes exit a notification. One sent as a request right after shutdown was counted among the requests shutdown
    /// waited for while it waited for shutdown's answer: the server ended first in nineteen runs of twenty, its answer to
    /// shutdown unwritten.
    /// </summary>
    [Theory]
    [InlineData("3")]
    [InlineData("\"three\"")]
    // Ids LSP does not take: refused, the exit left the server running until its input closed, and then with code 1.
    [InlineData("null")]
    [InlineData("1.5")]
    [InlineData("{}")]
    public async Task An_exit_sent_as_a_request_right_after_shutdown_leaves_shutdown_answered(string exitId)
    {
        for (var run = 0; run < 5; run++)
        {
            var (exitCode, output, log) = await RunToTheEndAsync(
                """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""",
                """{"jsonrpc":"2.0","id":""" + exitId + ""","method":"exit"}""");

            Assert.True(exitCode == 0, $"exit code {exitCode}\n--- log:\n{log}");
            Assert.Contains("\"id\":2,\"result\":null", output);
        }
    }

    [Fact]
    public async Task The_end_of_input_without_exit_ends_with_code_1_once_the_requests_are_answered()
    {
        var (exitCode, output, log) = await RunToTheEndAsync(
            """{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/none.sql"},"position":{"line":0,"character":0}}}""");

        Assert.True(exitCode == 1, $"exit code {exitCode}\n--- output:\n{output}\n--- log:\n{log}");
        Assert.Contains("\"id\":2,", output);
    }

    /// <summary>
    /// Runs a server on an input that holds initialize, initialized and <paramref name="messages"/>, then ends; yields its
    /// exit code, its output and its log (for the message of a failure that has been seen once and not reproduced since).
    /// </summary>
    private static async Task<(int ExitCode, string Output, string Log)> RunToTheEndAsync(params string[] messages)
    {
        static byte[] Frame(string json) =>
            [.. System.Text.Encoding.ASCII.GetBytes($"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(json)}\r\n\r\n"), .. System.Text.Encoding.UTF8.GetBytes(json)];
        var input = new MemoryStream([
            .. Frame("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"""),
            .. Frame("""{"jsonrpc":"2.0","method":"initialized","params":{}}"""),
            .. messages.SelectMany(Frame)]);
        var output = new MemoryStream();
        var log = new StringWriter();
        var exitCode = await Hosting.LanguageServerHost.RunAsync(input, output, TextWriter.Synchronized(log)).WaitAsync(LspTestClient.Timeout);
        return (exitCode, System.Text.Encoding.UTF8.GetString(output.ToArray()), log.ToString());
    }

    [Fact]
    public async Task Closing_the_connection_without_exit_ends_with_code_1()
    {
        var client = await LspTestClient.StartAsync();
        client.Rpc.Dispose();
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
        await client.DisposeAsync();
    }
}
