using BackupLsp.Server.Cli;
using BackupLsp.Server.Files;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>
/// <c>check --workspace</c>: a VS Code workspace file's settings, under each folder's <c>.vscode/settings.json</c> as
/// VS Code layers them, and its folders, checked where no path is given.
/// </summary>
public sealed class WorkspaceFileTests : IDisposable
{
    /// <summary>SRB500 under 3.3 (BACKUP DATABASE came in 3.4), SRB600 without b_repo, SRB601 without dbb.</summary>
    private const string Script = "BACKUP DATABASE dba SNAPSHOT s TO b_repo;\nBACKUP SNAPSHOT dbb.s2 TO a_repo ON (tb);\n";
    private const string CatalogA = TwoClusterCatalogs.A;
    private const string CatalogB = TwoClusterCatalogs.B;

    private readonly ScratchFolder _folder = new();

    public WorkspaceFileTests()
    {
        Directory.CreateDirectory(_folder.PathOf("repo/.git"));
    }

    public void Dispose() => _folder.Dispose();

    private static Task<(int ExitCode, string Stdout, string Stderr)> Run(string stdin, params string[] args) => CheckRun.RunAsync(stdin, args);

    /// <summary>The file's diagnostics in a text report, as <c>severity CODE</c>, in order.</summary>
    private static string[] Found(string report, string file) =>
        [.. report.Split('\n').Where(line => line.StartsWith(file + ":", StringComparison.Ordinal)).Select(line => string.Join(' ', line.Split(' ')[1..3]).TrimEnd(':'))];

    /// <summary>A workspace file, JSONC as VS Code writes it, at the repository's root.</summary>
    private string Workspace(string settings, string folders = """{ "path": "A" }, { "path": "B", "name": "Bee" },""") =>
        _folder.Write("repo/team.code-workspace", $$"""
            {
              // the two clusters' jobs
              "folders": [{{folders}}],
              "settings": {{{settings}}},
            }
            """);

    [Fact]
    public async Task The_workspace_files_settings_are_the_layer_under_each_folders_settings()
    {
        var workspace = Workspace("""
            "starrocksBackup.catalogPath": "cat.json",
            "starrocksBackup.starrocksVersion": "3.3",
            "starrocksBackup.ruleSeverity": { "SRB601": "off", "SRB600": "warning" },
            "editor.tabSize": 2,
            """);
        // The folder's setting wins; its ruleSeverity is merged with the workspace file's, rule by rule.
        _folder.Write("repo/A/.vscode/settings.json", """{"starrocksBackup.starrocksVersion": "3.4", "starrocksBackup.ruleSeverity": {"SRB601": "error"}}""");
        // A relative catalogPath names a file in each folder, as the server resolves it, not beside the workspace file.
        _folder.Write("repo/A/cat.json", CatalogA);
        _folder.Write("repo/B/cat.json", CatalogA);
        _folder.Write("repo/cat.json", CatalogB);
        var a = _folder.Write("repo/A/x.sql", Script);
        var b = _folder.Write("repo/B/y.sql", Script);

        var (exitCode, stdout, stderr) = await Run("", "--workspace", workspace, a, b);
        var (_, withoutWorkspace, _) = await Run("", a, b);

        Assert.Equal((CheckCommand.ErrorsFound, ""), (exitCode, stderr));
        Assert.Equal(["warning SRB600", "error SRB601"], Found(stdout, a));
        Assert.Equal(["warning SRB500", "warning SRB600"], Found(stdout, b));
        // Without it, the folders' own settings alone: no catalog, and every rule at its own level.
        Assert.Empty(Found(withoutWorkspace, a));
        Assert.Empty(Found(withoutWorkspace, b));
    }

