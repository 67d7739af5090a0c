using System.Runtime.InteropServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Tests.Robustness;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Features;

public sealed class FoldingTests
{
    private static List<(int, int, FoldingKind)> Regions(string text) =>
        [.. Folding.Of(new DocumentAnalyzer().Analyze(text, AnalysisContext.Default)).Select(r => (r.StartLine, r.EndLine, r.Kind))];

    [Fact]
    public void The_statements_after_a_missing_semicolon_fold_on_their_own_with_their_lists()
    {
        const string text = "SELECT 1\nBACKUP SNAPSHOT db.s TO repo\nON (\n  t1,\n  t2\n)\n/* between\n */\nSHOW BACKUP\n  FROM db;";
        Assert.Equal([(1, 5, FoldingKind.Region), (2, 4, FoldingKind.Region), (6, 7, FoldingKind.Comment), (8, 9, FoldingKind.Region)], Regions(text));
        Assert.Equal(Regions(text.Replace("SELECT 1", "SELECT 1;").Replace(")\n/*", ");\n/*")), Regions(text));
    }

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

    [Fact]
    public void A_list_that_spans_lines_folds_across_every_kind_of_line_break()
    {
        // The ON list starts on the statement's first line: one fold there, the statement's.
        Assert.Equal(
            [(0, 4, FoldingKind.Region), (1, 2, FoldingKind.Region)],
            Regions("BACKUP SNAPSHOT db.s TO repo ON (\r\n  t1 PARTITION (p1,\r    p2),\n  t2\r\n)"));
        Assert.Equal(
            [(0, 5, FoldingKind.Region), (1, 4, FoldingKind.Region), (2, 3, FoldingKind.Region)],
            Regions("BACKUP SNAPSHOT db.s TO repo\rON (\r\n  t1 PARTITION (p1,\r    p2),\n  t2\r\n)"));
        // A ) that does not start its line folds with its line; a list opened and closed on one line does not fold. The
        // ON list folds the statement's lines, and is one fold with it.
        Assert.Equal(
            [(0, 2, FoldingKind.Region)],
            Regions("SELECT 1; BACKUP SNAPSHOT db.s TO repo ON (\r\n  t1,\r  t2) PROPERTIES (\"type\" = \"full\")"));
    }

    [Fact]
    public void A_version_is_folded_once_and_a_statement_scanned_for_its_lists_once_per_parse()
    {
        const string text = "SELECT 1;\nBACKUP SNAPSHOT db.s TO repo\nON (\n  t1,\n  t2\n);\n";
        var analyzer = new DocumentAnalyzer();
        var analysis = analyzer.Analyze(text, AnalysisContext.Default);
        var backup = analysis.Statements.Single(s => s.Parsed.Kind == StatementKind.Backup).Parsed;
        Assert.Null(backup.Folds);

        var first = Folding.Of(analysis);

        // Asked again for the same version: the same regions, not worked out again.
        var kept = Assert.IsType<FoldingRegion[]>(backup.Folds);
        Assert.Same(ImmutableCollectionsMarshal.AsArray(first), ImmutableCollectionsMarshal.AsArray(Folding.Of(analysis)));
        Assert.Same(kept, backup.Folds);

        // Lines added above the statement move its lists with it, from the same memo.
        var edited = analyzer.Analyze(analysis.Text.Replace(new TextSpan(0, 0), "-- a\n-- b\n"), AnalysisContext.Default, analysis);
        Assert.Same(backup, edited.Statements.Single(s => s.Parsed.Kind == StatementKind.Backup).Parsed);
        var moved = Folding.Of(edited);
        Assert.Same(kept, backup.Folds);
        Assert.Equal<FoldingRegion>(Folding.Of(new DocumentAnalyzer().Analyze(edited.Text.ToString(), AnalysisContext.Default)), moved);
        Assert.Equal<FoldingRegion>(
            [new FoldingRegion(0, 1, FoldingKind.Comment), new FoldingRegion(3, 7, Label: "BACKUP db.s → repo"), new FoldingRegion(4, 6)],
            moved);
    }

    [Fact]
    public void Lists_kept_from_earlier_versions_fold_where_the_document_lines_put_them()
    {
        var documents = Gen.Frequency((3, Gen.OneOf(SqlFragments.ValidStatements)), (2, SqlFragments.EditedStatement), (1, SqlFragments.Soup))
            .Array[1, 8].Select(parts => string.Join("\n", parts));
        var edits = Gen.Select(Gen.Double[0, 1], Gen.Int[0, 4], Gen.OneOf("", "\n", "\r", "\r\n", "(", ")", ";", " (\n", "\n)", "-- x\n", "/*\n*/"))
            .Array[1, 5];
        Gen.Select(documents, edits).Sample((original, chain) =>
        {
            var analyzer = new DocumentAnalyzer();
            var analysis = analyzer.Analyze(original, AnalysisContext.Default);
            Folding.Of(analysis);
            foreach (var (where, length, inserted) in chain)
            {
                var position = (int)(where * analysis.Text.Length);
                var edited = analysis.Text.Replace(new TextSpan(position, Math.Min(length, analysis.Text.Length - position)), inserted);
                analysis = analyzer.Analyze(edited, AnalysisContext.Default, analysis);
                var regions = Folding.Of(analysis);
                Assert.Equal<FoldingRegion>(Folding.Of(new DocumentAnalyzer().Analyze(edited.ToString(), AnalysisContext.Default)), regions);
                Assert.Equal(
                    RegionsByDocumentLines(analysis),
                    Folding.Unnested(analysis, []).Where(r => r.Kind == FoldingKind.Region).Select(r => (r.StartLine, r.EndLine)).Distinct().Order());
                AssertWellNested(regions);
            }
        }, iter: 500);
    }

