using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>
/// <c>check --fix</c> and <c>catalog --output</c> run by the Native AOT binary, whose calls into the C library (to read
/// and give a file's owner, group and extended attributes, and to rename over it) are linked at publish rather than
/// loaded when first called: the file is replaced whole there too, keeping all it has. A call the binary could not make
/// would leave the file written in place, its inode unchanged.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class NativeFileReplacementTests : IDisposable
{
    private static readonly (byte[] Name, byte[] Value) Attribute = ("user.origin\0"u8.ToArray(), "nightly"u8.ToArray());

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [LinuxAotFact]
    public async Task Fix_replaces_a_file_whole_keeping_its_owner_group_mode_and_extended_attributes()
    {
        var path = _folder.Write("job.sql", "BACKUP SNAPSHOT db.s TO r ON (t, t);\n");
        var before = await GiveAllAFileMayHaveAsync(path, "6750");

        var (exitCode, _, stderr) = await ServerExecutables.RunAsync("aot", "check", "--fix", path);

        Assert.True(exitCode == CheckCommand.NoErrors, stderr);
        Assert.Contains("applied 1 fix in 1 file", stderr);
        Assert.Equal("BACKUP SNAPSHOT db.s TO r ON (t);\n", File.ReadAllText(path));
        AssertReplacedKeepingAll(path, before);
    }

    [LinuxAotFact]
    public async Task Catalog_output_replaces_the_file_whole_keeping_its_owner_group_mode_and_extended_attributes()
    {
        var repositories = _folder.Write("repositories.tsv", "RepoName\tIsReadOnly\tLocation\nnightly_repo\tfalse\ts3a://bucket/nightly\n");
        var output = _folder.Write("starrocks-catalog.json", "{}");
        var before = await GiveAllAFileMayHaveAsync(output, "640");
        var expected = new StringWriter();
        Assert.Equal(0, await CatalogCommand.RunAsync(["--repositories", repositories], expected, new StringWriter()));

        var (exitCode, stdout, stderr) = await ServerExecutables.RunAsync("aot", "catalog", "--repositories", repositories, "--output", output);

        Assert.Equal((0, "", ""), (exitCode, stdout, stderr));
        Assert.Equal(expected.ToString(), File.ReadAllText(output));
        AssertReplacedKeepingAll(output, before);
    }

    /// <summary>
    /// Gives the file the mode, an owner and group not the process's (where the process is root, which may give them),
    /// and an extended attribute (where the file system takes one); its status then.
    /// </summary>
    private static async Task<(UnixFileStatus Status, string[] Attributes)> GiveAllAFileMayHaveAsync(string path, string mode)
    {
        if (Environment.UserName == "root")
        {
            using var chown = Process.Start("chown", ["1234:4321", path]);
            await chown.WaitForExitAsync();
            Assert.Equal(0, chown.ExitCode);
        }
        File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(mode, 8));
        using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Write))
            // A file system without user attributes (tmpfs before Linux 6.6) has none to keep.
            Assert.True(LinuxFileCalls.SetAttribute(file, Attribute.Name, Attribute.Value) || Environment.GetEnvironmentVariable("CI") is null);
        return (UnixFileStatus.Of(path), AttributesOf(path));
    }

    /// <summary>The file's extended attributes, each as its name and value.</summary>
    private static string[] AttributesOf(string path)
    {
        using var file = File.OpenHandle(path);
        return [.. LinuxFileCalls.Attributes(file)!.Select(attribute => $"{Encoding.UTF8.GetString(attribute.Name.AsSpan(..^1))}={Encoding.UTF8.GetString(attribute.Value)}")];
    }

    /// <summary>A new inode, with the owner, group, mode and extended attributes of the file it replaced; no copy left beside it.</summary>
    private void AssertReplacedKeepingAll(string path, (UnixFileStatus Status, string[] Attributes) before)
    {
        var after = UnixFileStatus.Of(path);
        Assert.NotEqual(before.Status.Inode, after.Inode);
        Assert.Equal(before.Status with { Inode = after.Inode }, after);
        Assert.Equal(before.Attributes, AttributesOf(path));
        Assert.DoesNotContain(Directory.GetFiles(_folder.Root), file => Path.GetFileName(file).StartsWith('.'));
    }
}
