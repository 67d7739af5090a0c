namespace BackupLsp.Server.Files;

/// <summary>Where a symbolic link leads: a catalog is often a link to a file several projects share.</summary>
public static class FileLinks
{
    /// <summary>The full path of the file <paramref name="path"/> finally leads to; null when it is no link or cannot be read.</summary>
    public static string? FinalTarget(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.LinkTarget is null ? null : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        // A link loop, a folder that cannot be read: no target, for now.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The path the shell means by <paramref name="path"/>: .NET takes a <c>..</c> away with the part before it
    /// (<see cref="Path.GetFullPath(string)"/>) before any link is followed, where the kernel goes up from where the link
    /// leads, so that <c>lnk/../x.sql</c> is the <c>x.sql</c> beside the link's target. Unchanged when no link comes before
    /// a <c>..</c>; a full path without <c>..</c> when one does.
    /// </summary>
    public static string AsTheShellReadsIt(string path)
    {
        var segments = path.Split(Path.DirectorySeparatorChar);
        if (!segments.Contains(".."))
            return path;
        try
        {
            var current = Path.IsPathRooted(path) ? Path.GetPathRoot(path)! : Directory.GetCurrentDirectory();
            foreach (var segment in segments)
            {
                if (segment is "" or ".")
                    continue;
                current = segment == ".." ? Path.GetDirectoryName(RealPath(current)) ?? current : Path.Combine(current, segment);
            }
            return current == Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) ? path : current;
        }
        // A link loop: opening the path tells it.
        catch (IOException)
        {
            return path;
        }
    }

    /// <summary>The full path with each link among its parts replaced by where it leads, as realpath(3) makes it.</summary>
    public static string RealPath(string full) => RealPath(full, depth: 0);

    private static string RealPath(string full, int depth)
    {
        // As the kernel does, a chain of links this long is taken for a loop.
        if (depth > 40)
            throw new IOException($"too many links: {full}");
        var root = Path.GetPathRoot(full)!;
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = new FileInfo(Path.Combine(real, part));
            real = next.LinkTarget is null ? next.FullName : RealPath(next.ResolveLinkTarget(returnFinalTarget: false)!.FullName, depth + 1);
        }
        return real;
    }
}