    [Fact]
    public void A_fold_ends_before_the_line_where_the_next_statement_starts()
    {
        const string text = """
            BACKUP SNAPSHOT db.s1 TO repo
            ON (t1); SHOW BACKUP;
            BACKUP SNAPSHOT db.s2 TO repo
            ON (t2)
            PROPERTIES ("type" = "full"); BACKUP SNAPSHOT db.s3 TO repo
            ON (t3)
            PROPERTIES ("type" = "full")
            ; SELECT 1;
            """;
        // Folded to their first lines, s1 would hide SHOW BACKUP, s2 the line s3 starts on, s3 the SELECT: s1 has no line
        // to fold but its first.
        Assert.Equal([(2, 3, FoldingKind.Region), (4, 6, FoldingKind.Region)], Regions(text));
        Assert.Equal([(2, 3, FoldingKind.Region), (4, 6, FoldingKind.Region)], Regions(text.ReplaceLineEndings("\r\n")));
    }

    [Fact]
    public void Folds_that_would_overlap_end_before_the_later_one_starts()
    {
        const string text = """
            BACKUP SNAPSHOT db.s TO repo ON (
              t1,
              t2) PROPERTIES (
              "type" = "full"
            ); /* about
            the next */
            /* one
            more */ SHOW BACKUP;
            """;
        // The statement keeps in view the line where the comment opens; the ON list, which starts on the statement's
        // first line, folds with it; the second comment ends on the line SHOW BACKUP starts on, and would fold no line
        // but its first.
        Assert.Equal([(0, 3, FoldingKind.Region), (2, 3, FoldingKind.Region), (4, 5, FoldingKind.Comment)], Regions(text));
    }

    /// <summary>
    /// Each fold inside the one around it or after it, and no two on one line: folding one never hides the first line of
    /// another.
    /// </summary>
    private static void AssertWellNested(IEnumerable<FoldingRegion> regions)
    {
        var open = new Stack<FoldingRegion>();
        foreach (var region in regions)
        {
            Assert.True(region.EndLine > region.StartLine);
            while (open.TryPeek(out var outer) && outer.EndLine < region.StartLine)
                open.Pop();
            if (open.TryPeek(out var around))
                Assert.True(region.StartLine > around.StartLine && region.EndLine <= around.EndLine, $"{region} overlaps {around}");
            open.Push(region);
        }
    }

    /// <summary>
    /// The statements (and the parts of one after a missing `;`) and lists that span lines, their lines read from the
    /// document's own line index as the regions were before the lists were kept with the statements' parses.
    /// </summary>
    private static IEnumerable<(int, int)> RegionsByDocumentLines(DocumentAnalysis analysis)
    {
        var lines = analysis.Lines;
        var regions = new HashSet<(int, int)>();
        foreach (var statement in analysis.Statements)
        {
            // A statement with statements after missing `;`s in it folds as its parts: each that spans lines, with its lists.
            foreach (var part in statement.Parts())
            {
                if (lines.LineOf(part.Span.End) > lines.LineOf(part.Start))
                    regions.Add((lines.LineOf(part.Start), lines.LineOf(part.Span.End)));
                AddLists(analysis, part, regions);
            }
        }
        return regions.Order();
    }

    private static void AddLists(DocumentAnalysis analysis, ScriptStatement part, HashSet<(int, int)> regions)
    {
        var lines = analysis.Lines;
        var open = new Stack<int>();
        foreach (var token in part.Parsed.Tokens.Where(t => t.Span.Start < part.Span.Length))
        {
            var at = part.Start + token.Span.Start;
            if (token.Kind == TokenKind.LParen)
                open.Push(lines.LineOf(at));
            else if (token.Kind == TokenKind.RParen && open.TryPop(out var start))
            {
                var startsItsLine = string.IsNullOrWhiteSpace(analysis.Text.ToString(TextSpan.FromBounds(lines.LineStart(lines.LineOf(at)), at)));
                var end = lines.LineOf(at) - (startsItsLine ? 1 : 0);
                if (end > start)
                    regions.Add((start, end));
            }
        }
    }
}
