using System.Text;

namespace BackupLsp.Language.Text;

/// <summary>A script file's text: UTF-8, or what a byte order mark says (UTF-16, UTF-32), as the CLI and workspace symbols read it.</summary>
public static class ScriptText
{
    /// <summary>UTF-8 that throws on an invalid byte rather than reading it as U+FFFD.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text, whether it decoded cleanly and the encoding it was read in (UTF-8, or UTF-16 or UTF-32 by a byte order
    /// mark); if not cleanly (a Latin-1 file, say, or a UTF-16 one with a lone surrogate), the invalid bytes are read as
    /// U+FFFD, as an editor opening the file shows them. Null when the file holds more than <paramref name="maxBytes"/>.
    /// </summary>
    public static (string Text, bool Valid, string EncodingName)? Read(string path, long maxBytes) => Decoded(BoundedFile.ReadAllBytes(path, maxBytes));

    /// <summary>As <see cref="Read(string, long)"/>, for a stream read to its end (standard input).</summary>
    public static (string Text, bool Valid, string EncodingName)? Read(Stream stream, long maxBytes) => Decoded(BoundedFile.ReadAllBytes(stream, maxBytes));

    /// <summary>As <see cref="Read(string, long)"/>, for bytes read already.</summary>
    public static (string Text, bool Valid, string EncodingName) Read(byte[] bytes) => Decoded(bytes)!.Value;

    private static (string Text, bool Valid, string EncodingName)? Decoded(byte[]? bytes)
    {
        if (bytes is null)
            return null;
        var (text, valid, encoding) = Decode(bytes);
        return (text, valid, NameOf(encoding));
    }

    private static string NameOf(Encoding encoding) => encoding.CodePage switch { 1200 or 1201 => "UTF-16", 12000 or 12001 => "UTF-32", _ => "UTF-8" };

    /// <summary>
    /// The bytes of <paramref name="changed"/> in the encoding (and with the byte order mark) of <paramref name="original"/>;
    /// none, and why, unless <paramref name="original"/> still holds <paramref name="read"/> and that text encodes back
    /// to it exactly.
    /// </summary>
    public static (byte[]? Bytes, string? WhyNot) Reencode(byte[] original, string read, string changed)
    {
        var (text, valid, encoding) = Decode(original);
        if (text != read)
            return (null, "it changed since it was read");
        if (!valid)
            return (null, $"it is not valid {NameOf(encoding)} (Latin-1, say): its invalid bytes, read as U+FFFD, would be written as U+FFFD");
        var preamble = original.AsSpan().StartsWith(encoding.Preamble) ? encoding.Preamble.ToArray() : [];
        return original.AsSpan().SequenceEqual([.. preamble, .. encoding.GetBytes(read)])
            ? ([.. preamble, .. encoding.GetBytes(changed)], null)
            : (null, $"its {NameOf(encoding)} would not be written back byte for byte");
    }

    private static (string Text, bool Valid, Encoding Encoding) Decode(byte[] bytes)
    {
        (string Text, bool Valid, Encoding Encoding) decoded;
        try
        {
            decoded = Decode(bytes, StrictUtf8, valid: true);
        }
        catch (DecoderFallbackException)
        {
            return Decode(bytes, Encoding.UTF8, valid: false);
        }
        // A byte order mark chose another encoding, whose reader replaced what it could not read without a word.
        if (Strict(decoded.Encoding) is not { } strict)
            return decoded;
        try
        {
            strict.GetString(bytes, strict.Preamble.Length, bytes.Length - strict.Preamble.Length);
            return decoded;
        }
        catch (DecoderFallbackException)
        {
            return decoded with { Valid = false };
        }
    }

    /// <summary>The encoding a byte order mark chose, throwing on what it cannot read; none for UTF-8.</summary>
    private static Encoding? Strict(Encoding encoding) => encoding.CodePage switch
    {
        1200 or 1201 => new UnicodeEncoding(bigEndian: encoding.CodePage == 1201, byteOrderMark: true, throwOnInvalidBytes: true),
        12000 or 12001 => new UTF32Encoding(bigEndian: encoding.CodePage == 12001, byteOrderMark: true, throwOnInvalidCharacters: true),
        _ => null,
    };

    private static (string Text, bool Valid, Encoding Encoding) Decode(byte[] bytes, Encoding encoding, bool valid)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        return (text, valid, reader.CurrentEncoding);
    }
}
