using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class SessionEffectTests
{
    private static string? Read(string statement)
    {
        if (SessionEffect.Of(statement) is not { } effect)
            return null;
        var name = string.Join('.', new[] { effect.Catalog, effect.Database, effect.Name }.OfType<string>());
        var also = effect.Also is { } other ? $" and {other}" : "";
        var partitions = effect.Partitions switch
        {
            PartitionReplacement replaced =>
                $": {string.Join(", ", replaced.Replaced)} with {string.Join(", ", replaced.Temporaries)}{(replaced.KeepsNames ? " under their names" : "")}",
            PartitionDrop dropped =>
                $":{(dropped.Temporary ? " temporary" : "")} {string.Join(", ", dropped.Names)}{(dropped.IfExists ? " if exists" : "")}{(dropped.Since is { } since ? $" (since {since})" : "")}",
            TemporaryPartitionsDrop every => $": all temporary (since {every.Since})",
            PartitionRename renamed => $": {renamed.Old} to {renamed.New}",
            PartitionsDeclared declared =>
                $": makes {(declared.Names.IsDefault ? "one named as the table" : string.Join(", ", declared.Names))}",
            _ => effect.Copy is { } copy
                ? $": copies {(copy.Database is { } database ? database + "." : "")}{copy.Table}" : "",
        };
        return $"{effect.Kind} {name}{(effect.ReadOnly ? " read-only" : "")}{also}{partitions}";
    }

    [Theory]
    [InlineData("USE sales_db;", "UseDatabase sales_db")]
    [InlineData("  -- comment\n use default_catalog.`sales db`", "UseDatabase default_catalog.sales db")]
    [InlineData("USE hive.web", "UseDatabase hive.web")]
    [InlineData("USE hive.web.logs", null)]  // StarRocks refuses a database name of more than two parts
    [InlineData("USE `default_catalog`.db.t.u", null)]
    [InlineData("USE 'CATALOG hive'", "UseCatalog hive")]
    [InlineData("use 'catalog \t default_catalog '", "UseCatalog default_catalog")]
    [InlineData("USE 'hive'", null)]  // StarRocks wants USE 'CATALOG hive'
    [InlineData("USE ' CATALOG hive'", null)]  // split at whitespace, the first part is empty
    [InlineData("USE 'CATALOG hive web'", null)]
    [InlineData("USE CATALOG hive", "LegacyUseCatalog hive")]  // the switch of releases before 3.0
    [InlineData("use catalog 'hive';", "LegacyUseCatalog hive")]
    [InlineData("USE CATALOG hive web", null)]
    [InlineData("USE catalog", "UseDatabase catalog")]
    [InlineData("SET CATALOG `hive`", "SetCatalog hive")]
    [InlineData("SET CATALOG 'hive'", "SetCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"hive\")", "CreateCatalog hive and hive")]
    // The type is read as written: whether the release supports it is the session's to tell (CatalogTypes).
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"MySQL\")", "CreateCatalog hive and MySQL")]
    [InlineData("create external catalog if not exists 'hive' comment 'lake' properties ('type' = 'hive');", "CreateCatalog hive and hive")]
    // StarRocks.g4 requires a CREATE EXTERNAL CATALOG's properties, one at least: without them it is a syntax error, which
    // makes no catalog but names it; the type is null.
    [InlineData("CREATE EXTERNAL CATALOG hive", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive COMMENT 'lake';", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES ()", "CreateCatalog hive")]
    // StarRocks refuses one whose properties give no "type", or an empty one, which is none: the key as written, a key's last value.
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"hive.metastore.uris\" = \"thrift://m:9083\")", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"\")", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"TYPE\" = \"hive\")", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"hive\", \"type\" = \"\")", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"\", 'type' = 'hive');", "CreateCatalog hive and hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"hive.metastore.uris\" = \"thrift://m:9083\", \"type\" = \"hive\")", "CreateCatalog hive and hive")]
    // Nor does a list StarRocks' grammar refuses give one: a value that is no string, a trailing comma, words after it.
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = hive)", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"hive\",)", "CreateCatalog hive")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"hive\") hive", "CreateCatalog hive")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION 'x'", "CreateRepository r and x")]
    [InlineData("create read only repository `r2` with broker on location 'x'", "CreateRepository r2 read-only and x")]
    [InlineData("CREATE DATABASE IF NOT EXISTS db", "CreateDatabase db")]
    [InlineData("CREATE SCHEMA hive.db", null)]
    [InlineData("CREATE DATABASE default_catalog.db", "CreateDatabase default_catalog.db")]
    [InlineData("CREATE FUNCTION db.my_udf(INT) RETURNS INT PROPERTIES (\"symbol\" = \"x\")", "CreateFunction db.my_udf")]
    [InlineData("CREATE OR REPLACE AGGREGATE FUNCTION db.agg(INT) RETURNS INT", "CreateFunction db.agg")]
    [InlineData("CREATE AGGREGATE FUNCTION IF NOT EXISTS db.agg(INT) RETURNS INT", "CreateFunction db.agg")]
    // StarRocks refuses both together, and has no TEMPORARY function: neither makes one.
    [InlineData("CREATE OR REPLACE AGGREGATE FUNCTION IF NOT EXISTS db.agg(INT) RETURNS INT", null)]
    [InlineData("CREATE TEMPORARY FUNCTION db.f(INT) RETURNS INT", null)]
    [InlineData("CREATE TEMPORARY TABLE FUNCTION db.f(INT) RETURNS INT", null)]
    [InlineData("CREATE TABLE FUNCTION tf(INT) RETURNS INT", "CreateFunction tf")]
    [InlineData("CREATE GLOBAL FUNCTION g(INT) RETURNS INT", null)]
    [InlineData("ALTER TABLE db.items RENAME items_v2", "RenameTable db.items_v2 and items")]
    // RENAME takes one name: anything after it is a syntax error, which changes nothing.
    [InlineData("ALTER TABLE db.items RENAME items_v2 junk", "RefusedAlter db.items")]
    [InlineData("ALTER TABLE items RENAME db.items_v2", "RefusedAlter items")]
    [InlineData("ALTER DATABASE old RENAME new_db junk", null)]
    [InlineData("ALTER MATERIALIZED VIEW mv RENAME mv2 junk;", null)]
    [InlineData("INSERT INTO default_catalog.db.t VALUES (1)", "PartitionsLoaded default_catalog.db.t")]
    [InlineData("ALTER DATABASE old RENAME new_db", "CreateDatabase new_db and old")]
    [InlineData("ALTER MATERIALIZED VIEW mv RENAME mv2", "CreateMaterializedView mv2 and mv")]
    [InlineData("ALTER TABLE orders ADD PARTITION p4 VALUES LESS THAN (\"100\")", "PartitionAdded orders and p4")]
    [InlineData("ALTER TABLE orders DROP PARTITION IF EXISTS p4 FORCE", "PartitionsDropped orders: p4 if exists")]
    [InlineData("ALTER TABLE orders DROP PARTITION p4", "PartitionsDropped orders: p4")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS p4, p5", "RefusedAlter orders")]  // the batch's list has parentheses
    [InlineData("ALTER TABLE db.orders DROP PARTITIONS (p4, `P 5`) FORCE;", "PartitionsDropped db.orders: p4, P 5 (since 3.4)")]
    [InlineData("alter table orders drop temporary partitions if exists (tp1)", "PartitionsDropped orders: temporary tp1 if exists (since 3.4)")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS (p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12)",
        "PartitionsDropped orders: p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12 (since 3.4)")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS (p1, both)", "PartitionsChange orders")]  // reserved in 4.0
    // A partition clause with words after it where the grammar takes none is a syntax error, which changes nothing.
    [InlineData("ALTER TABLE orders DROP PARTITIONS (p1) p2", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS (p1) FORCE p2", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITION p junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE c.db.orders DROP TEMPORARY PARTITION IF EXISTS p FORCE junk;", "RefusedAlter c.db.orders")]
    [InlineData("ALTER TABLE orders DROP ALL TEMPORARY PARTITIONS FORCE junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders RENAME PARTITION p1 p9 junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (tp1) junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (tp1) PROPERTIES (\"strict_range\" = \"false\") junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (both) junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD PARTITION p4 VALUES LESS THAN (\"100\") junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD PARTITION p4 VALUES LESS THAN MAXVALUE PROPERTIES (\"a\" = \"1\") junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD TEMPORARY PARTITION tp1 VALUES IN (\"a\") DISTRIBUTED BY RANDOM junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD PARTITION p4 VALUES IN (\"a\") DISTRIBUTED BY RANDOM BUCKETS 1.5", "RefusedAlter orders")]  // BUCKETS takes digits alone
    [InlineData("ALTER TABLE orders ADD PARTITIONS START (\"1\") END (\"9\") EVERY (1) junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD TEMPORARY PARTITIONS START (\"1\") END (\"9\") EVERY (INTERVAL 1 DAY) DISTRIBUTED BY RANDOM BUCKETS 2 PROPERTIES (\"a\" = \"1\") junk",
        "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD PARTITIONS START (\"1\") END (\"9\") EVERY (1) FORCE", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS IF EXISTS START (\"1\") END (\"9\") EVERY (1) FORCE junk;", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP TEMPORARY PARTITIONS START (\"1\") END (\"9\") EVERY (1) junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS WHERE dt < '2024-01-01' junk", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP TEMPORARY PARTITIONS IF EXISTS WHERE dt < '2024-01-01' FORCE junk;", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS WHERE FORCE", "RefusedAlter orders")]
    // A DROP, ADD or RENAME takes a partition's name as an identifier only: a string (or a number) there is a syntax error.
    [InlineData("ALTER TABLE orders DROP PARTITION 'p1'", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP TEMPORARY PARTITION IF EXISTS \"tp1\" FORCE", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITION 2024", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS (p1, 'p2')", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS IF EXISTS (p1 p2) FORCE", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD PARTITION 'p4' VALUES LESS THAN (\"100\")", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD TEMPORARY PARTITION IF NOT EXISTS \"tp1\" VALUES IN (\"a\")", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders RENAME PARTITION 'p1' p9", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders RENAME PARTITION p1 'p9'", "RefusedAlter orders")]
    // ... but not the optional parts the grammar takes after them.
    [InlineData("ALTER TABLE orders ADD PARTITION IF NOT EXISTS p4 VALUES LESS THAN MAXVALUE (\"replication_num\" = \"1\")"
        + " DISTRIBUTED BY HASH (k) BUCKETS 4 PROPERTIES (\"a\" = \"1\");", "PartitionAdded orders and p4")]
    [InlineData("ALTER TABLE orders ADD PARTITION p4 VALUES IN ((\"1\", \"a\"), (\"2\", \"b\")) DISTRIBUTED BY RANDOM BUCKETS 2", "PartitionAdded orders and p4")]
    [InlineData("ALTER TABLE orders ADD PARTITION p4 VALUES [(\"1\"), (\"9\")) DISTRIBUTED BY HASH (k)", "PartitionAdded orders and p4")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS WHERE dt < '2024-01-01' FORCE", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS (p1), DROP PARTITION p2", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS IF EXISTS START (\"1\") END (\"9\") EVERY (1)", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS WHERE dt < '2024-01-01'", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders ADD PARTITIONS START (\"1\") END (\"9\") EVERY (1)", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders ADD PARTITIONS START (\"1\") END (\"9\") EVERY (INTERVAL 1 DAY) DISTRIBUTED BY HASH (k) BUCKETS 4 PROPERTIES (\"a\" = \"1\");",
        "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders DROP TEMPORARY PARTITIONS IF EXISTS WHERE dt IN (SELECT d FROM t) AND str2date(dt, '%Y-%m-%d') > '2024-01-01';",
        "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders DROP PARTITIONS WHERE single < 1", "PartitionsChange orders")]  // a name before 4.2
    [InlineData("ALTER TABLE orders RENAME PARTITION p1 p9", "PartitionRenamed orders: p1 to p9")]
    [InlineData("ALTER TABLE db.orders RENAME PARTITION `p 1` `P9`;", "PartitionRenamed db.orders: p 1 to P9")]
    // StarRocks lets no RENAME, SWAP or partition clause go beside another clause (AlterOpType's compatibility matrix).
    [InlineData("ALTER TABLE orders RENAME PARTITION p1 p9, ADD PARTITION p10 VALUES LESS THAN (\"10\")", "RefusedAlter orders")]
    [InlineData("ALTER TABLE db.orders RENAME orders_v2, ADD PARTITION p10 VALUES LESS THAN (\"10\")", "RefusedAlter db.orders")]
    [InlineData("ALTER TABLE orders ADD PARTITION p10 VALUES [(\"1\", \"a\"), (\"9\", \"b\")), RENAME orders_v2;", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders RENAME orders_v2, ADD COLUMN c INT", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD PARTITION p9 VALUES LESS THAN (\"9\"), ADD PARTITION p10 VALUES LESS THAN (\"10\")", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders TRUNCATE PARTITION (p1), DROP PARTITION p2", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD COLUMN a INT, ADD COLUMN b INT", null)]  // column changes go together, and change no partition
    [InlineData("ALTER TABLE db.orders SWAP WITH orders_new", "SwapTables db.orders and orders_new")]
    [InlineData("ALTER TABLE orders SWAP WITH `orders new`;", "SwapTables orders and orders new")]
    // StarRocks lets no other clause go beside a SWAP, wherever it stands.
    [InlineData("ALTER TABLE orders SWAP WITH orders_new, ADD PARTITION p9 VALUES LESS THAN (\"9\")", "RefusedAlter orders and orders_new")]
    [InlineData("ALTER TABLE db.orders SWAP WITH orders_new, RENAME orders_v2;", "RefusedAlter db.orders and orders_new")]
    [InlineData("ALTER TABLE db.orders RENAME orders_v2, SWAP WITH `orders new`;", "RefusedAlter db.orders and orders new")]
    [InlineData("ALTER TABLE c.db.orders ADD PARTITION p9 VALUES [(\"1\", \"a\"), (\"9\", \"b\")) (\"replication_num\" = \"1\"), SWAP WITH orders_new",
        "RefusedAlter c.db.orders and orders_new")]
    [InlineData("ALTER TABLE orders SWAP WITH orders_new, SWAP WITH orders_old", "RefusedAlter orders and orders_new")]
    // SWAP WITH takes one unqualified name: anything after it is a syntax error.
    [InlineData("ALTER TABLE orders SWAP WITH orders_new junk;", "RefusedAlter orders and orders_new")]
    [InlineData("ALTER TABLE orders SWAP WITH db.orders_new", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders ADD COLUMN c INT", null)]
    [InlineData("ALTER TABLE c.db.orders ADD TEMPORARY PARTITION IF NOT EXISTS tp1 VALUES LESS THAN (\"1\")", "TemporaryPartitionAdded c.db.orders and tp1")]
    [InlineData("alter table orders drop temporary partition if exists `tp 1` force", "PartitionsDropped orders: temporary tp 1 if exists")]
    // A batch of temporary partitions, whose names StarRocks makes.
    [InlineData("ALTER TABLE orders ADD TEMPORARY PARTITIONS START (\"1\") END (\"9\") EVERY (1)", "TemporaryPartitionAdded orders")]
    [InlineData("ALTER TABLE orders ADD TEMPORARY PARTITION IF NOT tp1", "RefusedAlter orders")]  // IF, no name: a syntax error
    [InlineData("ALTER TABLE orders ADD TEMPORARY PARTITION tp1 VALUES [(\"1\", \"a\"), (\"2\", \"b\")) PROPERTIES (\"a\" = \"1\", \"b\" = \"2\")", "TemporaryPartitionAdded orders and tp1")]
    [InlineData("ALTER TABLE orders DROP TEMPORARY PARTITION tp1, DROP TEMPORARY PARTITION tp2", "RefusedAlter orders")]
    [InlineData("ALTER TABLE db.orders REPLACE PARTITION (p1, `P 2`) WITH TEMPORARY PARTITION (tp1, tp2)", "PartitionsReplaced db.orders: p1, P 2 with tp1, tp2 under their names")]
    [InlineData("alter table orders replace partitions p1 with temporary partitions tp1 properties (\"strict_range\" = \"false\");",
        "PartitionsReplaced orders: p1 with tp1 under their names")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1, p2) WITH TEMPORARY PARTITION (tp1)", "PartitionsReplaced orders: p1, p2 with tp1")]
    // A REPLACE takes strings for names too (partitionNames: identifierOrString), which AstBuilder reads as their text.
    [InlineData("ALTER TABLE db.orders REPLACE PARTITION ('p1', \"P 2\") WITH TEMPORARY PARTITION ('tp1', tp2)",
        "PartitionsReplaced db.orders: p1, P 2 with tp1, tp2 under their names")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION 'p1' WITH TEMPORARY PARTITIONS \"tp1\"", "PartitionsReplaced orders: p1 with tp1 under their names")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION ('') WITH TEMPORARY PARTITION (tp1)", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (tp1) PROPERTIES (\"use_temp_partition_name\" = \"TRUE\", \"strict_range\" = \"true\")",
        "PartitionsReplaced orders: p1 with tp1")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (tp1) PROPERTIES (\"use_temp_partition_name\" = \"yes\")",
        "PartitionsReplaced orders: p1 with tp1 under their names")]  // Boolean.parseBoolean: anything but "true" is false
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (tp1) PROPERTIES (\"USE_TEMP_PARTITION_NAME\" = \"true\")",
        "PartitionsChange orders")]  // an unknown property: StarRocks refuses the ALTER
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH PARTITION (p2)", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders REPLACE TEMPORARY PARTITION (tp1) WITH TEMPORARY PARTITION (tp2)", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (k = 1) WITH TEMPORARY PARTITION (tp1)", "PartitionsChange orders")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (tp1), ADD PARTITION p9 VALUES LESS THAN (\"9\")", "RefusedAlter orders")]
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (both)", "PartitionsChange orders")]  // reserved in 4.0
    [InlineData("ALTER TABLE orders REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (`both`)", "PartitionsReplaced orders: p1 with both under their names")]
    [InlineData("TRUNCATE TABLE db.orders;", "TemporaryPartitionsCleared db.orders")]
    [InlineData("alter table db.orders drop all temporary partitions force;", "PartitionsDropped db.orders: all temporary (since 3.3.13)")]
    [InlineData("ALTER TABLE orders DROP ALL TEMPORARY PARTITIONS, ADD PARTITION p9 VALUES LESS THAN (\"9\")", "RefusedAlter orders")]
    [InlineData("TRUNCATE TABLE orders PARTITION (p1)", null)]  // the partitions stay, the temporary ones too
    [InlineData("TRUNCATE TABLE orders TEMPORARY PARTITION (tp1)", null)]
    [InlineData("RECOVER DATABASE olddb", "CreateDatabase olddb")]
    [InlineData("recover schema olddb", "CreateDatabase olddb")]
    [InlineData("RECOVER TABLE db.t", "CreateTable db.t")]
    [InlineData("RECOVER TABLE db.t AS t2", null)]  // Doris' form: StarRocks' grammar has no AS here
    [InlineData("RECOVER DATABASE default_catalog.olddb", null)]
    [InlineData("RECOVER PARTITION p1 FROM db.t FORCE", null)]
    [InlineData("RECOVER PARTITION p1 FROM db.t", "PartitionAdded db.t and p1")]
    [InlineData("RECOVER PARTITION `p 1` FROM t;", "PartitionAdded t and p 1")]
    [InlineData("INSERT INTO sales.orders VALUES (1)", "PartitionsLoaded sales.orders")]
    [InlineData("insert overwrite table t SELECT 1", "PartitionsLoaded t")]
    [InlineData("CREATE TABLE t (id INT)", "CreateTable t: makes one named as the table")]
    [InlineData("CREATE EXTERNAL TABLE IF NOT EXISTS db.t (id INT)", "CreateTable db.t")]
    [InlineData("CREATE TABLE cat.db.t LIKE other", "CreateTable cat.db.t: copies other")]
    [InlineData("create table if not exists t_copy like `sales db`.orders;", "CreateTable t_copy: copies sales db.orders")]
    [InlineData("CREATE TABLE t LIKE default_catalog.db.orders", "CreateTable t: copies db.orders")]
    [InlineData("CREATE TABLE t LIKE hive.db.orders", "CreateTable t")]  // another catalog's table
    [InlineData("CREATE TABLE t LIKE orders PARTITION BY RANGE (k) ()", "CreateTable t")]  // a newer release's own partitioning
    [InlineData("CREATE TABLE t LIKE orders PROPERTIES (\"replication_num\" = \"1\")", "CreateTable t")]
    [InlineData("CREATE TABLE t LIKE", "CreateTable t")]
    [InlineData("CREATE TABLE t LIKE db.both", "CreateTable t")]  // reserved in 4.0
    [InlineData("CREATE EXTERNAL TABLE t LIKE orders", "CreateTable t")]
    [InlineData("CREATE TABLE `t 1` AS SELECT * FROM s PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (\"1\"))", "CreateTable t 1: makes one named as the table")]
    [InlineData("CREATE TABLE IF NOT EXISTS db.t (k DATE, v INT) DUPLICATE KEY(k) COMMENT 'orders'\n"
        + "PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (\"2024-01-01\") (\"replication_num\" = \"1\"),\n"
        + "  PARTITION IF NOT EXISTS `P 2` VALUES [(\"2024-01-01\"), (\"2024-02-01\")), PARTITION p3 VALUES LESS THAN MAXVALUE)\n"
        + "DISTRIBUTED BY HASH(k) BUCKETS 4 PROPERTIES (\"replication_num\" = \"1\");",
        "CreateTable db.t: makes p1, P 2, p3")]
    [InlineData("CREATE TABLE t (k INT, c VARCHAR(8)) PARTITION BY LIST (k, c) (PARTITION p1 VALUES IN ((1, 'a'), (2, 'b')), PARTITION p2 VALUES IN ((3, 'c')))",
        "CreateTable t: makes p1, p2")]
    [InlineData("CREATE TABLE t (k DATE) ENGINE = olap PARTITION BY RANGE (k) ()", "CreateTable t: makes ")]
    [InlineData("CREATE TEMPORARY TABLE db.t (k INT) ENGINE=OLAP", "CreateTemporaryTable db.t")]  // the session's own table
    [InlineData("CREATE TABLE t (k INT) ENGINE = mysql PROPERTIES (\"host\" = \"h\")", "CreateTable t")]
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY date_trunc('day', k)", "CreateTable t")]  // automatic partitions
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY RANGE (date_trunc('day', k)) ()", "CreateTable t")]
    [InlineData("CREATE TABLE t (k INT, c INT) PARTITION BY k, c", "CreateTable t")]
    [InlineData("CREATE TABLE t (k INT) PARTITION BY LIST (k)", "CreateTable t")]
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY RANGE (k) (START (\"2024-01-01\") END (\"2024-03-01\") EVERY (INTERVAL 1 MONTH))", "CreateTable t")]
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (\"1\"), PARTITION P1 VALUES LESS THAN (\"2\"))", "CreateTable t")]
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY RANGE (k) (PARTITION both VALUES LESS THAN (\"1\"))", "CreateTable t")]  // reserved in 4.0
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (\"1\")) PROPERTIES (\"dynamic_partition.enable\" = \"true\")", "CreateTable t")]
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (\"1\")) PROPERTIES (\"partition_live_number\" = \"3\")", "CreateTable t")]
    [InlineData("CREATE TABLE t (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (\"1\")", "CreateTable t")]  // unclosed: a syntax error
    [InlineData("ALTER TABLE t SET (\"dynamic_partition.enable\" = \"true\")", "PartitionsChange t")]
    [InlineData("ALTER TABLE t SET (\"dynamic_partition.enable\" /* on */ = \"true\")", "PartitionsChange t")]
    [InlineData("ALTER TABLE t COMMENT = 'daily partition load'", null)]
    [InlineData("ALTER TABLE t MODIFY COLUMN k DATE COMMENT \"the partition key\"", null)]
    [InlineData("CREATE OR REPLACE VIEW db.v AS SELECT 1", "CreateView db.v")]
    [InlineData("CREATE MATERIALIZED VIEW IF NOT EXISTS mv REFRESH ASYNC AS SELECT 1", "CreateMaterializedView mv")]
    [InlineData("DROP REPOSITORY `old_repo`", "DropRepository old_repo")]
    [InlineData("DROP SNAPSHOT `nightly` ON example_repo FORCE", "DropSnapshot nightly and example_repo")]
    [InlineData("DROP SNAPSHOT ON example_repo WHERE SNAPSHOT = 'nightly'", null)]
    [InlineData("DROP REPOSITORY old_repo;", "DropRepository old_repo")]
    [InlineData("DROP SNAPSHOT nightly ON example_repo -- gone\n;", "DropSnapshot nightly and example_repo")]
    [InlineData("DROP REPOSITORY old_repo FORCE", null)]
    [InlineData("DROP REPOSITORY old_repo, other_repo", null)]
    [InlineData("DROP SNAPSHOT nightly ON example_repo FORCE FORCE", null)]
    [InlineData("DROP SNAPSHOT nightly ON example_repo.x", null)]
    [InlineData("DROP TABLE db.t", "DropTable db.t")]
    [InlineData("drop table if exists `t 1` force;", "DropTable t 1")]
    [InlineData("DROP TABLE default_catalog.db.t", "DropTable default_catalog.db.t")]
    [InlineData("DROP TABLE t FORCE FORCE", null)]
    [InlineData("DROP TABLE t1, t2", null)]
    [InlineData("DROP TEMPORARY TABLE t", null)]  // a session's own table
    [InlineData("DROP VIEW IF EXISTS db.v", "DropView db.v")]
    [InlineData("DROP VIEW v FORCE", null)]
    [InlineData("DROP MATERIALIZED VIEW mv;", "DropMaterializedView mv")]
    [InlineData("DROP DATABASE IF EXISTS sales FORCE", "DropDatabase sales")]
    [InlineData("DROP SCHEMA default_catalog.sales", "DropDatabase default_catalog.sales")]
    [InlineData("DROP DATABASE hive.sales", null)]  // an external catalog's
    [InlineData("DROP FUNCTION f(INT)", null)]
    public void The_effect_is_read_from_the_first_words(string statement, string? expected) =>
        Assert.Equal(expected, Read(statement));

    /// <summary>A RESTORE's effect, read from its parse: its database and what it brings back (* for every object of a kind).</summary>
    private static string? ReadParsed(string statement) =>
        SessionEffect.Of(StatementParser.Parse(statement)) is { Kind: SessionEffectKind.Restore } effect
            ? $"{effect.Database ?? "(current)"}: " + string.Join(", ", effect.Restored!.Objects.Select(o =>
                $"{o.Kind} {o.Name ?? "*"}{(o.Partitions.IsEmpty ? "" : $" ({string.Join(", ", o.Partitions)})")}"))
            : null;

    [Theory]
    [InlineData("RESTORE SNAPSHOT db.s FROM r ON (t1, `t 2` AS t3) PROPERTIES (\"backup_timestamp\" = \"x\")", "db: Table t1, Table t3")]
    [InlineData("RESTORE SNAPSHOT s FROM r DATABASE db AS db2 ON (VIEW v AS v2, ALL MATERIALIZED VIEWS, FUNCTION f)",
        "db2: View v2, MaterializedView *, Function f")]
    [InlineData("RESTORE SNAPSHOT db.s FROM r ON (t PARTITION (p1, `P2`) AS t2, t3 PARTITION (k = 1), t4 TEMPORARY PARTITION (tp))",
        "db: Table t2 (p1, P2), Table t3, Table t4")]
    [InlineData("RESTORE SNAPSHOT db.s FROM r", "db: Table *, View *, MaterializedView *, Function *")]
    [InlineData("restore snapshot s from r on (t)", "(current): Table t")]
    public void A_restore_brings_back_what_it_names_under_its_alias(string statement, string expected)
    {
        Assert.True(SessionEffect.ReadsTree(statement));
        Assert.Equal(expected, ReadParsed(statement));
    }

    [Theory]
    [InlineData("RESTORE SNAPSHOT s FROM r ALL EXTERNAL CATALOGS")]
    [InlineData("RESTORE SNAPSHOT s FROM r EXTERNAL CATALOG (hive1 AS hive2)")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t)")]
    [InlineData("RESTOR SNAPSHOT db.s FROM r ON (t)")]  // parses as a RESTORE to say what it was meant to be; StarRocks runs nothing
    public void Backups_misspelt_restores_and_external_catalog_restores_bring_nothing_into_a_database(string statement) =>
        Assert.Null(ReadParsed(statement));

    [Fact]
    public void Restores_that_bring_back_the_same_objects_have_equal_effects()
    {
        // An edit of a RESTORE's properties leaves the session after it as it was.
        var first = SessionEffect.Of(StatementParser.Parse("RESTORE SNAPSHOT db.s FROM r ON (t PARTITION (p1)) PROPERTIES (\"timeout\" = \"600\")"));
        var second = SessionEffect.Of(StatementParser.Parse("RESTORE SNAPSHOT db.s FROM r ON (t PARTITION (p1))"));
        var other = SessionEffect.Of(StatementParser.Parse("RESTORE SNAPSHOT db.s FROM r ON (t PARTITION (p2))"));
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_long_create_table_has_all_its_partitions_read()
    {
        // Past the tokens read on the stack: 300 partitions of eight tokens each.
        var partitions = Enumerable.Range(1, 300).Select(i => $"p{i}").ToArray();
        var statement = $"CREATE TABLE t (k INT) PARTITION BY RANGE (k) ({string.Join(", ", partitions.Select((p, i) => $"PARTITION {p} VALUES LESS THAN (\"{i + 1}\")"))});";

        Assert.Equal($"CreateTable t: makes {string.Join(", ", partitions)}", Read(statement));
    }

    [Theory]
    [InlineData("SELECT * FROM t")]
    [InlineData("USE")]
    [InlineData("USE select")]
    [InlineData("CREATE USER u")]
    [InlineData("CREATE TABLE")]
    [InlineData("CREATE TABLE IF NOT EXISTS")]
    [InlineData("BACKUP SNAPSHOT s TO r")]
    [InlineData("/* USE db */ SELECT 1")]
    [InlineData("DROP USER u")]
    public void Other_statements_change_nothing(string statement) =>
        Assert.Null(Read(statement));

    /// <summary>
    /// StarRocks reads a space beyond ASCII as a letter where it is no whitespace to it (StarRocksLex.g4's LETTER takes
    /// U+0080 and up; WS takes U+3000 only, and a longer name wins): the words around it are one name, and the statement
    /// fails or names something else. Where U+3000 is whitespace, or in a string or comment, the words are what they look like.
    /// </summary>
    [Theory]
    [InlineData("DROP TABLE\u3000customers", null)]
    [InlineData("USE\u3000analytics;", null)]
    [InlineData("USE\u00a0analytics;", null)]
    [InlineData("USE analytics\u3000;", null)]
    [InlineData("SET CATALOG\u3000hive", null)]
    [InlineData("SET\u2003CATALOG hive", null)]
    [InlineData("ALTER TABLE\u3000orders RENAME orders_old", null)]
    [InlineData("ALTER TABLE orders DROP PARTITION\u3000p20240101", null)]
    // A CREATE (or SUBMIT TASK) so read may still make an object, under a name with the space, where that cannot be told.
    [InlineData("CREATE TABLE t (k INT)\u3000ENGINE = olap", "ObjectsUnknown ")]
    [InlineData("CREATE TABLE db.t\u3000(k INT)", "ObjectsUnknown ")]
    [InlineData("SUBMIT TASK AS CREATE TABLE db.t\u3000AS SELECT 1", "ObjectsUnknown ")]
    [InlineData("DROP TABLE customers;\u3000 ", "DropTable customers")]
    [InlineData("USE \u3000analytics", "UseDatabase analytics")]
    [InlineData("USE analytics -- \u3000\u00a0", "UseDatabase analytics")]
    [InlineData("CREATE TABLE t (k INT) COMMENT '\u3000'", "CreateTable t: makes one named as the table")]
    public void A_space_StarRocks_reads_as_a_letter_leaves_the_statement_without_effect(string statement, string? expected) =>
        Assert.Equal(expected, Read(statement));

    /// <summary>A task runs its statement in the session's database: it has that statement's effect (StarRocks.g4's submitTaskStatement).</summary>
    [Theory]
    [InlineData("SUBMIT TASK AS CREATE TABLE db.t AS SELECT 1", "CreateTable db.t: makes one named as the table")]
    [InlineData("SUBMIT /*+ SET_VAR(query_timeout = 10) */ TASK nightly PROPERTIES (\"a\" = \"AS\") SCHEDULE EVERY (INTERVAL 1 DAY) AS CREATE TABLE IF NOT EXISTS t AS SELECT 1", "CreateTable t: makes one named as the table")]
    [InlineData("SUBMIT TASK AS INSERT INTO db.t SELECT 1", "PartitionsLoaded db.t")]
    [InlineData("SUBMIT TASK AS CACHE SELECT * FROM db.t", null)]
    [InlineData("SUBMIT TASK AS CREATE TABLE", "ObjectsUnknown ")]
    [InlineData("SUBMIT TASK", null)]
    public void A_submitted_task_has_its_statements_effect(string statement, string? expected) =>
        Assert.Equal(expected, Read(statement));

    [Theory]
    [InlineData("CREATE TABLE IF NOT EXISTS db.both (k INT)", "4.0", "both")]
    [InlineData("CREATE TABLE system.t (k INT)", "3.3", "system")]
    [InlineData("CREATE TABLE system.both (k INT)", "4.1", "both")]  // 4.1 takes SYSTEM as a name, but not BOTH
    [InlineData("CREATE DATABASE matched", "3.3", null)]  // MATCHED became a token in 4.0
    [InlineData("CREATE DATABASE `matched`", "4.0", null)]
    [InlineData("CREATE DATABASE single", "4.0", null)]
    [InlineData("CREATE DATABASE single", null, "single")]  // the newest grammar reserves SINGLE
    [InlineData("ALTER TABLE matched RENAME t2", "4.0", "matched")]  // the old name
    [InlineData("ALTER TABLE t SWAP WITH matched", "4.0", "matched")]
    [InlineData("RECOVER TABLE both", "4.0", "both")]
    [InlineData("SET CATALOG system", "4.0", "system")]
    [InlineData("USE default_catalog.both", "4.0", "both")]
    [InlineData("CREATE TABLE t (both INT)", "4.0", null)]  // past the words the effect reads
    [InlineData("SELECT both FROM t", "4.0", null)]
    public void A_name_the_effect_reads_is_reserved_where_the_configured_release_reserves_it(string statement, string? version, string? reserved)
    {
        StarRocksVersion? configured = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null;
        Assert.Equal(reserved, SessionEffect.ReservedName(statement, configured) is { } span ? statement[span.Start..span.End] : null);
    }
}
