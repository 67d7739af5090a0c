using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>How completion, quick fixes and rename write a name: bare only where StarRocks reads it back as that name.</summary>
public sealed class NameTextTests
{
    [Theory]
    [InlineData("orders", "orders")]
    [InlineData("2024_snap", "2024_snap")]
    [InlineData("1e5x", "1e5x")]
    [InlineData("20240101", "`20240101`")] // a number
    [InlineData("1e5", "`1e5`")] // a number in exponent form
    [InlineData("$$x", "`$$x`")] // a name only while no $$ follows it in the script
    [InlineData("order", "`order`")] // reserved
    [InlineData("my-table", "`my-table`")]
    [InlineData("a`b", "`a``b`")]
    [InlineData("", "``")]
    public void A_name_is_written_bare_only_when_it_reads_back_as_itself(string name, string written) =>
        Assert.Equal(written, NameText.ToSql(name));
}
