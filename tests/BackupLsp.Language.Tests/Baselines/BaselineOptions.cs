using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// A baseline's first line, when it configures the analysis: <c>-- options: catalog=demo.json version=3.3 severity:SRB204=off</c>
/// (<c>catalog=none</c> analyses without one). The diagnostic and the feature baselines read it alike.
/// </summary>
internal static class BaselineOptions
{
    private const string Header = "-- options:";

    private static string CatalogsDirectory => Path.Combine(RepositoryPaths.TestProject, "Baselines", "Catalogs");

    /// <summary><paramref name="context"/> changed by the options <paramref name="text"/> starts with, if any.</summary>
    public static AnalysisContext Apply(string text, AnalysisContext context)
    {
        var firstLine = text.Split('\r', '\n')[0];
        if (!firstLine.StartsWith(Header, StringComparison.Ordinal))
            return context;
        foreach (var option in firstLine[Header.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = option.Split('=', 2) switch
            {
                [var k, var v] => (k, v),
                _ => throw new FormatException($"Option `{option}` is not key=value."),
            };
            context = key switch
            {
                "catalog" => context with { Catalog = value == "none" ? null : LoadCatalog(value) },
                "version" => context with
                {
                    Options = context.Options with { Version = StarRocksVersion.TryParse(value, out var version) ? version : throw new FormatException($"Bad version `{value}`.") },
                },
                _ when key.StartsWith("severity:", StringComparison.Ordinal) && AnalysisOptions.TryParseLevel(value, out var level) => context with
                {
                    Options = context.Options with { RuleLevels = context.Options.RuleLevels.SetItem(key["severity:".Length..], level) },
                },
                _ => throw new FormatException($"Unknown option `{option}`."),
            };
        }
        return context;
    }

    private static StarRocksCatalog LoadCatalog(string fileName)
    {
        var result = CatalogLoader.Load(Path.Combine(CatalogsDirectory, fileName));
        return result.Catalog ?? throw new FormatException($"Catalog {fileName}: {result.Error}");
    }
}
