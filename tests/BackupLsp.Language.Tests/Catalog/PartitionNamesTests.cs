using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Tests.Catalog;

public sealed class PartitionNamesTests
{
    [Fact]
    public void Names_keep_their_order_and_are_found_in_any_case()
    {
        PartitionNames names = ["p2", "P1"];
        Assert.True(names.Contains("p1"));
        Assert.Equal(1, names.IndexOf("p1"));
        var added = names.Add("p0");
        Assert.Equal(["p2", "P1", "p0"], added.ToArray());
        Assert.True(added.Contains("p1"));
        Assert.Equal(1, added.IndexOf("p1"));
        Assert.Equal(-1, added.IndexOf("p3"));
        // The names before the ADD stay as they were: each session keeps its own.
        Assert.Equal(["p2", "P1"], names.ToArray());
        Assert.False(names.Contains("P0"));
    }

    [Fact]
    public void A_name_stays_found_while_another_of_it_in_another_case_remains()
    {
        PartitionNames names = ["p1", "P1", "p2"];
        var renamed = names.SetItem(0, "p0");
        Assert.Equal(["p0", "P1", "p2"], renamed.ToArray());
        Assert.True(renamed.Contains("p1"));
        Assert.Equal(1, renamed.IndexOf("p1"));
        Assert.Equal(0, renamed.SetItem(1, "p0").IndexOf("P0"));
        Assert.False(renamed.SetItem(1, "p3").Contains("p1"));
    }

    [Fact]
    public void Every_partition_of_a_removed_name_goes_in_any_case_and_the_others_keep_their_order()
    {
        PartitionNames names = ["p1", "p2", "P1", "p3"];
        var kept = names.RemoveAll(["P1", "p3", "p9"]);
        Assert.Equal(["p2"], kept.ToArray());
        Assert.False(kept.Contains("p1"));
        var again = kept.Add("p1").Add("p4").SetItem(0, "p0");
        Assert.Equal(["p0", "p1", "p4"], again.ToArray());
        Assert.Equal(["p0", "p4"], again.RemoveAll(["p1"]).ToArray());
        Assert.Equal(1, again.RemoveAll(["p1"]).IndexOf("P4"));
        Assert.Equal(["p2", "p5", "p6"], kept.AddRange(["p5", "p6"]).ToArray());
    }

    [Fact]
    public void A_renamed_name_is_found_under_its_new_name_only()
    {
        PartitionNames names = ["p1", "p2"];
        var renamed = names.SetItem(0, "p9");
        Assert.Equal(["p9", "p2"], renamed.ToArray());
        Assert.False(renamed.Contains("P1"));
        Assert.True(renamed.Contains("P9"));
    }

    [Fact]
    public void Names_a_change_leaves_as_they_were_are_the_same_names()
    {
        PartitionNames names = ["p1", "p2"], alike = ["p1", "p2"];
        // As ImmutableArrays were, so that a session state that changes nothing is the one before it.
        Assert.True(names == names.RemoveAll(["p3"]));
        Assert.True(names == names.AddRange([]));
        Assert.False(names == names.Add("p3"));
        Assert.False(names == alike);
        var added = names.Add("p3");
        Assert.True(added == added.RemoveAll(["p4"]));
    }

    [Fact]
    public void Changes_to_names_read_answer_as_a_list_would_before_and_after_the_names_are_indexed()
    {
        // Lookups go through the names read until there have been enough of them to index those names: the answers must
        // not change at that point, with names in two cases, read ones dropped or renamed, and added ones among them.
        var random = new Random(47);
        string[] read = [.. Enumerable.Range(0, 40).Select(i => i % 5 == 0 ? $"P{i / 2}" : $"p{i / 2}")];
        var original = PartitionNames.Create(read);
        var (names, expected) = (original, read.ToList());
        for (var step = 0; step < 400; step++)
        {
            var name = $"{(random.Next(2) == 0 ? 'p' : 'P')}{random.Next(30)}";
            switch (random.Next(3))
            {
                case 0 when !names.Contains(name):
                    (names, expected) = (names.Add(name), [.. expected, name]);
                    break;
                case 1:
                    names = names.RemoveAll([name]);
                    expected.RemoveAll(kept => kept.Equals(name, StringComparison.OrdinalIgnoreCase));
                    break;
                case 2 when names.IndexOf(name) is var at and >= 0:
                    var renamed = $"r{step}";
                    (names, expected[at]) = (names.SetItem(at, renamed), renamed);
                    break;
            }
            Assert.Equal(expected, names.ToArray());
            Assert.Equal(expected.Count, names.Count);
            Assert.Equal(expected, Enumerable.Range(0, names.Count).Select(i => names[i]));
            Assert.Equal(expected.FindIndex(kept => kept.Equals(name, StringComparison.OrdinalIgnoreCase)), names.IndexOf(name));
        }
        // The names read are as they were, whatever was made of them.
        Assert.Equal(read, original.ToArray());
    }
}
