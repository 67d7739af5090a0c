using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>The key the script-wide snapshot rules compare by: its hash is kept, its comparison stays the record's.</summary>
public sealed class SnapshotKeyTests
{
    [Fact]
    public void Keys_of_equal_names_from_different_statements_are_equal()
    {
        // Each parse has its own strings: equality must not hang on the instances.
        var first = new SnapshotKey(new string("repo".AsSpan()), new string("snap_1".AsSpan()), new string("s3a://b/p".AsSpan()));
        var second = new SnapshotKey(new string("repo".AsSpan()), new string("snap_1".AsSpan()), new string("s3a://b/p".AsSpan()));
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Contains(second, new HashSet<SnapshotKey> { first });
    }

    [Theory]
    [InlineData("repo", "SNAP_1", "s3a://b/p")] // a repository holds snapshots by their name as written
    [InlineData("other", "snap_1", "s3a://b/p")]
    [InlineData("repo", "snap_2", "s3a://b/p")]
    [InlineData("repo", "snap_1", "s3a://b/q")] // a repository of that name at another location
    [InlineData("repo", "snap_1", null)]
    public void Keys_that_differ_in_repository_name_or_location_differ(string repository, string snapshot, string? location)
    {
        var key = new SnapshotKey("repo", "snap_1", "s3a://b/p");
        Assert.NotEqual(key, new SnapshotKey(repository, snapshot, location));
        Assert.DoesNotContain(new SnapshotKey(repository, snapshot, location), new HashSet<SnapshotKey> { key });
    }
}
