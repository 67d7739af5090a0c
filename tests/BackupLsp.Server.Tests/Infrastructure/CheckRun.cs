using System.Text;
using BackupLsp.Server.Cli;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>Runs <c>check</c> in process, as the command line would, with what it reads on standard input.</summary>
internal static class CheckRun
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args) =>
        RunAsync(Encoding.UTF8.GetBytes(stdin), args);

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(byte[] stdin, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exitCode = await CheckCommand.RunAsync(args, new MemoryStream(stdin), stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>The catalogs of two clusters that share nothing, for checks that must tell which one a script was given.</summary>
internal static class TwoClusterCatalogs
{
    public const string A = """{"repositories": {"a_repo": {}}, "databases": {"dba": {"tables": {"ta": {}}}}}""";
    public const string B = """{"repositories": {"b_repo": {}}, "databases": {"dbb": {"tables": {"tb": {}}}}}""";
}
