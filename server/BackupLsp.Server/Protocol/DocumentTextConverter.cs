using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

/// <summary>
/// Reads a document's text, which a client sends whole on open, straight into its string. System.Text.Json unescapes a
/// string with escapes (every line break of a script is one) into a buffer as long as the value before making the string:
/// for a 1 MB script, a megabyte of memory touched for the first time on the path every open waits on. The same text
/// as <see cref="Utf8JsonReader.GetString"/> reads, and the same error for a lone surrogate escape.
/// </summary>
internal sealed class DocumentTextConverter : JsonConverter<string>
{
    /// <summary>Below this many bytes the reader's own way costs nothing worth saving (it unescapes on the stack).</summary>
    private readonly int _minBytes;

    public DocumentTextConverter() : this(16 * 1024)
    {
    }

    internal DocumentTextConverter(int minBytes) => _minBytes = minBytes;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length < _minBytes)
            return reader.GetString();
        var escaped = reader.ValueSpan;
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
        // A high surrogate written by a \u escape, which only a low surrogate's \u escape may follow.
        var awaitingLow = false;
        while (escaped.IndexOfAny(Backslash) is var next && next >= 0)
        {
            if (awaitingLow && next > 0)
                throw LoneSurrogate();
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
            // No simple escape makes a surrogate: after a high surrogate only a low one's \u escape may come.
            if (char.IsLowSurrogate(unit) != awaitingLow)
                throw LoneSurrogate();
            awaitingLow = char.IsHighSurrogate(unit);
            if (!countOnly)
                text[written] = unit;
            written++;
            escaped = escaped[(next + (isUnicode ? 6 : 2))..];
        }
        if (awaitingLow)
            throw LoneSurrogate();
        return written + (countOnly ? Encoding.UTF8.GetCharCount(escaped) : Encoding.UTF8.GetChars(escaped, text[written..]));
    }

    private static InvalidOperationException LoneSurrogate() => new("Cannot read invalid UTF-16 JSON text as string: a lone surrogate escape.");
}
