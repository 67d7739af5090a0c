using System.Collections.Immutable;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>The candidates kept are shared by every analysis: these tests run alone, so that no other test's maps push theirs out.</summary>
[CollectionDefinition(nameof(NameCandidatesTests), DisableParallelization = true)]
[Collection(nameof(NameCandidatesTests))]
public sealed class NameCandidatesTests
{
    private static ImmutableSortedDictionary<string, int> Map(params string[] names) =>
        names.ToImmutableSortedDictionary(n => n, _ => 0, StringComparer.Ordinal);

    [Fact]
    public void A_maps_candidates_are_made_once_while_it_is_among_the_last_few_asked_for()
    {
        var tables = Map("orders", "customers");
        var first = NameCandidates.Of(tables);
        Assert.Same(first, NameCandidates.Of(tables));
        // A new version of the map (a CREATE TABLE in the script) has its own candidates, with the new name.
        var grown = tables.Add("order_items", 0);
        Assert.NotSame(first, NameCandidates.Of(grown));
        Assert.Equal("order_items", EditDistance.Suggest("order_item", NameCandidates.Of(grown)));
        Assert.Equal("orders", EditDistance.Suggest("order", NameCandidates.Of(tables)));
    }

    [Fact]
    public void Maps_asked_for_less_recently_than_the_last_few_are_let_go()
    {
        var tables = Map("orders");
        var first = NameCandidates.Of(tables);
        for (var i = 0; i < 8; i++)
            NameCandidates.Of(Map($"other_{i}"));
        var again = NameCandidates.Of(tables);
        Assert.NotSame(first, again);
        Assert.Equal("orders", EditDistance.Suggest("ordres", again));
    }
}
