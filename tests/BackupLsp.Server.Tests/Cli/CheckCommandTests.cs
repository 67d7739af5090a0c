using System.Text;
using System.Text.Json;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Files;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backup-lsp-check-").FullName;

    private const string CancelBackupError =
        "error SRB105: CANCEL BACKUP needs the database whose job to cancel: add FROM db (or FOR EXTERNAL CATALOG).";

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> Run(string stdin, params string[] args) => CheckRun.RunAsync(stdin, args);

    private static Task<(int ExitCode, string Stdout, string Stderr)> Run(byte[] stdin, params string[] args) => CheckRun.RunAsync(stdin, args);

    [Fact]
    public async Task Options_read_as_most_tools_read_them()
    {
        var script = Write("-dash.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"timeout\" = \"1h\");");
        // --help anywhere; -- before a path that starts with a dash; a format in any case.
        Assert.Equal(0, (await Run("", script, "--help")).ExitCode);
        Assert.Contains("Usage: backup-lsp check", (await Run("", script, "--help")).Stdout);
        var (exitCode, stdout, _) = await Run("", "--format", "JSON", "--", script);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Contains("\"code\": \"SRB205\"", stdout);
        Assert.Contains("no such file or directory: -elsewhere.sql", (await Run("", "--", "-elsewhere.sql")).Stderr);
        // An option where a value should be is not taken for the value.
        var (missing, _, stderr) = await Run("", "--catalog", "--format", "json", script);
        Assert.Equal(CheckCommand.UsageOrIoError, missing);
        Assert.Contains("--catalog needs a file path", stderr);
    }

    [Fact]
    public async Task Version_is_answered_as_the_top_level_command_answers_it()
    {
        var (exitCode, stdout, _) = await Run("", "--version");
        Assert.Equal((CheckCommand.NoErrors, $"{ToolInfo.VersionLine}{Environment.NewLine}"), (exitCode, stdout));
        Assert.Equal(CheckCommand.NoErrors, (await Run("", "x.sql", "--version")).ExitCode);
    }

    [Fact]
    public async Task A_usage_error_is_told_in_one_line_with_where_the_options_are_told()
    {
        var (exitCode, _, stderr) = await Run("", "--fromat", "json", "x.sql");
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal($"backup-lsp check: unknown option --fromat (did you mean --format?)\n{CheckCommand.HelpPointer}{Environment.NewLine}", stderr);
    }

    [Fact]
    public async Task A_quoted_pattern_that_names_no_file_is_said_to_be_for_the_shell()
    {
        var pattern = Path.Combine(_directory, "*.sql");
        var (exitCode, _, stderr) = await Run("", pattern);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains($"no such file or directory: {pattern} (a pattern such as *.sql is expanded by the shell, not here: leave it unquoted, or name the folder to check every .sql file under it)", stderr);
    }

    [Fact]
    public async Task Standard_input_is_decoded_as_a_file_is()
    {
        const string script = "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"timeout\" = \"1h\");";
        const string expected = "<stdin>:1:51: error SRB205";
        foreach (var encoding in new Encoding[] { new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), Encoding.Unicode })
        {
            var (exitCode, stdout, _) = await Run([.. encoding.GetPreamble(), .. encoding.GetBytes(script)], "-");
            Assert.Equal(CheckCommand.ErrorsFound, exitCode);
            Assert.StartsWith(expected, stdout);
            Assert.DoesNotContain("SRB011", stdout);
        }
        var (_, _, stderr) = await Run([.. "SELECT '"u8, 0xE9, .. "';"u8], "-");
        Assert.Contains("warning: standard input is not valid UTF-8", stderr);
    }

    [Fact]
    public async Task Clean_file_exits_zero_with_a_summary()
    {
        var path = Write("ok.sql", "BACKUP SNAPSHOT example_db.s1 TO example_repo PROPERTIES (\"type\" = \"full\");\n");
        var (exitCode, stdout, _) = await Run("", path);
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.Equal("0 errors, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task Errors_are_printed_as_path_line_column_and_exit_one()
    {
        var path = Write("bad.sql", "SELECT 1;\nBACKUP SNAPSHOT db.s TO r\nPROPERTIES (\"timout\" = \"700\");\n");
        var (exitCode, stdout, _) = await Run("", path);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.StartsWith($"{path}:3:13: error SRB200: Unknown backup job properties: [timout].", stdout);
        Assert.EndsWith("1 error, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task An_ignore_comment_silences_its_rule_on_its_line_for_the_report_and_for_fix()
    {
        const string text = "BACKUP SNAPSHOT db1.s TO r ON (t, t); -- backup-lsp-ignore duplicate-table\nBACKUP SNAPSHOT db2.s TO r ON (u, u);\n";
        var path = Write("ignored.sql", text);
        var (exitCode, stdout, _) = await Run("", path);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.StartsWith($"{path}:2:", stdout);
        Assert.EndsWith("1 error, 0 warnings, 0 notes in 1 file.\n", stdout);

        await Run("", "--fix", path);
        Assert.Equal(text.Replace("(u, u)", "(u)"), File.ReadAllText(path));
    }

    [Fact]
    public async Task Warnings_alone_exit_zero()
    {
        var path = Write("warn.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"incremental\");");
        var (exitCode, stdout, _) = await Run("", path);
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.Contains("warning SRB204", stdout);
    }

    [Theory]
    [InlineData("error", CheckCommand.NoErrors)]
    [InlineData("warning", CheckCommand.ErrorsFound)]
    [InlineData("hint", CheckCommand.ErrorsFound)]
    [InlineData("WARNING", CheckCommand.ErrorsFound)]
    [InlineData("Error", CheckCommand.NoErrors)]
    public async Task Fail_on_sets_the_lowest_severity_that_fails_the_check(string level, int expected)
    {
        var path = Write("warn.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"incremental\");");
        var (exitCode, stdout, _) = await Run("", "--fail-on", level, path);
        Assert.Equal(expected, exitCode);
        Assert.Contains("warning SRB204", stdout);
    }

    [Fact]
    public async Task Fail_on_information_ignores_a_hint()
    {
        var path = Write("hint.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\" type\" = \"full\");");
        var (information, stdout, _) = await Run("", "--fail-on", "information", path);
        var (hint, _, _) = await Run("", "--fail-on", "hint", path);
        Assert.Contains("hint SRB201", stdout);
        Assert.Equal((CheckCommand.NoErrors, CheckCommand.ErrorsFound), (information, hint));
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    public async Task Fail_on_off_reports_errors_and_exits_zero(string level)
    {
        var path = Write("bad.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"timout\" = \"700\");\nCANCEL BACKUP;");
        var (exitCode, stdout, _) = await Run("", "--fail-on", level, path);
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.Contains(CancelBackupError, stdout);
        Assert.EndsWith("2 errors, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task Fail_on_off_still_exits_two_on_an_io_problem()
    {
        var (exitCode, _, stderr) = await Run("", "--fail-on", "off", Path.Combine(_directory, "missing.sql"));
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains("no such file or directory", stderr);
    }

    [Fact]
    public async Task A_file_named_as_a_folder_is_told_as_such()
    {
        var script = Write("ok.sql", "SHOW BACKUP;");
        var (exitCode, _, stderr) = await Run("", Path.Combine(script, "x", "y.sql"), Path.Combine(_directory, "none", "y.sql"));
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains($"not a directory: {Path.Combine(script, "x", "y.sql")} ({script} is a file)", stderr);
        Assert.Contains($"no such file or directory: {Path.Combine(_directory, "none", "y.sql")}", stderr);
    }

    [Fact]
    public async Task Rule_levels_are_set_as_the_editor_setting_sets_them()
    {
        var path = Write("warn.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"incremental\");");
        var (exitCode, stdout, _) = await Run("", "--rule", "SRB204=off", path);
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.Equal("0 errors, 0 warnings, 0 notes in 1 file.\n", stdout);

        (exitCode, stdout, _) = await Run("", "--rule", "Incremental-Backup=error", path);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Contains("error SRB204", stdout);
    }

    [Theory]
    [InlineData("SRB204=off", "incremental-backup=warning", "warning SRB204")]
    [InlineData("incremental-backup=off", "SRB204=error", "error SRB204")]
    [InlineData("SRB204=error", "Incremental-Backup=off", null)]
    public async Task The_last_rule_level_given_wins_whether_by_code_or_by_name(string first, string last, string? reported)
    {
        var path = Write("warn.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"incremental\");");
        var (_, stdout, _) = await Run("", "--rule", first, "--rule", last, path);
        if (reported is null)
            Assert.DoesNotContain("SRB204", stdout);
        else
            Assert.Contains(reported, stdout);
    }

    [Theory]
    [InlineData("SRB2O4=off", "no rule has this code or name")]
    [InlineData("SRB998=error", "no rule has this code or name")]
    [InlineData("SRB999=off", "the internal error is always reported")]
    [InlineData("internal-error=error", "the internal error is always reported")]
    [InlineData("SRB204=loud", "the level must be off, hint, information, warning or error")]
    [InlineData("SRB204", "--rule needs RULE=LEVEL")]
    public async Task A_rule_whose_level_cannot_be_set_or_an_unknown_level_is_a_usage_error(string rule, string problem)
    {
        var path = Write("warn.sql", "SHOW REPOSITORIES;");
        var (exitCode, _, stderr) = await Run("", "--rule", rule, path);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.StartsWith("backup-lsp check: --rule", stderr);
        Assert.Contains(problem, stderr.Split('\n')[0]);
    }

    /// <summary>A file name may hold control characters; a message's are escaped already (Diagnostic.WithInvisiblesEscaped).</summary>
    [Fact]
    public async Task Text_output_escapes_control_characters_so_that_each_diagnostic_is_one_line()
    {
        var path = Write("ti\r\nme\u2028\u007f\u0016\tout.sql", "BACKUP SNAPSHOT db.s TO r ON (`ti\r\nme\u2028\u007f\u0016\tout`, `ti\r\nme\u2028\u007f\u0016\tout`);");
        var escaped = Path.Combine(Path.GetDirectoryName(path)!, "ti\\r\\nme\\u2028\\x7f\\x16\\tout.sql");

        var (_, stdout, _) = await Run("", path);

        Assert.Equal([
            $"{escaped}:2:13: error SRB300: Duplicated table: ti\\u000d\\u000ame\\u2028\\u007f\\u0016\\u0009out. List each table once, with all its partitions.",
            "1 error, 0 warnings, 0 notes in 1 file.",
            ""], stdout.Split('\n'));
    }

    [Theory]
    [InlineData("text", "<stdin>:1:14: error SRB105")]
    [InlineData("github", "::error file=<stdin>,line=1,col=14,endLine=1,endColumn=27,")]
    [InlineData("json", "\"character\": 13")]
    [InlineData("sarif", "\"startColumn\": 14")]
    public async Task Columns_count_utf16_code_units_as_editors_do(string format, string position)
    {
        // The emoji is one code point, two UTF-16 code units and four UTF-8 bytes: the column is 14, not 13 or 16.
        var (_, stdout, _) = await Run("SELECT \"\U0001F600\"; CANCEL BACKUP;", "--format", format, "-");
        Assert.Contains(position, stdout);
    }

    [Fact]
    public async Task Json_output_uses_zero_based_utf16_ranges()
    {
        var (exitCode, stdout, _) = await Run("-- ä\nBACKUP SNAPSHOT db.s TO r ON (`ä`) PROPERTIES (\"TYPE\" = \"full\");", "--format", "json", "-");
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        using var json = JsonDocument.Parse(stdout);
        var diagnostic = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(InputFiles.StdinName, diagnostic.GetProperty("file").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("SRB200", diagnostic.GetProperty("code").GetString());
        var range = diagnostic.GetProperty("range");
        Assert.Equal(1, range.GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(47, range.GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(53, range.GetProperty("end").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task A_diagnostic_about_an_earlier_statement_points_at_it_in_every_format()
    {
        const string script = "BACKUP SNAPSHOT db.a TO r;\nBACKUP SNAPSHOT db.b TO r;\n";
        var (_, text, _) = await Run(script, "--format", "text", "-");
        Assert.Contains("<stdin>:2:17: hint SRB700: An earlier BACKUP in this script also works on database 'db'", text);
        Assert.Contains("\n  <stdin>:1:17: The BACKUP that may still be running\n", text);

        var (_, github, _) = await Run(script, "--format", "github", "--min-severity", "hint", "-");
        Assert.Contains(" before starting this one.%0A<stdin>:1:17: The BACKUP that may still be running\n", github);

        var (_, stdout, _) = await Run(script, "--format", "json", "-");
        using var json = JsonDocument.Parse(stdout);
        var related = Assert.Single(Assert.Single(json.RootElement.EnumerateArray()).GetProperty("related").EnumerateArray());
        Assert.Equal("The BACKUP that may still be running", related.GetProperty("message").GetString());
        Assert.Equal("""{"start":{"line":0,"character":16},"end":{"line":0,"character":20}}""",
            JsonSerializer.Serialize(related.GetProperty("range")));
    }

    [Fact]
    public async Task A_version_older_than_the_oldest_modelled_is_noted()
    {
        var (code, _, stderr) = await Run("SHOW BACKUP;", "--starrocks-version", "2.1", "-");
        Assert.Equal(0, code);
        Assert.Equal($"{CheckCommand.NoCatalogNote}\nbackup-lsp check: note: StarRocks 2.1 is older than 2.5, the oldest release modelled: its statements are checked by what is known of 2.5 and later, which may be wrong for it.\n", stderr);
    }

    [Theory]
    [InlineData("33.3", "StarRocks 33.3 is newer than 4.2, the newest release modelled")]
    [InlineData("3.6", "StarRocks 3.6 is no release (the 3.x releases end at 3.5)")]
    public async Task A_version_that_names_no_modelled_release_is_noted(string version, string note)
    {
        var (code, _, stderr) = await Run("SHOW BACKUP;", "--starrocks-version", version, "-");
        Assert.Equal(0, code);
        Assert.Contains($"backup-lsp check: note: {note}", stderr);
    }

    [Fact]
    public async Task Json_output_leaves_quotes_and_non_ascii_letters_readable()
    {
        var (_, stdout, stderr) = await Run("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"tÿpe<\" = \"full\");", "--format", "json", "-");
        Assert.Equal($"{CheckCommand.NoCatalogNote}\n", stderr); // not on standard output, which stays one JSON document
        Assert.Contains("\"file\": \"<stdin>\"", stdout);
        Assert.Contains("\"message\": \"Unknown backup job properties: [tÿpe<]. BACKUP accepts \\\"type\\\", \\\"timeout\\\", \\\"ttl\\\".\"", stdout);
        Assert.Equal("Unknown backup job properties: [tÿpe<]. BACKUP accepts \"type\", \"timeout\", \"ttl\".",
            JsonDocument.Parse(stdout).RootElement[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(10, 0, false)]
    [InlineData(11, 0, true)]
    [InlineData(0, 10, true)] // the notice itself is one of the ten notices shown
    [InlineData(0, 9, false)]
    public async Task GitHub_output_says_first_when_a_step_has_more_annotations_than_GitHub_shows(int errors, int notices, bool told)
    {
        var script = string.Concat(Enumerable.Range(0, errors).Select(i => $"BACKUP SNAPSHOT db{i}.s TO r PROPERTIES (\"x\" = \"1\");\n"))
            + string.Concat(Enumerable.Range(0, notices).Select(i => $"BACKUP SNAPSHOT db{i}.s TO r PROPERTIES (\"type\" = \"incremental\");\n"));
        var (_, stdout, _) = await Run(script, "--format", "github", "--rule", "SRB204=information", "-");
        var lines = stdout.Split('\n');
        Assert.Equal(errors, lines.Count(line => line.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(told, lines[0].StartsWith("::notice title=backup-lsp::GitHub shows the first 10 errors, warnings and notices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitHub_output_is_one_annotation_per_diagnostic_with_escaped_values()
    {
        var path = Write("dir,with:separators/nightly.sql",
            "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"incremental\");\nBACKUP SNAPSHOT db2.s2 TO r PROPERTIES (\"time%out\" = \"700\");\n");
        var escaped = path.Replace(":", "%3A").Replace(",", "%2C");

        var (exitCode, stdout, _) = await Run("", "--format", "github", path);

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Equal([
            $"::warning file={escaped},line=1,col=48,endLine=1,endColumn=61,title=SRB204::Incremental backup is not supported: StarRocks accepts the value, but only full backups are taken. Use \"full\".",
            $"::error file={escaped},line=2,col=41,endLine=2,endColumn=51,title=SRB200::Unknown backup job properties: [time%25out]. Did you mean \"timeout\"? BACKUP accepts \"type\", \"timeout\", \"ttl\".",
            "1 error, 1 warning, 0 notes in 1 file.",
            ""], stdout.Split('\n'));
    }

    [Fact]
    public async Task GitHub_names_a_file_typed_out_of_the_folder_and_back_by_its_path_in_the_folder()
    {
        var folder = Directory.GetCurrentDirectory();
        var scripts = Directory.CreateDirectory(Path.Combine(folder, $"scripts-{Guid.NewGuid():N}")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(scripts, "a.sql"), "CANCEL BACKUP;");

            var (_, stdout, _) = await Run("", "--format", "github", $"../{Path.GetFileName(folder)}/{Path.GetFileName(scripts)}/a.sql");

            Assert.StartsWith($"::error file={Path.GetFileName(scripts)}/a.sql,line=1,", stdout);
        }
        finally
        {
            Directory.Delete(scripts, recursive: true);
        }
    }

    [Fact]
    public async Task GitHub_names_a_file_from_the_workspace_when_the_step_runs_in_a_subfolder()
    {
        var folder = Directory.GetCurrentDirectory();
        var scripts = Directory.CreateDirectory(Path.Combine(folder, $"scripts-{Guid.NewGuid():N}")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(scripts, "a.sql"), "CANCEL BACKUP;");
            var workspace = Path.GetDirectoryName(folder)!;
            var stdout = new StringWriter();

            await CheckCommand.RunAsync(["--format", "github", $"{Path.GetFileName(scripts)}/a.sql"], Stream.Null, stdout, new StringWriter(),
                name => name == "GITHUB_WORKSPACE" ? workspace : Environment.GetEnvironmentVariable(name));

            Assert.StartsWith($"::error file={Path.GetFileName(folder)}/{Path.GetFileName(scripts)}/a.sql,line=1,", stdout.ToString());
        }
        finally
        {
            Directory.Delete(scripts, recursive: true);
        }
    }

    /// <summary>GitHub's log plays an ANSI escape sequence (colours, a bell) written raw: control characters are escaped as in the text format.</summary>
    [Fact]
    public async Task GitHub_output_escapes_control_characters_as_the_text_format_does()
    {
        var (_, stdout, _) = await Run("DROP REPOSITORY `a\u001b[31m%X\u0007\r\nb`;", "--format", "github", "-");
        Assert.Equal([
            "::error file=<stdin>,line=1,col=17,endLine=2,endColumn=3,title=SRB400::`a\\u001b[31m%25X\\u0007\\u000d\\u000ab` is not a valid repository name: start with a letter (or `_` and a letter or digit), then up to 63 letters, digits or `_`.",
            "1 error, 0 warnings, 0 notes in 1 file.",
            ""], stdout.Split('\n'));
    }

    [Fact]
    public async Task GitHub_output_escapes_control_characters_in_a_file_name_as_the_text_format_does()
    {
        var path = Write("a\u001b[31m\u0007b:c.sql", "CANCEL BACKUP;");
        var escaped = path.Replace("\u001b", "\\x1b").Replace("\u0007", "\\x07").Replace(":", "%3A");

        var (_, stdout, _) = await Run("", "--format", "github", path);

        Assert.StartsWith($"::error file={escaped},line=1,", stdout);
        Assert.DoesNotContain(stdout, c => char.IsControl(c) && c != '\n');
    }

    [Theory]
    [InlineData("information", "github", "::notice file=<stdin>,line=1,col=35,endLine=1,endColumn=37,title=SRB300::")]
    [InlineData("information", "json", "\"severity\": \"information\"")]
    [InlineData("hint", "json", "\"severity\": \"hint\"")]
    [InlineData("information", "text", "<stdin>:1:35: information SRB300: ")]
    public async Task Notes_are_reported_at_their_level_in_every_format(string level, string format, string reported)
    {
        var (exitCode, stdout, _) = await Run("BACKUP SNAPSHOT db.s TO r ON (t1, t1);", "--rule", $"SRB300={level}", "--format", format, "-");
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.Contains(reported, stdout);
    }

    [Fact]
    public async Task GitHub_output_leaves_hints_out_unless_asked()
    {
        const string script = "BACKUP SNAPSHOT db.s TO r ON (t1, t1);";
        var (_, byDefault, _) = await Run(script, "--rule", "SRB300=hint", "--format", "github", "-");
        var (_, asked, _) = await Run(script, "--rule", "SRB300=hint", "--format", "github", "--min-severity", "hint", "-");
        var (_, information, _) = await Run(script, "--rule", "SRB300=information", "--format", "github", "-");
        Assert.Equal("0 errors, 0 warnings, 0 notes in 1 file.\n", byDefault);
        Assert.StartsWith("::notice file=<stdin>,line=1,col=35,endLine=1,endColumn=37,title=SRB300::", asked);
        Assert.StartsWith("::notice file=<stdin>,line=1,col=35,endLine=1,endColumn=37,title=SRB300::", information);
    }

    [Fact]
    public async Task GitHub_output_shows_and_counts_hints_when_they_fail_the_check()
    {
        var (exitCode, stdout, _) = await Run("BACKUP SNAPSHOT db.s TO r ON (t1, t1);", "--rule", "SRB300=hint", "--format", "github", "--fail-on", "hint", "-");
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.StartsWith("::notice file=<stdin>,line=1,col=35,endLine=1,endColumn=37,title=SRB300::", stdout);
    }

    [Theory]
    [InlineData("text", "warning SRB204", "information SRB300")]
    [InlineData("json", "\"code\": \"SRB204\"", "\"code\": \"SRB300\"")]
    [InlineData("gitlab", "\"check_name\": \"SRB204\"", "\"check_name\": \"SRB300\"")]
    [InlineData("sarif", "\"ruleId\": \"SRB204\"", "\"ruleId\": \"SRB300\"")]
    public async Task Min_severity_leaves_out_what_is_below_it_from_the_report_and_the_exit_code(string format, string warning, string information)
    {
        const string script = "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"incremental\");\nBACKUP SNAPSHOT db.s2 TO r ON (t1, t1);";
        string[] options = ["--format", format, "--rule", "SRB300=information", "--fail-on", "information"];
        var (all, allOutput, _) = await Run(script, [.. options, "-"]);
        var (errorsOnly, errorsOutput, _) = await Run(script, [.. options, "--min-severity", "error", "-"]);
        Assert.Contains(warning, allOutput);
        Assert.Contains(information, allOutput);
        Assert.DoesNotContain(warning, errorsOutput);
        Assert.DoesNotContain(information, errorsOutput);
        Assert.Equal((CheckCommand.ErrorsFound, CheckCommand.NoErrors), (all, errorsOnly));
    }

    [Fact]
    public async Task Directories_are_searched_for_sql_files_only()
    {
        Write("scripts/a.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"x\");");
        Write("scripts/nested/b.sql", "CANCEL BACKUP;");
        Write("scripts/notes.txt", "BACKUP nonsense");
        var (exitCode, stdout, _) = await Run("", Path.Combine(_directory, "scripts"));
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Contains("SRB203", stdout);
        Assert.Contains("SRB105", stdout);
        Assert.EndsWith("2 errors, 0 warnings, 0 notes in 2 files.\n", stdout);
    }

    [Fact]
    public async Task Directories_are_searched_as_workspace_symbol_search_searches_them()
    {
        Write("scripts/a.SQL", "CANCEL BACKUP;");
        Write("scripts/.hidden/b.sql", "CANCEL BACKUP;");
        Write("scripts/node_modules/c.sql", "CANCEL BACKUP;");
        Directory.CreateSymbolicLink(Path.Combine(_directory, "scripts", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(_directory, "scripts", "dangling.sql"), Path.Combine(_directory, "gone.sql"));

        var (_, stdout, _) = await Run("", Path.Combine(_directory, "scripts"));

        Assert.Equal($"{Path.Combine(_directory, "scripts", "a.SQL")}:1:1: {CancelBackupError}\n1 error, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task A_link_named_on_the_command_line_is_followed()
    {
        Write("scripts/a.sql", "CANCEL BACKUP;");
        var other = Write("other/b.sql", "CANCEL BACKUP;");
        var linkedFile = Path.Combine(_directory, "linked.sql");
        var linkedFolder = Path.Combine(_directory, "linked");
        File.CreateSymbolicLink(linkedFile, other);
        Directory.CreateSymbolicLink(linkedFolder, Path.Combine(_directory, "scripts"));

        var (_, stdout, _) = await Run("", linkedFile, linkedFolder);

        Assert.Contains($"{linkedFile}:1:1: error SRB105", stdout);
        Assert.Contains($"{Path.Combine(linkedFolder, "a.sql")}:1:1: error SRB105", stdout);
        Assert.EndsWith("2 errors, 0 warnings, 0 notes in 2 files.\n", stdout);
    }

    [Fact]
    public async Task A_dot_dot_after_a_link_goes_up_from_where_the_link_leads_as_the_shell_goes()
    {
        // lnk/../a.sql is shared/a.sql, as cat would read it, not the a.sql beside the link.
        Write("a.sql", "SELECT 1;");
        var shared = Write("shared/a.sql", "CANCEL BACKUP;");
        Directory.CreateDirectory(Path.Combine(_directory, "shared", "scripts"));
        Write("project/catalog.json", "{ broken");
        Write("shared/catalog.json", "{ \"databases\": {} }");
        Directory.CreateSymbolicLink(Path.Combine(_directory, "lnk"), Path.Combine(_directory, "shared", "scripts"));
        Directory.CreateSymbolicLink(Path.Combine(_directory, "project", "lnk"), Path.Combine(_directory, "shared", "scripts"));

        var (exitCode, stdout, stderr) = await Run("", "--catalog", Path.Combine(_directory, "project", "lnk", "..", "catalog.json"),
            Path.Combine(_directory, "lnk", "..", "a.sql"));

        Assert.Equal("", stderr);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Equal($"{shared}:1:1: {CancelBackupError}\n1 error, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task A_dot_dot_inside_a_links_own_target_goes_up_from_where_the_links_before_it_lead()
    {
        // via -> sub/l2/../deep2, and sub/l2 -> ../real/deep: via is real/deep2, so via/../y.sql is real/y.sql.
        Directory.CreateDirectory(Path.Combine(_directory, "real", "deep"));
        Directory.CreateDirectory(Path.Combine(_directory, "real", "deep2"));
        var real = Write("real/y.sql", "CANCEL BACKUP;");
        Write("sub/y.sql", "SELECT 1;");
        Directory.CreateSymbolicLink(Path.Combine(_directory, "sub", "l2"), Path.Combine("..", "real", "deep"));
        Directory.CreateSymbolicLink(Path.Combine(_directory, "via"), Path.Combine("sub", "l2", "..", "deep2"));
        var linkedFile = Path.Combine(_directory, "vy.sql");
        File.CreateSymbolicLink(linkedFile, Path.Combine("sub", "l2", "..", "y.sql"));

        var (_, stdout, _) = await Run("", Path.Combine(_directory, "via", "..", "y.sql"), linkedFile, real);

        Assert.Equal($"{real}:1:1: {CancelBackupError}\n1 error, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task Each_file_is_checked_once_however_often_it_is_named()
    {
        var script = Write("a.sql", "CANCEL BACKUP;");
        var (_, stdout, _) = await Run("", script, script, Path.Combine(_directory, ".", "a.sql"), _directory);
        Assert.Equal($"{script}:1:1: {CancelBackupError}\n1 error, 0 warnings, 0 notes in 1 file.\n", stdout);

        (_, stdout, _) = await Run("CANCEL BACKUP;", "-", "-");
        Assert.EndsWith("1 error, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_warned_of_once_and_still_checked()
    {
        var path = Path.Combine(_directory, "latin1.sql");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("-- caf\u00e9 \u00e9t\u00e9\nCANCEL BACKUP;"));
        var utf8 = Write("utf8.sql", "-- caf\u00e9\nCANCEL BACKUP;");

        var (exitCode, stdout, stderr) = await Run("", path, utf8);

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Equal([$"backup-lsp check: warning: {path} is not valid UTF-8: its invalid bytes are read as U+FFFD", CheckCommand.NoCatalogNote, ""],
            stderr.Split('\n'));
        Assert.Contains($"{path}:2:1: {CancelBackupError}", stdout);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_utf16_file_with_a_lone_surrogate_is_warned_of_and_left_unfixed(bool bigEndian)
    {
        var path = Path.Combine(_directory, "utf16.sql");
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var unit = bigEndian ? new byte[] { 0xD8, 0x00 } : [0x00, 0xD8];
        byte[] bytes = [.. encoding.Preamble, .. encoding.GetBytes("-- "), .. unit, .. encoding.GetBytes("\nBACKUP SNAPSHOT db.s TO r ON (t, t);")];
        File.WriteAllBytes(path, bytes);

        var (_, _, stderr) = await Run("", "--fix", path);

        Assert.Contains($"backup-lsp check: warning: {path} is not valid UTF-16: its invalid bytes are read as U+FFFD", stderr);
        Assert.Contains($"{path} not fixed", stderr);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public async Task A_utf16_file_without_a_byte_order_mark_is_said_to_be_one_once(bool bigEndian, string named)
    {
        var path = Path.Combine(_directory, "utf16.sql");
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("CANCEL BACKUP;\nSHOW BACKUP;\n"));
        var clean = Write("clean.sql", "SHOW BACKUP;");

        var (exitCode, stdout, stderr) = await Run("", path, clean);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains($"backup-lsp check: {path} looks like {named} without a byte order mark: save it as UTF-8, or as UTF-16 with a byte order mark\n", stderr);
        Assert.DoesNotContain("U+0000", stdout);
        Assert.Equal("0 errors, 0 warnings, 0 notes in 1 file.\n", stdout);
    }

    [Fact]
    public async Task A_file_name_that_is_not_utf8_is_an_input_error_that_says_so()
    {
        // .NET neither makes nor deletes such a name: the shell writes the byte 0xFF into it, and removes it.
        async Task Shell(string command)
        {
            using var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = _directory })!;
            await shell.WaitForExitAsync();
        }
        await Shell("printf 'SHOW BACKUP;' > \"$(printf 'bad\\377.sql')\"");
        Write("good.sql", "SHOW BACKUP;");

        var (exitCode, _, stderr) = await Run("", _directory);
        // Named on the command line, the name reaches .NET decoded, its invalid byte as U+FFFD.
        var (namedExitCode, _, namedStderr) = await Run("", Path.Combine(_directory, "bad\uFFFD.sql"));
        await Shell("rm -f bad*.sql");

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains($"cannot read {Path.Combine(_directory, "bad\uFFFD.sql")}: its name is not valid UTF-8, which .NET cannot open a file by: rename it", stderr);
        Assert.Equal(CheckCommand.UsageOrIoError, namedExitCode);
        Assert.Contains("(if the name is not valid UTF-8, .NET cannot open the file by it: rename it)", namedStderr);
    }

    [Fact]
    public async Task A_folder_the_walk_cannot_list_is_an_input_error_even_when_its_other_scripts_were_read()
    {
        var scripts = Path.Combine(_directory, "scripts");
        var script = Write("scripts/a.sql", "SHOW BACKUP;");
        var locked = Path.Combine(scripts, "locked");
        // A privileged user lists every folder: the walk is given one that fails to, as an unprivileged user's would.
        IEnumerable<string> Walk(string folder, Action<string, Exception> unlistable)
        {
            yield return script;
            unlistable(locked, new UnauthorizedAccessException("Access denied."));
        }

        var inputs = await InputFiles.ReadAsync([scripts], Stream.Null, TextWriter.Null, scriptsUnder: Walk);

        Assert.Equal($"cannot read folder {locked}: Access denied.", Assert.Single(inputs.Errors));
    }

    [Fact]
    public async Task A_folder_that_vanishes_before_its_walk_is_an_input_error_and_the_other_paths_are_checked()
    {
        var other = Write("other.sql", "CANCEL BACKUP;");
        var gone = Path.GetDirectoryName(Write("gone/a.sql", "CANCEL BACKUP;"))!;
        // Found, then deleted before it is listed: the walk itself meets the missing folder.
        IEnumerable<string> Walk(string folder, Action<string, Exception> unlistable)
        {
            Directory.Delete(folder, recursive: true);
            return ScriptFolders.ScriptsUnder(folder, unlistable);
        }

        var inputs = await InputFiles.ReadAsync([gone, other], Stream.Null, TextWriter.Null, scriptsUnder: Walk);

        Assert.StartsWith($"cannot read folder {gone}: ", Assert.Single(inputs.Errors));
        Assert.Equal([other], inputs.Files.Select(file => file.Path));
    }

    [Fact]
    public async Task A_fifo_met_in_a_folder_is_left_out_as_a_link_is_while_one_named_is_read()
    {
        var script = Write("scripts/a.sql", "CANCEL BACKUP;");
        var fifo = Path.Combine(_directory, "scripts", "pipe.sql");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)!)
            await mkfifo.WaitForExitAsync();

        // Nothing writes to it: reading it would wait for ever.
        var (exitCode, stdout, _) = await Task.Run(() => Run("", Path.Combine(_directory, "scripts"))).WaitAsync(LspTestClient.Timeout);
        // Named, it is read as process substitution's <(...) is.
        var writing = Task.Run(() => File.WriteAllText(fifo, "CANCEL BACKUP;"));
        var (namedExitCode, namedStdout, _) = await Task.Run(() => Run("", fifo)).WaitAsync(LspTestClient.Timeout);
        await writing.WaitAsync(LspTestClient.Timeout);

        Assert.Equal((CheckCommand.ErrorsFound, $"{script}:1:1: {CancelBackupError}\n1 error, 0 warnings, 0 notes in 1 file.\n"), (exitCode, stdout));
        Assert.Equal((CheckCommand.ErrorsFound, $"{fifo}:1:1: {CancelBackupError}\n1 error, 0 warnings, 0 notes in 1 file.\n"), (namedExitCode, namedStdout));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_an_input_error()
    {
        var small = Write("small.sql", "CANCEL BACKUP;");
        var large = Write("large.sql", "CANCEL BACKUP; ");

        var inputs = await InputFiles.ReadAsync([small, large], Stream.Null, TextWriter.Null, maxFileBytes: 14);

        Assert.Equal($"{large} is too large to check: 15 bytes, over the --max-file-size limit of 14 bytes", Assert.Single(inputs.Errors));
    }

    [Fact]
    public async Task A_device_or_standard_input_over_the_size_limit_is_an_input_error()
    {
        // Neither reports a size: reading /dev/zero or endless input whole ran the check out of memory.
        var stdin = await InputFiles.ReadAsync(["-"], new MemoryStream("CANCEL BACKUP; "u8.ToArray()), TextWriter.Null, maxFileBytes: 14);
        Assert.Equal("standard input is too large to check: over the --max-file-size limit of 14 bytes", Assert.Single(stdin.Errors));
        Assert.Equal("CANCEL BACKUP;", Assert.Single((await InputFiles.ReadAsync(["-"], new MemoryStream("CANCEL BACKUP;"u8.ToArray()), TextWriter.Null, maxFileBytes: 14)).Files).Text);
        if (!File.Exists("/dev/zero"))
            return;
        var device = await InputFiles.ReadAsync(["/dev/zero"], Stream.Null, TextWriter.Null, maxFileBytes: 1_000_000);
        Assert.Equal("/dev/zero is too large to check: over the --max-file-size limit of 1,000,000 bytes", Assert.Single(device.Errors));
    }

    [Fact]
    public async Task Max_file_size_leaves_a_larger_script_unchecked_and_the_others_reported()
    {
        var small = Write("small.sql", "CANCEL BACKUP;");
        var large = Write("large.sql", "CANCEL BACKUP; ");

        var (exitCode, stdout, stderr) = await Run("", "--max-file-size", "14", small, large);
        var (stdinExit, stdinOut, stdinErr) = await Run("CANCEL BACKUP; ", "--max-file-size=14", "-");

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal($"{small}:1:1: {CancelBackupError}\n1 error, 0 warnings, 0 notes in 1 file.\n", stdout);
        Assert.StartsWith($"backup-lsp check: {large} is too large to check: 15 bytes, over the --max-file-size limit of 14 bytes\n", stderr);
        Assert.Equal((CheckCommand.UsageOrIoError, "0 errors, 0 warnings, 0 notes in 0 files.\n"), (stdinExit, stdinOut));
        Assert.StartsWith("backup-lsp check: standard input is too large to check: over the --max-file-size limit of 14 bytes\n", stdinErr);
    }

    [Fact]
    public async Task A_script_over_16_mebibytes_is_not_checked_by_default()
    {
        // Sparse: the size is what is judged, before anything is read.
        var large = Path.Combine(_directory, "dump.sql");
        using (var file = File.Create(large))
            file.SetLength(16 * 1024 * 1024 + 1);

        var (exitCode, stdout, stderr) = await Run("", large);

        Assert.Equal((CheckCommand.UsageOrIoError, "0 errors, 0 warnings, 0 notes in 0 files.\n"), (exitCode, stdout));
        Assert.StartsWith($"backup-lsp check: {large} is too large to check: 16,777,217 bytes, over the --max-file-size limit of 16,777,216 bytes\n", stderr);
    }

    [Fact]
    public async Task Directories_without_sql_files_are_an_input_error()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_directory, "empty")).FullName;
        Write("notes/readme.txt", "BACKUP nonsense");
        var notes = Path.Combine(_directory, "notes");

        var clean = Write("clean.sql", "SELECT 1;");

        // Each folder on its own: a script named beside a wrong folder does not make the step pass.
        foreach (var folder in new[] { empty, notes })
        {
            var (exitCode, stdout, stderr) = await Run("", clean, folder);
            Assert.Equal((CheckCommand.UsageOrIoError, "0 errors, 0 warnings, 0 notes in 1 file.\n"), (exitCode, stdout));
            Assert.StartsWith($"backup-lsp check: no .sql files found in {folder}\n", stderr);
        }
    }

    [Theory]
    [InlineData("text", "bad.sql:1:1: error SRB105")]
    [InlineData("json", "\"code\": \"SRB105\"")]
    [InlineData("gitlab", "\"check_name\": \"SRB105\"")]
    [InlineData("sarif", "\"ruleId\": \"SRB105\"")]
    [InlineData("github", "::error title=backup-lsp::no such file or directory: ")]
    public async Task A_path_that_cannot_be_read_is_told_and_the_others_are_still_reported(string format, string reported)
    {
        var bad = Write("bad.sql", "CANCEL BACKUP;");
        var missing = Path.Combine(_directory, "nope.sql");

        var (exitCode, stdout, stderr) = await Run("", "--format", format, bad, missing);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains(reported, stdout);
        Assert.Contains("SRB105", stdout);
        Assert.Contains($"backup-lsp check: no such file or directory: {missing}\n", stderr);
    }

    [Fact]
    public async Task Sarif_records_a_path_that_cannot_be_read_as_an_error_of_an_unsuccessful_run()
    {
        var clean = Write("clean.sql", "SHOW BACKUP;");
        var empty = Directory.CreateDirectory(Path.Combine(_directory, "empty")).FullName;

        var (exitCode, stdout, _) = await Run("", "--format", "sarif", clean, empty);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        var invocation = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var error = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray(), n => n.GetProperty("level").GetString() == "error");
        Assert.Equal($"no .sql files found in {empty}", error.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_script_named_again_through_a_link_is_checked_once()
    {
        var script = Write("base.sql", "BACKUP SNAPSHOT db.s TO repo PROPERTIES (\"timeout\" = \"1h\");");
        var link = Path.Combine(_directory, "link.sql");
        File.CreateSymbolicLink(link, script);

        var (exitCode, stdout, _) = await Run("", script, link);

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Single(stdout.Split('\n'), line => line.Contains("SRB205"));
    }

    [Fact]
    public async Task A_script_reached_again_through_a_linked_folder_is_checked_once_and_fixed_once()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "real"));
        var script = Write(Path.Combine("real", "a.sql"), "BACKUP SNAPSHOT db.s TO repo PROPERTIES (\"timeout\" = \"1h\");");
        var linkedFolder = Path.Combine(_directory, "linked");
        Directory.CreateSymbolicLink(linkedFolder, "real");

        var (checkedTwice, stdout, _) = await Run("", Path.Combine(_directory, "real"), linkedFolder);
        var (fixedOnce, _, fixStderr) = await Run("", "--fix", Path.Combine(_directory, "real"), Path.Combine(linkedFolder, "a.sql"));

        Assert.Equal(CheckCommand.ErrorsFound, checkedTwice);
        Assert.Single(stdout.Split('\n'), line => line.Contains("SRB205"));
        Assert.Equal(0, fixedOnce);
        Assert.DoesNotContain("changed since it was read", fixStderr);
        Assert.Contains("\"3600\"", File.ReadAllText(script));
    }

    [Fact]
    public async Task Catalog_enables_existence_checks()
    {
        var catalog = Write("catalog.json", """{"repositories": {"example_repo": {}}}""");
        var script = Write("s.sql", "BACKUP SNAPSHOT db.s TO exmple_repo;");
        var (withoutCatalog, _, noted) = await Run("", script);
        var (withCatalog, stdout, stderr) = await Run("", "--catalog", catalog, script);
        Assert.Equal((CheckCommand.NoErrors, $"{CheckCommand.NoCatalogNote}\n"), (withoutCatalog, noted));
        Assert.Equal((CheckCommand.ErrorsFound, ""), (withCatalog, stderr));
        Assert.Contains("SRB600: Repository [exmple_repo] does not exist. Did you mean [example_repo]?", stdout);
    }

    [Fact]
    public async Task Version_option_turns_on_the_version_gate()
    {
        var script = Write("s.sql", "BACKUP DATABASE db SNAPSHOT s TO r;");
        var (_, latest, _) = await Run("", script);
        var (_, old, _) = await Run("", "--starrocks-version", "3.3", script);
        Assert.DoesNotContain("SRB500", latest);
        Assert.Contains("warning SRB500: The DATABASE clause requires StarRocks 3.4 or later; the configured version is 3.3.", old);
    }

    [Theory]
    [InlineData(new string[0], "no input")]
    [InlineData(new[] { "--format", "xml", "x.sql" }, "--format must be text, json, github, sarif or gitlab")]
    [InlineData(new[] { "--fail-on", "warnings", "x.sql" }, "--fail-on must be error, warning, information, hint or off")]
    [InlineData(new[] { "--fail-on", "1", "x.sql" }, "--fail-on must be error, warning, information, hint or off")]
    [InlineData(new[] { "x.sql", "--fail-on" }, "--fail-on must be error, warning, information, hint or off")]
    [InlineData(new[] { "--bogus", "x.sql" }, "unknown option --bogus")]
    [InlineData(new[] { "--fromat", "json", "x.sql" }, "unknown option --fromat (did you mean --format?)")]
    [InlineData(new[] { "--Fix", "x.sql" }, "unknown option --Fix (did you mean --fix?)")]
    [InlineData(new[] { "--starrocks-version", "three", "x.sql" }, "--starrocks-version: 'three' is not a version such as 3.3")]
    [InlineData(new[] { "--starrocks-version", "3", "x.sql" }, "--starrocks-version: '3' names no release (3.0 and 3.5 take different statements): give its minor too, such as 3.3")]
    [InlineData(new[] { "--starrocks-version", "", "x.sql" }, "--starrocks-version needs a version such as 3.3")]
    [InlineData(new[] { "--catalog", "", "x.sql" }, "--catalog needs a file path")]
    [InlineData(new[] { "" }, "an empty path names no file or directory")]
    [InlineData(new[] { "--fix", "-", "x.sql" }, "--fix - writes the fixed standard input to standard output: it takes no other path")]
    [InlineData(new[] { "--diff", "--format", "json", "x.sql" }, "--diff prints a diff: it takes no --format")]
    [InlineData(new[] { "--sarif-category", "backup-lsp/", "x.sql" }, "--sarif-category names a SARIF run: it needs --format sarif")]
    [InlineData(new[] { "--format", "github", "--sarif-category", "backup-lsp/", "x.sql" }, "--sarif-category names a SARIF run: it needs --format sarif")]
    [InlineData(new[] { "--min-severity", "off", "x.sql" }, "--min-severity must be error, warning, information or hint")]
    public async Task Usage_and_io_problems_exit_two_with_a_message(string[] args, string message)
    {
        var (exitCode, stdout, stderr) = await Run("", args);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task Broken_catalog_exits_two_with_its_location()
    {
        var catalog = Write("broken.json", "{\n  \"repositories\": {\"r\": {\"readonly\": true}}\n}");
        var script = Write("s.sql", "SHOW BACKUP;");
        var (exitCode, _, stderr) = await Run("", "--catalog", catalog, script);
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.Contains("2:26: unknown field \"readonly\": did you mean \"readOnly\"? (at $.repositories.r.readonly)", stderr);
    }

    [Fact]
    public async Task A_missing_catalog_exits_two_and_is_named_without_a_place_in_it()
    {
        var catalog = Path.Combine(_directory, "nope.json");
        var (exitCode, _, stderr) = await Run("", "--catalog", catalog, Write("s.sql", "SHOW BACKUP;"));
        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        Assert.StartsWith($"backup-lsp check: {catalog}: cannot read the catalog file: ", stderr);
    }

    [Fact]
    public async Task Fix_writes_the_certain_fixes_and_reports_what_is_left()
    {
        // CRLF line ends, which the fixes leave as they are; "timout" is a guess, left for a person.
        var path = Write("fix.sql", "BACKUP SNAPSHOT db.s TO r ON (t, t)\r\nPROPERTIES (\"type\" = \"incremental\", \"timout\" = \"700\");\r\n");

        var (exitCode, stdout, stderr) = await Run("", "--fix", path);

        Assert.Equal("BACKUP SNAPSHOT db.s TO r ON (t)\r\nPROPERTIES (\"type\" = \"full\", \"timout\" = \"700\");\r\n", File.ReadAllText(path));
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Contains("SRB200", stdout);
        Assert.DoesNotContain("SRB300", stdout);
        Assert.DoesNotContain("SRB204", stdout);
        Assert.Contains("applied 2 fixes in 1 file", stderr);
    }

    [Fact]
    public async Task Fix_writes_the_ASCII_marks_that_typographic_quotes_and_full_width_punctuation_stand_for()
    {
        var path = Write("typographic.sql",
            "BACKUP SNAPSHOT db.c1 TO r ON (t) PROPERTIES (“type” = “full”, “timeout” = “7200”);\n"
            + "RESTORE SNAPSHOT db.old FROM r ON (t) PROPERTIES (‘backup_timestamp’ = ‘2023-05-04-16-45-08’);\n"
            + "BACKUP SNAPSHOT db.c2 TO r ON （t）；\n"
            + "BACKUP SNAPSHOT db.c3 TO r ON (u) PROPERTIES (\"type\" = \"full\"，\"timeout\" = \"7200\")；\n"
            + "BACKUP SNAPSHOT db.c4 TO r ON (u) PROPERTIES (\"type\"＝\"full\", \"timeout\" ＝ \"7200\");\n"
            + "SHOW BACKUP；\nSHOW REPOSITORIES； SHOW RESTORE；\nUSE db；\n"
            + "BACKUP SNAPSHOT db.c5 TO r ON (t，u PARTITION (p1，p2));\n");

        var (exitCode, stdout, _) = await Run("", "--rule", "SRB700=off", "--fix", path);

        Assert.Equal("BACKUP SNAPSHOT db.c1 TO r ON (t) PROPERTIES (\"type\" = \"full\", \"timeout\" = \"7200\");\n"
            + "RESTORE SNAPSHOT db.old FROM r ON (t) PROPERTIES ('backup_timestamp' = '2023-05-04-16-45-08');\n"
            + "BACKUP SNAPSHOT db.c2 TO r ON (t);\n"
            + "BACKUP SNAPSHOT db.c3 TO r ON (u) PROPERTIES (\"type\" = \"full\",\"timeout\" = \"7200\");\n"
            + "BACKUP SNAPSHOT db.c4 TO r ON (u) PROPERTIES (\"type\"=\"full\", \"timeout\" = \"7200\");\n"
            + "SHOW BACKUP;\nSHOW REPOSITORIES; SHOW RESTORE;\nUSE db;\n"
            + "BACKUP SNAPSHOT db.c5 TO r ON (t,u PARTITION (p1,p2));\n", File.ReadAllText(path));
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.DoesNotContain("SRB", stdout);
    }

    /// <summary>
    /// A full-width <c>＝</c> with a full-width space after it, which StarRocks reads as a letter: the <c>＝</c>'s fix alone
    /// (the space's own SRB001 turned off) leaves a filter that parses, the space made ASCII with it.
    /// </summary>
    [Fact]
    public async Task Fix_of_a_filters_full_width_mark_leaves_a_filter_that_parses()
    {
        var path = Write("filter.sql", "SHOW SNAPSHOT ON r WHERE SNAPSHOT ＝\u3000's1';\n");

        await Run("", "--rule", "SRB001=off", "--fix", path);
        var (exitCode, stdout, _) = await Run("", path);

        Assert.Equal("SHOW SNAPSHOT ON r WHERE SNAPSHOT = 's1';\n", File.ReadAllText(path));
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.DoesNotContain("SRB", stdout);
    }

    /// <summary>
    /// <c>ON （t1　）</c>: StarRocks reads one name, <c>（t1　）</c>. The fix of the <c>（</c> mends the <c>）</c> that closes its
    /// group and the full-width space between too, one slip told once (the space has no SRB001 of its own), so the one
    /// fix <c>--fix</c> applies leaves the ON list meant.
    /// </summary>
    [Fact]
    public async Task Fix_of_a_full_width_parenthesis_mends_its_group_at_once()
    {
        var path = Write("group.sql", "BACKUP SNAPSHOT db1.s2 TO repo ON （t1\u3000） PROPERTIES (\"type\"=\"full\");\n");

        var (_, _, stderr) = await Run("", "--fix", path);
        var (exitCode, stdout, _) = await Run("", path);

        Assert.Equal("BACKUP SNAPSHOT db1.s2 TO repo ON (t1 ) PROPERTIES (\"type\"=\"full\");\n", File.ReadAllText(path));
        Assert.Contains("applied 1 fix in 1 file", stderr);
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.DoesNotContain("SRB", stdout);
    }

    /// <summary>
    /// A partition list of full-width parentheses or typographic quotes, which StarRocks reads as names no partition can
    /// have: the partitions are checked as if the marks were ASCII, and <c>--fix</c>'s one round leaves the lists meant.
    /// </summary>
    [Fact]
    public async Task Fix_mends_a_partition_lists_full_width_parentheses_and_typographic_quotes()
    {
        var catalog = Write("catalog.json", """
            {"repositories": {"repo": {}}, "databases": {"db1": {"tables": {"t1": {"partitions": ["p1", "p2"]}}}}}
            """);
        var path = Write("partitions.sql",
            "BACKUP SNAPSHOT db1.s3 TO repo ON (t1 PARTITION （p1）) PROPERTIES (\"type\"=\"full\");\n"
            + "BACKUP SNAPSHOT db1.s4 TO repo ON (t1 PARTITION （p1, p2）) PROPERTIES (\"type\"=\"full\");\n"
            + "BACKUP SNAPSHOT db1.s5 TO repo ON (t1 PARTITION (“p1”\u3000, p2)) PROPERTIES (\"type\"=\"full\");\n");

        var (_, before, _) = await Run("", "--rule", "SRB700=off", "--catalog", catalog, path);
        await Run("", "--rule", "SRB700=off", "--catalog", catalog, "--fix", path);
        var (exitCode, stdout, _) = await Run("", "--rule", "SRB700=off", "--catalog", catalog, path);

        Assert.DoesNotContain("SRB603", before);
        Assert.DoesNotContain("SRB305", before);
        Assert.Equal("BACKUP SNAPSHOT db1.s3 TO repo ON (t1 PARTITION (p1)) PROPERTIES (\"type\"=\"full\");\n"
            + "BACKUP SNAPSHOT db1.s4 TO repo ON (t1 PARTITION (p1, p2)) PROPERTIES (\"type\"=\"full\");\n"
            + "BACKUP SNAPSHOT db1.s5 TO repo ON (t1 PARTITION (\"p1\" , p2)) PROPERTIES (\"type\"=\"full\");\n", File.ReadAllText(path));
        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.DoesNotContain("SRB", stdout);
    }

    /// <summary>
    /// <c>ON (t.p)</c> of a table t and its partition p is read as database t, table p: the partition is written as one. Not
    /// where p may be a table too (the catalog lists no views), nor for a name that is no partition of t.
    /// </summary>
    [Fact]
    public async Task Fix_writes_a_partition_written_as_a_table_as_the_partition_of_that_table()
    {
        var catalog = Write("catalog.json", """
            {"repositories": {"r": {}},
             "databases": {"db": {"tables": {"orders": {"partitions": ["p1", "p2"]}}, "views": [], "materializedViews": []},
                           "db2": {"tables": {"orders": {"partitions": ["p1"]}}}}}
            """);
        var path = Write("partition.sql",
            "BACKUP SNAPSHOT db.s1 TO r ON (orders.p1);\n"
            + "RESTORE SNAPSHOT db.s1 FROM r ON (orders.p2 AS orders_p2) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");\n"
            + "BACKUP SNAPSHOT db2.s2 TO r ON (orders.p1);\n"
            + "BACKUP SNAPSHOT db.s3 TO r ON (orders.p3);\n");

        await Run("", "--rule", "SRB700=off", "--catalog", catalog, "--fix", path);

        Assert.Equal("BACKUP SNAPSHOT db.s1 TO r ON (orders PARTITION (p1));\n"
            + "RESTORE SNAPSHOT db.s1 FROM r ON (orders PARTITION (p2) AS orders_p2) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");\n"
            + "BACKUP SNAPSHOT db2.s2 TO r ON (orders.p1);\n"
            + "BACKUP SNAPSHOT db.s3 TO r ON (orders.p3);\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task Fix_leaves_an_unmatched_typographic_quote_for_a_person()
    {
        const string script = "BACKUP SNAPSHOT db.c1 TO r PROPERTIES (\"type\" = “full);\n";
        var path = Write("unmatched.sql", script);

        var (exitCode, stdout, _) = await Run("", "--fix", path);

        Assert.Equal(script, File.ReadAllText(path));
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Contains("SRB106: Typographic quotes are not SQL quotes", stdout);
    }

    [Fact]
    public async Task Fix_keeps_a_files_encoding_and_byte_order_mark()
    {
        var path = Path.Combine(_directory, "utf16.sql");
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes("-- café\nBACKUP SNAPSHOT db.s TO r ON (t, t);\n")]);

        var (exitCode, _, _) = await Run("", "--fix", path);

        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.Equal([.. encoding.GetPreamble(), .. encoding.GetBytes("-- café\nBACKUP SNAPSHOT db.s TO r ON (t);\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Fix_leaves_a_file_that_would_not_be_written_back_byte_for_byte()
    {
        var path = Path.Combine(_directory, "latin1.sql");
        byte[] bytes = [.. Encoding.ASCII.GetBytes("-- caf"), 0xE9, .. Encoding.ASCII.GetBytes("\nBACKUP SNAPSHOT db.s TO r ON (t, t);\n")];
        File.WriteAllBytes(path, bytes);

        var (exitCode, stdout, stderr) = await Run("", "--fix", path);

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Contains($"{path} not fixed", stderr);
        Assert.Contains("SRB300", stdout);
        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
    }

    [Fact]
    public async Task Fix_writes_through_a_symbolic_link_and_keeps_the_files_permissions()
    {
        var path = Write("linked.sql", "BACKUP SNAPSHOT db.s TO r ON (t, t);\n");
        if (OperatingSystem.IsWindows())
            return;
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = Path.Combine(_directory, "link.sql");
        File.CreateSymbolicLink(link, "linked.sql");
        var inode = OperatingSystem.IsLinux() ? UnixFileStatus.Of(path).Inode : 0;

        await Run("", "--fix", link);

        Assert.Equal("BACKUP SNAPSHOT db.s TO r ON (t);\n", File.ReadAllText(path));
        // On Linux the file the link leads to is replaced whole, and the link is left to lead to it.
        if (OperatingSystem.IsLinux())
            Assert.NotEqual(inode, UnixFileStatus.Of(path).Inode);
        Assert.Equal("linked.sql", new FileInfo(link).LinkTarget);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Equal(["link.sql", "linked.sql"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Fix_writes_through_a_link_named_by_a_bare_file_name_into_its_own_folder()
    {
        // The link's relative target was resolved from the root: the fix went to /linked.sql.
        var path = Write("linked.sql", "BACKUP SNAPSHOT db.s TO r ON (t, t);\n");
        File.CreateSymbolicLink(Path.Combine(_directory, "link.sql"), "linked.sql");
        var info = ServerExecutables.StartInfo("jit", "check", "--fix", "link.sql");
        info.WorkingDirectory = _directory;
        using var process = System.Diagnostics.Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);

        Assert.Contains("applied 1 fix in 1 file", await stderr);
        Assert.Equal("BACKUP SNAPSHOT db.s TO r ON (t);\n", File.ReadAllText(path));
        Assert.Equal(["link.sql", "linked.sql"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Fix_on_a_full_disk_leaves_the_file_as_it_was()
    {
        await using var disk = await SmallDisk.MountAsync(Path.Combine(_directory, "disk"), "512k");
        if (disk is null)
            return;
        // Each fix writes two more characters ("1h" becomes "3600"): more than the last page of the file has spare.
        var script = string.Concat(Enumerable.Range(0, 3000).Select(i => $"BACKUP SNAPSHOT db.s{i} TO r PROPERTIES (\"timeout\" = \"1h\");\n"));
        var path = Path.Combine(disk.Root, "job.sql");
        File.WriteAllText(path, script);
        try
        {
            using var filler = File.Create(Path.Combine(disk.Root, "filler"));
            while (true)
                filler.Write(new byte[4096]);
        }
        catch (IOException)
        {
        }

        var (_, _, stderr) = await Run("", "--fix", path);

        Assert.Equal(script, File.ReadAllText(path));
        Assert.Contains($"{path} not fixed", stderr);
        Assert.Equal(["filler", "job.sql"], Directory.GetFiles(disk.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Fix_does_not_touch_a_file_with_nothing_certain_to_fix()
    {
        var path = Write("guess.sql", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"timout\" = \"700\");\n");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var (_, _, stderr) = await Run("", "--fix", path);

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Contains("applied 0 fixes in 0 files", stderr);
    }
}
