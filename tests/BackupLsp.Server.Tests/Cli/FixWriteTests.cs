using System.Diagnostics;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>
/// How <c>check --fix</c> writes a file on Linux: replaced whole by a renamed copy, so that a write killed midway leaves it
/// its old bytes or its new ones, never torn; in place where a rename would change what the file has.
/// </summary>
public sealed class FixWriteTests : IDisposable
{
    private const string Unfixed = "BACKUP SNAPSHOT db.s TO r ON (t, t);\n";
    private const string Fixed = "BACKUP SNAPSHOT db.s TO r ON (t);\n";

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<string> FixAsync(string path)
    {
        var stderr = new StringWriter();
        await CheckCommand.RunAsync(["--fix", path], new MemoryStream(), new StringWriter(), stderr);
        return stderr.ToString();
    }

    private static async Task RunAsync(string name, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(name, arguments))!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    private static UnixFileMode Octal(string mode) => (UnixFileMode)Convert.ToInt32(mode, 8);

    [Theory]
    [InlineData("600")]
    [InlineData("755")]
    [InlineData("6750")]
    public async Task Fix_replaces_a_file_whole_keeping_its_mode_owner_and_group(string mode)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var path = _folder.Write("job.sql", Unfixed);
        // An owner and group not the process's, which root may give (and so keep).
        if (Environment.UserName == "root")
            await RunAsync("chown", "1234:4321", path);
        File.SetUnixFileMode(path, Octal(mode));
        var before = UnixFileStatus.Of(path);

        Assert.Contains("applied 1 fix in 1 file", await FixAsync(path));

        // A new inode: the file was its old bytes until the rename made it its new ones, never a part of either.
        var after = UnixFileStatus.Of(path);
        Assert.NotEqual(before.Inode, after.Inode);
        Assert.Equal(before with { Inode = after.Inode }, after);
        Assert.Equal(mode, after.Mode);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(["job.sql"], Directory.GetFiles(_folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Fix_replaces_a_file_whole_keeping_its_extended_attributes()
    {
        if (!OperatingSystem.IsLinux())
            return;
        var path = _folder.Write("job.sql", Unfixed);
        var attribute = (Name: "user.origin\0"u8.ToArray(), Value: "nightly"u8.ToArray());
        using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Write))
        {
            // A file system without user attributes (tmpfs before Linux 6.6) has nothing to keep.
            if (!LinuxFileCalls.SetAttribute(file, attribute.Name, attribute.Value))
            {
                Assert.Null(Environment.GetEnvironmentVariable("CI"));
                return;
            }
        }
        var inode = UnixFileStatus.Of(path).Inode;

        await FixAsync(path);

        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.NotEqual(inode, UnixFileStatus.Of(path).Inode);
        using var replaced = File.OpenHandle(path);
        var kept = Assert.Single(LinuxFileCalls.Attributes(replaced)!);
        Assert.Equal(attribute.Name, kept.Name);
        Assert.Equal(attribute.Value, kept.Value);
    }

    [Fact]
    public async Task Fix_writes_a_hard_linked_file_in_place_so_that_its_names_stay_one_file()
    {
        if (!OperatingSystem.IsLinux())
            return;
        var path = _folder.Write("job.sql", Unfixed);
        var other = _folder.PathOf("shared.sql");
        await RunAsync("ln", path, other);
        var before = UnixFileStatus.Of(path);

        await FixAsync(path);

        Assert.Equal(Fixed, File.ReadAllText(other));
        Assert.Equal(before with { Links = 2 }, UnixFileStatus.Of(path));
        Assert.Equal(["job.sql", "shared.sql"], Directory.GetFiles(_folder.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Fix_in_a_folder_that_takes_no_new_file_writes_the_file_in_place()
    {
        if (!CappedRoot.Available())
            return;
        var path = _folder.Write(Path.Combine("locked", "job.sql"), Unfixed);
        File.SetUnixFileMode(Path.GetDirectoryName(path)!, Octal("555"));
        var before = UnixFileStatus.Of(path);

        // Root as a user is: refused by a folder's mode.
        var stderr = await CappedRoot.RunAsync("-dac_override,-dac_read_search", "check", "--fix", path);

        Assert.Contains("applied 1 fix in 1 file", stderr);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(before, UnixFileStatus.Of(path));
        Assert.Equal(["job.sql"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Fix_of_a_file_whose_owner_cannot_be_kept_writes_it_in_place()
    {
        if (!CappedRoot.Available())
            return;
        var path = _folder.Write("job.sql", Unfixed);
        await RunAsync("chown", "1234:1234", path);
        File.SetUnixFileMode(path, Octal("666"));
        var before = UnixFileStatus.Of(path);

        // Root as a user is: a copy it makes is its own, and it may not give it away.
        var stderr = await CappedRoot.RunAsync("-chown", "check", "--fix", path);

        Assert.Contains("applied 1 fix in 1 file", stderr);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(before, UnixFileStatus.Of(path));
        Assert.Equal(["job.sql"], Directory.GetFiles(_folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Fix_leaves_a_file_that_may_not_be_written_though_its_folder_may_be()
    {
        if (!CappedRoot.Available())
            return;
        var path = _folder.Write("job.sql", Unfixed);
        File.SetUnixFileMode(path, Octal("444"));

        // A rename would go around the file's mode: the file is refused, as writing it in place is.
        var stderr = await CappedRoot.RunAsync("-dac_override,-dac_read_search", "check", "--fix", path);

        Assert.Contains($"{path} not fixed", stderr);
        Assert.Equal(Unfixed, File.ReadAllText(path));
        Assert.Equal(["job.sql"], Directory.GetFiles(_folder.Root).Select(Path.GetFileName));
    }
}
