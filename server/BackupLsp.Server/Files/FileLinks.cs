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
}
