using BackupLsp.Server.Files;


namespace BackupLsp.Server.Tests;

public sealed class FileUrisTests
{
    [Theory]
    [InlineData("/tmp/scripts/nightly.sql", "file:///tmp/scripts/nightly.sql")]
    [InlineData("/tmp/my scripts/a#1.sql", "file:///tmp/my%20scripts/a%231.sql")]
    // A name holding what reads as an escape, a query or a fragment names itself, not another file.
    [InlineData("/tmp/q%41/f%20?x.sql", "file:///tmp/q%2541/f%2520%3Fx.sql")]
    [InlineData("/tmp/中/ä.sql", "file:///tmp/%E4%B8%AD/%C3%A4.sql")]
    public void A_path_is_a_file_uri_that_names_it_and_reads_back_as_it(string path, string uri)
    {
        Assert.Equal(uri, FileUris.FromPath(path));
        Assert.Equal(path, FileUris.ToPath(uri));
    }
}
