using System.Text.Json;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>
/// <c>check</c> without <c>--catalog</c>: each script with the catalog and the folder settings the editor gives its
/// workspace folder, so that one run from a multi-root workspace's root checks each folder as the editor shows it.
/// </summary>
public sealed class ScriptSetupTests : IDisposable
{
    private const string BothBackups = "BACKUP SNAPSHOT dba.s1 TO a_repo ON (ta);\nBACKUP SNAPSHOT dbb.s2 TO b_repo ON (tb);\n";
    private const string CatalogA = TwoClusterCatalogs.A;
    private const string CatalogB = TwoClusterCatalogs.B;

    private readonly ScratchFolder _folder = new();

    public ScriptSetupTests()
    {
        // The walk for a catalog stops at the repository's root.
        Directory.CreateDirectory(_folder.PathOf("repo/.git"));
    }

    public void Dispose() => _folder.Dispose();

    private static Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args) => CheckRun.RunAsync([], args);

    /// <summary>The file's diagnostics in a text report, as <c>CODE: message</c>.</summary>
    private static string[] Diagnostics(string report, string file) =>
        [.. report.Split('\n').Where(line => line.StartsWith(file + ":", StringComparison.Ordinal)).Select(line => line.Split(' ', 3)[2])];

    private static string[] Codes(string report, string file) => [.. Diagnostics(report, file).Select(d => d[..6]).Order()];

    [Fact]
    public async Task Each_script_is_checked_with_the_nearest_catalog_in_its_folder_or_above()
    {
        _folder.Write("repo/A/starrocks-catalog.json", CatalogA);
        _folder.Write("repo/B/starrocks-catalog.json", CatalogB);
        var a = _folder.Write("repo/A/jobs/x.sql", BothBackups);
        var b = _folder.Write("repo/B/y.sql", BothBackups);

        var (exitCode, stdout, stderr) = await Run(_folder.PathOf("repo/A"), _folder.PathOf("repo/B"));

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        // Each script's own catalog knows its own repository, and not the other folder's.
        Assert.Equal(["SRB600", "SRB601"], Codes(stdout, a));
        Assert.Contains(Diagnostics(stdout, a), d => d.StartsWith("SRB600: Repository [b_repo] does not exist"));
        Assert.Equal(["SRB600", "SRB601"], Codes(stdout, b));
        Assert.Contains(Diagnostics(stdout, b), d => d.StartsWith("SRB600: Repository [a_repo] does not exist"));
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Catalog_option_is_the_catalog_of_every_script()
    {
        _folder.Write("repo/A/starrocks-catalog.json", CatalogA);
        var catalog = _folder.Write("b.json", CatalogB);
        var a = _folder.Write("repo/A/x.sql", BothBackups);

        var (_, stdout, _) = await Run("--catalog", catalog, a);

        Assert.Contains(Diagnostics(stdout, a), d => d.StartsWith("SRB600: Repository [a_repo] does not exist"));
    }

    [Fact]
    public async Task A_catalog_above_the_repository_root_is_not_used()
    {
        _folder.Write("starrocks-catalog.json", CatalogA);
        var script = _folder.Write("repo/x.sql", BothBackups);

        var (exitCode, stdout, stderr) = await Run(script);

        Assert.Equal((CheckCommand.NoErrors, $"{CheckCommand.NoCatalogNote}\n"), (exitCode, stderr));
        Assert.DoesNotContain("SRB600", stdout);
    }

    [Fact]
    public async Task Scripts_without_a_catalog_are_named_and_fail_with_require_catalog()
    {
        _folder.Write("repo/A/starrocks-catalog.json", CatalogA);
        _folder.Write("repo/A/x.sql", "SHOW BACKUP;");
        var b = _folder.Write("repo/B/y.sql", "SHOW BACKUP;");
        string[] folders = [_folder.PathOf("repo/A"), _folder.PathOf("repo/B")];

        var (noted, _, note) = await Run(folders);
        var (required, stdout, error) = await Run(["--require-catalog", .. folders]);
        var (annotated, annotations, annotationNote) = await Run(["--format", "github", .. folders]);

        Assert.Equal(CheckCommand.NoErrors, noted);
        Assert.StartsWith($"backup-lsp check: note: no catalog found for {b}, so repositories, databases, tables and partitions were not checked for existence there", note);
        Assert.Equal((CheckCommand.UsageOrIoError, ""), (required, stdout));
        Assert.StartsWith($"backup-lsp check: no catalog found for {b} (--require-catalog: give one with --catalog FILE", error);
        Assert.Equal(CheckCommand.NoErrors, annotated);
        Assert.StartsWith($"::warning title=backup-lsp::no catalog found for {b}, so ", annotationNote);
        Assert.DoesNotContain("::warning", annotations);
    }

    [Fact]
    public async Task A_folders_vscode_settings_give_its_scripts_catalog_release_and_rule_levels()
    {
        // JSONC, as VS Code writes it; catalogPath relative to the folder that holds .vscode.
        _folder.Write("repo/A/.vscode/settings.json", """
            {
              // the 3.3 cluster
              "starrocksBackup.starrocksVersion": "3.3",
              "starrocksBackup.catalogPath": "cat/my.json",
              "starrocksBackup.ruleSeverity": { "SRB601": "off" },
              "editor.tabSize": 2,
            }
            """);
        _folder.Write("repo/A/cat/my.json", CatalogA);
        const string script = "BACKUP DATABASE dba SNAPSHOT s TO b_repo;\nBACKUP SNAPSHOT dbb.s2 TO a_repo ON (tb);\n";
        var a = _folder.Write("repo/A/scripts/x.sql", script);
        var b = _folder.Write("repo/B/y.sql", script);

        var (_, stdout, stderr) = await Run(_folder.PathOf("repo/A"), b);
        var (_, overridden, _) = await Run("--starrocks-version", "3.4", "--rule", "SRB601=error", a);

        Assert.Equal(["SRB500", "SRB600"], Codes(stdout, a));
        Assert.Empty(Codes(stdout, b));
        Assert.StartsWith($"backup-lsp check: note: no catalog found for {b}, so ", stderr);
        Assert.Equal(["SRB600", "SRB601"], Codes(overridden, a));
    }

    [Fact]
    public async Task A_settings_problem_is_warned_of_and_an_empty_settings_file_holds_none()
    {
        _folder.Write("repo/starrocks-catalog.json", CatalogA);
        var settings = _folder.Write("repo/.vscode/settings.json", """{"starrocksBackup.starrocksVersion": "3"}""");
        var script = _folder.Write("repo/x.sql", "SHOW BACKUP;");

        var (warned, _, warning) = await Run(script);
        File.WriteAllText(settings, "\n");
        var (empty, _, nothing) = await Run(script);

        Assert.Equal(CheckCommand.NoErrors, warned);
        Assert.StartsWith($"backup-lsp check: warning: {settings}: starrocksBackup.starrocksVersion: '3' names no release", warning);
        Assert.Equal((CheckCommand.NoErrors, ""), (empty, nothing));
    }

    [Theory]
    [InlineData("broken JSON")]
    [InlineData("a folder")]
    [InlineData("a link to an endless device")]
    public async Task A_settings_file_that_cannot_be_read_fails_only_the_scripts_it_is_nearest_to(string kind)
    {
        var settings = _folder.PathOf("repo/A/.vscode/settings.json");
        if (kind == "a folder")
            Directory.CreateDirectory(settings);
        else if (kind == "a link to an endless device")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(settings)!);
            File.CreateSymbolicLink(settings, "/dev/zero");
        }
        else
            _folder.Write("repo/A/.vscode/settings.json", "{\n  \"starrocksBackup.starrocksVersion\": \"3.3\" ");
        var a = _folder.Write("repo/A/jobs/x.sql", "CANCEL BACKUP;");
        // A folder's own settings file decides for it: the broken one above is not its.
        _folder.Write("repo/A/own/.vscode/settings.json", """{"starrocksBackup.starrocksVersion": "3.3"}""");
        var own = _folder.Write("repo/A/own/z.sql", "CANCEL BACKUP;");
        var b = _folder.Write("repo/B/y.sql", "CANCEL BACKUP;");

        var (exitCode, stdout, stderr) = await Run(_folder.PathOf("repo/A"), b);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal(["SRB105"], Codes(stdout, b));
        Assert.Equal(["SRB105"], Codes(stdout, own));
        Assert.Empty(Codes(stdout, a));
        Assert.EndsWith("2 errors, 0 warnings, 0 notes in 2 files.\n", stdout);
        var error = Assert.Single(stderr.Split('\n'), line => line.Contains(settings));
        Assert.StartsWith($"backup-lsp check: {settings}: ", error);
        Assert.Contains(kind switch
        {
            "a folder" => "it is a folder, not a settings file",
            "a link to an endless device" => "over 4 MiB, too large for a settings file",
            _ => "LineNumber: 1",
        }, error);
        Assert.EndsWith($"; not checked: {a}", error);
    }

    [Fact]
    public async Task A_catalog_found_for_some_scripts_that_cannot_be_read_fails_only_those()
    {
        _folder.Write("repo/A/starrocks-catalog.json", "{\n  \"repositories\": {\"a_repo\": {\"readonly\": true}}\n}");
        var a1 = _folder.Write("repo/A/x.sql", BothBackups);
        var a2 = _folder.Write("repo/A/more/w.sql", BothBackups);
        _folder.Write("repo/B/.vscode/settings.json", """{"starrocksBackup.catalogPath": "missing.json"}""");
        var b = _folder.Write("repo/B/y.sql", BothBackups);
        _folder.Write("repo/C/starrocks-catalog.json", CatalogB);
        var c = _folder.Write("repo/C/z.sql", BothBackups);

        var (exitCode, stdout, stderr) = await Run(_folder.PathOf("repo/A"), b, c);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal(["SRB600", "SRB601"], Codes(stdout, c));
        Assert.EndsWith("in 1 file.\n", stdout);
        var catalogA = _folder.PathOf("repo/A/starrocks-catalog.json");
        Assert.Contains($"backup-lsp check: {catalogA}:2:31: unknown field \"readonly\": did you mean \"readOnly\"? (at $.repositories.a_repo.readonly); not checked: {a1}, {a2}\n", stderr);
        Assert.Contains($"backup-lsp check: {_folder.PathOf("repo/B/missing.json")}: cannot read the catalog file: ", stderr);
        Assert.Contains($" (the catalogPath of {_folder.PathOf("repo/B/.vscode/settings.json")}); not checked: {b}\n", stderr);

        var github = new StringWriter();
        await CheckCommand.RunAsync(["--format", "github", _folder.PathOf("repo/A"), b, c], new MemoryStream(), github, TextWriter.Null, _ => null);
        // Each annotation on the file to mend: the catalog, or the settings file whose catalogPath names no file.
        Assert.Contains($"::error file={catalogA},line=2,title=backup-lsp::{catalogA}:2:31: ", github.ToString());
        Assert.Contains($"::error file={_folder.PathOf("repo/B/.vscode/settings.json")},title=backup-lsp::{_folder.PathOf("repo/B/missing.json")}: ", github.ToString());

        var sarif = new StringWriter();
        await CheckCommand.RunAsync(["--format", "sarif", _folder.PathOf("repo/A"), b, c], new MemoryStream(), sarif, TextWriter.Null, _ => null);
        var notifications = JsonDocument.Parse(sarif.ToString()).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0]
            .GetProperty("toolExecutionNotifications").EnumerateArray()
            .ToDictionary(n => n.GetProperty("message").GetProperty("text").GetString()!.Split(':')[0],
                n => Assert.Single(n.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation"));
        Assert.Equal(new Uri(catalogA).AbsoluteUri, notifications[catalogA].GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(2, notifications[catalogA].GetProperty("region").GetProperty("startLine").GetInt32());
        // A catalogPath that names no file: the settings file, with no line to point at.
        var missing = notifications[_folder.PathOf("repo/B/missing.json")];
        Assert.Equal(new Uri(_folder.PathOf("repo/B/.vscode/settings.json")).AbsoluteUri, missing.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(missing.TryGetProperty("region", out _));
    }

    [Theory]
    [InlineData("github")]
    [InlineData("sarif")]
    [InlineData("json")]
    [InlineData("gitlab")]
    public async Task A_settings_or_catalog_file_that_cannot_be_read_is_an_error_of_the_run_in_every_format(string format)
    {
        var settings = _folder.Write("repo/A/.vscode/settings.json", "{\n  \"starrocksBackup.starrocksVersion\": \"3.3\" ");
        var a = _folder.Write("repo/A/x.sql", "CANCEL BACKUP;");
        var b = _folder.Write("repo/B/y.sql", "CANCEL BACKUP;");
        var (stdoutWriter, stderrWriter) = (new StringWriter(), new StringWriter());

        var exitCode = await CheckCommand.RunAsync(["--format", format, a, b], new MemoryStream(), stdoutWriter, stderrWriter, _ => null);

        var (stdout, stderr) = (stdoutWriter.ToString(), stderrWriter.ToString());
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains($"backup-lsp check: {settings}: ", stderr);
        Assert.Contains("SRB105", stdout);
        Assert.DoesNotContain(Path.GetFileName(a), stdout.Replace($"not checked: {a}", ""));
        switch (format)
        {
            case "github":
                Assert.StartsWith($"::error file={settings},line=2,title=backup-lsp::{settings}: ", stdout);
                break;
            case "sarif":
                var invocation = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
                Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
                var error = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray(), n => n.GetProperty("level").GetString() == "error");
                Assert.EndsWith($"; not checked: {a}", error.GetProperty("message").GetProperty("text").GetString());
                // The file to mend, and the line where its JSON breaks off, as a viewer opens it.
                var location = Assert.Single(error.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
                Assert.Equal(new Uri(settings).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
                Assert.Equal("""{"startLine":2}""", JsonSerializer.Serialize(location.GetProperty("region")));
                break;
            default:
                Assert.Equal(1, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
                break;
        }
    }
}
