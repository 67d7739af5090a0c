using System.Collections.Immutable;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class NameCandidatesTests
{
    private static ImmutableSortedDictionary<string, int> Map(params string[] names) =>
        names.ToImmutableSortedDictionary(n => n, _ => 0, StringComparer.Ordinal);

    /// <summary>A map grown one name at a time, as a script's CREATE TABLEs grow a database's tables: every version.</summary>
    private static List<ImmutableSortedDictionary<string, int>> Versions(ImmutableSortedDictionary<string, int> map, IEnumerable<string> added)
    {
        var versions = new List<ImmutableSortedDictionary<string, int>> { map };
        foreach (var name in added)
        {
            var grown = versions[^1].Add(name, 0);
            NameCandidates.Grown(versions[^1], grown, name);
            versions.Add(grown);
        }
        return versions;
    }

    [Fact]
    public void A_maps_candidates_are_made_once_and_a_new_version_of_it_has_its_own()
    {
        var tables = Map("orders", "customers");
        var first = NameCandidates.Of(tables);
        Assert.Same(first, NameCandidates.Of(tables));
        var grown = tables.Add("order_items", 0);
        Assert.NotSame(first, NameCandidates.Of(grown));
        Assert.Equal("order_items", EditDistance.Suggest("order_item", NameCandidates.Of(grown)));
        Assert.Equal("orders", EditDistance.Suggest("order", NameCandidates.Of(tables)));
    }

    [Fact]
    public void Each_version_of_a_grown_map_suggests_what_its_names_made_afresh_suggest()
    {
        // Far more names than are ever linked before being gathered into one array.
        var versions = Versions(Map("orders", "customers", "table_050x"), Enumerable.Range(0, 100).Select(i => $"table_{i:000}"));
        string[] words = ["ordrs", "customer", "tabel_007", "table_07", "table_050", "table_99", "table_0500", "xyz"];
        for (var k = 0; k < versions.Count; k++)
            foreach (var word in words)
                Assert.Equal(EditDistance.Suggest(word, versions[k].Keys), EditDistance.Suggest(word, NameCandidates.Of(versions[k])));
        Assert.Equal("table_007", EditDistance.Suggest("tabel_007", NameCandidates.Of(versions[8])));
        Assert.NotEqual("table_007", EditDistance.Suggest("tabel_007", NameCandidates.Of(versions[7])));
    }

    [Fact]
    public void Of_two_names_as_near_the_first_in_ordinal_order_is_suggested_whichever_was_added_first()
    {
        var versions = Versions(Map("tab_b"), ["tab_a"]);
        Assert.Equal("tab_a", EditDistance.Suggest("tab_c", NameCandidates.Of(versions[1])));
        Assert.Equal("tab_a", EditDistance.Suggest("tab_c", ["tab_b", "tab_a"]));
    }
}
