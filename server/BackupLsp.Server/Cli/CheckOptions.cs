using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;

namespace BackupLsp.Server.Cli;

internal enum OutputFormat
{
    Text,
    Json,
    /// <summary>GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request's lines.</summary>
    GitHub,
    /// <summary>One SARIF 2.1.0 log, which code scanning reads.</summary>
    Sarif,
    /// <summary>GitLab's code quality report, which a merge request shows.</summary>
    GitLab,
}

/// <summary>The parsed command line of <c>backup-lsp check</c>.</summary>
/// <param name="FailOn">The lowest severity that makes the check exit 1; null (<c>--fail-on off</c>) when none does.</param>
/// <param name="Fix">Apply the certain fixes to the files before reporting what is left (<c>--fix</c>).</param>
/// <param name="Diff">Print what <c>--fix</c> would write as a unified diff, and write nothing (<c>--diff</c>).</param>
/// <param name="RequireCatalog">A script for which no catalog is found is a usage problem rather than a note (<c>--require-catalog</c>).</param>
/// <param name="MinSeverity">The lowest severity reported (<c>--min-severity</c>); null for the format's default.</param>
/// <param name="SarifCategory">The SARIF run's <c>automationDetails.id</c> (<c>--sarif-category</c>); null to leave it out.</param>
/// <param name="MaxFileBytes">The largest script checked, in bytes (<c>--max-file-size</c>): a larger one is an input error.</param>
/// <param name="WorkspacePath">The VS Code workspace file whose settings and folders the check takes (<c>--workspace</c>); without paths, its folders are checked.</param>
internal sealed record CheckOptions(
    IReadOnlyList<string> Paths, string? CatalogPath, StarRocksVersion? Version, OutputFormat Format, ImmutableDictionary<string, RuleLevel> RuleLevels,
    DiagnosticSeverity? FailOn, bool Fix, bool Diff = false, bool RequireCatalog = false, DiagnosticSeverity? MinSeverity = null, string? SarifCategory = null,
    long MaxFileBytes = CheckOptions.DefaultMaxFileBytes, string? WorkspacePath = null)
{
    /// <summary>
    /// Real backup scripts are kilobytes. Checking takes many times a script's size in memory (its text, tokens, syntax
    /// tree and diagnostics): a 16 MiB one about 0.4 GB (0.65 GB for a JSON report), a 64 MiB one 2.3 GB (JSON). A file committed
    /// by mistake (a dump, a log) is refused at once rather than run a CI machine out of memory.
    /// </summary>
    public const long DefaultMaxFileBytes = 16 * 1024 * 1024;

    public const string Usage =
        """
        Usage: backup-lsp check [--catalog FILE] [--starrocks-version V] [--format text|json|github|sarif|gitlab]
                                [--rule RULE=LEVEL]... [--fail-on LEVEL] [--min-severity LEVEL] [--fix | --diff]
                                [--require-catalog] [--sarif-category ID] [--max-file-size SIZE]
                                [--workspace FILE.code-workspace] [--] PATH... | -

        Checks StarRocks backup and restore statements in .sql files (directories are searched for *.sql;
        - reads standard input). Without --catalog, each script is checked with the nearest starrocks-catalog.json
        in its folder or one above it (up to the repository's root), and with the starrocksBackup settings of the
        nearest .vscode/settings.json (its catalogPath, starrocksVersion and ruleSeverity; the command line's
        options override them). --workspace reads settings where VS Code does: a VS Code workspace file's,
        under those of each listed folder's own .vscode/settings.json (no other settings file is read; a
        script outside every listed folder has the workspace file's alone); its relative catalogPath, and
        starrocks-catalog.json where none is set, are in the listed folder that holds the script (else the first;
        where it lists no folder, only an absolute catalogPath names a catalog, as in the editor: a relative one
        is left out with a warning); without a PATH, the .sql files of the folders it lists are checked.
        --require-catalog fails (exit 2) where a script has no catalog.
        V is a release such as 3.3 (its latest patch) or 3.3.5; a major alone (3) names none.
        --rule sets a rule's level as the editor setting starrocksBackup.ruleSeverity does
        (RULE a code such as SRB700 or a name such as concurrent-jobs; LEVEL off, hint, information, warning
        or error). Exit code: 0 no errors, 1 errors found, 2 usage or I/O problem; --fail-on warning (or
        information, or hint) exits 1 on diagnostics of that severity or above too (default: error), and
        --fail-on off never exits 1, whatever is reported. --min-severity warning (or error, information,
        hint) leaves out what is below it, from the report and from --fail-on alike (default: hint; in the
        github format information, so that hints make no annotations). A LEVEL may be written in any case.
        --fix first applies the fixes that are the one right edit (as the editor's Fix All does) to the files
        in place, lists them, then reports what is left; --fix - writes the fixed standard input to standard
        output and the report to standard error. --diff prints what --fix would change as a unified diff,
        writes nothing, and exits 1 where it would change something. --sarif-category gives the SARIF run a
        category (automationDetails.id; none by default, so that upload-sarif's category applies; --format sarif only).
        --max-file-size SIZE (bytes, or with a K, M or G suffix: 1024, 1024² or 1024³ bytes; default 16M) is the
        largest script checked: a larger one, as standard input too, is reported as not checked (exit 2). After --,
        every word is a path, even one that starts with a dash.
        """;

    /// <summary>The options <see cref="Parse"/> reads (the command line says "an option of check" for them, and suggests them).</summary>
    public static readonly IReadOnlyList<string> OptionNames =
        ["--catalog", "--starrocks-version", "--format", "--rule", "--fail-on", "--min-severity", "--fix", "--diff", "--require-catalog", "--sarif-category", FileSizeLimit.Option, "--workspace"];

    /// <summary>The output formats by the names <c>--format</c> takes, in any case, in the order the usage lists them.</summary>
    private static readonly OrderedDictionary<string, OutputFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = OutputFormat.Text,
        ["json"] = OutputFormat.Json,
        ["github"] = OutputFormat.GitHub,
        ["sarif"] = OutputFormat.Sarif,
        ["gitlab"] = OutputFormat.GitLab,
    };

    /// <summary>The options that take a value: all but the switches.</summary>
    private static readonly string[] ValueOptions = [.. OptionNames.Where(name => name is not ("--fix" or "--diff" or "--require-catalog"))];

    /// <summary>The options, or an error message for the user.</summary>
    public static (CheckOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        string? catalog = null;
        StarRocksVersion? version = null;
        var format = OutputFormat.Text;
        DiagnosticSeverity? failOn = DiagnosticSeverity.Error;
        var (fix, diff, requireCatalog) = (false, false, false);
        DiagnosticSeverity? minSeverity = null;
        string? sarifCategory = null;
        string? workspace = null;
        var maxFileBytes = DefaultMaxFileBytes;
        var levels = ImmutableDictionary.CreateBuilder<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            // An option's value is the next word, unless that is another option (`--catalog --format json` lacks the file),
            // or what follows its `=`.
            var (arg, inline) = CommandLine.SplitValue(args[i], ValueOptions);
            string? Value() => inline ?? CommandLine.NextValue(args, ref i);
            switch (arg)
            {
                case "--":
                    // Everything after it is a path, even one that starts with a dash.
                    foreach (var path in args.Skip(i + 1))
                    {
                        if (path.Length == 0)
                            return (null, "an empty path names no file or directory");
                        paths.Add(path);
                    }
                    i = args.Count;
                    break;
                case "--catalog":
                    catalog = Value();
                    if (string.IsNullOrEmpty(catalog))
                        return (null, "--catalog needs a file path");
                    break;
                case "--starrocks-version":
                    var given = Value();
                    if (!StarRocksVersion.TryParse(given, out var parsed))
                        return (null, string.IsNullOrWhiteSpace(given) ? "--starrocks-version needs a version such as 3.3"
                            : StarRocksVersion.IsMajorOnly(given) ? $"--starrocks-version: '{given}' {StarRocksVersion.MajorOnlyProblem}"
                            : $"--starrocks-version: '{given}' is not a version such as 3.3 (or 3.3.5, v3.3, 3.3.5-6d0e4a4)");
                    version = parsed;
                    break;
                case "--format":
                    if (Value() is not { } name || !Formats.TryGetValue(name, out format))
                        return (null, $"--format must be {string.Join(", ", Formats.Keys.SkipLast(1))} or {Formats.Keys.Last()}");
                    break;
                case "--fail-on":
                    // The levels of --rule and of the editor's rule severities; off: no diagnostic fails the check.
                    if (!AnalysisOptions.TryParseLevel(Value(), out var failLevel))
                        return (null, "--fail-on must be error, warning, information, hint or off");
                    failOn = AnalysisOptions.SeverityOf(failLevel);
                    break;
                case "--min-severity":
                    if (!AnalysisOptions.TryParseLevel(Value(), out var minLevel) || minLevel == RuleLevel.Off)
                        return (null, "--min-severity must be error, warning, information or hint");
                    minSeverity = AnalysisOptions.SeverityOf(minLevel);
                    break;
                case "--rule":
                    var (rule, level, ruleError) = ParseRule(Value());
                    if (ruleError is not null)
                        return (null, ruleError);
                    levels[rule!] = level;
                    break;
                case "--fix":
                    fix = true;
                    break;
                case "--diff":
                    diff = true;
                    break;
                case "--require-catalog":
                    requireCatalog = true;
                    break;
                case "--sarif-category":
                    sarifCategory = Value();
                    if (string.IsNullOrWhiteSpace(sarifCategory))
                        return (null, "--sarif-category needs a category such as backup-lsp/");
                    break;
                case "--workspace":
                    workspace = Value();
                    if (string.IsNullOrEmpty(workspace))
                        return (null, "--workspace needs a .code-workspace file");
                    break;
                case FileSizeLimit.Option:
                    if (!FileSizeLimit.TryParse(Value(), out maxFileBytes))
                        return (null, FileSizeLimit.Problem);
                    break;
                case "-":
                    paths.Add(arg);
                    break;
                default:
                    if (arg.StartsWith('-'))
                        return (null, EditDistance.Suggest(arg, OptionNames, caseMatters: true) is { } meant ? $"unknown option {arg} (did you mean {meant}?)" : $"unknown option {arg}");
                    if (arg.Length == 0)
                        return (null, "an empty path names no file or directory");
                    paths.Add(arg);
                    break;
            }
        }
        // A workspace file's folders are the input where no path is given.
        if (paths.Count == 0 && workspace is null)
            return (null, "no input: give one or more files or directories, - for standard input, or --workspace FILE");
        // Standard output takes the fixed text, and only where it is the one input: as an editor's fixer pipes a buffer.
        if (fix && !diff && paths.Contains("-") && paths.Count > 1)
            return (null, "--fix - writes the fixed standard input to standard output: it takes no other path");
        // Standard output is the diff's.
        if (diff && format != OutputFormat.Text)
            return (null, "--diff prints a diff: it takes no --format");
        // Another format has no run to name: the category would be lost without a word.
        if (sarifCategory is not null && format != OutputFormat.Sarif)
            return (null, "--sarif-category names a SARIF run: it needs --format sarif");
        return (new CheckOptions(paths, catalog, version, format, levels.ToImmutable(), failOn, fix && !diff, diff, requireCatalog, minSeverity, sarifCategory, maxFileBytes, workspace), null);
    }

    /// <summary><c>SRB700=off</c>: a rule whose level can be configured, and a level; or why not.</summary>
    private static (string? Rule, RuleLevel Level, string? Error) ParseRule(string? value)
    {
        var equals = value?.IndexOf('=') ?? -1;
        if (equals <= 0)
            return (null, default, "--rule needs RULE=LEVEL: a rule code or name, and off, hint, information, warning or error");
        var rule = value![..equals].Trim();
        if (StatementRules.WhyNotConfigurable(rule) is { } problem)
            return (null, default, $"--rule {value}: {problem}");
        // Keyed by code, so that the last --rule given for a rule wins whether it names the rule by code or by name.
        var code = StatementRules.Find(rule)!.Code;
        return AnalysisOptions.TryParseLevel(value[(equals + 1)..].Trim(), out var level)
            ? (code, level, null)
            : (null, default, $"--rule {value}: the level must be off, hint, information, warning or error");
    }
}
