using BackupLsp.Language.Analysis;
using BackupLsp.Language.Tests.Baselines;

namespace BackupLsp.Language.Tests.Robustness;

/// <summary>Typing a baseline file from its first character to its last never breaks the analysis.</summary>
public sealed class EveryPrefixTests
{
    private const int EveryPrefixBelow = 2048;
    private const int PrefixesOfLongFiles = 2048;

    public static TheoryData<string> Cases => [.. BaselineCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_prefix_is_analysed_soundly(string name)
    {
        var baseline = BaselineCase.Load(name);
        var text = baseline.Text;
        var stride = text.Length < EveryPrefixBelow ? 1 : text.Length / PrefixesOfLongFiles + 1;
        var analyzer = new DocumentAnalyzer();
        for (var length = 0; length <= text.Length; length += stride)
            AnalysisInvariants.AssertSound(analyzer, text[..length], baseline.Context);
        AnalysisInvariants.AssertSound(analyzer, text, baseline.Context);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_suffix_is_analysed_soundly(string name)
    {
        var baseline = BaselineCase.Load(name);
        var text = baseline.Text;
        var stride = text.Length < EveryPrefixBelow ? 1 : text.Length / PrefixesOfLongFiles + 1;
        var analyzer = new DocumentAnalyzer();
        for (var start = 0; start < text.Length; start += stride)
            AnalysisInvariants.AssertSound(analyzer, text[start..], baseline.Context);
    }
}