    [Fact]
    public async Task Only_each_listed_folders_own_settings_file_is_read_and_a_script_outside_them_has_the_workspace_files_settings()
    {
        var workspace = Workspace(""" "starrocksBackup.starrocksVersion": "3.3" """);
        // Read by the walk without --workspace; VS Code reads none of them in the workspace's window: the repository's root
        // and a subfolder are no listed folder's, and C is not listed.
        _folder.Write("repo/.vscode/settings.json", """{"starrocksBackup.starrocksVersion": "3.3", "starrocksBackup.ruleSeverity": {"SRB500": "error"}}""");
        _folder.Write("repo/A/sub/.vscode/settings.json", """{"starrocksBackup.starrocksVersion": "3.3", "starrocksBackup.ruleSeverity": {"SRB500": "off"}}""");
        _folder.Write("repo/C/.vscode/settings.json", """{"starrocksBackup.starrocksVersion": "3.3", "starrocksBackup.ruleSeverity": {"SRB500": "off"}}""");
        // A listed folder's own.
        _folder.Write("repo/B/.vscode/settings.json", """{"starrocksBackup.ruleSeverity": {"SRB500": "hint"}}""");
        foreach (var folder in new[] { "A", "B" })
            _folder.Write($"repo/{folder}/starrocks-catalog.json", """{"repositories": {"r": {}}, "databases": {"dba": {"tables": {"ta": {}}}}}""");
        string[] scripts = [.. new[] { "repo/A/x.sql", "repo/A/sub/y.sql", "repo/B/w.sql", "repo/C/z.sql" }.Select(path => _folder.Write(path, "BACKUP DATABASE dba SNAPSHOT s TO r;"))];

        var (exitCode, stdout, stderr) = await Run("", ["--workspace", workspace, .. scripts]);
        var (_, withoutWorkspace, _) = await Run("", scripts);

        Assert.Equal((CheckCommand.NoErrors, ""), (exitCode, stderr));
        Assert.Equal([["warning SRB500"], ["warning SRB500"], ["hint SRB500"], ["warning SRB500"]], scripts.Select(script => Found(stdout, script)));
        Assert.Equal([["error SRB500"], [], [], []], scripts.Select(script => Found(withoutWorkspace, script)));
    }

    [Fact]
    public async Task Without_a_catalog_path_the_catalog_is_the_listed_folders_own_starrocks_catalog_json()
    {
        var workspace = Workspace(""" "starrocksBackup.starrocksVersion": "3.4" """);
        // The nearest to each script, which the walk without --workspace finds; the editor uses neither.
        _folder.Write("repo/A/sub/starrocks-catalog.json", CatalogB);
        _folder.Write("repo/starrocks-catalog.json", CatalogB);
        // The folder's own, and the first folder's for a script outside every folder.
        _folder.Write("repo/A/starrocks-catalog.json", CatalogA);
        string[] scripts = [_folder.Write("repo/A/sub/x.sql", Script), _folder.Write("repo/B/y.sql", Script), _folder.Write("repo/C/z.sql", Script)];

        var (exitCode, stdout, stderr) = await Run("", ["--workspace", workspace, .. scripts]);
        var (_, withoutWorkspace, _) = await Run("", scripts);

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        // B has no catalog of its own: checked without one, as the note says, and where the editor would look for one.
        Assert.Equal($"backup-lsp check: note: no catalog found for {scripts[1]}, so repositories, databases, tables and partitions were not checked "
            + "for existence there (give one with --catalog FILE, or put starrocks-catalog.json in the listed folder that holds the script "
            + "(the first, for one outside them))\n", stderr);
        // A's catalog lacks b_repo and dbb.
        Assert.Equal([["error SRB600", "error SRB601"], [], ["error SRB600", "error SRB601"]], scripts.Select(script => Found(stdout, script)));
        // The nearest ones (A/sub's, the repository root's) lack dba and a_repo instead.
        Assert.All(scripts, script => Assert.Equal(["error SRB601", "error SRB600"], Found(withoutWorkspace, script)));
    }

