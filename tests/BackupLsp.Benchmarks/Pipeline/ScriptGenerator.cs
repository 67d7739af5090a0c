using System.Text;

namespace BackupLsp.Benchmarks.Pipeline;

/// <summary>Deterministic scripts of N statements: backup-family statements, valid and invalid, among ordinary SQL.</summary>
public static class ScriptGenerator
{
    private static readonly string[] Templates =
    [
        "BACKUP SNAPSHOT example_db.snap_{0} TO example_repo ON (example_tbl PARTITION (p1, p2), example_tbl2) PROPERTIES (\"type\" = \"full\", \"timeout\" = \"86400\");",
        "SELECT id, name, amount FROM example_db.orders_{0} WHERE dt >= '2024-01-01' AND amount > {0} ORDER BY id LIMIT 100;",
        "RESTORE SNAPSHOT example_db.snap_{0} FROM example_repo ON (example_tbl AS example_tbl_{0}) PROPERTIES (\"backup_timestamp\" = \"2018-05-04-16-45-08\", \"timeout\" = \"7200\");",
        "INSERT INTO example_db.audit_log VALUES ({0}, 'backup started', now());",
        "BACKUP SNAPSHOT example_db.bad_{0} TO example_repo ON (PARTITION (p1)) PROPERTIES (\"timout\" = \"60\", \"type\" = \"incremental\");",
        "CREATE TABLE IF NOT EXISTS t_{0} (id INT, dt DATE) PARTITION BY RANGE(dt) () PROPERTIES (\"replication_num\" = \"3\");",
        "SHOW BACKUP FROM example_db;",
        "-- checkpoint {0}\nCREATE REPOSITORY repo_{0} WITH BROKER ON LOCATION \"s3a://bucket/backup/{0}\" PROPERTIES (\"aws.s3.region\" = \"us-west-2\");",
    ];

    public static string Generate(int statements)
    {
        var builder = new StringBuilder(statements * 110);
        for (var i = 0; i < statements; i++)
            builder.AppendFormat(Templates[i % Templates.Length], i).Append('\n');
        return builder.ToString();
    }
}
