using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Configuration;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Cli;

/// <summary><c>backup-lsp check</c>: the same analysis the editor shows, for scripts and CI.</summary>
internal static class CheckCommand
{
    public const int NoErrors = 0;
    public const int ErrorsFound = 1;
    public const int UsageOrIoError = 2;

    /// <summary>The note of a check in which no script has a catalog, outside a workspace.</summary>
    public static readonly string NoCatalogNote = NoCatalogNoteIn(null);

    private const string NoCatalog = "no catalog found";
    private const string NotChecked = "repositories, databases, tables and partitions were not checked for existence";

    /// <summary>The note of a check in which no script has a catalog, where it looks for one as in the window of <paramref name="workspace"/>.</summary>
    private static string NoCatalogNoteIn(WorkspaceFile? workspace) => $"backup-lsp check: note: {NoCatalog}, so {NotChecked} ({GiveOne(workspace)})";

    /// <summary>How to give a script a catalog, where the check looks for one as the editor does in the window of <paramref name="workspace"/>.</summary>
    private static string GiveOne(WorkspaceFile? workspace) => workspace switch
    {
        null => $"give one with --catalog FILE, or put {CatalogLoader.DefaultFileName} in the script's folder or one above it",
        { Folders.IsEmpty: true } => $"{workspace.Shown} lists no folder, and the editor looks for {CatalogLoader.DefaultFileName} only in a workspace's folders"
            + $": give one with --catalog FILE, or an absolute {ServerSettings.Section}.catalogPath in its settings",
        _ => $"give one with --catalog FILE, or put {CatalogLoader.DefaultFileName} in the listed folder that holds the script (the first, for one outside them)",
    };

    /// <summary>
    /// The <c>github</c> format leaves hints out unless asked: each would be an annotation on the pull request, where VS Code
    /// shows them only as marks in the editor, not in its Problems panel.
    /// </summary>
    private const DiagnosticSeverity GitHubMinSeverity = DiagnosticSeverity.Information;

    public const string HelpPointer = "Try 'backup-lsp check --help' for the options.";

