using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Text;
using BenchmarkDotNet.Attributes;

namespace BackupLsp.Benchmarks.Pipeline;

/// <summary>
/// Tokenize + parse + analyse a whole script from scratch (a fresh analyzer, so nothing is cached), and again after
/// a one-character edit from the previous version's analysis, which is what the language server does on every keystroke.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _script = "";
    private int _editAt;
    private AnalysisContext _context = AnalysisContext.Default;
    private DocumentAnalyzer _warm = new();
    private DocumentAnalysis? _last;

    [Params(1_000, 10_000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _script = ScriptGenerator.Generate(Statements);
        _editAt = _script.IndexOf("timout", _script.Length / 2, StringComparison.Ordinal) + 3;
        var catalog = CatalogLoader.Parse("""{"defaultDatabase":"example_db","repositories":{"example_repo":{}},"databases":{"example_db":{"tables":{"example_tbl":{"partitions":["p1","p2"]},"example_tbl2":{}}}}}""").Catalog;
        _context = new AnalysisContext(AnalysisOptions.Default, catalog);
        _warm = new DocumentAnalyzer();
        _last = _warm.Analyze(_script, _context);
    }

    [Benchmark(Description = "cold: tokenize + parse + analyse")]
    public int Cold() => new DocumentAnalyzer().Analyze(_script, _context).DiagnosticCount;

    [Benchmark(Description = "warm: re-analyse after a one-character edit")]
    public int AfterEdit()
    {
        // Type an "e" and delete it again, as the server applies them, so that each call really has one changed statement.
        var text = _last!.Text;
        var edit = text.Length == _script.Length ? new TextSpan(_editAt, 0) : new TextSpan(_editAt, 1);
        _last = _warm.Analyze(text.Replace(edit, edit.Length == 0 ? "e" : ""), _context, _last);
        return _last.DiagnosticCount;
    }
}
