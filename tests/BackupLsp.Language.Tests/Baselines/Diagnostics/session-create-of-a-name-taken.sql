-- options: catalog=demo.json severity:SRB700=off
-- Tables, views and materialized views share one set of names in a database: a CREATE of a name one of them has is
-- refused ("Table 'v_orders' already exists") and changes nothing, so v_orders is still a view with no partitions
CREATE TABLE v_orders (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("10"));
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (v_orders PARTITION (p1));
-- and example_tbl2 is still a table with its partitions, whatever view of that name the script asks for
CREATE VIEW example_tbl2 AS SELECT 1;
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl2 PARTITION (p202401));
CREATE MATERIALIZED VIEW Orders REFRESH ASYNC AS SELECT 1;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (Orders PARTITION (p202401));
-- so does an ALTER TABLE ... RENAME onto such a name: example_tbl2 keeps its name, and the view its own
ALTER TABLE example_tbl2 RENAME v_orders;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_tbl2 PARTITION (p202401), v_orders PARTITION (p202401));
