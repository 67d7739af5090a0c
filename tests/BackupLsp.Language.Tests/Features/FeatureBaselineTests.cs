using System.Text;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Tests.Baselines;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Features;

/// <summary>
/// Completion and hover baselines: each <c>Features/Baselines/{Completion,Hover}/*.sql</c> holds one <c>|</c> cursor
/// and is analysed against <see cref="FeatureTestInput.Catalog"/>, unless its first line says otherwise (see
/// <see cref="BaselineOptions"/>). The expected file repeats the input, then the result.
/// </summary>
public sealed class FeatureBaselineTests
{
    public static TheoryData<string> CompletionCases => Baseline.Cases("Completion");

    public static TheoryData<string> HoverCases => Baseline.Cases("Hover");

    public static TheoryData<string> ReferenceCases => Baseline.Cases("References");

    [Theory]
    [MemberData(nameof(CompletionCases))]
    public void Completion_matches_the_baseline(string file)
    {
        var path = Path.Combine(Baseline.FeatureFolder("Completion"), file);
        var (marked, analysis, offset) = Load(path);
        Baseline.Check(path, marked + Render(analysis, CompletionService.Complete(analysis, offset)));
    }

    [Theory]
    [MemberData(nameof(HoverCases))]
    public void Hover_matches_the_baseline(string file)
    {
        var path = Path.Combine(Baseline.FeatureFolder("Hover"), file);
        var (marked, analysis, offset) = Load(path);
        Baseline.Check(path, marked + Render(analysis, HoverService.Hover(analysis, offset)));
    }

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void References_match_the_baseline(string file)
    {
        var path = Path.Combine(Baseline.FeatureFolder("References"), file);
        var (marked, analysis, offset) = Load(path);
        Baseline.Check(path, marked + Render(analysis, References.Find(analysis, offset)));
    }

    [Fact]
    public void There_are_enough_cases()
    {
        Assert.True(CompletionCases.Count >= 25, $"only {CompletionCases.Count} completion baselines");
        Assert.True(HoverCases.Count >= 15, $"only {HoverCases.Count} hover baselines");
        Assert.True(ReferenceCases.Count >= 8, $"only {ReferenceCases.Count} reference baselines");
    }

    private static (string Marked, DocumentAnalysis Analysis, int Offset) Load(string path)
    {
        var marked = File.ReadAllText(path).ReplaceLineEndings("\n");
        var context = BaselineOptions.Apply(marked, FeatureTestInput.WithCatalog);
        var (analysis, offset) = FeatureTestInput.Parse(marked, context);
        return (marked.EndsWith('\n') ? marked : marked + "\n", analysis, offset);
    }

    private static string Render(DocumentAnalysis analysis, CompletionResult result)
    {
        if (result.Items.IsEmpty)
            return "== no completions ==\n";
        var spans = result.Items.Select(i => i.ReplaceSpan).Distinct().ToList();
        var count = result.Items.Length == 1 ? "1 completion" : $"{result.Items.Length} completions";
        var output = new StringBuilder(spans.Count == 1 ? $"== {count}, replacing {Describe(analysis, spans[0])} ==\n" : $"== {count} ==\n");
        var labelWidth = result.Items.Max(i => i.Label.Length);
        foreach (var item in result.Items.OrderBy(i => i.SortText, StringComparer.Ordinal))
        {
            output.Append($"{item.Kind,-16} {item.Label.PadRight(labelWidth)}  {item.Detail}\n");
            output.Append($"{"",17}{(item.IsSnippet ? "snippet" : "insert")} {Quote(item.InsertText)}{(item.ListFollows ? ", then its list" : "")}");
            if (spans.Count > 1)
                output.Append($", replacing {Describe(analysis, item.ReplaceSpan)}");
            output.Append('\n');
        }
        return output.ToString();
    }

    private static string Render(DocumentAnalysis analysis, HoverResult? hover) =>
        hover is null
            ? "== no hover ==\n"
            : $"== hover on {Describe(analysis, hover.Span)} ==\n-- markdown\n{hover.Markdown}\n-- plain text\n{hover.PlainText}\n";

    private static string Render(DocumentAnalysis analysis, ReferenceResult? result)
    {
        if (result is null)
            return "== no named object ==\n";
        var target = result.Object;
        var scope = target.Kind switch
        {
            NamedObjectKind.Snapshot => $" in repository {Quote(target.Scope ?? "")}",
            NamedObjectKind.Table => target.Scope is null ? " in the default database (none)" : $" in database {Quote(target.Scope)}",
            _ => "",
        };
        var output = new StringBuilder($"== {target.Kind.ToString().ToLowerInvariant()} {Quote(target.Name)}{scope}, named at {Describe(analysis, result.NameSpan)} ==\n");
        foreach (var reference in result.References)
            output.Append(Describe(analysis, reference.Span)).Append(reference.Declares ? "  declares\n" : reference.Renames ? "  renames\n" : "\n");
        return output.ToString();
    }

    /// <summary>A span as 1-based line:column bounds and its text.</summary>
    private static string Describe(DocumentAnalysis analysis, TextSpan span)
    {
        var start = analysis.Lines.GetPosition(span.Start);
        var end = analysis.Lines.GetPosition(span.End);
        return $"{start.Line + 1}:{start.Character + 1}-{end.Line + 1}:{end.Character + 1} {Quote(analysis.Text.ToString(span))}";
    }

    private static string Quote(string text) => "«" + text.Replace("\n", "\\n") + "»";
}
