using BackupLsp.Language.Analysis;

namespace BackupLsp.Server.Cli;

internal enum Command
{
    Serve,
    Check,
    Catalog,
    Help,
    Version,
    Mistyped,
}

/// <summary>
/// What the command line asks for. A subcommand, or <c>--help</c> or <c>--version</c> (which answer whatever follows
/// them), comes first; otherwise the arguments must be what LSP clients launch a server with: none, <c>--stdio</c>, or
/// <c>--clientProcessId=123</c> (or <c>--clientProcessId 123</c>). Anything else is a mistyped command: serving LSP on a
/// terminal or in CI would just wait for input (<c>backup-lsp --fix x.sql</c>, with <c>check</c> forgotten).
/// </summary>
internal static class CommandLine
{
    /// <summary>
    /// An option of <paramref name="takingValues"/> written with its value after an <c>=</c> (<c>--format=json</c>, as getopt
    /// takes it): the option and that value; any other argument as it is, with no value.
    /// </summary>
    public static (string Argument, string? Value) SplitValue(string argument, IEnumerable<string> takingValues) =>
        argument.IndexOf('=') is > 0 and var equals && takingValues.Contains(argument[..equals])
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);

    /// <summary>
    /// The value after the option at <paramref name="i"/>, moving past it; null where none follows or the next argument is an
    /// option (<c>--output $OUT --tables t.tsv</c> with OUT unset must not write a file named <c>--tables</c>).
    /// </summary>
    public static string? NextValue(IReadOnlyList<string> args, ref int i) =>
        i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;

    private static readonly string[] Subcommands = ["check", "catalog", "help"];
    private static readonly string[] Options = ["--help", "--version", "--stdio", "-h"];
    private const string ClientProcessId = "--clientProcessId";

    /// <summary>The command, or <see cref="Command.Mistyped"/> and a message naming the argument at fault.</summary>
    public static (Command Command, string? Error) Parse(IReadOnlyList<string> args) => args switch
    {
        ["check", ..] => (Command.Check, null),
        ["catalog", ..] => (Command.Catalog, null),
        ["--help" or "-h" or "help", ..] => (Command.Help, null),
        ["--version", ..] => (Command.Version, null),
        _ => FirstNotAServerOption(args) is { } wrong ? (Command.Mistyped, Unknown(wrong)) : (Command.Serve, null),
    };

    /// <summary>Whether a subcommand's arguments ask for its help: anywhere before a <c>--</c> (which ends the options), as most tools take it.</summary>
    public static bool AsksForHelp(IReadOnlyList<string> args) => args.TakeWhile(arg => arg != "--").Any(arg => arg is "--help" or "-h");

    /// <summary>Whether a subcommand's arguments ask for the version, as <c>backup-lsp --version</c> does: anywhere before a <c>--</c>.</summary>
    public static bool AsksForVersion(IReadOnlyList<string> args) => args.TakeWhile(arg => arg != "--").Any(arg => arg == "--version");

    private static string? FirstNotAServerOption(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--stdio" || (arg.StartsWith(ClientProcessId + "=", StringComparison.Ordinal) && int.TryParse(arg.AsSpan(ClientProcessId.Length + 1), out _)))
                continue;
            if (arg == ClientProcessId && i + 1 < args.Count && int.TryParse(args[i + 1], out _))
                i++;
            else
                return arg;
        }
        return null;
    }

    private static string Unknown(string arg)
    {
        var name = arg.Split('=')[0];
        if (Cli.CheckOptions.OptionNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            return $"{name} is an option of check (did you mean backup-lsp check {arg} ...?)";
        var (kind, candidates) = arg.StartsWith('-') ? ("option", Options) : ("command", Subcommands);
        // After the options LSP clients launch with, a subcommand or answer is right but misplaced (`--stdio --help`).
        if (candidates.Contains(arg, StringComparer.Ordinal))
            return $"{arg} comes first (backup-lsp {arg}{(arg is "check" or "catalog" ? " ..." : "")})";
        var typed = arg.TrimStart('-');
        // A prefix (-V for --version) is as likely as a typo (chek, CHECK).
        var nearest = candidates.FirstOrDefault(c => typed.Length > 0 && c.TrimStart('-').StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(c => EditDistance.IsNear(typed, c.TrimStart('-')));
        return $"unknown {kind} {(arg.Length == 0 ? "\"\"" : arg)}{(nearest is null ? "" : $" (did you mean {nearest}?)")}";
    }
}
