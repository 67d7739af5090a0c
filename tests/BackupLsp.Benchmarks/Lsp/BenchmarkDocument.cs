using System.Text;

namespace BackupLsp.Benchmarks.Lsp;

/// <summary>A deterministic script of backup-family statements, valid and invalid, among ordinary SQL.</summary>
public static class BenchmarkDocument
{
    public static string Generate(int statements, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(statements * 110);
        for (var i = 0; i < statements; i++)
        {
            text.Append(random.Next(10) switch
            {
                0 or 1 or 2 => $"BACKUP SNAPSHOT example_db.snap_{i} TO example_repo ON (example_tbl_{i % 50}, example_tbl2) PROPERTIES (\"type\" = \"full\");",
                3 => $"BACKUP SNAPSHOT example_db.snap_{i}\n  TO example_repo\n  ON (t{i}, t{i}) PROPERTIES (\"timeout\" = \"60\");",
                4 => $"RESTORE SNAPSHOT example_db.snap_{i} FROM example_repo ON (example_tbl) PROPERTIES (\"backup_timestamp\" = \"2018-05-04-16-45-08\");",
                5 => $"SHOW BACKUP FROM example_db; CANCEL BACKUP FROM example_db;",
                6 => $"SELECT id, name, amount FROM orders_{i % 17} WHERE created_at > '2024-01-01' ORDER BY id LIMIT 100;",
                7 => $"INSERT INTO audit_log (id, message) VALUES ({i}, 'nightly backup of example_db');",
                8 => $"-- table {i}\nCREATE TABLE t_{i} (id INT, v VARCHAR(32)) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);",
                _ => $"UPDATE accounts SET balance = balance - {i % 100} WHERE id = {i};",
            });
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// A catalog for the document as its user would keep one: the repository and the tables it backs up (not the t&lt;n&gt;
    /// the invalid statements name, nor the snapshots, so that its RESTOREs are not checked against them). Its database
    /// lists no views or materialized views, so that a BACKUP naming a table it lacks is reported with a did-you-mean.
    /// </summary>
    public static string Catalog() =>
        $$"""
        { "defaultDatabase": "example_db",
          "repositories": { "example_repo": { "location": "s3a://bucket/backup" } },
          "databases": { "example_db": { "views": [], "materializedViews": [],
            "tables": { "example_tbl": {}, "example_tbl2": {}, {{string.Join(", ", Enumerable.Range(0, 50).Select(i => $"\"example_tbl_{i}\": {{}}"))}} } } } }
        """;
}
