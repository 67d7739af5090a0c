using System.Diagnostics;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>The real executable over standard input and output, as an editor runs it.</summary>
public sealed class StdioExecutableTests
{
    public static TheoryData<string> Builds => ServerExecutables.Available();

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Serves_a_session_from_initialize_to_exit(string build)
    {
        const string uri = "file:///work/stdio.sql";
        await using var client = ServerExecutables.Launch(build);
        var initialize = await client.InitializeAsync(LspTestClient.PushCapabilities());
        Assert.Equal("utf-16", initialize.GetProperty("capabilities").GetProperty("positionEncoding").GetString());

        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);\nBACKUP SNAPSHOT example_db.snap2 TO nightly_repo PROPERTIES (|");
        await client.OpenAsync(uri, cursor.Text);
        Assert.Contains("SRB300", DocumentSyncTests.Codes(await client.DiagnosticsAsync(uri, 1)));

        var completion = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = cursor.Position });
        Assert.Contains(completion.GetProperty("items").EnumerateArray(), i => i.GetProperty("label").GetString()!.Contains("timeout"));

        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 2 } });
        Assert.Contains("BACKUP", hover.GetProperty("contents").GetProperty("value").GetString());

        var repository = new { textDocument = new { uri }, position = new { line = 0, character = 40 } };
        var highlight = Assert.Single((await client.RequestAsync("textDocument/documentHighlight", repository)).EnumerateArray());
        Assert.Equal(36, highlight.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        var reference = Assert.Single((await client.RequestAsync("textDocument/references",
            new { repository.textDocument, repository.position, context = new { includeDeclaration = true } })).EnumerateArray());
        Assert.Equal(uri, reference.GetProperty("uri").GetString());
        var prepared = await client.RequestAsync("textDocument/prepareRename", repository);
        Assert.Equal("example_repo", prepared.GetProperty("placeholder").GetString());
        var rename = await client.RequestAsync("textDocument/rename", new { repository.textDocument, repository.position, newName = "archive" });
        Assert.Equal("archive", Assert.Single(rename.GetProperty("changes").GetProperty(uri).EnumerateArray()).GetProperty("newText").GetString());

        Assert.Equal(0, await client.ShutdownAndExitAsync());
        Assert.DoesNotContain("Unhandled exception", client.ServerStderr);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Closing_a_large_script_hands_its_memory_back(string build)
    {
        const string uri = "file:///work/large.sql";
        await using var client = ServerExecutables.Launch(build);
        await client.InitializeAsync(LspTestClient.PushCapabilities());
        var started = ResidentBytes(client);
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"BACKUP SNAPSHOT db1.s{i} TO repo ON (t{i} PARTITION (p1, p2));\n"));
        // A script above the size whose close collects at once, analysed in seconds on an idle machine and many times
        // that on a busy one: each wait below ends with the server's answer, the limit is for a hang.
        var largeWork = LspTestClient.LargeWorkTimeout;
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, 1, largeWork);
        var opened = ResidentBytes(client);

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        Assert.Empty((await client.DiagnosticsAsync(uri, within: largeWork)).EnumerateArray());
        // Handled in order: once this is answered, the collection the close posted has run. The collector gives the
        // emptied memory back to the system over the moments after (later still on a loaded machine): waited for.
        await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } }, timeout: largeWork);
        var closed = ResidentBytes(client);
        await Wait.UntilAsync(() => (closed = ResidentBytes(client)) - started < (opened - started) / 2, largeWork);

        Assert.True(closed - started < (opened - started) / 2,
            $"resident: {started / 1024} KB started, {opened / 1024} KB open, {closed / 1024} KB closed");
    }

    private static long ResidentBytes(LspTestClient client)
    {
        using var process = Process.GetProcessById(client.ServerProcessId!.Value);
        return process.WorkingSet64;
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Exits_with_1_without_shutdown(string build)
    {
        await using var client = ServerExecutables.Launch(build);
        await client.InitializeAsync(new { });
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Exits_with_1_once_the_client_process_is_gone(string build)
    {
        using var clientProcess = Process.Start(new ProcessStartInfo("sleep", "60"))!;
        await using var client = ServerExecutables.Launch(build);
        await client.RequestAsync("initialize", new { processId = clientProcess.Id, rootUri = (string?)null, capabilities = new { } });
        await client.NotifyAsync("initialized", new { });

        clientProcess.Kill();

        // Its input still open, the server ends by itself (it looks every two seconds).
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
        Assert.Contains($"the client's process {clientProcess.Id} has ended", client.ServerStderr);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Help_and_version_answer_and_exit_without_serving(string build)
    {
        var help = await RunToExit(build, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("backup-lsp check [options] PATH...", help.Stdout);
        Assert.Contains("backup-lsp [--stdio]", help.Stdout);

        var version = await RunToExit(build, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^backup-lsp \d+\.\d+\.\d+\S*\n$", version.Stdout);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Output_that_cannot_be_written_exits_2_without_a_crash(string build)
    {
        // The command with the stream it writes to bound to a device that is always full, or closed.
        foreach (var (arguments, redirection) in new[] { ("--version", "1>/dev/full"), ("--help", "1>/dev/full"), ("chek", "2>/dev/full"), ("--version", ">&-"), ("chek", "2>&-") })
        {
            var command = ServerExecutables.StartInfo(build, arguments);
            var line = string.Join(' ', new[] { command.FileName }.Concat(command.ArgumentList).Select(a => $"'{a}'"));
            var info = new ProcessStartInfo("bash") { ArgumentList = { "-c", $"{line} {redirection}" }, RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
            Assert.True(process.ExitCode == 2, $"{arguments} {redirection}: exit {process.ExitCode}\n{await stderr}");
            Assert.DoesNotContain("Unhandled exception", await stderr);
        }
    }

    private static async Task<(int ExitCode, string Stdout)> RunToExit(string build, string argument)
    {
        var info = ServerExecutables.StartInfo(build, argument);
        using var process = Process.Start(info)!;
        // Standard input stays open: a server would wait on it, so the exit itself shows that no server ran.
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        return (process.ExitCode, await stdout);
    }
}