    [Fact]
    public async Task A_folders_own_catalog_path_and_an_absolute_one_are_resolved_as_before()
    {
        var absolute = _folder.Write("elsewhere/b.json", CatalogB);
        var workspace = Workspace($$"""
            "starrocksBackup.catalogPath": "missing.json",
            """);
        // Emptied by the folder: its starrocks-catalog.json, as with no catalogPath at all.
        _folder.Write("repo/A/.vscode/settings.json", """{"starrocksBackup.catalogPath": ""}""");
        _folder.Write("repo/A/starrocks-catalog.json", CatalogA);
        _folder.Write("repo/B/.vscode/settings.json", $$"""{"starrocksBackup.catalogPath": "{{absolute}}"}""");
        var a = _folder.Write("repo/A/x.sql", Script);
        var b = _folder.Write("repo/B/y.sql", Script);
        var c = _folder.Write("repo/C/z.sql", Script);

        var (exitCode, stdout, stderr) = await Run("", "--workspace", workspace, a, b, c);

        Assert.Equal(CheckCommand.UsageOrIoError, exitCode);
        // A's catalog lacks b_repo and dbb; B's (the absolute one) dba and a_repo.
        Assert.Equal(["error SRB600", "error SRB601"], Found(stdout, a));
        Assert.Equal(["error SRB601", "error SRB600"], Found(stdout, b));
        // Outside every folder, a relative catalogPath is resolved in the first, and the workspace file is the one to mend.
        Assert.Contains($"backup-lsp check: {_folder.PathOf("repo/A/missing.json")}: cannot read the catalog file: ", stderr);
        Assert.Contains($" (the catalogPath of {workspace}); not checked: {c}\n", stderr);
    }

    [Fact]
    public async Task A_workspace_of_no_folders_has_no_catalog_but_one_an_absolute_catalog_path_names()
    {
        var workspace = Workspace(""" "starrocksBackup.starrocksVersion": "3.4" """, folders: "");
        // The nearest to the script, which the walk without --workspace finds; the editor looks in no folder, so uses none.
        _folder.Write("repo/A/starrocks-catalog.json", CatalogA);
        var script = _folder.Write("repo/A/x.sql", Script);
        var absolute = _folder.Write("elsewhere/b.json", CatalogB);
        var naming = _folder.Write("repo/named.code-workspace", $$$"""{"folders": [], "settings": {"starrocksBackup.catalogPath": "{{{absolute}}}"}}""");

        var (exitCode, stdout, stderr) = await Run("", "--workspace", workspace, script);
        var (_, named, namedStderr) = await Run("", "--workspace", naming, script);

        Assert.Equal(CheckCommand.NoErrors, exitCode);
        Assert.Empty(Found(stdout, script));
        Assert.Equal("backup-lsp check: note: no catalog found, so repositories, databases, tables and partitions were not checked for existence "
            + $"({workspace} lists no folder, and the editor looks for starrocks-catalog.json only in a workspace's folders: give one with "
            + "--catalog FILE, or an absolute starrocksBackup.catalogPath in its settings)\n", stderr);
        // B's catalog lacks dba and a_repo.
        Assert.Equal("", namedStderr);
        Assert.Equal(["error SRB601", "error SRB600"], Found(named, script));
    }

    [Fact]
    public async Task A_relative_catalog_path_in_a_workspace_of_no_folders_is_warned_of_and_not_used()
    {
        var workspace = Workspace(""" "starrocksBackup.catalogPath": "cat.json" """, folders: "");
        // Beside the workspace file and the script, but VS Code resolves a relative catalogPath in a folder, and there is none.
        _folder.Write("repo/cat.json", CatalogB);
        _folder.Write("repo/A/cat.json", CatalogB);
        _folder.Write("repo/A/starrocks-catalog.json", CatalogA);
        var script = _folder.Write("repo/A/x.sql", Script);

        var (exitCode, stdout, stderr) = await Run("", "--require-catalog", "--workspace", workspace, script);

        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.Equal($"backup-lsp check: warning: {workspace}: starrocksBackup.catalogPath: 'cat.json' is relative and the workspace lists no folder "
            + "to resolve it in; left out, as the editor leaves it\n"
            + $"backup-lsp check: no catalog found for {script} (--require-catalog: {workspace} lists no folder, and the editor looks for "
            + "starrocks-catalog.json only in a workspace's folders: give one with --catalog FILE, or an absolute starrocksBackup.catalogPath in its settings)\n", stderr);
    }

