using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Tests.Catalog;

/// <summary>Locations compared as the storage reads them: one path whatever the scheme's case, an s3:// for s3a://, or a trailing slash.</summary>
public sealed class RepositoryLocationTests
{
    [Theory]
    [InlineData("s3a://corp-backup/sr/migration", "s3a://corp-backup/sr/migration/")]
    [InlineData("s3a://corp-backup/sr/migration", "s3://corp-backup/sr/migration")]
    [InlineData("s3a://corp-backup/sr/migration", "S3A://corp-backup/sr/migration//")]
    [InlineData("hdfs://nn:8020/backup", "HDFS://nn:8020/backup/")]
    public void Locations_of_one_storage_path_read_alike(string first, string second) =>
        Assert.Equal(RepositoryLocation.Normalized(first), RepositoryLocation.Normalized(second));

    [Theory]
    [InlineData("s3a://corp-backup/sr/migration", "s3a://corp-backup/sr/Migration")] // a path is read as written
    [InlineData("s3a://corp-backup/sr/migration", "oss://corp-backup/sr/migration")]
    [InlineData("s3a://corp-backup/sr/migration", "s3a://corp-backup/sr/migration/2024")]
    public void Other_paths_or_storages_differ(string first, string second) =>
        Assert.NotEqual(RepositoryLocation.Normalized(first), RepositoryLocation.Normalized(second));

    [Fact]
    public void A_location_written_as_read_is_kept_without_a_copy()
    {
        var location = "s3a://corp-backup/sr/migration";
        Assert.Same(location, RepositoryLocation.Normalized(location));
    }
}
