using System.Diagnostics;
using System.Text;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>
/// <c>check --fix</c> as editors' fixers and CI use it: a diff instead of writing (<c>--diff</c>), standard input fixed to
/// standard output, each fix listed, and a file left unfixed said why.
/// </summary>
public sealed class FixModesTests : IDisposable
{
    private const string Unfixed = "BACKUP SNAPSHOT db.s TO r ON (t, t);\n";
    private const string Fixed = "BACKUP SNAPSHOT db.s TO r ON (t);\n";

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Task<(int ExitCode, string Stdout, string Stderr)> Run(byte[] stdin, params string[] args) => CheckRun.RunAsync(stdin, args);

    private static Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args) => Run([], args);

    [Fact]
    public async Task Diff_prints_what_fix_would_write_and_writes_nothing()
    {
        var path = _folder.Write("job.sql", $"SHOW BACKUP;\n{Unfixed}SHOW BACKUP;\nSHOW BACKUP;\nSHOW BACKUP;\nSHOW BACKUP;");
        var clean = _folder.Write("clean.sql", "SHOW BACKUP;\n");

        var (exitCode, stdout, stderr) = await Run("--diff", path, clean);
        var (cleanExit, cleanDiff, _) = await Run("--fix", "--diff", clean);

        Assert.Equal($"--- {path}\n+++ {path}\n@@ -1,5 +1,5 @@\n SHOW BACKUP;\n-{Unfixed}+{Fixed} SHOW BACKUP;\n SHOW BACKUP;\n SHOW BACKUP;\n", stdout);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Contains($"would fix {path}:2: SRB300", stderr);
        Assert.Contains("would apply 1 fix in 1 file", stderr);
        Assert.Equal($"SHOW BACKUP;\n{Unfixed}SHOW BACKUP;\nSHOW BACKUP;\nSHOW BACKUP;\nSHOW BACKUP;", File.ReadAllText(path));
        Assert.Equal((CheckCommand.NoErrors, ""), (cleanExit, cleanDiff));
    }

    /// <summary>Hunks as GNU diff makes them: changes whose contexts meet share one, a missing last line break is said.</summary>
    [Fact]
    public async Task Diff_hunks_are_those_diff_u_makes()
    {
        var lines = Enumerable.Range(0, 30).Select(i => i is 2 or 8 or 16 ? Unfixed : $"SHOW BACKUP FROM db{i};\n").ToList();
        var text = string.Concat(lines) + "BACKUP SNAPSHOT db.s TO r ON (u, u);";
        var path = _folder.Write("many.sql", text);
        var expected = _folder.Write("expected.sql", text.Replace("(t, t)", "(t)").Replace("(u, u)", "(u)"));

        var (_, stdout, _) = await Run("--diff", path);

        using var diff = Process.Start(new ProcessStartInfo("diff", ["-u", path, expected]) { RedirectStandardOutput = true })!;
        var gnu = await diff.StandardOutput.ReadToEndAsync();
        await diff.WaitForExitAsync();
        static string Hunks(string diff) => string.Join('\n', diff.Split('\n').Skip(2));
        Assert.Equal(Hunks(gnu), Hunks(stdout));
        Assert.Equal(3, stdout.Split('\n').Count(line => line.StartsWith("@@")));
    }

    [Fact]
    public async Task Fix_of_standard_input_writes_the_fixed_text_to_standard_output_and_the_report_to_standard_error()
    {
        var (exitCode, stdout, stderr) = await Run(Encoding.UTF8.GetBytes($"{Unfixed}CANCEL BACKUP;\n"), "--fix", "-");
        var (_, unchanged, _) = await Run(Encoding.UTF8.GetBytes("SHOW BACKUP;\r\n"), "--fix", "-");

        Assert.Equal($"{Fixed}CANCEL BACKUP;\n", stdout);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Contains("fixed <stdin>:1: SRB300", stderr);
        Assert.Contains("<stdin>:2:1: error SRB105", stderr);
        Assert.Equal("SHOW BACKUP;\r\n", unchanged);
    }

    [Fact]
    public async Task Standard_input_that_would_not_come_back_as_it_was_is_not_fixed()
    {
        var latin1 = Encoding.Latin1.GetBytes($"-- café\n{Unfixed}");

        var (exitCode, stdout, stderr) = await Run(latin1, "--fix", "-");

        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.Contains("standard input is not fixed: standard output is written in UTF-8 without a byte order mark", stderr);
    }

    [Fact]
    public async Task Standard_input_over_the_size_limit_is_not_fixed_and_standard_output_stays_empty()
    {
        // A fixer takes standard output for the fixed buffer: the report goes to standard error.
        var (exitCode, stdout, stderr) = await Run(Encoding.UTF8.GetBytes(Unfixed), "--fix", "--max-file-size", "10", "-");

        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.StartsWith("backup-lsp check: standard input is too large to check: over the --max-file-size limit of 10 bytes\n", stderr);
        Assert.EndsWith("0 errors, 0 warnings, 0 notes in 0 files.\n", stderr);
    }

    [Fact]
    public async Task Fix_lists_each_fix_by_file_line_and_rule()
    {
        var path = _folder.Write("job.sql", $"SHOW BACKUP;\n{Unfixed}BACKUP SNAPSHOT db.s2 TO r ON (t) PROPERTIES (\"type\" = \"incremental\");\n");

        var (_, _, stderr) = await Run("--fix", path);

        Assert.Equal([$"fixed {path}:2: SRB300", $"fixed {path}:3: SRB204", "applied 2 fixes in 1 file"],
            stderr.Split('\n').Where(line => line.Contains("fix")).Select(line => line["backup-lsp check: ".Length..]));
    }

    [Fact]
    public async Task A_file_not_valid_in_its_encoding_is_not_fixed_and_the_warning_says_so()
    {
        var path = _folder.PathOf("latin1.sql");
        var bytes = Encoding.Latin1.GetBytes($"-- café\n{Unfixed}");
        File.WriteAllBytes(path, bytes);

        var (_, _, stderr) = await Run("--fix", path);

        Assert.Contains($"warning: {path} not fixed: it is not valid UTF-8 (Latin-1, say): its invalid bytes, read as U+FFFD, would be written as U+FFFD", stderr);
        Assert.DoesNotContain("changed since it was read", stderr);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
