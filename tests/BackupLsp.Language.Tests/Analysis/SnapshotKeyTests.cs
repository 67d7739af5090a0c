using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>The key the script-wide snapshot rules compare by: its hash is kept, its comparison stays the record's.</summary>
public sealed class SnapshotKeyTests
{
    [Fact]
    public void Keys_of_equal_names_from_different_statements_are_equal()
    {
        // Each parse has its own strings: equality must not hang on the instances.
        var first = new SnapshotKey(new string("repo".AsSpan()), new string("snap_1".AsSpan()));
        var second = new SnapshotKey(new string("repo".AsSpan()), new string("snap_1".AsSpan()));
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Contains(second, new HashSet<SnapshotKey> { first });
    }

    [Theory]
    [InlineData("repo", "SNAP_1")] // a repository holds snapshots by their name as written
    [InlineData("other", "snap_1")]
    [InlineData("repo", "snap_2")]
    public void Keys_that_differ_in_repository_or_name_differ(string repository, string snapshot)
    {
        var key = new SnapshotKey("repo", "snap_1");
        Assert.NotEqual(key, new SnapshotKey(repository, snapshot));
        Assert.DoesNotContain(new SnapshotKey(repository, snapshot), new HashSet<SnapshotKey> { key });
    }
}
