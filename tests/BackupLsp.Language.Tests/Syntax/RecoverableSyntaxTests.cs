using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Syntax;

/// <summary>A statement's tree is held until the rules have run on it, then only weakly, and parsed again when collected.</summary>
public sealed class RecoverableSyntaxTests
{
    private const string Backup = "BACKUP SNAPSHOT db.s TO r ON (t1, t2) PROPERTIES (\"type\" = \"full\")";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<Statement> TreeOf(ParsedStatement parsed) => new(parsed.Syntax!);

    private static void CollectEverything()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Fact]
    public void A_parse_holds_its_tree_until_the_rules_have_run()
    {
        var parsed = StatementParser.Parse(Backup);
        var tree = TreeOf(parsed);
        CollectEverything();

        Assert.True(tree.TryGetTarget(out var kept));
        Assert.Same(kept, parsed.Syntax);
    }

    [Fact]
    public void After_analysis_the_tree_may_be_collected_and_is_parsed_again_on_demand()
    {
        var analysis = new DocumentAnalyzer().Analyze(Backup + ";", AnalysisContext.Default);
        var parsed = analysis.Statements[0].Parsed;
        var tree = TreeOf(parsed);
        CollectEverything();

        Assert.False(tree.TryGetTarget(out _), "the analyser let the tree go");
        var again = Assert.IsType<SnapshotJobStatement>(parsed.Syntax);
        Assert.Equal("db.s", again.Snapshot.ToString());
        Assert.Equal(["t1", "t2"], again.On!.Objects.Select(o => o.Name!.ToString()));
        Assert.Equal(new SnapshotJob("db", JobKind.Backup, again.Snapshot.Span, "s", again.Snapshot.Last.Span, again.Repository.Value, again.Repository.Span, OfExternalCatalogs: false), parsed.Job);
    }

    [Fact]
    public void A_statement_that_did_not_parse_has_no_tree_before_or_after_analysis()
    {
        var analysis = new DocumentAnalyzer().Analyze("BACKUP SNAPSHOT db.s TO;", AnalysisContext.Default);
        CollectEverything();

        Assert.Null(analysis.Statements[0].Parsed.Syntax);
        Assert.Null(analysis.Statements[0].Parsed.Job);
    }
}
