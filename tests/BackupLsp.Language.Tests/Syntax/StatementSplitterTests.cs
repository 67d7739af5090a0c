using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Syntax;

/// <summary>Each statement is read from its own start, as its parse reads its text, whatever lies before it.</summary>
public sealed class StatementSplitterTests
{
    [Fact]
    public void Full_width_spaces_after_a_dollar_body_a_statement_closes_are_whitespace()
    {
        // In the second statement the last `$$` closes the body its first `$$` opens, so the U+3000s after it, before a line
        // break, are whitespace; after a `$$` that opens nothing they are a name's letters.
        const string Script = "(1.5a\n; $$a.1.5 ;*/ -- c\nBACKUP SNAPSHOT s TO r\n$$\u3000\u3000\u3000\u3000\n;/*";

        Assert.Equal(["(1.5a", "$$a.1.5 ;*/ -- c\nBACKUP SNAPSHOT s TO r\n$$", "/*"],
            StatementSplitter.Split(Script).Select(span => Script[span.Start..span.End]));
    }

    [Fact]
    public void A_dollar_pair_right_after_a_number_opens_a_body_that_a_semicolon_does_not_end()
    {
        // `1.5` is a number that ends at the `$$` (StarRocks' DECIMAL_VALUE), so the `$$` starts a token: a body up to the
        // next `$$`. After a name's letters (`a$$`) the `$$` goes on the name.
        const string Script = "SELECT 1.5$$ ; $$ FROM t;\nSELECT a$$ ; SELECT 1e-5$$b";

        Assert.Equal(["SELECT 1.5$$ ; $$ FROM t", "SELECT a$$", "SELECT 1e-5$$b"],
            StatementSplitter.Split(Script).Select(span => Script[span.Start..span.End]));
    }

    [Fact]
    public void A_dollar_pair_after_spaces_read_as_letters_goes_on_their_name()
    {
        // StarRocks reads `x　$$y` and `\u00A0$$z` as names (U+3000 and U+00A0 are letters there, `$` too): no body opens, so
        // the `;` after each ends its statement.
        const string Script = "SELECT x\u3000$$y ; SELECT 1;\nSELECT (\u00A0$$z ; $$)";

        Assert.Equal(["SELECT x\u3000$$y", "SELECT 1", "SELECT (\u00A0$$z", "$$)"],
            StatementSplitter.Split(Script).Select(span => Script[span.Start..span.End]));
    }

    [Fact]
    public void A_full_width_space_after_a_no_break_space_goes_on_with_it_as_a_letter()
    {
        // StarRocks reads the run of both as letters (only U+3000 alone, before an ASCII blank, is whitespace), so the
        // statement ends after the U+3000, where its diagnostic goes.
        const string Script = "BACKUP SNAPSHOT s\u00A0\u3000\n;";

        Assert.Equal(["BACKUP SNAPSHOT s\u00A0\u3000"], StatementSplitter.Split(Script).Select(span => Script[span.Start..span.End]));
    }

    [Fact]
    public void An_edit_before_dollar_pairs_and_full_width_spaces_splits_again_only_around_it()
    {
        var original = string.Concat(Enumerable.Repeat("SHOW BACKUP FROM db;\n", 500)) + "SELECT $$a$$\u3000x, $$ b $$\u3000;\n";
        var before = DocumentText.From(original);
        var previous = StatementSplitter.Split(original);
        var text = before.Replace(new TextSpan("SHOW BACKUP FROM ".Length, 2), "sales");

        var resplit = StatementSplitter.Resplit(text, ChangedRegion.Between(text, before), previous);

        Assert.Equal(1, resplit.ResumedAt);
        Assert.Equal(StatementSplitter.Split(text.ToString()),
            [.. previous.Take(resplit.Kept), .. resplit.Scanned, .. previous.Skip(resplit.ResumedAt).Select(span => span.Shift(resplit.Delta))]);
    }
}