    /// <param name="stdin">Standard input; none where the caller closed it.</param>
    /// <param name="environment">An environment variable's value (null when unset): the process's, unless a test gives others.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Stream? stdin, TextWriter stdout, TextWriter stderr,
        Func<string, string?>? environment = null)
    {
        if (CommandLine.AsksForHelp(args))
        {
            await stdout.WriteLineAsync(CheckOptions.Usage);
            return NoErrors;
        }
        if (CommandLine.AsksForVersion(args))
        {
            await stdout.WriteLineAsync(ToolInfo.VersionLine);
            return NoErrors;
        }
        var (options, error) = CheckOptions.Parse(args);
        if (options is null)
        {
            // The one problem and where the options are told: the whole usage would push the problem off a CI log's view.
            await stderr.WriteLineAsync($"backup-lsp check: {error}\n{HelpPointer}");
            return UsageOrIoError;
        }

        // What the check tells on standard error from here on is kept too, for a report that carries it (SARIF).
        var notices = new CheckNotices(stderr);
        WorkspaceFile? workspace = null;
        if (options.WorkspacePath is { } workspacePath)
        {
            (workspace, var workspaceError) = await WorkspaceFile.ReadAsync(workspacePath, notices);
            // The settings of every script: none can be checked as asked, as with a catalog --catalog names.
            if (workspace is null)
            {
                await stderr.WriteLineAsync($"backup-lsp check: {workspaceError}");
                return UsageOrIoError;
            }
        }
        var inputs = workspace is not null && options.Paths.Count == 0
            ? await FoldersScriptsAsync(workspace, notices, options.MaxFileBytes)
            : await InputFiles.ReadAsync(options.Paths, stdin, notices, options.MaxFileBytes);
        // A path that cannot be read fails the check, but the scripts that can be are still reported.
        foreach (var inputError in inputs.Errors)
            await notices.WriteErrorAsync(new CheckProblem(inputError));
        // `--fix -`: standard output takes the fixed text, standard error the report; standard input that could not be
        // read leaves standard output empty, not a report a fixer would take for the fixed text.
        var fixingStandardInput = options.Fix && options.Paths is ["-"];
        if (fixingStandardInput && inputs.Files is [var stdinFile] && FileFixes.WhyStandardInputCannotBeFixed(stdinFile) is { } notFixable)
        {
            await stderr.WriteLineAsync($"backup-lsp check: {notFixable}");
            return UsageOrIoError;
        }

        var (contexts, unusable, catalogError) = await ContextsAsync(inputs.Files, options, workspace, notices);
        // The catalog --catalog names is every script's: none can be checked as asked.
        if (catalogError is not null)
        {
            await stderr.WriteLineAsync($"backup-lsp check: {catalogError}");
            return UsageOrIoError;
        }
        // A settings or catalog file found for some scripts fails those alone, as a path that cannot be read does.
        List<CheckProblem> problems = [.. inputs.Errors.Select(error => new CheckProblem(error))];
        foreach (var (problem, scripts) in unusable)
        {
            var told = problem with { Message = $"{problem.Message}; not checked: {Listed(scripts)}" };
            problems.Add(told);
            await notices.WriteErrorAsync(told);
        }
        IReadOnlyList<InputFile> files = [.. inputs.Files.Where(contexts.ContainsKey)];
        var withoutCatalog = files.Where(file => contexts[file].Catalog is null).Select(file => file.Path).ToList();
        if (withoutCatalog.Count > 0 && options.RequireCatalog)
        {
            await stderr.WriteLineAsync($"backup-lsp check: {NoCatalog} for {Listed(withoutCatalog)} (--require-catalog: {GiveOne(workspace)})");
            return UsageOrIoError;
        }
        // On stderr in every format, so that the JSON formats' standard output stays one JSON document; as an annotation
        // in GitHub's, so that a run that checked less than it seems to shows why.
        if (withoutCatalog.Count > 0)
        {
            var note = withoutCatalog.Count == files.Count ? NoCatalogNoteIn(workspace)
                : $"backup-lsp check: note: {NoCatalog} for {Listed(withoutCatalog)}, so {NotChecked} there ({GiveOne(workspace)})";
            if (options.Format == OutputFormat.GitHub)
                await stderr.WriteLineAsync($"::warning title=backup-lsp::{note["backup-lsp check: note: ".Length..]}");
            else
                await notices.WriteLineAsync(note);
        }
        if (StarRocksVersion.NotModelled(options.Version) is { } unknown)
            await notices.WriteLineAsync($"backup-lsp check: note: {unknown}.");

        var analyzer = new DocumentAnalyzer();
        Func<string, DocumentAnalysis> AnalyzerOf(InputFile file) => text => analyzer.Analyze(text, contexts[file]);
        var (analyses, fixes) = options.Fix || options.Diff
            ? await FileFixes.ApplyAsync(files, AnalyzerOf, options.Diff, options.MaxFileBytes, stdout, notices)
            : ([.. files.Select(file => (file.Path, AnalyzerOf(file)(file.Text)))], 0);
        // Standard output is the diff's; as `git diff --exit-code`, a step that wants the fixes made fails while there are any.
        if (options.Diff)
            return fixes > 0 ? ErrorsFound : NoErrors;
        // What is below the lowest severity printed is left out of the report and of what fails the check alike: a check
        // that fails shows why.
        // github's default leaves hints out, unless `--fail-on hint` counts them: then they are shown too.
        var minSeverity = options.MinSeverity ?? (options.Format == OutputFormat.GitHub && options.FailOn != DiagnosticSeverity.Hint
            ? GitHubMinSeverity : DiagnosticSeverity.Hint);
        IReadOnlyList<CheckedFile> results =
            [.. analyses.Select(result => new CheckedFile(result.Path, result.Analysis, [.. result.Analysis.Diagnostics.Where(d => d.Severity <= minSeverity)]))];
        var paths = ReportPaths.Of(environment ?? Environment.GetEnvironmentVariable);
        var report = options.Format switch
        {
            OutputFormat.Json => CheckReport.Json(results),
            OutputFormat.GitHub => CheckReport.GitHub(results, problems, paths),
            OutputFormat.Sarif => SarifReport.Write(results, notices.Lines, paths, options.SarifCategory),
            OutputFormat.GitLab => GitLabReport.Write(results, paths),
            _ => CheckReport.Text(results),
        };
        await (fixingStandardInput ? stderr : stdout).WriteAsync(report);
        if (problems.Count > 0)
            return UsageOrIoError;
        // Severities count down from Error (1) to Hint (4): "at or above" the level is "at most" its number. No level (off) fails nothing.
        return options.FailOn is { } failOn && results.Any(r => r.Diagnostics.Any(d => d.Severity <= failOn)) ? ErrorsFound : NoErrors;
    }

    /// <summary>
    /// Each script's analysis context: its catalog and settings (<see cref="ScriptSetups"/>), each catalog file read once.
    /// The scripts whose settings or catalog file cannot be read have none: each such problem comes with its scripts.
    /// Where the catalog <c>--catalog</c> names cannot be read, that error alone.
    /// </summary>
    private static async Task<(Dictionary<InputFile, AnalysisContext> Contexts, List<(CheckProblem Problem, List<string> Scripts)> Unusable, string? CatalogError)>
        ContextsAsync(IReadOnlyList<InputFile> files, CheckOptions options, WorkspaceFile? workspace, TextWriter notices)
    {
        var setups = new ScriptSetups(options, notices, workspace);
        var catalogs = new Dictionary<string, StarRocksCatalog>(StringComparer.Ordinal);
        var unreadableCatalogs = new Dictionary<string, CheckProblem>(StringComparer.Ordinal);
        var contexts = new Dictionary<ScriptSetup, AnalysisContext>(ReferenceEqualityComparer.Instance);
        var byFile = new Dictionary<InputFile, AnalysisContext>(ReferenceEqualityComparer.Instance);
        var unusable = new Dictionary<CheckProblem, List<string>>();
        void Unusable(CheckProblem problem, InputFile file)
        {
            if (!unusable.TryGetValue(problem, out var scripts))
                unusable[problem] = scripts = [];
            scripts.Add(file.Path);
        }
        foreach (var file in files)
        {
            var (setup, settingsProblem) = await setups.ForAsync(file.Path);
            if (setup is null)
            {
                Unusable(settingsProblem!, file);
                continue;
            }
            if (!contexts.TryGetValue(setup, out var context))
            {
                StarRocksCatalog? catalog = null;
                if (setup.CatalogPath is { } path && !catalogs.TryGetValue(path, out catalog))
                {
                    if (unreadableCatalogs.TryGetValue(path, out var known))
                    {
                        Unusable(known, file);
                        continue;
                    }
                    var loaded = CatalogLoader.Load(FileLinks.AsTheShellReadsIt(path));
                    if (loaded.Error is { } catalogError)
                    {
                        if (path == options.CatalogPath)
                            return ([], [], catalogError.In(path));
                        var named = setup.CatalogNamedBy is { } settings ? $" (the catalogPath of {settings})" : "";
                        // A catalogPath that names no file is the settings file's mistake: a report points there.
                        var atFault = Path.Exists(FileLinks.AsTheShellReadsIt(path)) ? path : setup.CatalogNamedBy;
                        var problem = new CheckProblem(catalogError.In(path) + named, atFault, atFault == path && !catalogError.OfTheFile ? catalogError.Line : null);
                        Unusable(unreadableCatalogs[path] = problem, file);
                        continue;
                    }
                    catalogs[path] = catalog = loaded.Catalog!;
                }
                contexts[setup] = context = new AnalysisContext(setup.Options, catalog);
            }
            byFile[file] = context;
        }
        return (byFile, [.. unusable.Select(pair => (pair.Key, pair.Value))], null);
    }

    /// <summary>
    /// The scripts of the folders a workspace file lists, each named relative to the current directory where it is inside
    /// it. A folder without scripts (documentation, a service) is no mistake in a workspace; folders that hold none at all,
    /// or one that is not there, are, as a folder named on the command line without scripts is.
    /// </summary>
    private static async Task<InputFiles> FoldersScriptsAsync(WorkspaceFile workspace, TextWriter notices, long maxFileBytes)
    {
        var inputs = await InputFiles.ReadAsync([.. workspace.Folders.Select(ScriptSetups.Shown)], null, notices, maxFileBytes, foldersMayHoldNone: true);
        return inputs is { Files: [], Errors: [] }
            ? inputs with { Errors = [$"no .sql files found in the folders of {workspace.Shown}"] }
            : inputs;
    }

    /// <summary>The first few paths, and how many more.</summary>
    private static string Listed(IReadOnlyList<string> paths) =>
        string.Join(", ", paths.Take(3)) + (paths.Count > 3 ? $" and {paths.Count - 3} more" : "");
}
