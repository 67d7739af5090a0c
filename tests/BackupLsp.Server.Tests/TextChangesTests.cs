using BackupLsp.Language.Text;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Protocol;
using CsCheck;
using Range = BackupLsp.Server.Protocol.Range;

namespace BackupLsp.Server.Tests;

public sealed class TextChangesTests
{
    private static TextDocumentContentChangeEvent Replace(int line, int from, int to, string text) =>
        new(new Range(new Position(line, from), new Position(line, to)), text);

    [Fact]
    public void Each_change_is_relative_to_the_text_the_previous_one_left()
    {
        var text = "BACKUP SNAPSHOT s\nTO r;\rSELECT 1;";
        TextDocumentContentChangeEvent[] changes = [Replace(0, 17, 17, "\nx"), Replace(2, 0, 2, "ON"), Replace(3, 0, 6, "SHOW")];

        Assert.Equal("BACKUP SNAPSHOT s\nx\nON r;\rSHOW 1;", Apply(text, changes));
    }

    [Fact]
    public void A_range_whose_end_comes_before_its_start_replaces_the_text_between_them()
    {
        // Not what LSP sends, but what a client may: the text between the two positions, as if they came in order.
        TextDocumentContentChangeEvent[] reversed = [Replace(0, 7, 4, "xyz")];

        Assert.Equal("USE xyz;\nUSE db2;\n", Apply("USE db1;\nUSE db2;\n", reversed));
        Assert.Equal("USE xyz;\nUSE db2;\n", Apply("USE db1;\nUSE db2;\n", reversed, withLines: true));
    }

    [Fact]
    public void The_largest_column_a_client_may_send_is_the_end_of_its_line()
    {
        TextDocumentContentChangeEvent[] toLineEnd = [Replace(1, 3, int.MaxValue, "example_repo;")];

        Assert.Equal("USE db;\nTO example_repo;\nSHOW BACKUP;", Apply("USE db;\nTO nope_repo;\nSHOW BACKUP;", toLineEnd));
        Assert.Equal("USE db;\nTO example_repo;\nSHOW BACKUP;", Apply("USE db;\nTO nope_repo;\nSHOW BACKUP;", toLineEnd, withLines: true));
    }

    [Fact]
    public void A_line_index_at_hand_gives_the_text_that_none_gives()
    {
        var text = "a\nb\nc";
        TextDocumentContentChangeEvent[] changes = [Replace(0, 1, 1, "\n\n"), Replace(3, 0, 1, "B")];

        Assert.Equal(Apply(text, changes), Apply(text, changes, withLines: true));
        Assert.Equal("a\n\n\nB\nc", Apply(text, changes, withLines: true));
    }

    [Fact]
    public void A_full_change_replaces_the_text_and_later_ranges_index_the_new_one()
    {
        TextDocumentContentChangeEvent[] changes = [new(null, "x\ny"), Replace(1, 0, 1, "z")];

        Assert.Equal("x\nz", Apply("old\ntext\nhere", changes, withLines: true));
    }

    [Fact]
    public void Many_changes_at_once_each_find_their_place_in_the_text_the_previous_ones_left() =>
        Gen.Select(Gen.Char["ab\r\n"].Array[0, 30], Gen.Select(Gen.Int[0, 8], Gen.Int[0, 4], Gen.Int[0, 8], Gen.Int[0, 4], Gen.OneOf("", "x", "\n", "\r", "\r\n", "a\rb")).Array[1, 6])
            .Sample((chars, edits) =>
            {
                var model = new string(chars);
                var changes = new List<TextDocumentContentChangeEvent>();
                foreach (var (startLine, startCharacter, endLine, endCharacter, inserted) in edits)
                {
                    // Where a client would send it: positions in the text as the changes before left it.
                    var document = DocumentText.From(model);
                    var lines = LineIndex.Create(document);
                    var start = lines.GetOffset(new LinePosition(startLine, startCharacter), document);
                    var end = Math.Max(start, lines.GetOffset(new LinePosition(endLine, endCharacter), document));
                    var (from, to) = (lines.GetPosition(start), lines.GetPosition(end));
                    changes.Add(new(new Range(new Position(from.Line, from.Character), new Position(to.Line, to.Character)), inserted));
                    model = string.Concat(model.AsSpan(0, start), inserted, model.AsSpan(end));
                }
                Assert.Equal(model, Apply(new string(chars), [.. changes], withLines: true));
                Assert.Equal(model, Apply(new string(chars), [.. changes]));
            }, iter: 5000);

    private static string Apply(string text, TextDocumentContentChangeEvent[] changes, bool withLines = false)
    {
        var document = DocumentText.From(text);
        var (changed, lines, since) = TextChanges.Apply(document, changes, withLines ? LineIndex.Create(document) : null);
        // The index handed on to the next notification, moved past the last change, is the new text's.
        if (lines is not null)
            Assert.Equal(LineStarts(LineIndex.Create(changed)), LineStarts(since is { } change ? LineIndex.Create(changed, lines, change) : lines));
        return changed.ToString();
    }

    private static IEnumerable<int> LineStarts(LineIndex lines) => Enumerable.Range(0, lines.LineCount).Select(lines.LineStart);
}
