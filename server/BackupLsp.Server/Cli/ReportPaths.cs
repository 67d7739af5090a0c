using BackupLsp.Server.Files;

namespace BackupLsp.Server.Cli;

/// <summary>How the CI reports name a script: as the repository finds it, whatever path the check was given.</summary>
internal static class ReportPaths
{
    /// <summary>
    /// The folder the check runs in, the way the shell that started it names it first: <c>$PWD</c> keeps the links it was
    /// entered through, which the process's own folder has resolved, and a script may be named either way. None when the
    /// folder is gone (deleted while the shell stood in it).
    /// </summary>
    public static IReadOnlyList<string> WorkingDirectories()
    {
        string physical;
        try
        {
            physical = Directory.GetCurrentDirectory();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
        return Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } logical && Path.IsPathRooted(logical) && logical != physical
            && Resolved(logical) == physical ? [logical, physical] : [physical];
    }

    /// <summary>
    /// The path as GitLab (and SARIF's fingerprints) name the file in the repository, relative to the job's folder (where
    /// the check runs, as either of <paramref name="directories"/> names it): a relative path with forward slashes (as tidied
    /// when read), an absolute one, or a relative one that leaves the folder, inside that folder made relative.
    /// </summary>
    public static string Relative(string path, IReadOnlyList<string> directories)
    {
        // `../tree/a.sql`, typed in tree, goes out of the folder and back in: named from the folder, as `a.sql` is.
        var full = Path.IsPathRooted(path) ? path : path.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : null;
        if (full is not null)
            foreach (var directory in directories)
                if (Path.GetRelativePath(directory, full) is var relative && relative != full && !relative.StartsWith("..", StringComparison.Ordinal))
                {
                    path = relative;
                    break;
                }
        return path.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>An absolute folder's path with every link along it followed, as the system's own current folder is given; null for a loop.</summary>
    private static string? Resolved(string path)
    {
        try
        {
            return FileLinks.RealPath(path);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