    [Fact]
    public async Task Without_a_path_the_scripts_of_the_folders_it_lists_are_checked()
    {
        var workspace = Workspace(
            """ "starrocksBackup.starrocksVersion": "3" """,
            $$"""{ "path": "A" }, { "path": "docs" }, { "uri": "{{FileUris.FromPath(_folder.PathOf("elsewhere/B"))}}" }""");
        _folder.Write("repo/A/x.sql", "CANCEL BACKUP;");
        _folder.Write("repo/docs/README.md", "no scripts here");
        _folder.Write("elsewhere/B/y.sql", "CANCEL BACKUP;");
        _folder.Write("repo/C/z.sql", "CANCEL BACKUP;");

        var (exitCode, stdout, stderr) = await Run("", "--workspace", workspace);

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Equal(["error SRB105"], Found(stdout, _folder.PathOf("repo/A/x.sql")));
        Assert.Equal(["error SRB105"], Found(stdout, _folder.PathOf("elsewhere/B/y.sql")));
        Assert.EndsWith("2 errors, 0 warnings, 0 notes in 2 files.\n", stdout);
        Assert.StartsWith($"backup-lsp check: warning: {workspace}: starrocksBackup.starrocksVersion: '3' names no release", stderr);
    }

    [Fact]
    public async Task Folders_that_hold_no_script_or_are_not_there_fail_the_check()
    {
        var empty = Workspace("", """{ "path": "docs" }""");
        _folder.Write("repo/docs/README.md", "no scripts here");
        var (emptyExit, _, emptyError) = await Run("", "--workspace", empty);
        var gone = Workspace("", """{ "path": "docs" }, { "path": "gone" }""");
        var (goneExit, _, goneError) = await Run("", "--workspace", gone);

        Assert.Equal((CheckCommand.UsageOrIoError, $"backup-lsp check: no .sql files found in the folders of {empty}\n"), (emptyExit, emptyError));
        Assert.Equal((CheckCommand.UsageOrIoError, $"backup-lsp check: no such file or directory: {_folder.PathOf("repo/gone")}\n"), (goneExit, goneError));
    }

    [Theory]
    [InlineData("missing", "no such workspace file")]
    [InlineData("a folder", "it is a folder, not a workspace file")]
    [InlineData("empty", "empty, not a workspace file")]
    [InlineData("""{"folders": [""", "Expected depth to be zero")]
    [InlineData("""["A"]""", "not a workspace file: it has no \"folders\" list")]
    [InlineData("""{"settings": {}}""", "not a workspace file: it has no \"folders\" list")]
    [InlineData("""{"folders": [{"path": "A"}, {"pth": "B"}]}""", "folders[1] has no \"path\", nor a file: \"uri\"")]
    [InlineData("""{"folders": [{"uri": "vscode-vfs://github/x/y"}]}""", "folders[0] has no \"path\", nor a file: \"uri\"")]
    [InlineData("""{"folders": [], "settings": []}""", "\"settings\" is not an object")]
    public async Task A_workspace_file_that_cannot_be_used_is_a_usage_error(string kind, string problem)
    {
        var workspace = _folder.PathOf("repo/team.code-workspace");
        if (kind == "a folder")
            Directory.CreateDirectory(workspace);
        else if (kind != "missing")
            _folder.Write("repo/team.code-workspace", kind == "empty" ? " \n" : kind);
        var script = _folder.Write("repo/A/x.sql", "CANCEL BACKUP;");

        var (exitCode, stdout, stderr) = await Run("", "--workspace", workspace, script);

        Assert.Equal((CheckCommand.UsageOrIoError, ""), (exitCode, stdout));
        Assert.StartsWith($"backup-lsp check: {workspace}: {problem}", stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Standard_input_takes_the_first_folders_catalog()
    {
        var workspace = Workspace(""" "starrocksBackup.catalogPath": "cat.json" """);
        _folder.Write("repo/A/cat.json", CatalogA);

        var (exitCode, stdout, _) = await Run(Script, "--workspace", workspace, "-");

        Assert.Equal(CheckCommand.ErrorsFound, exitCode);
        Assert.Equal(["error SRB600", "error SRB601"], Found(stdout, InputFiles.StdinName));
    }
}
