using Microsoft.Win32.SafeHandles;

namespace BackupLsp.Server.Cli;

/// <summary>
/// Writes a file the command line changes (<c>check --fix</c>, <c>catalog --output</c>) so that neither a full disk nor a
/// write killed midway leaves it torn: the new bytes are written to a copy beside it first. On Linux the copy, given all
/// the file has and synced, is renamed over it (<see cref="FileReplacement"/>). Where a rename would change what the file
/// has, and on other systems, the copy only proves the room is there: it is deleted, and the file takes the bytes in place,
/// keeping its owner, mode and hard links.
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
        if (target is null)
            await CreateAsync(full, bytes);
        // What holds nothing may be no file the bytes can be written beside (a device, a pipe, a FIFO): written through,
        // and on a failure left empty, or not there, again.
        else if (!(File.Exists(target) && new FileInfo(target).Length > 0))
            await WriteThroughAsync(full, target, bytes);
        // The final target of a link, so that the link stays one.
        else if (OperatingSystem.IsLinux() && FileReplacement.Open(target) is { } replacement)
        {
            using (replacement)
                await OverwriteAsync(target, bytes, replacement.CreationMode, replacement.GiveTo, replacement.ReplaceWith);
        }
        else
            await OverwriteAsync(target, bytes, OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target));
    }

    private static async Task CreateAsync(string path, byte[] bytes)
    {
        var beside = BesideName(path);
        try
        {
            await WriteCopyAsync(beside, bytes, mode: null, giveTo: null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Remove(beside);
            throw NamingTheFile(e, beside, path);
        }
        try
        {
            File.Move(beside, path);
        }
        catch
        {
            Remove(beside);
            throw;
        }
    }

    /// <summary>
    /// Writes the bytes to a copy beside the file. Where <paramref name="giveTo"/> gives the copy all the file has, the copy
    /// is renamed over the file by <paramref name="replaceWith"/>; otherwise, having proved the room is there, it is deleted
    /// to give that room back, and the file takes the bytes in place.
    /// </summary>
    private static async Task OverwriteAsync(string path, byte[] bytes, UnixFileMode? mode,
        Func<SafeFileHandle, bool>? giveTo = null, Func<string, bool>? replaceWith = null)
    {
        var beside = BesideName(path);
        bool whole;
        try
        {
            whole = await WriteCopyAsync(beside, bytes, mode, giveTo);
        }
        catch (UnauthorizedAccessException)
        {
            // A folder that takes no new file, holding a file that may be written: written in place, as an editor would.
            await OverwriteInPlaceAsync(path, bytes, roomProved: false);
            return;
        }
        catch (IOException e)
        {
            Remove(beside);
            throw NamingTheFile(e, beside, path);
        }
        if (whole && replaceWith!(beside))
            return;
        Remove(beside);
        await OverwriteInPlaceAsync(path, bytes, roomProved: true);
    }

    /// <summary>Beside the file, on its file system, where its new bytes will need the room.</summary>
    private static string BesideName(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Told of the file asked for, not the copy beside it.</summary>
    private static IOException NamingTheFile(Exception e, string beside, string path) =>
        new(e.Message.Replace(beside, path, StringComparison.Ordinal), e);

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

    /// <summary>
    /// Writes a new file, made with <paramref name="mode"/> (as private as the file it is for). Returns whether
    /// <paramref name="giveTo"/> gave it all that file has, and so whether it is synced to disk, ready to be renamed.
    /// </summary>
    private static async Task<bool> WriteCopyAsync(string path, byte[] bytes, UnixFileMode? mode, Func<SafeFileHandle, bool>? giveTo)
    {
        // Unbuffered: every byte is written before the copy takes its owner and mode, which a later write could clear
        // the set-user-ID bits of.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 0 };
        if (mode is { } unix && !OperatingSystem.IsWindows())
            options.UnixCreateMode = unix;
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(bytes);
        if (giveTo is null || !giveTo(stream.SafeFileHandle))
            return false;
        // Synced before the rename, or a power loss could leave the file's name on bytes never written.
        stream.Flush(flushToDisk: true);
        return true;
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
