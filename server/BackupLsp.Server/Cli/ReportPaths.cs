namespace BackupLsp.Server.Cli;

/// <summary>How the CI reports name a script: as the repository finds it, whatever path the check was given.</summary>
internal static class ReportPaths
{
    /// <summary>
    /// The path as GitLab (and SARIF's fingerprints) name the file in the repository, relative to the job's folder (where the check runs): a
    /// relative path with forward slashes (as tidied when read), an absolute one inside that folder made relative.
    /// </summary>
    public static string Relative(string path, string directory)
    {
        if (Path.IsPathRooted(path) && Path.GetRelativePath(directory, path) is var relative && relative != path
            && !relative.StartsWith("..", StringComparison.Ordinal))
            path = relative;
        return path.Replace(Path.DirectorySeparatorChar, '/');
    }
}
