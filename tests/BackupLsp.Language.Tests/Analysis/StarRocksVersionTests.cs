using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class StarRocksVersionTests
{
    [Theory]
    [InlineData("3.3", 3, 3, StarRocksVersion.LatestPatch)] // a release without its patch: its latest
    [InlineData("3.4.1", 3, 4, 1)]
    [InlineData(" v2.5 ", 2, 5, StarRocksVersion.LatestPatch)]
    [InlineData("V3.10", 3, 10, StarRocksVersion.LatestPatch)]
    [InlineData("3.3.5-6d0e4a4", 3, 3, 5)] // as SELECT current_version() reports it
    [InlineData("3.4.0-rc01", 3, 4, 0)]
    [InlineData("3.3+build7", 3, 3, StarRocksVersion.LatestPatch)]
    public void Versions_parse(string text, int major, int minor, int patch)
    {
        Assert.True(StarRocksVersion.TryParse(text, out var version));
        Assert.Equal(new StarRocksVersion(major, minor, patch), version);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("latest")]
    [InlineData("3.x")]
    [InlineData("3.4.1.2")]
    [InlineData("3.4.beta")]
    [InlineData("-1")]
    [InlineData("3.-3")]
    [InlineData("+3.3")]
    [InlineData("-rc1")]
    public void Garbage_is_rejected(string? text) =>
        Assert.False(StarRocksVersion.TryParse(text, out _) || StarRocksVersion.IsMajorOnly(text));

    [Theory]
    [InlineData("3")]
    [InlineData(" v4 ")]
    [InlineData("3-rc01")]
    public void A_major_alone_names_no_release_and_is_refused_as_one(string text)
    {
        Assert.False(StarRocksVersion.TryParse(text, out _));
        Assert.True(StarRocksVersion.IsMajorOnly(text));
    }

    [Fact]
    public void Versions_compare_numerically()
    {
        Assert.True(new StarRocksVersion(3, 10) > StarRocksVersion.V3_4);
        Assert.True(new StarRocksVersion(3, 3) < StarRocksVersion.V3_4);
        Assert.True(StarRocksVersion.V3_4 >= new StarRocksVersion(3, 4));
        Assert.True(new StarRocksVersion(2, 5) <= new StarRocksVersion(3, 0));
        Assert.Equal("3.4", StarRocksVersion.V3_4.ToString());
        // A gate's version is the release's first patch; one configured without a patch is the release's latest.
        Assert.True(StarRocksVersion.TryParse("3.4.1", out var patched) && patched >= StarRocksVersion.V3_4 && patched < new StarRocksVersion(3, 4, 2));
        Assert.True(StarRocksVersion.TryParse("3.3", out var release) && release > new StarRocksVersion(3, 3, 13) && release < StarRocksVersion.V3_4);
        Assert.Equal("3.4.1", patched.ToString());
        Assert.Equal("3.3", release.ToString());
    }

    [Fact]
    public void A_first_patch_written_out_is_named_with_it_and_equals_the_gate()
    {
        Assert.True(StarRocksVersion.TryParse("3.4.0", out var firstPatch));
        Assert.Equal("3.4.0", firstPatch.ToString());
        Assert.Equal(StarRocksVersion.V3_4, firstPatch);
        Assert.Equal(StarRocksVersion.V3_4.GetHashCode(), firstPatch.GetHashCode());
        Assert.True(StarRocksVersion.TryParse("3.4.0-rc01", out var candidate) && candidate.ToString() == "3.4.0");
    }
}
