using System.Diagnostics;
using System.Text;
using BackupLsp.Server.Transport;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// The built server executables: the JIT build copied next to the tests, and the Native AOT binary when one was
/// published to <c>artifacts/aot/backup-lsp</c> or named by <c>BACKUP_LSP_AOT</c>.
/// </summary>
public static class ServerExecutables
{
    public static TheoryData<string> Available()
    {
        var data = new TheoryData<string> { "jit" };
        if (AotBinary() is not null)
            data.Add("aot");
        return data;
    }

    public static ProcessStartInfo StartInfo(string build, params string[] arguments)
    {
        var info = build == "aot"
            ? new ProcessStartInfo(AotBinary() ?? throw new InvalidOperationException("no AOT binary"))
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "backup-lsp.dll") } };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        return info;
    }

    /// <summary>Starts the executable and connects a client to its standard input and output.</summary>
    public static LspTestClient Launch(string build)
    {
        var process = Process.Start(StartInfo(build, "--stdio"))!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
                stderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        var exit = process.WaitForExitAsync().ContinueWith(_ => process.ExitCode);
        return new LspTestClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, exit, () =>
        {
            lock (stderr)
                return stderr.ToString();
        }, process.Id);
    }

    /// <summary>Runs the executable with its standard input closed; its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string build, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(build, arguments))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The Native AOT binary named by <c>BACKUP_LSP_AOT</c> or published to <c>artifacts/aot</c>; null where there is none.</summary>
    public static string? AotBinary()
    {
        var configured = Environment.GetEnvironmentVariable("BACKUP_LSP_AOT");
        if (!string.IsNullOrEmpty(configured))
            return configured;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "artifacts", "aot", "backup-lsp");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
