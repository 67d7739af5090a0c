using System.Diagnostics;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// A small file system of its own (a tmpfs), to see what a full disk does. Mounting one takes root, which CI has, and there
/// the tests that need one must run; elsewhere <see cref="MountAsync"/> gives none and they pass without it.
/// </summary>
public sealed class SmallDisk : IAsyncDisposable
{
    private SmallDisk(string root) => Root = root;

    public string Root { get; }

    /// <param name="size">As mount's <c>size=</c> option takes it: <c>16k</c>, <c>512k</c>.</param>
    public static async Task<SmallDisk?> MountAsync(string folder, string size)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Assert.Null(Environment.GetEnvironmentVariable("CI"));
            return null;
        }
        Directory.CreateDirectory(folder);
        Assert.Equal(0, await RunAsync("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder));
        return new SmallDisk(folder);
    }

    public async ValueTask DisposeAsync() => await RunAsync("umount", Root);

    private static async Task<int> RunAsync(string name, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(name, arguments))!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
