using System.Diagnostics;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// A file's inode, number of names, owner, group and mode (in octal, as <c>chmod</c> takes it), as GNU <c>stat</c> gives
/// them: a file replaced whole has a new inode, one written in place keeps its own.
/// </summary>
public sealed record UnixFileStatus(long Inode, int Links, int Owner, int Group, string Mode)
{
    public static UnixFileStatus Of(string path)
    {
        var info = new ProcessStartInfo("stat", ["-c", "%i %h %u %g %a", path]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var fields = process.StandardOutput.ReadToEnd().Trim().Split(' ');
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return new(long.Parse(fields[0]), int.Parse(fields[1]), int.Parse(fields[2]), int.Parse(fields[3]), fields[4]);
    }
}
