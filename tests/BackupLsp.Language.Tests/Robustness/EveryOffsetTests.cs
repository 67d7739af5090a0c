using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Tests.Baselines;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Robustness;

/// <summary>
/// Every feature a cursor asks for answers at every position of every baseline file (the editor asks at positions no
/// unit test thought of), with spans inside the text and around the cursor.
/// </summary>
public sealed class EveryOffsetTests
{
    private const int EveryOffsetBelow = 2048;
    private const int OffsetsOfLongFiles = 2048;

    public static TheoryData<string> Cases => [.. BaselineCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_position_answers_within_the_text(string name)
    {
        var baseline = BaselineCase.Load(name);
        var text = baseline.Text;
        var analysis = new DocumentAnalyzer().Analyze(text, baseline.Context);
        var whole = new TextSpan(0, text.Length);
        var stride = text.Length < EveryOffsetBelow ? 1 : text.Length / OffsetsOfLongFiles + 1;
        for (var offset = 0; offset <= text.Length; offset += stride)
        {
            var at = $"{name} at {offset}";
            foreach (var item in CompletionService.Complete(analysis, offset).Items)
                Assert.True(item.ReplaceSpan.Start <= offset && offset <= item.ReplaceSpan.End && whole.Contains(item.ReplaceSpan),
                    $"completion {item.Label} replaces {item.ReplaceSpan}, {at}");
            if (HoverService.Hover(analysis, offset) is { } hover)
                Assert.True(hover.Span.Start <= offset && offset <= hover.Span.End && hover.Markdown.Length > 0, $"hover {hover.Span}, {at}");
            if (References.Find(analysis, offset) is { } found)
                Assert.All(found.References, r => Assert.True(whole.Contains(r.Span), $"reference {r.Span}, {at}"));
            if (Rename.Prepare(analysis, offset) is { Refusal: null } target)
            {
                Assert.True(target.Span.Start <= offset && offset <= target.Span.End, $"rename target {target.Span}, {at}");
                var plan = Rename.Plan(analysis, offset, "renamed_name");
                Assert.True(plan is { Refusal: null, Edits.IsEmpty: false }, $"rename offered but not planned, {at}");
                Assert.All(plan.Edits, e => Assert.True(whole.Contains(e.Span), $"rename edit {e.Span}, {at}"));
            }
            var ranges = SelectionRanges.At(analysis, offset);
            for (var i = 0; i < ranges.Length; i++)
                Assert.True(whole.Contains(ranges[i]) && (i == 0 || ranges[i].Contains(ranges[i - 1])), $"selection ranges {string.Join(", ", ranges)}, {at}");
        }
    }
}
