using System.Text;
using System.Text.Json;
using BackupLsp.Server.Protocol;
using CsCheck;

namespace BackupLsp.Server.Tests;

/// <summary>
/// The document text is read as System.Text.Json reads a string, escapes and all, but for a lone surrogate escape, which
/// it reads as that unit; only the way there differs.
/// </summary>
public sealed class DocumentTextConverterTests
{
    private static readonly DocumentTextConverter Converter = new();

    private static string? ReadWith(DocumentTextConverter converter, byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return converter.Read(ref reader, typeof(string), JsonSerializerOptions.Default);
    }

    private static string? ReadByTheReader(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return reader.GetString();
    }

    /// <summary>The outcome of a read: the text, or that it failed.</summary>
    private static string Outcome(Func<string?> read)
    {
        try
        {
            return $"text: {read()}";
        }
        catch (InvalidOperationException)
        {
            return "fails";
        }
    }

    [Fact]
    public void Any_text_as_a_client_escapes_it_reads_back_the_same() =>
        // Line breaks, quotes, backslashes, control characters, letters outside ASCII and a character outside the BMP.
        Gen.OneOf(new[] { "a", "b", " ", "\n", "\r", "\t", "\"", "\\", "/", "\b", "\f", "\u0001", "é", "快", "😀" }).Array[0, 200].Sample(pieces =>
        {
            var text = string.Concat(pieces);
            Assert.Equal(text, ReadWith(Converter, JsonSerializer.SerializeToUtf8Bytes(text)));
        }, iter: 5_000);

    [Fact]
    public void Any_escaped_string_reads_as_the_json_reader_reads_it_and_a_lone_surrogate_as_its_unit() =>
        // Raw JSON string bodies: escapes of every kind, \u escapes of surrogates paired or not, raw multi-byte text.
        Gen.Select(Gen.Int[0, 12], Gen.Char['\uD800', '\uDFFF'], Gen.Char['a', 'z']).Array[0, 40].Sample(pieces =>
        {
            var body = new StringBuilder();
            var meant = new StringBuilder();
            foreach (var (kind, surrogate, letter) in pieces)
            {
                body.Append(kind switch
                {
                    0 => "\\n", 1 => "\\\"", 2 => "\\\\", 3 => "\\/", 4 => "\\b", 5 => "\\f", 6 => "\\t", 7 => "\\r",
                    8 => $"\\u{(int)surrogate:X4}", 9 => $"\\u{(int)letter:x4}", 10 => "é😀", _ => letter.ToString(),
                });
                meant.Append(kind switch
                {
                    0 => "\n", 1 => "\"", 2 => "\\", 3 => "/", 4 => "\b", 5 => "\f", 6 => "\t", 7 => "\r",
                    8 => surrogate.ToString(), 10 => "é😀", _ => letter.ToString(),
                });
            }
            var json = Encoding.UTF8.GetBytes($"\"{body}\"");
            Assert.Equal(meant.ToString(), ReadWith(Converter, json));
            if (Outcome(() => ReadByTheReader(json)) is var byReader && byReader != "fails")
                Assert.Equal(byReader, Outcome(() => ReadWith(Converter, json)));
        }, iter: 20_000);

    [Fact]
    public void Opened_and_changed_text_is_read_through_it()
    {
        Assert.IsType<DocumentTextConverter>(LspJsonContext.Default.TextDocumentItem.Properties.Single(p => p.Name == "text").CustomConverter);
        Assert.IsType<DocumentTextConverter>(LspJsonContext.Default.TextDocumentContentChangeEvent.Properties.Single(p => p.Name == "text").CustomConverter);
    }

    [Fact]
    public void A_large_opened_document_deserializes_through_it()
    {
        var text = string.Concat(Enumerable.Repeat("BACKUP SNAPSHOT db.\"s\" TO repo;\n", 2_000));
        var json = JsonSerializer.SerializeToUtf8Bytes(new { textDocument = new { uri = "file:///a.sql", languageId = "sql", version = 1, text } });
        var opened = JsonSerializer.Deserialize(json, LspJsonContext.Default.DidOpenTextDocumentParams)!;
        Assert.Equal(text, opened.TextDocument.Text);
    }
}
