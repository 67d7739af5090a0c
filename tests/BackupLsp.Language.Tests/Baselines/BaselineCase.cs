using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// One baseline: a .sql file whose first line may configure the analysis, as in
/// <c>-- options: catalog=demo.json version=3.3 severity:SRB204=off</c>.
/// </summary>
internal sealed record BaselineCase(string Name, string SqlPath, string Text, AnalysisContext Context)
{
    private const string OptionsHeader = "-- options:";

    public static string DiagnosticsDirectory => Path.Combine(RepositoryPaths.TestProject, "Baselines", "Diagnostics");

    private static string CatalogsDirectory => Path.Combine(RepositoryPaths.TestProject, "Baselines", "Catalogs");

    public string ExpectedPath => Path.ChangeExtension(SqlPath, ".expected.txt");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(DiagnosticsDirectory, "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static IEnumerable<BaselineCase> All() => Names().Select(Load);

    public static BaselineCase Load(string name)
    {
        var path = Path.Combine(DiagnosticsDirectory, name + ".sql");
        var text = File.ReadAllText(path);
        return new BaselineCase(name, path, text, ContextFor(text));
    }

    private static AnalysisContext ContextFor(string text)
    {
        var firstLine = text.Split('\r', '\n')[0];
        if (!firstLine.StartsWith(OptionsHeader, StringComparison.Ordinal))
            return AnalysisContext.Default;
        var options = AnalysisOptions.Default;
        StarRocksCatalog? catalog = null;
        foreach (var option in firstLine[OptionsHeader.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = option.Split('=', 2) switch
            {
                [var k, var v] => (k, v),
                _ => throw new FormatException($"Option `{option}` is not key=value."),
            };
            if (key == "catalog")
                catalog = LoadCatalog(value);
            else if (key == "version")
                options = options with { Version = StarRocksVersion.TryParse(value, out var version) ? version : throw new FormatException($"Bad version `{value}`.") };
            else if (key.StartsWith("severity:", StringComparison.Ordinal) && AnalysisOptions.TryParseLevel(value, out var level))
                options = options with { RuleLevels = options.RuleLevels.SetItem(key["severity:".Length..], level) };
            else
                throw new FormatException($"Unknown option `{option}`.");
        }
        return new AnalysisContext(options, catalog);
    }

    private static StarRocksCatalog LoadCatalog(string fileName)
    {
        var result = CatalogLoader.Load(Path.Combine(CatalogsDirectory, fileName));
        return result.Catalog ?? throw new FormatException($"Catalog {fileName}: {result.Error}");
    }

    public override string ToString() => Name;
}
