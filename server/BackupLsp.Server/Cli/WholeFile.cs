namespace BackupLsp.Server.Cli;

/// <summary>
/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so that a failure midway
/// (a full disk, a killed process) leaves the old file as it was, and a reader (the language server watching a catalog)
/// never sees it half-written. A symbolic link is followed, so the file it points to is replaced and the link stays; the
/// file keeps its permissions. (A rename cannot keep hard links: the file's other names keep the old content.)
/// </summary>
internal static class WholeFile
{
    public static async Task WriteAsync(string path, byte[] bytes)
    {
        var file = new FileInfo(path);
        var target = file.LinkTarget is null ? file.FullName : file.ResolveLinkTarget(returnFinalTarget: true)!.FullName;
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes);
            if (!OperatingSystem.IsWindows() && File.Exists(target))
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            // Left only when writing or renaming failed.
            File.Delete(temporary);
        }
    }
}
