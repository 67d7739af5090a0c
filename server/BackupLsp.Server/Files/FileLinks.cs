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

    private static string RealPath(string path, int depth)
    {
        // As the kernel does, a chain of links this long is taken for a loop.
        if (depth > 40)
            throw new IOException($"too many links: {path}");
        var root = Path.GetPathRoot(path)!;
        var real = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
                continue;
            // What is walked so far has no links left in it: its parent is the one the kernel goes up to.
            if (part == "..")
            {
                real = Path.GetDirectoryName(real) ?? real;
                continue;
            }
            var next = Path.Combine(real, part);
            // A link's own text, walked as the kernel walks it (.NET's full path of its target would drop a `..` in it
            // with the part before, before that part's link is followed).
            real = new FileInfo(next).LinkTarget is { } target
                ? RealPath(Path.IsPathRooted(target) ? target : Path.Combine(real, target), depth + 1)
                : next;
        }
        return real;
    }
}
