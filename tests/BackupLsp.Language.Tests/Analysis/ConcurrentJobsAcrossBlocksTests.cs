using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>The script-wide concurrent-jobs hint is computed from per-block summaries: it must not depend on where blocks break.</summary>
public sealed class ConcurrentJobsAcrossBlocksTests
{
    private static string Job(string verb, string database, int n) => verb == "BACKUP"
        ? $"BACKUP SNAPSHOT {database}.s{n} TO r;"
        : $"RESTORE SNAPSHOT {database}.s{n} FROM r PROPERTIES (\"backup_timestamp\" = \"2018-05-04-16-45-08\");";

    private static string Script(params (int Index, string Statement)[] jobs)
    {
        var statements = Enumerable.Range(0, 4 * StatementBlock.TargetSize).Select(i => $"SELECT {i};").ToArray();
        foreach (var (index, statement) in jobs)
            statements[index] = statement;
        return string.Join("\n", statements);
    }

    private static List<(string Snapshot, string Message)> Hints(DocumentAnalysis analysis) =>
        [.. analysis.Diagnostics.Where(d => d.Code == "SRB700").Select(d => (analysis.Text.ToString(d.Span), d.Message))];

    [Fact]
    public void Each_database_is_hinted_once_at_its_second_job_wherever_the_blocks_break()
    {
        var text = Script(
            (3, Job("BACKUP", "a", 1)),
            (5, Job("BACKUP", "b", 2)), (6, Job("RESTORE", "b", 3)), (7, Job("BACKUP", "b", 4)),
            (3 * StatementBlock.TargetSize, Job("RESTORE", "a", 5)),
            (3 * StatementBlock.TargetSize + 1, Job("BACKUP", "a", 6)));

        var hints = Hints(new DocumentAnalyzer().Analyze(text, AnalysisContext.Default));

        Assert.Equal(["b.s3", "a.s5"], hints.Select(h => h.Snapshot));
        Assert.Contains("An earlier BACKUP in this script also works on database 'b'", hints[0].Message);
        Assert.Contains("this RESTORE fails", hints[0].Message);
        Assert.Contains("An earlier BACKUP in this script also works on database 'a'", hints[1].Message);
    }

    [Fact]
    public void A_job_inserted_in_an_earlier_block_moves_the_hint_to_the_old_first_job()
    {
        var text = Script((2 * StatementBlock.TargetSize, Job("BACKUP", "a", 1)), (3 * StatementBlock.TargetSize, Job("BACKUP", "a", 2)));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(text, AnalysisContext.Default);
        var edited = text.Replace("SELECT 10;", Job("RESTORE", "a", 0));

        var after = analyzer.Analyze(DocumentText.From(edited), AnalysisContext.Default, before);

        Assert.Equal(["a.s2"], Hints(before).Select(h => h.Snapshot));
        Assert.Equal(["a.s1"], Hints(after).Select(h => h.Snapshot));
        Assert.Equal(Hints(new DocumentAnalyzer().Analyze(edited, AnalysisContext.Default)), Hints(after));
    }

    [Fact]
    public void A_cancel_in_a_block_between_two_jobs_lets_the_second_run_and_removing_it_brings_the_hint_back()
    {
        var text = Script((3, Job("BACKUP", "a", 1)), (2 * StatementBlock.TargetSize, "CANCEL BACKUP FROM a;"),
            (3 * StatementBlock.TargetSize, Job("BACKUP", "a", 2)), (3 * StatementBlock.TargetSize + 1, Job("RESTORE", "a", 3)));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(text, AnalysisContext.Default);
        var edited = text.Replace("CANCEL BACKUP FROM a;", "SELECT 0;");

        var after = analyzer.Analyze(DocumentText.From(edited), AnalysisContext.Default, before);

        Assert.Equal(["a.s3"], Hints(before).Select(h => h.Snapshot));
        Assert.Equal(["a.s2"], Hints(after).Select(h => h.Snapshot));
        Assert.Equal(Hints(new DocumentAnalyzer().Analyze(edited, AnalysisContext.Default)), Hints(after));
    }

    [Theory]
    [InlineData("60", "600")]  // the edit mends the first BACKUP: the second waits for it
    [InlineData("600", "60")]  // the edit makes StarRocks refuse it: it starts no job to wait for
    public void An_edit_that_changes_whether_an_earlier_block_s_job_is_refused_moves_the_hint(string timeout, string edited)
    {
        string Text(string seconds) =>
            Script((3, $"BACKUP SNAPSHOT a.s1 TO r PROPERTIES (\"timeout\" = \"{seconds}\");"), (3 * StatementBlock.TargetSize, Job("BACKUP", "a", 2)));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Text(timeout), AnalysisContext.Default);

        var after = analyzer.Analyze(DocumentText.From(Text(edited)), AnalysisContext.Default, before);

        var refusedFirst = timeout == "60";
        Assert.Equal(refusedFirst ? [] : ["a.s2"], Hints(before).Select(h => h.Snapshot));
        Assert.Equal(refusedFirst ? ["a.s2"] : [], Hints(after).Select(h => h.Snapshot));
        Assert.Equal(Hints(new DocumentAnalyzer().Analyze(Text(edited), AnalysisContext.Default)), Hints(after));
    }

    private static readonly AnalysisContext HeldSnapshot = new(AnalysisOptions.Default,
        CatalogLoader.Parse("""{ "repositories": { "r": { "snapshots": [{ "name": "held", "timestamp": "t" }] } } }""").Catalog);

    [Fact]
    public void Jobs_refused_for_a_name_taken_before_them_leave_the_next_one_of_their_block_the_first()
    {
        // A block keeps a database's first two jobs; two BACKUPs to a held name are refused only across the script.
        var text = Script((3, "BACKUP SNAPSHOT a.held TO r;"), (4, "BACKUP SNAPSHOT a.held TO r;"), (5, Job("BACKUP", "a", 1)),
            (3 * StatementBlock.TargetSize, Job("BACKUP", "a", 2)));

        Assert.Equal(["a.s2"], Hints(new DocumentAnalyzer().Analyze(text, HeldSnapshot)).Select(h => h.Snapshot));
    }

    [Theory]
    [InlineData("held", "fresh")]  // the edit mends the first BACKUP's name: the second waits for it
    [InlineData("fresh", "held")]  // the edit names a snapshot the repository holds: StarRocks refuses it
    public void An_edit_that_changes_whether_a_snapshot_name_is_taken_moves_the_hint(string snapshot, string edited)
    {
        var context = HeldSnapshot;
        string Text(string name) => Script((3, $"BACKUP SNAPSHOT a.{name} TO r;"), (3 * StatementBlock.TargetSize, Job("BACKUP", "a", 2)));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Text(snapshot), context);

        var after = analyzer.Analyze(DocumentText.From(Text(edited)), context, before);

        Assert.Equal(snapshot == "held" ? [] : ["a.s2"], Hints(before).Select(h => h.Snapshot));
        Assert.Equal(edited == "held" ? [] : ["a.s2"], Hints(after).Select(h => h.Snapshot));
        Assert.Equal(Hints(new DocumentAnalyzer().Analyze(Text(edited), context)), Hints(after));
    }
}
