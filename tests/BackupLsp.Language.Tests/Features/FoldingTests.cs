using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;

namespace BackupLsp.Language.Tests.Features;

public sealed class FoldingTests
{
    private static List<(int, int, FoldingKind)> Regions(string text) =>
        [.. Folding.Of(new DocumentAnalyzer().Analyze(text, AnalysisContext.Default)).Select(r => (r.StartLine, r.EndLine, r.Kind))];

    [Fact]
    public void Statements_their_lists_and_the_comments_between_them_fold()
    {
        const string text = """
            -- Nightly backups
            -- of the sales data
            SELECT 1; -- trailing
            -- single
            /* block
               comment */
            BACKUP SNAPSHOT db.s TO repo
            ON (
              t1,
              t2 PARTITION (p1,
                            p2)
            )
            PROPERTIES ("type" = "full");
            SELECT (
              1
            );
            """;
        Assert.Equal(
            [
                (0, 1, FoldingKind.Comment), (4, 5, FoldingKind.Comment), (6, 12, FoldingKind.Region), (7, 10, FoldingKind.Region),
                (9, 10, FoldingKind.Region), (13, 15, FoldingKind.Region),
            ],
            Regions(text));
    }

    [Fact]
    public void Comments_at_the_end_and_across_line_endings_fold_and_single_lines_do_not()
    {
        Assert.Equal([(1, 2, FoldingKind.Comment)], Regions("SHOW BACKUP;\r\n-- a\r-- b\n\n-- c"));
        Assert.Empty(Regions("/* one line */ SHOW BACKUP; -- x"));
    }
}
