using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class StoragePropertiesTests
{
    [Fact]
    public void Every_boolean_key_is_a_known_storage_key_whose_summary_speaks_of_true_or_false()
    {
        Assert.NotEmpty(StorageProperties.Booleans);
        foreach (var key in StorageProperties.Booleans)
        {
            var summary = Assert.Single(StorageProperties.All, property => property.Key == key).Summary;
            Assert.True(summary.Contains("`true`") || summary.Contains("`false`"), key);
        }
    }

    [Fact]
    public void Every_key_whose_summary_opens_with_true_or_false_is_a_boolean()
    {
        foreach (var (key, summary) in StorageProperties.All.Where(p => p.Summary.StartsWith("`true`") || p.Summary.StartsWith("`false`")))
            Assert.True(StorageProperties.Booleans.Contains(key), key);
    }
}
