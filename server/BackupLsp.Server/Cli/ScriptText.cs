using System.Text;

namespace BackupLsp.Server.Cli;

/// <summary>A script file's text: UTF-8, or what a byte order mark says (UTF-16, UTF-32).</summary>
internal static class ScriptText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text, and whether it decoded cleanly; if not (a Latin-1 file, say), the invalid bytes are read as U+FFFD, as an
    /// editor opening the file as UTF-8 shows them.
    /// </summary>
    public static async Task<(string Text, bool Valid)> ReadAsync(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        try
        {
            return (Decode(bytes, StrictUtf8), true);
        }
        catch (DecoderFallbackException)
        {
            return (Decode(bytes, Encoding.UTF8), false);
        }
    }

    private static string Decode(byte[] bytes, Encoding encoding)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
