using BackupLsp.Language.Features;
using BackupLsp.Server.Handlers.SemanticTokens;

namespace BackupLsp.Server.Tests;

public sealed class SemanticTokenLegendTests
{
    [Fact]
    public void Every_role_has_a_type_of_the_legend_and_every_type_of_the_legend_serves_a_role()
    {
        var types = Enum.GetValues<SemanticRole>().Select(SemanticTokenLegend.TypeOf).ToHashSet();

        Assert.DoesNotContain(-1, types);
        Assert.Equal(Enumerable.Range(0, SemanticTokenLegend.Legend.TokenTypes.Length), types.Order());
    }
}
