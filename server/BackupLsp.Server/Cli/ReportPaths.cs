using BackupLsp.Server.Files;

namespace BackupLsp.Server.Cli;

/// <summary>
/// How the CI reports name a script: as the repository finds it, whatever path the check was given and wherever in the
/// checkout it runs. The repository's root is the one the CI service names (<c>GITHUB_WORKSPACE</c> in GitHub Actions,
/// <c>CI_PROJECT_DIR</c> in GitLab CI), else the current folder.
/// </summary>
/// <param name="workingDirectories">The current folder, as <see cref="WorkingDirectories"/> names it.</param>
/// <param name="roots">The repository's root as the CI service names it, and with its links followed; empty outside CI.</param>
internal sealed class ReportPaths(IReadOnlyList<string> workingDirectories, IReadOnlyList<string> roots)
{
    /// <summary>The variables by which a CI service tells where its checkout of the repository lies, the first set wins.</summary>
    public static readonly IReadOnlyList<string> RootVariables = ["GITHUB_WORKSPACE", "CI_PROJECT_DIR"];

    /// <param name="environment">An environment variable's value, null when unset.</param>
    public static ReportPaths Of(Func<string, string?> environment)
    {
        var root = RootVariables.Select(environment).FirstOrDefault(value => value is { Length: > 0 } && Path.IsPathRooted(value));
        IReadOnlyList<string> roots = root is null ? []
            : Resolved(Path.TrimEndingDirectorySeparator(root)) is { } physical && physical != Path.TrimEndingDirectorySeparator(root) ? [root, physical] : [root];
        return new ReportPaths(WorkingDirectories(environment), roots);
    }

    /// <summary>The folder relative paths are named from: the repository's root in CI, else the current folder; none when it is gone.</summary>
    public string? Base => roots.Count > 0 ? roots[0] : workingDirectories.Count > 0 ? workingDirectories[0] : null;

    /// <summary>
    /// The path as the reports name the file in the repository: relative to the repository's root (a path typed from the
    /// current folder made relative to it in CI, where that folder may be one below the root), with forward slashes.
    /// Outside the root, a file is named by its absolute path in CI; outside CI by the path given, as tidied when read
    /// (one that leaves the current folder and comes back into it, <c>../tree/a.sql</c> typed in tree, as <c>a.sql</c>).
    /// </summary>
    public string Name(string path)
    {
        if (path == InputFiles.StdinName)
            return path;
        var inCi = roots.Count > 0;
        // Outside CI, a relative path that stays in the current folder already names the file from it.
        if (!inCi && !Path.IsPathRooted(path) && !path.StartsWith("..", StringComparison.Ordinal))
            return Slashed(path);
        var fulls = Path.IsPathRooted(path) ? [path] : workingDirectories.Select(directory => Path.GetFullPath(path, directory)).ToList();
        foreach (var full in fulls)
            foreach (var root in inCi ? roots : workingDirectories)
                if (Path.GetRelativePath(root, full) is var relative && relative != full && !relative.StartsWith("..", StringComparison.Ordinal))
                    return Slashed(relative);
        return Slashed(inCi && fulls.Count > 0 ? fulls[0] : path);
    }

    private static string Slashed(string path) => path.Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// The folder the check runs in, the way the shell that started it names it first: <c>$PWD</c> keeps the links it was
    /// entered through, which the process's own folder has resolved, and a script may be named either way. None when the
    /// folder is gone (deleted while the shell stood in it).
    /// </summary>
    private static IReadOnlyList<string> WorkingDirectories(Func<string, string?> environment)
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
        return environment("PWD") is { Length: > 0 } logical && Path.IsPathRooted(logical) && logical != physical
            && Resolved(logical) == physical ? [logical, physical] : [physical];
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
