using BackupLsp.Language.Analysis;
using CsCheck;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class EditDistanceTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abAB_1"], 0, 9];

    [Fact]
    public void A_limited_distance_is_exact_up_to_the_limit_and_above_it_past_the_limit() =>
        Gen.Select(Word, Word, Gen.Int[0, 4], Gen.Bool).Sample((a, b, limit, ignoreCase) =>
        {
            var exact = EditDistance.Between(a, b, ignoreCase);
            var limited = EditDistance.Between(a, b, ignoreCase, limit);
            Assert.True(exact <= limit ? limited == exact : limited > limit, $"{a} / {b}: {exact}, limited to {limit}: {limited}");
        }, iter: 20_000);

    /// <summary>The definition, cell by cell: optimal string alignment over characters compared in invariant upper case.</summary>
    private static int Reference(string a, string b, bool ignoreCase)
    {
        bool Same(char x, char y) => x == y || (ignoreCase && char.ToUpperInvariant(x) == char.ToUpperInvariant(y));
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (Same(a[i - 1], b[j - 1]) ? 0 : 1));
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [Fact]
    public void The_distance_is_the_definitions_in_either_case_mode_also_for_letters_outside_ascii() =>
        // The micro sign and Greek mu are one letter in upper case (Greek capital Mu), not in lower case.
        Gen.Select(Gen.String[Gen.Char["abAB_1éÉÿŸµμΜ"], 0, 10], Gen.String[Gen.Char["abAB_1éÉÿŸµμΜ"], 0, 10], Gen.Bool)
            .Sample((a, b, ignoreCase) => Assert.Equal(Reference(a, b, ignoreCase), EditDistance.Between(a, b, ignoreCase)), iter: 20_000);

    [Fact]
    public void Near_means_within_the_candidates_tolerance() =>
        Gen.Select(Gen.String[Gen.Char["abAB_1éÉ-"], 0, 12], Gen.String[Gen.Char["abAB_1éÉ-"], 0, 12], Gen.Bool).Sample((word, candidate, ignoreCase) =>
            Assert.Equal(EditDistance.Between(word, candidate, ignoreCase) <= EditDistance.Tolerance(candidate.Length),
                EditDistance.IsNear(word, candidate, ignoreCase)), iter: 20_000);

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("timout", "timeout", 1)]
    [InlineData("Orders", "orders", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void The_distance_counts_substitutions_insertions_deletions_and_adjacent_transpositions(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b, ignoreCase: false));

    [Theory]
    [InlineData("orders", new[] { "ordres", "Orders" }, true, "Orders")]    // case-sensitive names: a case difference first
    [InlineData("orders", new[] { "ordres", "Orders" }, false, "ordres")]   // otherwise a name equal but for case is no typo
    [InlineData("exampel_tbl2", new[] { "example_tbl", "example_tbl2" }, false, "example_tbl2")]
    [InlineData("t1", new[] { "t2" }, false, null)]                          // too short to guess
    [InlineData("T1", new[] { "t2", "t1" }, true, "t1")]
    [InlineData("orders_of_the_previous_financial_year_by_region_and_sales_channel_v2",
        new[] { "ORDERS_OF_THE_PREVIOUS_FINANCIAL_YEAR_BY_REGION_AND_SALES_CHANNEL_V2" }, true,
        "ORDERS_OF_THE_PREVIOUS_FINANCIAL_YEAR_BY_REGION_AND_SALES_CHANNEL_V2")]  // longer than the distance reads
    public void Suggest_picks_the_nearest_name(string word, string[] candidates, bool caseMatters, string? expected) =>
        Assert.Equal(expected, EditDistance.Suggest(word, candidates, caseMatters: caseMatters));
}
