using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BenchmarkDotNet.Attributes;

namespace BackupLsp.Benchmarks.Pipeline;

/// <summary>
/// One statement of N list items or terms, as a pasted or generated script may hold: its analysis should grow with N, not
/// with N squared (a 16,000-term sum took 10 s, and 8,000 properties 8 s, before the number lexer and the property checks
/// stopped rescanning the whole list for each item; 32,000 tables a catalog does not hold took 9 s, each unknown table
/// compared with every finding, and 16,000 took 20 s when each gathered the list's other names for its
/// did-you-mean). Compare the means across N: four times the items, about four times the time. And a script of N
/// statements that each ADD a PARTITION to one table: each statement's session copied the table's partitions before they
/// were held in a persistent list (16,000 took 10 s and 1.1 GB in the CLI); and N that each DROP one of a table's N
/// partitions, each of which went through the whole list for the one it drops (16,000 took 4.8 s in the CLI). And a script
/// that ADDs a PARTITION to each of a catalog's N tables of 1,000 partitions once, then backs each up: the first change
/// to a table made a persistent copy of all its partitions, which doubled the CLI's time and memory on such a catalog.
/// </summary>
[MemoryDiagnoser]
public class LongStatementBenchmarks
{
    private string _sum = "";
    private string _properties = "";
    private string _tables = "";
    private string _addedPartitions = "";
    private string _droppedPartitions = "";
    private string _everyTableChanged = "";
    private AnalysisContext _withCatalog = AnalysisContext.Default;
    private AnalysisContext _withLargeCatalog = AnalysisContext.Default;

    [Params(1_000, 4_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _sum = $"SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = {string.Join('+', Enumerable.Repeat("1", Items))};";
        _properties = $"BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES ({string.Join(", ", Enumerable.Range(0, Items).Select(i => $"\"k{i}\" = \"v\""))});";
        _tables = $"BACKUP SNAPSHOT example_db.s TO example_repo ON ({string.Join(", ", Enumerable.Range(0, Items).Select(i => i % 2 == 0 ? $"t{i}" : $"t{i} PARTITION (p1, p2)"))});";
        _addedPartitions = "CREATE TABLE example_db.ranged (k INT) PARTITION BY RANGE(k) (PARTITION p0 VALUES LESS THAN (\"0\")) DISTRIBUTED BY HASH(k);\n"
            + string.Concat(Enumerable.Range(1, Items).Select(i => $"ALTER TABLE example_db.ranged ADD PARTITION p{i} VALUES LESS THAN (\"{i}\");\n"));
        _droppedPartitions = "CREATE TABLE example_db.ranged (k INT) PARTITION BY RANGE(k) ("
            + string.Join(", ", Enumerable.Range(1, Items).Select(i => $"PARTITION p{i} VALUES LESS THAN (\"{i}\")")) + ") DISTRIBUTED BY HASH(k);\n"
            + string.Concat(Enumerable.Range(1, Items).Select(i => $"ALTER TABLE example_db.ranged DROP PARTITION p{i};\n"));
        var catalog = CatalogLoader.Parse("""{"defaultDatabase":"example_db","repositories":{"example_repo":{}},"databases":{"example_db":{"tables":{"example_tbl":{}}}}}""").Catalog;
        _withCatalog = new AnalysisContext(AnalysisOptions.Default, catalog);
        var partitions = string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $"\"p{i}\""));
        var tables = string.Join(", ", Enumerable.Range(0, Items).Select(i => $"\"t{i}\":{{\"partitions\":[{partitions}]}}"));
        var largeCatalog = CatalogLoader.Parse("""{"defaultDatabase":"example_db","repositories":{"example_repo":{}},"databases":{"example_db":{"tables":{""" + tables + "}}}}").Catalog;
        _withLargeCatalog = new AnalysisContext(AnalysisOptions.Default, largeCatalog);
        _everyTableChanged = string.Concat(Enumerable.Range(0, Items).Select(i => $"ALTER TABLE example_db.t{i} ADD PARTITION q{i} VALUES LESS THAN (\"1\");\n"))
            + string.Concat(Enumerable.Range(0, Items).Select(i => $"BACKUP SNAPSHOT example_db.s{i} TO example_repo ON (t{i});\n"));
    }

    [Benchmark(Description = "SHOW SNAPSHOT WHERE SNAPSHOT = 1+1+...")]
    public int Sum() => new DocumentAnalyzer().Analyze(_sum, AnalysisContext.Default).DiagnosticCount;

    [Benchmark(Description = "BACKUP with N unknown properties")]
    public int Properties() => new DocumentAnalyzer().Analyze(_properties, AnalysisContext.Default).DiagnosticCount;

    [Benchmark(Description = "BACKUP of N tables the catalog does not hold")]
    public int UnknownTables() => new DocumentAnalyzer().Analyze(_tables, _withCatalog).DiagnosticCount;

    /// <summary>A context of its own per run: the sessions after a context's statements are kept with it, and would be reused.</summary>
    [Benchmark(Description = "N statements that each ADD PARTITION to one table")]
    public int AddedPartitions() => new DocumentAnalyzer().Analyze(_addedPartitions, _withCatalog with { }).DiagnosticCount;

    [Benchmark(Description = "N statements that each DROP a PARTITION of a table of N")]
    public int DroppedPartitions() => new DocumentAnalyzer().Analyze(_droppedPartitions, _withCatalog with { }).DiagnosticCount;

    [Benchmark(Description = "An ADD PARTITION to each of a catalog's N tables of 1,000, then a BACKUP of each")]
    public int EveryTableChanged() => new DocumentAnalyzer().Analyze(_everyTableChanged, _withLargeCatalog with { }).DiagnosticCount;
}
