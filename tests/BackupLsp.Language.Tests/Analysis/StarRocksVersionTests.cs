using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class StarRocksVersionTests
{
    [Theory]
    [InlineData("3.3", 3, 3)]
    [InlineData("3", 3, 0)]
    [InlineData("3.4.1", 3, 4)]
    [InlineData(" v2.5 ", 2, 5)]
    [InlineData("V3.10", 3, 10)]
    [InlineData("3.3.5-6d0e4a4", 3, 3)] // as SELECT current_version() reports it
    [InlineData("3.4.0-rc01", 3, 4)]
    [InlineData("3.3+build7", 3, 3)]
    public void Versions_parse(string text, int major, int minor)
    {
        Assert.True(StarRocksVersion.TryParse(text, out var version));
        Assert.Equal(new StarRocksVersion(major, minor), version);
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
        Assert.False(StarRocksVersion.TryParse(text, out _));

    [Fact]
    public void Versions_compare_numerically()
    {
        Assert.True(new StarRocksVersion(3, 10) > StarRocksVersion.V3_4);
        Assert.True(new StarRocksVersion(3, 3) < StarRocksVersion.V3_4);
        Assert.True(StarRocksVersion.V3_4 >= new StarRocksVersion(3, 4));
        Assert.True(new StarRocksVersion(2, 5) <= new StarRocksVersion(3, 0));
        Assert.Equal("3.4", StarRocksVersion.V3_4.ToString());
    }
}
