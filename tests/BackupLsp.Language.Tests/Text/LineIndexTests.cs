using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Text;

public sealed class LineIndexTests
{
    [Theory]
    [InlineData("a\nb\nc")]
    [InlineData("a\r\nb\r\nc")]
    [InlineData("a\rb\rc")]
    [InlineData("a\r\nb\rc")]
    public void Every_line_break_style_ends_a_line(string text)
    {
        var lines = LineIndex.Create(DocumentText.From(text));
        Assert.Equal(3, lines.LineCount);
        Assert.Equal(["a", "b", "c"], Enumerable.Range(0, 3).Select(l => text[lines.LineStart(l)..lines.LineEnd(l, DocumentText.From(text))]));
    }

    [Fact]
    public void Crlf_is_one_line_break_and_an_empty_last_line_counts()
    {
        var lines = LineIndex.Create(DocumentText.From("a\r\n"));
        Assert.Equal(2, lines.LineCount);
        Assert.Equal(3, lines.LineStart(1));
        Assert.Equal(new LinePosition(0, 1), lines.GetPosition(1));
        Assert.Equal(new LinePosition(0, 2), lines.GetPosition(2)); // between CR and LF
        Assert.Equal(new LinePosition(1, 0), lines.GetPosition(3));
    }

    [Fact]
    public void Lf_cr_is_two_line_breaks() =>
        Assert.Equal(3, LineIndex.Create(DocumentText.From("a\n\rb")).LineCount);

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        const string text = "😀x\n快y";
        var lines = LineIndex.Create(DocumentText.From(text));
        Assert.Equal(new LinePosition(0, 2), lines.GetPosition(text.IndexOf('x')));
        Assert.Equal(new LinePosition(1, 1), lines.GetPosition(text.IndexOf('y')));
        Assert.Equal(text.IndexOf('x'), lines.GetOffset(new LinePosition(0, 2), DocumentText.From(text)));
    }

    [Fact]
    public void Offsets_and_positions_round_trip()
    {
        const string text = "BACKUP\r\nSNAPSHOT\rs\nTO r";
        var lines = LineIndex.Create(DocumentText.From(text));
        for (var offset = 0; offset <= text.Length; offset++)
        {
            if (offset > 0 && text[offset - 1] == '\r' && offset < text.Length && text[offset] == '\n')
                continue; // inside a CRLF: no position of its own
            Assert.Equal(offset, lines.GetOffset(lines.GetPosition(offset), DocumentText.From(text)));
        }
    }

    [Fact]
    public void Out_of_range_input_is_clamped()
    {
        const string text = "ab\ncd";
        var lines = LineIndex.Create(DocumentText.From(text));
        Assert.Equal(new LinePosition(0, 0), lines.GetPosition(-5));
        Assert.Equal(new LinePosition(1, 2), lines.GetPosition(99));
        Assert.Equal(2, lines.GetOffset(new LinePosition(0, 99), DocumentText.From(text)));
        Assert.Equal(0, lines.GetOffset(new LinePosition(-1, 3), DocumentText.From(text)));
        Assert.Equal(text.Length, lines.GetOffset(new LinePosition(7, 0), DocumentText.From(text)));
        Assert.Equal(0, lines.GetOffset(new LinePosition(0, -3), DocumentText.From(text)));
        // The largest column a client may send, on a line that does not start the text: no overflow past the line's start.
        Assert.Equal(text.Length, lines.GetOffset(new LinePosition(1, int.MaxValue), DocumentText.From(text)));
    }

    [Fact]
    public void An_empty_text_has_one_empty_line()
    {
        var lines = LineIndex.Create(DocumentText.From(""));
        Assert.Equal(1, lines.LineCount);
        Assert.Equal(new LinePosition(0, 0), lines.GetPosition(0));
    }

    /// <summary>Texts dense in line breaks, so that edits split, join and move CR LF pairs.</summary>
    private static readonly Gen<string> BreakyText = Gen.Char["ab\r\n"].Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void An_index_made_from_an_earlier_version_matches_one_made_from_scratch() =>
        Gen.Select(BreakyText, Gen.Int[0, 40], Gen.Int[0, 6], BreakyText).Sample((earlier, where, length, inserted) =>
        {
            var position = Math.Min(where, earlier.Length);
            var text = string.Concat(earlier.AsSpan(0, position), inserted.AsSpan(0, Math.Min(inserted.Length, 5)),
                earlier.AsSpan(position + Math.Min(length, earlier.Length - position)));
            var incremental = Incremental(text, earlier);
            Assert.Equal(Starts(LineIndex.Create(DocumentText.From(text))), Starts(incremental));
        }, iter: 20_000);

    /// <summary>
    /// A long script edited again and again, each index made from the one before: edits within a chunk of line starts,
    /// across several, pastes of thousands of lines and deletions of as many, at line breaks and between them.
    /// </summary>
    [Fact]
    public void A_chain_of_edits_to_a_long_text_keeps_every_index_exact() =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 3_000], Gen.Int[0, 3], Gen.Int[0, 5_000]).Array[60].Sample(edits =>
        {
            var text = string.Concat(Enumerable.Range(0, 5_000).Select(i => i % 7 == 0 ? "x\r\n" : i % 5 == 0 ? "yz\r" : "abc\n"));
            var lines = LineIndex.Create(DocumentText.From(text));
            foreach (var (where, length, kind, lineCount) in edits)
            {
                var position = where % (text.Length + 1);
                var removed = Math.Min(kind == 0 ? length * 4 : length % 3, text.Length - position);
                var inserted = kind switch
                {
                    1 => string.Concat(Enumerable.Repeat("q\n", lineCount)),
                    2 => "\n",
                    3 => "",
                    _ => "z",
                };
                var earlier = text;
                text = string.Concat(text.AsSpan(0, position), inserted, text.AsSpan(position + removed));
                var (now, before) = (DocumentText.From(text), DocumentText.From(earlier));
                lines = LineIndex.Create(now, lines, ChangedRegion.Between(now, before));
                Assert.Equal(Starts(LineIndex.Create(now)), Starts(lines));
                Assert.Equal(lines.GetPosition(position), LineIndex.Create(now).GetPosition(position));
            }
        }, iter: 40);

    [Theory]
    [InlineData("a\rb", "a\r\nb")]   // a LF after a CR joins them into one break
    [InlineData("a\r\nb", "a\rb")]   // removing it splits them
    [InlineData("a\nb", "a\r\nb")]   // a CR before a LF
    [InlineData("\r\n\r\n", "\r\r\n\n")]
    [InlineData("", "\n")]
    [InlineData("\n", "")]
    public void Edits_at_line_breaks_keep_the_index_exact(string earlier, string text) =>
        Assert.Equal(Starts(LineIndex.Create(DocumentText.From(text))),
            Starts(Incremental(text, earlier)));

    private static LineIndex Incremental(string text, string earlier)
    {
        var (now, before) = (DocumentText.From(text), DocumentText.From(earlier));
        return LineIndex.Create(now, LineIndex.Create(before), ChangedRegion.Between(now, before));
    }

    private static int[] Starts(LineIndex lines) => [.. Enumerable.Range(0, lines.LineCount).Select(lines.LineStart)];
}
