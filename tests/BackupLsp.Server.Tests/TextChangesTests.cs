using BackupLsp.Language.Text;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
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
    public void A_line_index_at_hand_serves_the_first_change_only()
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

    private static string Apply(string text, TextDocumentContentChangeEvent[] changes, bool withLines = false)
    {
        var document = DocumentText.From(text);
        return TextChanges.Apply(document, changes, withLines ? LineIndex.Create(document) : null).ToString();
    }
}
