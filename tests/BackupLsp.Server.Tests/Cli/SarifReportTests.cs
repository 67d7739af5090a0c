using System.Text;
using System.Text.Json;
using BackupLsp.Language.Rules;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Tests.Cli;

public sealed class SarifReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backup-lsp-sarif-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int ExitCode, JsonElement Run)> Check(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var exitCode = await CheckCommand.RunAsync([.. args, "--format", "sarif"], new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, new StringWriter());
        using var log = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        return (exitCode, Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray()).Clone());
    }

    private static string Region(JsonElement location) =>
        JsonSerializer.Serialize(location.GetProperty("physicalLocation").GetProperty("region"));

    [Fact]
    public async Task Every_rule_is_described_and_each_result_points_at_its_rule()
    {
        var (exitCode, run) = await Check("-- ä\nBACKUP SNAPSHOT db.s TO r PROPERTIES (\"timout\" = \"700\");\n", "-");
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("backup-lsp", driver.GetProperty("name").GetString());
        // What Azure DevOps' advanced security asks of a run, besides the schema: a full name (and a category, --sarif-category).
        Assert.StartsWith("backup-lsp check ", driver.GetProperty("fullName").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(StatementRules.All.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        var unknownProperty = rules.Single(r => r.GetProperty("id").GetString() == "SRB200");
        Assert.Equal("unknown-property", unknownProperty.GetProperty("name").GetString());
        Assert.Equal("Unknown property", unknownProperty.GetProperty("shortDescription").GetProperty("text").GetString());
        // A title whose name's words would misread the statement's keywords is written out.
        Assert.Equal("RESTORE ON without a database",
            rules.Single(r => r.GetProperty("id").GetString() == "SRB104").GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(PropertyRules.UnknownProperty.Summary, unknownProperty.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.EndsWith("`SRB200` (unknown-property): error by default; set another with `--rule SRB200=LEVEL` on the command line, "
            + "or `starrocksBackup.ruleSeverity` in the editor.", unknownProperty.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal("error", unknownProperty.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var internalError = rules.Single(r => r.GetProperty("id").GetString() == "SRB999");
        Assert.EndsWith("it is always reported.", internalError.GetProperty("help").GetProperty("text").GetString());

        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("SRB200", result.GetProperty("ruleId").GetString());
        Assert.Equal("SRB200", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.StartsWith("Unknown backup job properties: [timout].", result.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
        Assert.Equal("""{"startLine":2,"startColumn":39,"endLine":2,"endColumn":47}""", Region(location));
    }

    [Theory]
    [InlineData("error", "error")]
    [InlineData("warning", "warning")]
    [InlineData("information", "note")]
    [InlineData("hint", "note")]
    public async Task Levels_are_the_configured_severities(string configured, string level)
    {
        var (_, run) = await Check("BACKUP SNAPSHOT db.s TO r ON (t, t);", "--rule", $"SRB300={configured}", "--fail-on", "off", "-");
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("SRB300", result.GetProperty("ruleId").GetString());
        Assert.Equal(level, result.GetProperty("level").GetString());
    }

    [Fact]
    public async Task The_earlier_statement_a_diagnostic_speaks_of_is_a_related_location()
    {
        var (_, run) = await Check("BACKUP SNAPSHOT db.a TO r;\nBACKUP SNAPSHOT db.b TO r;\n", "-");
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("note", result.GetProperty("level").GetString());
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(0, related.GetProperty("id").GetInt32());
        Assert.Equal("The BACKUP that may still be running", related.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("""{"startLine":1,"startColumn":17,"endLine":1,"endColumn":21}""", Region(related));
    }

    [Fact]
    public async Task Each_result_has_a_fingerprint_of_its_own_that_lines_added_above_do_not_change()
    {
        const string problems = "CANCEL BACKUP;\nCANCEL BACKUP;\n";
        static List<string> Fingerprints(JsonElement run) => [.. run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("backupLspDiagnostic/v1").GetString()!)];

        var before = Fingerprints((await Check(problems, "-")).Run);
        var after = Fingerprints((await Check("-- header\n\n" + problems, "-")).Run);

        Assert.Equal(2, before.Distinct().Count());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_results_fingerprint_is_the_gitlab_issues_for_a_path_a_uri_escapes()
    {
        var path = Path.Combine(_directory, "with space ä", "a b.sql");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "CANCEL BACKUP;\n");
        var sarif = (await Check("", path)).Run.GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty("backupLspDiagnostic/v1").GetString();

        var gitlab = new StringWriter();
        await CheckCommand.RunAsync([path, "--format", "gitlab"], new MemoryStream(), gitlab, new StringWriter());
        using var issues = JsonDocument.Parse(gitlab.ToString());
        Assert.Equal(issues.RootElement[0].GetProperty("fingerprint").GetString(), sarif);
    }

    [Fact]
    public async Task Quick_fixes_are_proposed_replacements()
    {
        var (_, run) = await Check("BACKUP SNAPSHOT db.s TO r\nPROPERTIES (\"timout\" = \"700\");", "-");
        var fix = Assert.Single(Assert.Single(run.GetProperty("results").EnumerateArray()).GetProperty("fixes").EnumerateArray());
        Assert.Equal("Change to \"timeout\"", fix.GetProperty("description").GetProperty("text").GetString());
        var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal("file:///dev/stdin", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        Assert.Equal("""{"startLine":2,"startColumn":13,"endLine":2,"endColumn":21}""",
            JsonSerializer.Serialize(replacement.GetProperty("deletedRegion")));
        Assert.Equal("\"timeout\"", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task A_fix_that_writes_lines_writes_the_files_own_line_breaks(string lineBreak)
    {
        var (_, run) = await Check($"SHOW BACKUP;{lineBreak}DROP SNAPSHOT ON repo WHERE SNAPSHOT IN ('x', 'y');{lineBreak}", "-");
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "SRB010");
        var replacement = Assert.Single(Assert.Single(Assert.Single(result.GetProperty("fixes").EnumerateArray())
            .GetProperty("artifactChanges").EnumerateArray()).GetProperty("replacements").EnumerateArray());
        Assert.Equal($"DROP SNAPSHOT x ON repo;{lineBreak}DROP SNAPSHOT y ON repo", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public async Task What_the_check_tells_on_standard_error_is_kept_as_tool_notifications()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        await CheckCommand.RunAsync(["--format", "sarif", "-"], new MemoryStream([.. "SELECT '"u8, 0xE9, .. "'; CANCEL BACKUP;"u8]), stdout, stderr);
        using var log = JsonDocument.Parse(stdout.ToString());
        var invocation = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray()
            .Select(n => (n.GetProperty("level").GetString(), n.GetProperty("message").GetProperty("text").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("warning", "standard input is not valid UTF-8: its invalid bytes are read as U+FFFD"),
                ("note", CheckCommand.NoCatalogNote["backup-lsp check: note: ".Length..]),
            ],
            notifications);
        // Standard error still tells them, as in every format.
        Assert.Contains("backup-lsp check: warning: standard input is not valid UTF-8", stderr.ToString());

        var catalog = Path.Combine(_directory, "starrocks-catalog.json");
        await File.WriteAllTextAsync(catalog, "{}");
        var (_, run) = await Check("CANCEL BACKUP;", "--catalog", catalog, "-");
        Assert.False(run.GetProperty("invocations")[0].TryGetProperty("toolExecutionNotifications", out _));
    }

    [Fact]
    public async Task Notices_keep_the_lines_and_pass_everything_on()
    {
        var stderr = new StringWriter();
        var notices = new CheckNotices(stderr);
        await notices.WriteLineAsync("backup-lsp check: note: a note");
        notices.Write("written, not a line");
        Assert.Equal($"backup-lsp check: note: a note{Environment.NewLine}written, not a line", stderr.ToString());
        Assert.Equal([new CheckNotice(NoticeLevel.Note, "a note")], notices.Lines);
    }

    /// <summary>upload-sarif fills in its <c>category</c> only in a run that has none: by default the run has none.</summary>
    [Fact]
    public async Task A_run_has_a_category_only_when_one_is_given()
    {
        var (_, run) = await Check("CANCEL BACKUP;", "-");
        var (_, categorized) = await Check("CANCEL BACKUP;", "--sarif-category", "backup-lsp/nightly", "-");
        Assert.False(run.TryGetProperty("automationDetails", out _));
        Assert.Equal("backup-lsp/nightly", categorized.GetProperty("automationDetails").GetProperty("id").GetString());
    }

    [Fact]
    public async Task In_ci_a_relative_path_is_named_from_the_repository_root_wherever_the_check_runs()
    {
        var folder = Directory.GetCurrentDirectory();
        var scripts = Directory.CreateDirectory(Path.Combine(folder, $"scripts-{Guid.NewGuid():N}")).FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(scripts, "a.sql"), "CANCEL BACKUP;");
            var workspace = Path.GetDirectoryName(folder)!;
            var stdout = new StringWriter();

            await CheckCommand.RunAsync([$"{Path.GetFileName(scripts)}/a.sql", "--format", "sarif"], Stream.Null, stdout, new StringWriter(),
                name => name == "GITHUB_WORKSPACE" ? workspace : Environment.GetEnvironmentVariable(name));

            var run = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("runs")[0];
            var location = Assert.Single(Assert.Single(run.GetProperty("results").EnumerateArray()).GetProperty("locations").EnumerateArray())
                .GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal($"{Path.GetFileName(folder)}/{Path.GetFileName(scripts)}/a.sql", location.GetProperty("uri").GetString());
            Assert.Equal(SarifReport.FolderUri(workspace), run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        }
        finally
        {
            Directory.Delete(scripts, recursive: true);
        }
    }

    [Fact]
    public void A_notification_on_a_file_of_the_repository_names_it_from_the_repository_root_as_results_do()
    {
        var folder = Directory.GetCurrentDirectory();
        var workspace = Path.GetDirectoryName(folder)!;
        var paths = ReportPaths.Of(name => name == "GITHUB_WORKSPACE" ? workspace : Environment.GetEnvironmentVariable(name));

        // No result names a file: the notification alone needs the root.
        var log = SarifReport.Write([], [new CheckNotice(NoticeLevel.Error, "broken", ".vscode/settings.json", 3)], paths, null);

        var run = JsonDocument.Parse(log).RootElement.GetProperty("runs")[0];
        var notification = Assert.Single(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        var location = Assert.Single(notification.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal($"{Path.GetFileName(folder)}/.vscode/settings.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(SarifReport.FolderUri(workspace), run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task A_path_typed_out_of_the_folder_and_back_is_named_from_the_folder()
    {
        var folder = Directory.GetCurrentDirectory();
        var scripts = Directory.CreateDirectory(Path.Combine(folder, $"scripts-{Guid.NewGuid():N}")).FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(scripts, "a.sql"), "CANCEL BACKUP;");
            var (_, run) = await Check("", $"../{Path.GetFileName(folder)}/{Path.GetFileName(scripts)}/a.sql");
            var location = Assert.Single(Assert.Single(run.GetProperty("results").EnumerateArray()).GetProperty("locations").EnumerateArray())
                .GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal($"{Path.GetFileName(scripts)}/a.sql", location.GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
        }
        finally
        {
            Directory.Delete(scripts, recursive: true);
        }
    }

    [Fact]
    public async Task An_absolute_path_is_a_file_uri_and_a_relative_one_is_read_from_the_current_directory()
    {
        var path = Path.Combine(_directory, "nightly #1 ä.sql");
        await File.WriteAllTextAsync(path, "CANCEL BACKUP;");
        var (_, run) = await Check("", path);
        var location = Assert.Single(Assert.Single(run.GetProperty("results").EnumerateArray()).GetProperty("locations").EnumerateArray())
            .GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new Uri(path).AbsoluteUri, location.GetProperty("uri").GetString());
        Assert.EndsWith("/nightly%20%231%20%C3%A4.sql", location.GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("uriBaseId", out _));
        Assert.False(run.TryGetProperty("originalUriBaseIds", out _));

        var (_, fromRelative) = await Check("", Path.GetRelativePath(Directory.GetCurrentDirectory(), path));
        var relative = Assert.Single(Assert.Single(fromRelative.GetProperty("results").EnumerateArray()).GetProperty("locations").EnumerateArray())
            .GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("%SRCROOT%", relative.GetProperty("uriBaseId").GetString());
        Assert.EndsWith("/nightly%20%231%20%C3%A4.sql", relative.GetProperty("uri").GetString());
        var root = fromRelative.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString();
        Assert.Equal(FileUris.FromPath(Directory.GetCurrentDirectory()) + "/", root);

        Assert.Equal("scripts/my%20backup.sql", SarifReport.ArtifactUri("scripts/my backup.sql"));
        // Run from the root, as in a container whose working directory is /.
        Assert.Equal("file:///", SarifReport.FolderUri("/"));
        Assert.Equal("file:///repo/", SarifReport.FolderUri("/repo/"));
    }

    /// <summary>
    /// Standard input is no file of the repository: not a reference from the source root, which would name a file there,
    /// but an absolute <c>file:</c> URI outside it (code scanning refuses another scheme), described.
    /// </summary>
    [Fact]
    public async Task Standard_input_is_located_outside_the_source_root_and_described()
    {
        var (_, run) = await Check("CANCEL BACKUP;", "-");
        var location = Assert.Single(Assert.Single(run.GetProperty("results").EnumerateArray()).GetProperty("locations").EnumerateArray())
            .GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("""{"uri":"file:///dev/stdin","description":{"text":"standard input"}}""", JsonSerializer.Serialize(location));
        Assert.False(run.TryGetProperty("originalUriBaseIds", out _));
    }
}
