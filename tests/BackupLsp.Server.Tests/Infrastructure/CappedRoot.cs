using System.Diagnostics;
using System.Runtime.Versioning;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// The server executable run as root without some of root's capabilities (dropped by <c>setpriv</c>), to see what a user
/// without them sees: a folder it may not add to, a file it may not write or give away. That takes root, which CI has, and
/// there the tests that need it must run; elsewhere <see cref="Available"/> is false and they pass without it.
/// </summary>
public static class CappedRoot
{
    [SupportedOSPlatformGuard("linux")]
    public static bool Available()
    {
        if (OperatingSystem.IsLinux() && Environment.UserName == "root")
            return true;
        Assert.Null(Environment.GetEnvironmentVariable("CI"));
        return false;
    }

    /// <summary>Runs the executable with <paramref name="arguments"/>, without the capabilities named as setpriv's
    /// <c>--bounding-set</c> takes them (<c>-chown,-fowner</c>); returns its standard error.</summary>
    public static async Task<string> RunAsync(string dropped, params string[] arguments)
    {
        var info = ServerExecutables.StartInfo("jit", arguments);
        string[] setpriv = ["--bounding-set", dropped, "--", info.FileName];
        for (var i = 0; i < setpriv.Length; i++)
            info.ArgumentList.Insert(i, setpriv[i]);
        info.FileName = "setpriv";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        await stdout;
        return await stderr;
    }
}
