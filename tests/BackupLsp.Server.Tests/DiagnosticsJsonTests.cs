using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Tests;

/// <summary>
/// The JSON a publish reuses from earlier versions must hold exactly what converting every diagnostic afresh gives, in
/// the same order: document order, the diagnostics across statements among the others, as a pull lists them.
/// </summary>
public sealed class DiagnosticsJsonTests
{
    private const string Uri = "file:///work/script.sql";

    private static readonly string[] Statements =
    [
        "BACKUP SNAPSHOT db.s1 TO r ON (t1, t1) PROPERTIES (\"timeout\" = \"60\");",
        "RESTORE SNAPSHOT db.s2 FROM r ON (t1);",
        "SELECT 1;",
        "BACKUP SNAPSHOT s3\r\n  TO r PROPERTIES (\"type\" = \"incremental\");",
        "SHOW BACKUP FROM db;",
        "BAKUP SNAPSHOT db.s4 TO r;",
    ];

    private static readonly string[] Insertions = ["x", "\n", "\r", "\r\n", ";", " ", "BACKUP SNAPSHOT db.s5 TO r ON (t2, t2);\n"];

    private static string[] Fresh(DocumentAnalysis analysis) =>
        [.. analysis.PlacedDiagnostics.Select(p => JsonSerializer.Serialize(DiagnosticsReport.ToLsp(analysis, p, Uri), LspJsonContext.Default.Diagnostic))];

    private static string[] Published(IReadOnlyList<byte[][]> json) =>
        [.. json.SelectMany(run => run).Select(d => JsonDocument.Parse(d).RootElement.GetRawText())];

    [Fact]
    public void Json_reused_across_random_edits_matches_converting_every_diagnostic_afresh()
    {
        var random = new Random(7);
        var text = string.Join(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" },
            Enumerable.Range(0, 400).Select(i => Statements[random.Next(Statements.Length)]));
        var analyzer = new DocumentAnalyzer();
        var json = new DiagnosticsJson();
        var analysis = analyzer.Analyze(text, AnalysisContext.Default);
        var document = analysis.Text;
        for (var edit = 0; edit < 150; edit++)
        {
            Assert.Equal(Fresh(analysis), Published(json.ObjectsOf(analysis, Uri)));
            var at = random.Next(document.Length);
            document = random.Next(3) == 0
                ? document.Replace(new TextSpan(at, Math.Min(random.Next(1, 4), document.Length - at)), "")
                : document.Replace(new TextSpan(at, 0), Insertions[random.Next(Insertions.Length)]);
            analysis = analyzer.Analyze(document, AnalysisContext.Default, analysis);
        }
    }

    [Fact]
    public void An_edit_inside_one_line_reuses_every_other_block_and_a_new_line_moves_the_blocks_after_it()
    {
        // A duplicate partition is a warning: StarRocks runs the BACKUP, so that the second is hinted as a second job.
        var text = string.Join("\n", Enumerable.Repeat("BACKUP SNAPSHOT db.s TO r ON (t PARTITION (p, p));", 256));
        var analyzer = new DocumentAnalyzer();
        var json = new DiagnosticsJson();
        var before = analyzer.Analyze(text, AnalysisContext.Default);
        var first = Published(json.ObjectsOf(before, Uri));

        var blocks = json.RunsWritten;
        var within = analyzer.Analyze(before.Text.Replace(new TextSpan(text.Length / 2, 0), " "), AnalysisContext.Default, before);
        var afterSpace = Published(json.ObjectsOf(within, Uri));
        var writtenAfterSpace = json.RunsWritten;
        var withNewLine = analyzer.Analyze(before.Text.Replace(new TextSpan(text.Length / 2, 0), "\n"), AnalysisContext.Default, before);
        var afterNewLine = Published(json.ObjectsOf(withNewLine, Uri));

        Assert.Equal(Fresh(within), afterSpace);
        Assert.Equal(1, writtenAfterSpace); // the touched block: the hint across statements says the same at the same place
        Assert.Equal(Fresh(withNewLine), afterNewLine);
        Assert.InRange(json.RunsWritten, blocks / 2, blocks / 2 + 2); // the blocks from the edit on moved down a line
        Assert.NotEqual(first, afterNewLine);
    }
}
