using System.Diagnostics;
using System.Text;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("Serve")]
    [InlineData("Serve", "--stdio")]
    [InlineData("Serve", "--clientProcessId=123", "--stdio")]
    [InlineData("Serve", "--stdio", "--clientProcessId", "123")]
    [InlineData("Check", "check", "x.sql")]
    [InlineData("Catalog", "catalog", "--help")]
    [InlineData("Help", "--help", "foo")]
    [InlineData("Help", "help")]
    [InlineData("Version", "--version", "x")]
    public void Subcommands_answers_and_the_arguments_clients_launch_servers_with_are_recognised(string command, params string[] args) =>
        Assert.Equal($"{command} ", Parsed(args));

    [Theory]
    [InlineData("unknown command chek (did you mean check?)", "chek", "x.sql")]
    [InlineData("unknown command CHECK (did you mean check?)", "CHECK", "x.sql")]
    [InlineData("unknown command catlog (did you mean catalog?)", "catlog")]
    [InlineData("unknown command x.sql", "x.sql")]
    [InlineData("unknown option -V (did you mean --version?)", "-V")]
    [InlineData("unknown command x.sql", "--stdio", "x.sql")]
    [InlineData("unknown command \"\"", "")]
    // right, but after the options clients launch with: it would be suggested as the nearest to itself
    [InlineData("--help comes first (backup-lsp --help)", "--stdio", "--help")]
    [InlineData("--version comes first (backup-lsp --version)", "--clientProcessId=1", "--version")]
    [InlineData("check comes first (backup-lsp check ...)", "--stdio", "check", "x.sql")]
    [InlineData("help comes first (backup-lsp help)", "--stdio", "help")]
    [InlineData("-h comes first (backup-lsp -h)", "--stdio", "-h")]
    // check forgotten: a server would wait for input, a CI job would hang
    [InlineData("--fix is an option of check (did you mean backup-lsp check --fix ...?)", "--fix", "a.sql")]
    [InlineData("--catalog is an option of check (did you mean backup-lsp check --catalog=c.json ...?)", "--catalog=c.json", "scripts/")]
    [InlineData("unknown option --verbose", "--verbose")]
    [InlineData("unknown option --clientProcessId", "--clientProcessId", "x")]
    [InlineData("unknown option --clientProcessId=abc", "--clientProcessId=abc")]
    public void Anything_else_is_a_mistyped_command_with_the_nearest_suggested(string error, params string[] args) =>
        Assert.Equal($"Mistyped {error}", Parsed(args));

    private static string Parsed(string[] args)
    {
        var (command, error) = CommandLine.Parse(args);
        return $"{command} {error}";
    }

    [Fact]
    public async Task A_mistyped_command_exits_2_with_a_pointer_to_the_usage_instead_of_serving()
    {
        // Standard input stays open: a server would wait on it, so the exit itself shows that none ran.
        var (exitCode, stderr) = await RunAsync(ServerExecutables.StartInfo("jit", "chek", "x.sql"));
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal("backup-lsp: unknown command chek (did you mean check?)\nTry 'backup-lsp --help' for usage.\n", stderr);
    }

    [Fact]
    public async Task Output_that_cannot_be_written_exits_2_with_a_message()
    {
        var script = Path.Combine(Path.GetTempPath(), $"backup-lsp-full-{Guid.NewGuid():N}.sql");
        File.WriteAllText(script, "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"timeout\" = \"1h\");");
        try
        {
            // The check's own output goes to a full disk; the shell keeps the server's standard error.
            var (exitCode, stderr) = await RunAsync(InShell("> /dev/full", ServerExecutables.StartInfo("jit", "check", "--format", "json", script)));
            Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
            Assert.Contains("backup-lsp: cannot write the output:", stderr);
            Assert.DoesNotContain("Unhandled exception", stderr);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Theory]
    [MemberData(nameof(ServerExecutables.Available), MemberType = typeof(ServerExecutables))]
    public async Task Reports_are_utf8_whatever_the_locales_charset(string build)
    {
        var folder = Directory.CreateTempSubdirectory("backup-lsp-locale-").FullName;
        var script = Path.Combine(folder, "café.sql");
        File.WriteAllText(script, "BACKUP SNAPSHOT db.s TO r ON (t, t);");
        try
        {
            var info = ServerExecutables.StartInfo(build, "check", "--format", "json", script);
            // The charset of every locale variable that names one: LC_ALL, inherited, would decide over LANG.
            info.Environment["LANG"] = info.Environment["LC_ALL"] = "en_US.ISO-8859-1";
            info.Environment.Remove("LC_CTYPE");
            info.StandardOutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            using var process = Process.Start(info)!;
            var stdout = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
            Assert.Contains("café.sql", stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(ServerExecutables.Available), MemberType = typeof(ServerExecutables))]
    public async Task A_check_of_standard_input_the_caller_closed_exits_2_instead_of_waiting(string build)
    {
        // `<&-` closes descriptor 0: under the JIT the runtime takes it for a pipe of its own, which nothing writes to.
        var (exitCode, stderr) = await RunAsync(InShell("<&-", ServerExecutables.StartInfo(build, "check", "-")));
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains("backup-lsp check: cannot read standard input: it is closed", stderr);
    }

    /// <summary>The executable run by a shell with a redirection of its own (the shell keeps the server's standard error).</summary>
    private static ProcessStartInfo InShell(string redirection, ProcessStartInfo server)
    {
        var info = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", $"exec \"$@\" {redirection}", "sh", server.FileName }, RedirectStandardError = true };
        foreach (var argument in server.ArgumentList)
            info.ArgumentList.Add(argument);
        return info;
    }

    private static async Task<(int ExitCode, string Stderr)> RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        return (process.ExitCode, await stderr);
    }
}
