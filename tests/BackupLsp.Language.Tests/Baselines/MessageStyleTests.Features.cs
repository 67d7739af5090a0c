using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Tests.Features;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// What the other features tell a user names things as the diagnostics do: hover's plain text (for clients without
/// Markdown), completion items' details and inlay hints' tooltips, over the hover and completion baseline cases.
/// </summary>
public sealed partial class MessageStyleTests
{
    private static readonly Lazy<List<(string Case, DocumentAnalysis Analysis, int Offset)>> FeatureCases = new(() =>
        [.. new[] { "Hover", "Completion" }.SelectMany(feature => Directory.GetFiles(Baseline.FeatureFolder(feature), "*.sql")).Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var marked = File.ReadAllText(path).ReplaceLineEndings("\n");
                var (analysis, offset) = FeatureTestInput.Parse(marked, BaselineOptions.Apply(marked, FeatureTestInput.WithCatalog));
                return (Path.GetFileName(path), analysis, offset);
            })]);

    [Fact]
    public void Hover_plain_texts_name_things_as_the_messages_do()
    {
        var bare = FeatureCases.Value.Select(c => (c.Case, Text: HoverService.Hover(c.Analysis, c.Offset)?.PlainText))
            .SelectMany(c => (c.Text ?? "").Split('\n').Where(line => BarePlainTextName().IsMatch(line)).Select(line => $"{c.Case}: {line}")).ToList();
        Assert.True(bare.Count == 0, string.Join("\n", bare));
    }

    [Fact]
    public void Completion_details_name_things_as_the_messages_do()
    {
        var bare = FeatureCases.Value.SelectMany(c => CompletionService.Complete(c.Analysis, c.Offset).Items
            .Where(item => item.Detail is { } detail && BareDetailName().IsMatch(detail)).Select(item => $"{c.Case}: {item.Label}: {item.Detail}")).ToList();
        Assert.True(bare.Count == 0, string.Join("\n", bare));
    }

    [Fact]
    public void Inlay_hint_tooltips_name_databases_and_catalogs_in_single_quotes()
    {
        var bare = FeatureCases.Value.Select(c => c.Analysis).Concat(BaselineCase.All().Select(c => new DocumentAnalyzer().Analyze(c.Text, c.Context)))
            .SelectMany(analysis => InlayHints.In(analysis, new TextSpan(0, analysis.Text.Length)))
            .Where(hint => BareTooltipName().IsMatch(hint.Tooltip)).Select(hint => hint.Tooltip).ToList();
        Assert.True(bare.Count == 0, string.Join("\n", bare));
    }

    /// <summary>
    /// A title, fact or sentence of hover's plain text that names an object otherwise than in single quotes, a snapshot
    /// otherwise than in backticks, a repository otherwise than in brackets, or a key or quoted string otherwise than in
    /// double quotes.
    /// </summary>
    [GeneratedRegex("""^(?:(?:Database|Table|View|Materialized view|Function|Partition(?! or table)|Temporary partition|Partition or table|New name|Catalog|External catalog|Broker) (?!'|\(empty\))|Snapshot (?!`|\(empty\)|timestamp )|Repository (?!\[|\(empty\))|(?:Property|Storage property|Snapshot timestamp|Location) (?!"|\(empty\))|- (?:Tables?|Views|Materialized views|Functions|Partitions|Temporary partitions[^:]*|Partitions in the snapshot|Tables in it|Functions in it|Partition): (?!'|none\b|yes, of '|not |a view in '|a materialized view in ')|- Repository: (?!\[)|- (?:Location|Timestamps): (?!"|unknown)|- (?:Snapshots|Taken by this script): (?!`|none))|\b(?:[Rr]enamed (?:to|from)|[Ss]wapped with|that was|partitions? of|in catalog|external catalog|backup of|timestamp for|catalog lists|script takes|brings|reads|read|did you mean|accepts) (?=[\w.]+(?:[ ,.:;)]|$))(?![\w.]+://)(?!(?:the|a|an|as|and|it|this|one|its|default_catalog|StarRocks|BACKUP|RESTORE|ON|[A-Z]+)\b|\d)""")]
    private static partial Regex BarePlainTextName();

    /// <summary>A completion detail naming an object, snapshot or repository bare after the words that introduce it.</summary>
    [GeneratedRegex("""(?:\bin|\bpartition of|\brenamed from|\bswapped with|\bholds|\ba backup of) (?!['`\[]|the\b|a\b|an\b)|^\w+, the default$""")]
    private static partial Regex BareDetailName();

    /// <summary>A database or catalog an inlay hint's tooltip names bare.</summary>
    [GeneratedRegex(@"\b(?:works in|database is|of catalog) (?!')")]
    private static partial Regex BareTooltipName();
}
