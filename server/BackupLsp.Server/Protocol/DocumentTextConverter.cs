using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

/// <summary>
/// Reads a document's text, which a client sends whole on open, straight into its string. System.Text.Json unescapes a
/// string with escapes (every line break of a script is one) into a buffer as long as the value before making the string:
/// for a 1 MB script, a megabyte of memory touched for the first time on the path every open waits on. The same text as
/// <see cref="Utf8JsonReader.GetString"/> reads, but for a lone surrogate escape (<c>\ud800</c>): the reader refuses it,
/// and with it the whole notification, where the client's document (a JavaScript string, say) holds that unit; it is
/// read as that unit, so that the text and its UTF-16 positions stay the client's.
/// </summary>
internal sealed class DocumentTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.ValueIsEscaped)
            return reader.GetString();
        ReadOnlySpan<byte> escaped = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return string.Create(Unescape(escaped, [], countOnly: true), escaped, static (text, escaped) => Unescape(escaped, text, countOnly: false));
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static readonly SearchValues<byte> Backslash = SearchValues.Create("\\"u8);

    /// <summary>
    /// Unescapes the UTF-8 value into <paramref name="text"/> and returns how many characters it made, or with
    /// <paramref name="countOnly"/> only counts them: one walk for both, so that the count and the text cannot disagree.
    /// </summary>
    private static int Unescape(ReadOnlySpan<byte> escaped, Span<char> text, bool countOnly)
    {
        var written = 0;
        while (escaped.IndexOfAny(Backslash) is var next && next >= 0)
        {
            written += countOnly ? Encoding.UTF8.GetCharCount(escaped[..next]) : Encoding.UTF8.GetChars(escaped[..next], text[written..]);
            var isUnicode = escaped[next + 1] == (byte)'u';
            var unit = isUnicode
                ? (char)int.Parse(escaped.Slice(next + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
                : escaped[next + 1] switch
                {
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    var escape => (char)escape, // \" \\ \/: the reader let no other escape through
                };
            if (!countOnly)
                text[written] = unit;
            written++;
            escaped = escaped[(next + (isUnicode ? 6 : 2))..];
        }
        return written + (countOnly ? Encoding.UTF8.GetCharCount(escaped) : Encoding.UTF8.GetChars(escaped, text[written..]));
    }
}
