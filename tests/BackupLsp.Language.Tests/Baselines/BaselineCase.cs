using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// One diagnostic baseline: a .sql file whose first line may configure the analysis (see <see cref="BaselineOptions"/>).
/// </summary>
internal sealed record BaselineCase(string Name, string SqlPath, string Text, AnalysisContext Context)
{
    public static string DiagnosticsDirectory => Path.Combine(RepositoryPaths.TestProject, "Baselines", "Diagnostics");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(DiagnosticsDirectory, "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static IEnumerable<BaselineCase> All() => Names().Select(Load);

    public static BaselineCase Load(string name)
    {
        var path = Path.Combine(DiagnosticsDirectory, name + ".sql");
        var text = File.ReadAllText(path);
        return new BaselineCase(name, path, text, BaselineOptions.Apply(text, AnalysisContext.Default));
    }

    public override string ToString() => Name;
}
