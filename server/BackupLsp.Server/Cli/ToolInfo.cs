using System.Reflection;

namespace BackupLsp.Server.Cli;

/// <summary>What <c>backup-lsp --help</c> and <c>--version</c> print; the version is also the server's in <c>initialize</c>.</summary>
internal static class ToolInfo
{
    public const string Usage =
        """
        Usage:
          backup-lsp [--stdio]                 serve the Language Server Protocol on standard input and output
          backup-lsp check [options] PATH...   check .sql scripts, as in the editor (backup-lsp check --help)
          backup-lsp catalog [options]         make starrocks-catalog.json from your cluster's own answers (backup-lsp catalog --help)
          backup-lsp --version                 print the version
          backup-lsp --help                    print this help
        --help and --version answer whatever follows them; any other first word, and any argument but the --stdio
        and --clientProcessId that LSP clients pass, is a usage error (exit code 2).
        """;

    public static string? Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    /// <summary>What <c>backup-lsp --version</c> and <c>backup-lsp check --version</c> print.</summary>
    public static string VersionLine => $"backup-lsp {Version}";
}
