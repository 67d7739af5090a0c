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
        // A link named by a bare file name is resolved from the folder it is in, not the root, only when its path is whole.
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new IOException("it is a folder");
        var target = File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : null;
        // What holds nothing may be no file the bytes can be written beside (a device, a pipe, a FIFO): written through,
        // and on a failure left empty, or not there, again.
        if (target is not null && !(File.Exists(target) && new FileInfo(target).Length > 0))
        {
            await WriteThroughAsync(full, target, bytes);
            return;
        }
        // Beside the file, on its file system, where its new bytes will need the room; as private as the file.
        var written = target ?? full;
        var beside = Path.Combine(Path.GetDirectoryName(written)!, $".{Path.GetFileName(written)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await WriteNewAsync(beside, bytes, target is null || OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target));
        }
        catch (UnauthorizedAccessException) when (target is not null)
        {
            // A folder that takes no new file, holding a file that may be written: written in place, as an editor would.
            await OverwriteInPlaceAsync(target, bytes, roomProved: false);
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Remove(beside);
            // Told of the file asked for, not the copy beside it.
            throw new IOException(e.Message.Replace(beside, written, StringComparison.Ordinal), e);
        }
        if (target is null)
        {
            try
            {
                File.Move(beside, written);
            }
            catch
            {
                Remove(beside);
                throw;
            }
            return;
        }
        // The copy proved the room is there; deleted, it gives that room back to the file.
        Remove(beside);
        await OverwriteInPlaceAsync(target, bytes, roomProved: true);
    }

    private static async Task WriteThroughAsync(string path, string target, byte[] bytes)
    {
        var existed = File.Exists(target);
        try
        {
            await File.WriteAllBytesAsync(path, bytes);
        }
        catch (IOException)
        {
            try
            {
                if (!existed)
                    Remove(target);
                else if (new FileInfo(target).Length > 0)
                    File.WriteAllBytes(target, []);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
            throw;
        }
    }

    /// <summary>Deletes the copy, if it was made: File.Delete throws where its folder is missing.</summary>
    private static void Remove(string copy)
    {
        if (File.Exists(copy))
            File.Delete(copy);
    }

    private static async Task WriteNewAsync(string path, byte[] bytes, UnixFileMode? mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (mode is { } unix && !OperatingSystem.IsWindows())
            options.UnixCreateMode = unix;
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(bytes);
    }

    /// <summary>
    /// Writes over the file from its start; should that fail (a full disk, or another process took the room meanwhile),
    /// writes its old bytes back, which the blocks it holds already have room for.
    /// </summary>
    /// <param name="roomProved">Whether a copy beside it proved the room is there: a file that may be written but not read
    /// has no old bytes to give back, and is written only then.</param>
    private static async Task OverwriteInPlaceAsync(string path, byte[] bytes, bool roomProved)
    {
        // Unbuffered: a write that failed leaves no bytes behind to be written again.
        FileStream stream;
        byte[]? old = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
            old = new byte[stream.Length];
            await stream.ReadExactlyAsync(old);
        }
        catch (UnauthorizedAccessException) when (roomProved)
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        await using (stream)
        {
            try
            {
                await WriteFromStartAsync(stream, bytes);
            }
            catch (IOException) when (old is not null)
            {
                await WriteFromStartAsync(stream, old);
                throw;
            }
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
