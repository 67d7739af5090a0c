using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Cli;

/// <summary><c>backup-lsp check</c>: the same analysis the editor shows, for scripts and CI.</summary>
internal static class CheckCommand
{
    public const int NoErrors = 0;
    public const int ErrorsFound = 1;
    public const int UsageOrIoError = 2;

    public const string NoCatalogNote =
        "backup-lsp check: note: no catalog found, so repositories, databases, tables and partitions were not checked for existence "
        + $"(give one with --catalog FILE, or put {CatalogLoader.DefaultFileName} in the current directory)";

    /// <param name="stdin">Standard input; none where the caller closed it.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Stream? stdin, TextWriter stdout, TextWriter stderr)
    {
        if (CommandLine.AsksForHelp(args))
        {
            await stdout.WriteLineAsync(CheckOptions.Usage);
            return NoErrors;
        }
        var (options, error) = CheckOptions.Parse(args);
        if (options is null)
        {
            await stderr.WriteLineAsync($"backup-lsp check: {error}\n\n{CheckOptions.Usage}");
            return UsageOrIoError;
        }

        var catalogPath = options.CatalogPath ?? (File.Exists(CatalogLoader.DefaultFileName) ? CatalogLoader.DefaultFileName : null);
        StarRocksCatalog? catalog = null;
        if (catalogPath is not null)
        {
            var loaded = CatalogLoader.Load(FileLinks.AsTheShellReadsIt(catalogPath));
            if (loaded.Error is { } catalogError)
            {
                await stderr.WriteLineAsync($"backup-lsp check: {catalogError.In(catalogPath)}");
                return UsageOrIoError;
            }
            catalog = loaded.Catalog;
        }

        // What the check tells on standard error from here on is kept too, for a report that carries it (SARIF).
        var notices = new CheckNotices(stderr);
        var inputs = await InputFiles.ReadAsync(options.Paths, stdin, notices);
        if (inputs.Error is { } inputError)
        {
            await stderr.WriteLineAsync($"backup-lsp check: {inputError}");
            return UsageOrIoError;
        }

        // On stderr in every format, so that the JSON formats' standard output stays one JSON document.
        if (catalog is null)
            await notices.WriteLineAsync(NoCatalogNote);
        if (StarRocksVersion.OlderThanModelled(options.Version) is { } older)
            await notices.WriteLineAsync($"backup-lsp check: note: {older}.");

        var context = new AnalysisContext(AnalysisOptions.Default with { Version = options.Version, RuleLevels = options.RuleLevels }, catalog);
        var analyzer = new DocumentAnalyzer();
        DocumentAnalysis Analyze(string text) => analyzer.Analyze(text, context);
        var results = options.Fix
            ? await FileFixes.ApplyAsync(inputs.Files, Analyze, notices)
            : [.. inputs.Files.Select(file => (file.Path, Analyze(file.Text)))];
        var report = options.Format switch
        {
            OutputFormat.Json => CheckReport.Json(results),
            OutputFormat.GitHub => CheckReport.GitHub(results),
            OutputFormat.Sarif => SarifReport.Write(results, notices.Lines),
            OutputFormat.GitLab => GitLabReport.Write(results),
            _ => CheckReport.Text(results),
        };
        await stdout.WriteAsync(report);
        // Severities count down from Error (1) to Hint (4): "at or above" the level is "at most" its number. No level (off) fails nothing.
        return options.FailOn is { } failOn && results.Any(r => r.Analysis.Diagnostics.Any(d => d.Severity <= failOn)) ? ErrorsFound : NoErrors;
    }
}
