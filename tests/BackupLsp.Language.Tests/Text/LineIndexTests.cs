using BackupLsp.Language.Text;

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
        var lines = LineIndex.Create(text);
        Assert.Equal(3, lines.LineCount);
        Assert.Equal(["a", "b", "c"], Enumerable.Range(0, 3).Select(l => text[lines.LineStart(l)..lines.LineEnd(l, text)]));
    }

    [Fact]
    public void Crlf_is_one_line_break_and_an_empty_last_line_counts()
    {
        var lines = LineIndex.Create("a\r\n");
        Assert.Equal(2, lines.LineCount);
        Assert.Equal(3, lines.LineStart(1));
        Assert.Equal(new LinePosition(0, 1), lines.GetPosition(1));
        Assert.Equal(new LinePosition(0, 2), lines.GetPosition(2)); // between CR and LF
        Assert.Equal(new LinePosition(1, 0), lines.GetPosition(3));
    }

    [Fact]
    public void Lf_cr_is_two_line_breaks() =>
        Assert.Equal(3, LineIndex.Create("a\n\rb").LineCount);

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        const string text = "😀x\n快y";
        var lines = LineIndex.Create(text);
        Assert.Equal(new LinePosition(0, 2), lines.GetPosition(text.IndexOf('x')));
        Assert.Equal(new LinePosition(1, 1), lines.GetPosition(text.IndexOf('y')));
        Assert.Equal(text.IndexOf('x'), lines.GetOffset(new LinePosition(0, 2), text));
    }

    [Fact]
    public void Offsets_and_positions_round_trip()
    {
        const string text = "BACKUP\r\nSNAPSHOT\rs\nTO r";
        var lines = LineIndex.Create(text);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            if (offset > 0 && text[offset - 1] == '\r' && offset < text.Length && text[offset] == '\n')
                continue; // inside a CRLF: no position of its own
            Assert.Equal(offset, lines.GetOffset(lines.GetPosition(offset), text));
        }
    }

    [Fact]
    public void Out_of_range_input_is_clamped()
    {
        const string text = "ab\ncd";
        var lines = LineIndex.Create(text);
        Assert.Equal(new LinePosition(0, 0), lines.GetPosition(-5));
        Assert.Equal(new LinePosition(1, 2), lines.GetPosition(99));
        Assert.Equal(2, lines.GetOffset(new LinePosition(0, 99), text));
        Assert.Equal(0, lines.GetOffset(new LinePosition(-1, 3), text));
        Assert.Equal(text.Length, lines.GetOffset(new LinePosition(7, 0), text));
        Assert.Equal(0, lines.GetOffset(new LinePosition(0, -3), text));
    }

    [Fact]
    public void An_empty_text_has_one_empty_line()
    {
        var lines = LineIndex.Create("");
        Assert.Equal(1, lines.LineCount);
        Assert.Equal(new LinePosition(0, 0), lines.GetPosition(0));
    }
}
