using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

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
        Assert.Equal(written, NameText.ToSql(name, null));

    [Theory]
    // Reserved in the configured release only: backticked there, bare where StarRocks takes it as a name.
    [InlineData("both", "4.0", "`both`")]
    [InlineData("both", null, "both")]
    [InlineData("system", "3.5", "`system`")]
    [InlineData("system", "4.1", "system")]
    [InlineData("matched", "4.0", "`matched`")]
    [InlineData("matched", "3.5", "matched")]
    [InlineData("single", "4.0", "single")]
    [InlineData("single", "4.1", "single")]
    [InlineData("single", "4.2", "`single`")]
    [InlineData("except", "3.5", "`except`")]
    [InlineData("except", "4.0", "except")]
    public void A_name_is_backticked_where_the_configured_release_reserves_it(string name, string? version, string written)
    {
        StarRocksVersion? configured = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null;
        Assert.Equal(written, NameText.ToSql(name, configured));
    }
}
