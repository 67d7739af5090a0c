namespace BackupLsp.Server.Cli;

/// <summary>
/// Writes a file the command line changes (<c>check --fix</c>, <c>catalog --output</c>) so that a full disk leaves it as it
/// was: the new bytes are written beside it first, and only once they are all on disk does the file take them.
/// </summary>
internal static class FileOverwrite
{
    public static async Task WriteAsync(string path, byte[] bytes)
    {
        // Beside the file a link leads to, on its file system, where its new bytes will need the room.
        var target = (File.Exists(path) ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName : null) ?? Path.GetFullPath(path);
        var beside = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(beside, bytes);
        }
        catch (UnauthorizedAccessException) when (File.Exists(target))
        {
            // A folder that takes no new file, holding a file that may be written: written in place, as an editor would.
            await OverwriteInPlaceAsync(target, bytes);
            return;
        }
        catch
        {
            File.Delete(beside);
            throw;
        }
        if (!File.Exists(target))
        {
            try
            {
                File.Move(beside, target);
            }
            catch
            {
                File.Delete(beside);
                throw;
            }
            return;
        }
        // The copy proved the room is there; deleted, it gives that room back to the file, which is then written in place
        // and so keeps its owner, mode and hard links (moving the copy over it would not).
        File.Delete(beside);
        await OverwriteInPlaceAsync(target, bytes);
    }

    private static async Task OverwriteInPlaceAsync(string path, byte[] bytes)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        await stream.WriteAsync(bytes);
        stream.SetLength(bytes.Length);
        await stream.FlushAsync();
    }
}
