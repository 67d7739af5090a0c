using System.Reflection;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
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

    /// <summary>Whether the parse holds a tree now, found without parsing one again as <see cref="ParsedStatement.Syntax"/> would.</summary>
    private static bool HoldsTree(ParsedStatement parsed) =>
        typeof(ParsedStatement).GetField("_syntax", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(parsed) switch
        {
            Statement => true,
            WeakReference<Statement> weak => weak.TryGetTarget(out _),
            _ => false,
        };

    private const string SharedLocation = """
        {
          "repositories": {
            "s3_nightly": { "location": "s3a://corp-backup/nightly", "readOnly": false,
              "snapshots": [ { "name": "sales_20240601", "timestamp": "2024-06-01-02-00-13-412" } ] },
            "s3_mirror": { "location": "s3a://corp-backup/nightly", "readOnly": false, "snapshots": [] }
          }
        }
        """;

    [Fact]
    public void An_edit_beside_a_drop_or_show_of_a_snapshot_looked_up_elsewhere_parses_neither_again()
    {
        var context = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse(SharedLocation).Catalog);
        const string Script = "SHOW SNAPSHOT ON s3_mirror WHERE SNAPSHOT = 'sales_20240601';\nDROP SNAPSHOT sales_20240601 ON s3_mirror;\nSHOW BACKUP;";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Script, context);
        CollectEverything();
        Assert.All(before.Statements.Take(2), statement => Assert.False(HoldsTree(statement.Parsed), "the analyser let the tree go"));

        // The edit rebuilds the block of all three, whose snapshot lookups (SRB610) are read again.
        var after = analyzer.Analyze(Script.Replace("SHOW BACKUP", "SHOW RESTORE"), context);

        Assert.Equal(2, after.Diagnostics.Count(d => d.Code == "SRB610"));
        Assert.All(after.Statements.Take(2), statement => Assert.False(HoldsTree(statement.Parsed), $"{statement.Parsed.Kind} was parsed again"));
        Assert.Same(before.Statements[1].Parsed, after.Statements[1].Parsed);
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
