-- options: catalog=demo.json
-- A table renamed is the old one under the new name, partitions and all, and no longer under the old one, also onto a
-- name the catalog lists once it is renamed away (the blue-green swap); a CREATE of a listed name is refused ("Table
-- 'example_tbl' already exists") and leaves the table as it is.
ALTER TABLE example_tbl2 RENAME example_tbl2_old;
ALTER TABLE Orders RENAME example_tbl2;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2 PARTITION (p202401, p9));
BACKUP SNAPSHOT s3 TO example_repo ON (Orders, example_tbl2_old);
CREATE TABLE example_tbl (k INT) PARTITION BY RANGE (k) (PARTITION pa VALUES LESS THAN ("1"));
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl PARTITION (pa));
-- Onto a name the database has, StarRocks refuses the rename: both tables stay.
ALTER TABLE example_tbl RENAME example_tbl2;
BACKUP SNAPSHOT s4 TO example_repo ON (example_tbl, example_tbl2 PARTITION (p202402));
-- The renamed table's old name, where the list names the new one already: no fix that would list it twice.
BACKUP SNAPSHOT s4 TO example_repo ON (Orders, example_tbl2);
-- The one partition of a table without PARTITION BY bears the table's name and is renamed with it (OlapTable.setName).
CREATE TABLE plain (id INT) DISTRIBUTED BY HASH(id);
ALTER TABLE plain RENAME plain_v2;
BACKUP SNAPSHOT s5 TO example_repo ON (plain_v2 PARTITION (plain_v2, plain));
-- A catalog table whose only partition bears its name may be that or partitioned: its partitions are unknown after.
ALTER TABLE archive RENAME archive_v2;
BACKUP SNAPSHOT s6 TO example_repo ON (archive_v2 PARTITION (archive, archive_v2));
-- StarRocks lets no other clause go beside a RENAME, nor a partition clause beside another (two ADD PARTITIONs too), and
-- refuses the ALTER; a RENAME with words after its new name is a syntax error: the table stays as it was.
CREATE TABLE kept (k INT) PARTITION BY RANGE (k) (PARTITION k1 VALUES LESS THAN ("1"));
ALTER TABLE kept RENAME kept_v2, ADD PARTITION k2 VALUES LESS THAN ("2");
ALTER TABLE kept ADD PARTITION k2 VALUES LESS THAN ("2"), RENAME kept_v2;
ALTER TABLE kept ADD PARTITION k2 VALUES LESS THAN ("2"), ADD PARTITION k3 VALUES LESS THAN ("3");
ALTER TABLE kept RENAME kept_v2 junk;
BACKUP SNAPSHOT s7 TO example_repo ON (kept PARTITION (k1, k2, k3), kept_v2);
