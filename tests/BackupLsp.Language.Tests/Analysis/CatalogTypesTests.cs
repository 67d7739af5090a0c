using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class CatalogTypesTests
{
    [Theory]
    [InlineData("hive", null, true)]
    [InlineData("HIVE", "2.5", true)]
    [InlineData("deltalake", "2.5", true)]
    [InlineData("paimon", "3.0", false)]
    [InlineData("Paimon", "3.1", true)]
    [InlineData("es", "3.0", false)]
    [InlineData("unified", "3.1", false)]
    [InlineData("unified", "3.2", true)]
    [InlineData("kudu", "3.2", false)]
    [InlineData("odps", "3.3", true)]
    // Neither the enum's Java name nor another engine's type (Doris' hms) is one StarRocks takes.
    [InlineData("elasticsearch", null, false)]
    [InlineData("hms", null, false)]
    [InlineData("mysql", "4.0", false)]
    [InlineData(null, null, false)]
    public void A_release_supports_the_types_it_came_with_in_any_case(string? type, string? version, bool supported)
    {
        StarRocksVersion? release = version is null ? null : StarRocksVersion.TryParse(version, out var parsed) ? parsed : throw new ArgumentException(version);
        Assert.Equal(supported, CatalogTypes.Supports(type, release));
    }
}
