using System.Text;
using System.Text.Json;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

public sealed class GitLabReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backup-lsp-gitlab-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int ExitCode, List<JsonElement> Issues)> Check(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var exitCode = await CheckCommand.RunAsync([.. args, "--format", "gitlab"], new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, new StringWriter());
        using var report = JsonDocument.Parse(stdout.ToString());
        return (exitCode, report.RootElement.EnumerateArray().Select(issue => issue.Clone()).ToList());
    }

    private static string Text(JsonElement issue, string property) => issue.GetProperty(property).GetString()!;

    [Fact]
    public async Task Each_diagnostic_is_an_issue_with_its_rule_severity_and_lines()
    {
        const string script = "-- nightly\nBACKUP SNAPSHOT db.a TO r\n  PROPERTIES (\"timout\" = \"700\");\nBACKUP SNAPSHOT db.b TO r;\nBACKUP SNAPSHOT db.c TO r;\n";
        var (exitCode, issues) = await Check(script, "--rule", "SRB700=warning", "-");

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        // The first BACKUP, refused, starts no job that the third could wait for.
        Assert.Equal(["SRB200", "SRB700"], issues.Select(i => Text(i, "check_name")));
        Assert.Equal(["major", "minor"], issues.Select(i => Text(i, "severity")));
        var unknownProperty = issues[0];
        Assert.StartsWith("Unknown backup job properties: [timout]. Did you mean \"timeout\"?", Text(unknownProperty, "description"));
        var location = unknownProperty.GetProperty("location");
        Assert.Equal("<stdin>", Text(location, "path"));
        // 1-based lines and columns; the end is the column after the marked "timout".
        Assert.Equal("""{"begin":{"line":3,"column":15},"end":{"line":3,"column":23}}""", JsonSerializer.Serialize(location.GetProperty("positions")));
        Assert.Equal(["issue", "issue"], issues.Select(i => Text(i, "type")));
        Assert.Equal("""["Bug Risk"]""", JsonSerializer.Serialize(unknownProperty.GetProperty("categories")));
        // The earlier statement a diagnostic speaks of is named by its line.
        Assert.EndsWith(" before starting this one. (line 4: The BACKUP that may still be running)", Text(issues[1], "description"));
        Assert.Equal(32, Text(issues[0], "fingerprint").Length);
    }

    [Fact]
    public async Task Information_and_hints_are_info()
    {
        var (_, issues) = await Check("BACKUP SNAPSHOT db.a TO r;\nBACKUP SNAPSHOT db.b TO r;\n", "-");
        Assert.Equal("info", Text(Assert.Single(issues), "severity"));
    }

    [Fact]
    public async Task A_form_the_configured_release_lacks_is_a_compatibility_issue()
    {
        var (_, issues) = await Check("DROP SNAPSHOT nightly ON r FORCE;\n", "--starrocks-version", "4.1", "-");
        var issue = Assert.Single(issues);
        Assert.Equal("SRB500", Text(issue, "check_name"));
        Assert.Equal("""["Compatibility"]""", JsonSerializer.Serialize(issue.GetProperty("categories")));
    }

    [Fact]
    public async Task Fingerprints_are_unique_and_survive_lines_added_above()
    {
        const string problems = "CANCEL BACKUP;\nCANCEL BACKUP;\nBACKUP SNAPSHOT db.s TO r PROPERTIES (\"timeout\" = \"1h\");\n";
        var (_, before) = await Check(problems, "-");
        var (_, after) = await Check("-- a header\nUSE db;\n\n" + problems, "-");

        var fingerprints = before.Select(i => Text(i, "fingerprint")).ToList();
        Assert.Equal(3, fingerprints.Distinct().Count());  // the two same CANCELs too: GitLab shows one issue per fingerprint
        Assert.Equal(fingerprints, after.Select(i => Text(i, "fingerprint")));
        Assert.NotEqual(before.Select(i => i.GetProperty("location").GetProperty("positions").GetProperty("begin").GetProperty("line").GetInt32()),
            after.Select(i => i.GetProperty("location").GetProperty("positions").GetProperty("begin").GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task The_same_problem_in_two_files_has_two_fingerprints()
    {
        var first = Path.Combine(_directory, "first.sql");
        var second = Path.Combine(_directory, "second.sql");
        File.WriteAllText(first, "CANCEL BACKUP;");
        File.WriteAllText(second, "CANCEL BACKUP;");
        var (_, issues) = await Check("", first, second);
        Assert.Equal([first, second], issues.Select(i => Text(i.GetProperty("location"), "path")));
        Assert.NotEqual(Text(issues[0], "fingerprint"), Text(issues[1], "fingerprint"));
    }

    [Fact]
    public async Task A_file_has_one_path_and_fingerprint_however_its_folder_is_typed()
    {
        File.WriteAllText(Path.Combine(_directory, "nightly.sql"), "CANCEL BACKUP;");
        Directory.CreateDirectory(Path.Combine(_directory, "old"));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), _directory);
        var reports = new List<(string Path, string Fingerprint)>();
        foreach (var typed in new[] { relative, $"./{relative}/", $"{relative}//", $"./{relative}/./nightly.sql", $"{relative}/old/../nightly.sql" })
        {
            var issue = Assert.Single((await Check("", typed)).Issues);
            reports.Add((Text(issue.GetProperty("location"), "path"), Text(issue, "fingerprint")));
        }
        Assert.Equal($"{relative}/nightly.sql", reports[0].Path);
        Assert.All(reports, report => Assert.Equal(reports[0], report));
    }

    [Theory]
    [InlineData("scripts/nightly.sql", "scripts/nightly.sql")]
    [InlineData("/repo/scripts/nightly.sql", "scripts/nightly.sql")]
    [InlineData("/elsewhere/nightly.sql", "/elsewhere/nightly.sql")]
    [InlineData("/repository/nightly.sql", "/repository/nightly.sql")]
    // The folder as the shell entered it through a link, then as the system resolved it: a path may name it either way.
    [InlineData("/work/linked/scripts/nightly.sql", "scripts/nightly.sql")]
    public void Paths_are_relative_to_the_folder_the_check_runs_in(string path, string reported) =>
        Assert.Equal(reported, new ReportPaths(["/work/linked", "/repo"], []).Name(path));

    [Theory]
    [InlineData("/repo/jobs", "bad.sql", "jobs/bad.sql")]
    [InlineData("/repo/jobs", "../scripts/bad.sql", "scripts/bad.sql")]
    [InlineData("/repo/jobs", "/repo/scripts/bad.sql", "scripts/bad.sql")]
    [InlineData("/repo", "bad.sql", "bad.sql")]
    // Outside the repository, a file is named by its absolute path, which no relative one would reach.
    [InlineData("/tmp/build", "bad.sql", "/tmp/build/bad.sql")]
    [InlineData("/repo/jobs", "/elsewhere/bad.sql", "/elsewhere/bad.sql")]
    public void In_ci_paths_are_relative_to_the_repository_root_wherever_the_check_runs(string folder, string path, string reported) =>
        Assert.Equal(reported, new ReportPaths([folder], ["/repo"]).Name(path));

    [Fact]
    public async Task GitLab_names_a_file_from_the_project_folder_when_the_job_runs_in_a_subfolder()
    {
        var folder = Directory.GetCurrentDirectory();
        var scripts = Directory.CreateDirectory(Path.Combine(folder, $"scripts-{Guid.NewGuid():N}")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(scripts, "a.sql"), "BACKUP SNAPSHOT db.s TO r ON (t, t);");
            var project = Path.GetDirectoryName(folder)!;
            var stdout = new StringWriter();

            await CheckCommand.RunAsync(["--format", "gitlab", $"{Path.GetFileName(scripts)}/a.sql"], Stream.Null, stdout, new StringWriter(),
                name => name == "CI_PROJECT_DIR" ? project : Environment.GetEnvironmentVariable(name));

            var issue = Assert.Single(JsonDocument.Parse(stdout.ToString()).RootElement.EnumerateArray());
            Assert.Equal($"{Path.GetFileName(folder)}/{Path.GetFileName(scripts)}/a.sql", Text(issue.GetProperty("location"), "path"));
        }
        finally
        {
            Directory.Delete(scripts, recursive: true);
        }
    }

    [Fact]
    public void A_path_that_leaves_the_folder_and_comes_back_is_named_from_the_folder()
    {
        var folder = Directory.GetCurrentDirectory();
        var typed = $"../{Path.GetFileName(folder)}/scripts/nightly.sql";
        Assert.Equal("scripts/nightly.sql", new ReportPaths([folder], []).Name(typed));
        Assert.Equal("../elsewhere/nightly.sql", new ReportPaths([folder], []).Name("../elsewhere/nightly.sql"));
    }

    [Fact]
    public async Task A_folder_entered_through_a_link_names_the_scripts_inside_it_relative_to_it()
    {
        var real = Directory.CreateDirectory(Path.Combine(_directory, "real")).FullName;
        var linked = Path.Combine(_directory, "linked");
        Directory.CreateSymbolicLink(linked, real);
        File.WriteAllText(Path.Combine(real, "nightly.sql"), "BACKUP SNAPSHOT db.s TO r ON (t, t);");

        // The shell's $PWD keeps the link; the process's own folder has it resolved.
        foreach (var typed in new[] { Path.Combine(linked, "nightly.sql"), Path.Combine(real, "nightly.sql") })
        {
            var info = ServerExecutables.StartInfo("jit", "check", "--format", "gitlab", typed);
            info.WorkingDirectory = linked;
            info.Environment["PWD"] = linked;
            using var process = System.Diagnostics.Process.Start(info)!;
            var stdout = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
            var issue = Assert.Single(JsonDocument.Parse(stdout).RootElement.EnumerateArray());
            Assert.Equal("nightly.sql", Text(issue.GetProperty("location"), "path"));
        }
    }

    [Fact]
    public async Task A_check_run_in_a_folder_deleted_meanwhile_names_the_scripts_as_given()
    {
        // The report said it could not be written: the folder to make paths relative to could not be read.
        var script = Path.Combine(_directory, "nightly.sql");
        File.WriteAllText(script, "BACKUP SNAPSHOT db.s TO r ON (t, t);");
        var server = ServerExecutables.StartInfo("jit", "check", "--format", "gitlab", script);
        var info = new System.Diagnostics.ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", "mkdir \"$1\" && cd \"$1\" && rmdir \"$1\" && shift && exec \"$@\"", "sh", Path.Combine(_directory, "gone"), server.FileName },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in server.ArgumentList)
            info.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);

        Assert.Equal(CheckCommand.ErrorsFound, process.ExitCode);
        var issue = Assert.Single(JsonDocument.Parse(await stdout).RootElement.EnumerateArray());
        Assert.Equal(script, Text(issue.GetProperty("location"), "path"));
        Assert.DoesNotContain("cannot write", await stderr);
    }
}
