namespace BackupLsp.Server.Cli;

/// <summary>
/// Writes a file the command line changes (<c>check --fix</c>, <c>catalog --output</c>) so that a full disk leaves it as it
/// was: the new bytes are written beside it first, and only once they are all on disk does the file take them, in place,
/// so that it keeps its owner, mode and hard links (moving the copy over it would not).
/// </summary>
internal static class FileOverwrite
{
    public static async Task WriteAsync(string path, byte[] bytes)
    {
        // Beside the file a link leads to, on its file system, where its new bytes will need the room. (A link named by a
        // bare file name is resolved from the folder it is in, not the root, only when its path is whole.)
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new IOException("it is a folder");
        var target = (File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName : null) ?? full;
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
        // The copy proved the room is there; deleted, it gives that room back to the file.
        File.Delete(beside);
        await OverwriteInPlaceAsync(target, bytes);
    }

    /// <summary>
    /// Writes over the file from its start; should that fail (another process took the room meanwhile), writes its old bytes
    /// back, which the blocks it holds already have room for.
    /// </summary>
    private static async Task OverwriteInPlaceAsync(string path, byte[] bytes)
    {
        // Unbuffered: a write that failed leaves no bytes behind to be written again.
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        var old = new byte[stream.Length];
        await stream.ReadExactlyAsync(old);
        try
        {
            await WriteFromStartAsync(stream, bytes);
        }
        catch (IOException)
        {
            await WriteFromStartAsync(stream, old);
            throw;
        }
    }

    private static async Task WriteFromStartAsync(FileStream stream, byte[] bytes)
    {
        stream.Position = 0;
        await stream.WriteAsync(bytes);
        stream.SetLength(bytes.Length);
        await stream.FlushAsync();
    }
}
