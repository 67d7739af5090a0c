namespace BackupLsp.Server.Cli;

/// <summary>
/// Standard input the caller closed (<c>check - &lt;&amp;-</c>), seen on Linux: descriptor 0 is not open, or (under the JIT)
/// the runtime took it for a pipe of its own, which nothing ever writes to and reading would wait on forever: the process
/// holds that pipe's write end itself.
/// </summary>
internal static class ClosedStandardInput
{
    public const string Message = "cannot read standard input: it is closed";

    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/fd"))
            return false;
        try
        {
            var input = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (input is null)
                return true;
            if (!input.StartsWith("pipe:", StringComparison.Ordinal))
                return false;
            foreach (var descriptor in Directory.EnumerateFiles("/proc/self/fd"))
            {
                var number = Path.GetFileName(descriptor);
                if (number != "0" && new FileInfo(descriptor).LinkTarget == input && OpenedForWriting(number))
                    return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return false;
    }

    /// <summary>Whether the descriptor's flags (octal, in <c>/proc/self/fdinfo</c>) say O_WRONLY.</summary>
    private static bool OpenedForWriting(string descriptor) =>
        File.ReadLines($"/proc/self/fdinfo/{descriptor}").FirstOrDefault(line => line.StartsWith("flags:", StringComparison.Ordinal)) is { } flags
        && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) == 1;
}
