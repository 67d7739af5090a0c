using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class StoragePropertiesTests
{
    [Fact]
    public void A_key_takes_a_boolean_exactly_where_its_summary_opens_with_true_or_false()
    {
        var booleans = StorageProperties.All.Where(p => p.TakesBoolean).Select(p => p.Key).ToList();
        var summarisedAsBooleans = StorageProperties.All.Where(p => p.Summary.StartsWith("`true`") || p.Summary.StartsWith("`false`")).Select(p => p.Key).ToList();
        Assert.Equal(23, booleans.Count);
        Assert.Equal(summarisedAsBooleans, booleans);
        Assert.Contains("fs.s3a.connection.ssl.enabled", booleans);
        Assert.Contains("fs.ks3.connection.ssl.enabled", booleans);
    }
}
