using BackupLsp.Language.Analysis;
using BenchmarkDotNet.Attributes;

namespace BackupLsp.Benchmarks.Pipeline;

/// <summary>
/// One statement of N list items or terms, as a pasted or generated script may hold: its analysis should grow with N, not
/// with N squared (a 16,000-term sum took 10 s, and 8,000 properties 8 s, before the number lexer and the property checks
/// stopped rescanning the whole list for each item). Compare the means across N: four times the items, about four times the time.
/// </summary>
[MemoryDiagnoser]
public class LongStatementBenchmarks
{
    private string _sum = "";
    private string _properties = "";

    [Params(1_000, 4_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _sum = $"SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = {string.Join('+', Enumerable.Repeat("1", Items))};";
        _properties = $"BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES ({string.Join(", ", Enumerable.Range(0, Items).Select(i => $"\"k{i}\" = \"v\""))});";
    }

    [Benchmark(Description = "SHOW SNAPSHOT WHERE SNAPSHOT = 1+1+...")]
    public int Sum() => new DocumentAnalyzer().Analyze(_sum, AnalysisContext.Default).DiagnosticCount;

    [Benchmark(Description = "BACKUP with N unknown properties")]
    public int Properties() => new DocumentAnalyzer().Analyze(_properties, AnalysisContext.Default).DiagnosticCount;
}
