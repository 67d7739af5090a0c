using System.Text;

namespace BackupLsp.Language.Text;

/// <summary>A script file's text: UTF-8, or what a byte order mark says (UTF-16, UTF-32), as the CLI and workspace symbols read it.</summary>
public static class ScriptText
{
    /// <summary>UTF-8 that throws on an invalid byte rather than reading it as U+FFFD.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text, and whether it decoded cleanly; if not (a Latin-1 file, say), the invalid bytes are read as U+FFFD, as an
    /// editor opening the file as UTF-8 shows them. Null when the file holds more than <paramref name="maxBytes"/>.
    /// </summary>
    public static (string Text, bool Valid)? Read(string path, long maxBytes) => Decoded(BoundedFile.ReadAllBytes(path, maxBytes));

    /// <summary>As <see cref="Read(string, long)"/>, for a stream read to its end (standard input).</summary>
    public static (string Text, bool Valid)? Read(Stream stream, long maxBytes) => Decoded(BoundedFile.ReadAllBytes(stream, maxBytes));

    private static (string Text, bool Valid)? Decoded(byte[]? bytes)
    {
        if (bytes is null)
            return null;
        var (text, valid, _) = Decode(bytes);
        return (text, valid);
    }

    /// <summary>
    /// The bytes of <paramref name="changed"/> in the encoding (and with the byte order mark) of <paramref name="original"/>;
    /// null unless <paramref name="original"/> still holds <paramref name="read"/> and that text encodes back to it exactly.
    /// </summary>
    public static byte[]? Reencode(byte[] original, string read, string changed)
    {
        var (text, valid, encoding) = Decode(original);
        if (!valid || text != read)
            return null;
        var preamble = original.AsSpan().StartsWith(encoding.Preamble) ? encoding.Preamble.ToArray() : [];
        return original.AsSpan().SequenceEqual([.. preamble, .. encoding.GetBytes(read)]) ? [.. preamble, .. encoding.GetBytes(changed)] : null;
    }

    private static (string Text, bool Valid, Encoding Encoding) Decode(byte[] bytes)
    {
        try
        {
            return Decode(bytes, StrictUtf8, valid: true);
        }
        catch (DecoderFallbackException)
        {
            return Decode(bytes, Encoding.UTF8, valid: false);
        }
    }

    private static (string Text, bool Valid, Encoding Encoding) Decode(byte[] bytes, Encoding encoding, bool valid)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        return (text, valid, reader.CurrentEncoding);
    }
}
