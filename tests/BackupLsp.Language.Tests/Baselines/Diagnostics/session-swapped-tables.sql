-- options: catalog=demo.json
-- ALTER TABLE t SWAP WITH u gives each table the other's name, partitions and all, temporary ones too (the swap-in of a
-- table loaded apart).
CREATE TABLE orders_new (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("1"), PARTITION p2 VALUES LESS THAN ("2"));
ALTER TABLE Orders SWAP WITH orders_new;
BACKUP SNAPSHOT s1 TO example_repo ON (Orders PARTITION (p1, p2, p202401));
BACKUP SNAPSHOT s2 TO example_repo ON (orders_new PARTITION (p202401, p202402, p1));
-- swapped back, each has its own again
ALTER TABLE orders_new SWAP WITH Orders;
BACKUP SNAPSHOT s3 TO example_repo ON (Orders PARTITION (p202401, p1));
-- The one partition of a table without PARTITION BY bears its name, and a swap renames it (OlapTable.setName).
CREATE TABLE plain (id INT) DISTRIBUTED BY HASH(id);
ALTER TABLE plain SWAP WITH example_tbl;
BACKUP SNAPSHOT s4 TO example_repo ON (example_tbl PARTITION (plain, example_tbl), plain PARTITION (p1, p9));
-- A catalog table whose only partition bears its name may be that or partitioned: its partitions are unknown after.
CREATE TABLE staging LIKE Orders;
ALTER TABLE staging SWAP WITH archive;
BACKUP SNAPSHOT s6 TO example_repo ON (staging PARTITION (archive, p9), archive PARTITION (p202401, p9));
-- A swap with a table the database lacks is refused; both tables' partitions are left unknown.
ALTER TABLE Orders SWAP WITH no_such_table;
BACKUP SNAPSHOT s5 TO example_repo ON (Orders PARTITION (p9), no_such_table);
-- StarRocks lets no other clause go beside a SWAP, wherever it stands, and refuses the ALTER: neither table changes.
CREATE TABLE fresh (k INT) PARTITION BY RANGE (k) (PARTITION f1 VALUES LESS THAN ("1"));
ALTER TABLE fresh SWAP WITH orders_new, RENAME fresh_v2;
ALTER TABLE fresh RENAME fresh_v2, SWAP WITH orders_new;
ALTER TABLE fresh ADD PARTITION f2 VALUES LESS THAN ("2"), SWAP WITH orders_new;
BACKUP SNAPSHOT s7 TO example_repo ON (fresh PARTITION (f1, f2, p1), orders_new PARTITION (p1, f1), fresh_v2);
-- A SWAP with anything after its other table is a syntax error, which StarRocks runs nothing of: neither table changes.
ALTER TABLE fresh SWAP WITH orders_new junk;
BACKUP SNAPSHOT s8 TO example_repo ON (fresh PARTITION (f1, p1), orders_new PARTITION (p1, f1));
