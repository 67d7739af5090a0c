namespace BackupLsp.Language.Text;

/// <summary>
/// Reads a whole file up to a limit. The size a file reports is not enough: a device or a pipe reports none, and one such as
/// <c>/dev/zero</c> never ends, so that reading it all ran the process out of memory.
/// </summary>
public static class BoundedFile
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The file's bytes, or null when it holds more than <paramref name="limit"/> (at most <see cref="Array.MaxLength"/>).</summary>
    public static byte[]? ReadAllBytes(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        return ReadAllBytes(stream, limit);
    }

    /// <summary>The stream's bytes to its end (standard input, say), or null when it holds more than <paramref name="limit"/>.</summary>
    public static byte[]? ReadAllBytes(Stream stream, long limit)
    {
        limit = Math.Min(limit, Array.MaxLength);
        var reported = stream.CanSeek ? stream.Length : 0;
        if (reported > limit)
            return null;
        // A regular file is read into an array of its size; the rest (or a file that grew) a chunk at a time.
        var bytes = new byte[reported];
        var length = 0;
        while (length < bytes.Length && stream.Read(bytes, length, bytes.Length - length) is var read and > 0)
            length += read;
        if (length < bytes.Length)
            return bytes[..length];
        var chunk = new byte[ChunkBytes];
        var more = stream.Read(chunk);
        if (more == 0)
            return bytes;
        using var rest = new MemoryStream();
        rest.Write(bytes, 0, length);
        for (; more > 0; more = stream.Read(chunk))
        {
            if (rest.Length + more > limit)
                return null;
            rest.Write(chunk, 0, more);
        }
        return rest.ToArray();
    }
}
