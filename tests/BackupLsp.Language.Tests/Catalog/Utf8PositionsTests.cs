using System.Text;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Catalog;

public sealed class Utf8PositionsTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Const("a"), Gen.Const("\n"), Gen.Const("\r"), Gen.Const("\r\n"), Gen.Const("é"), Gen.Const("€"), Gen.Const("😀"), Gen.Const("\""))
        .Array[0, 30].Select(parts => string.Concat(parts));

    [Fact]
    public void Byte_offsets_read_as_the_line_index_places_the_characters_in_any_order() =>
        Gen.Select(Text, Gen.Int.Array[1, 10]).Sample((text, picks) =>
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            var lines = LineIndex.Create(DocumentText.From(text));
            var positions = new Utf8Positions(utf8);
            foreach (var pick in picks)
            {
                // A character boundary: the byte offset of the first `chars` characters.
                var chars = Math.Abs(pick % (text.Length + 1));
                if (chars > 0 && chars < text.Length && char.IsLowSurrogate(text[chars]))
                    chars--;
                var bytes = Encoding.UTF8.GetByteCount(text.AsSpan(0, chars));
                Assert.Equal(lines.GetPosition(chars), positions.At(bytes));
            }
        }, iter: 2000);
}
