-- options: catalog=demo.json severity:SRB700=off
-- StarRocks looks every name in ON (...) up among the database's tables, views and materialized views alike: TABLE,
-- VIEW or MATERIALIZED VIEW before it restricts nothing.
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (VIEW example_tbl2, MATERIALIZED VIEW v_orders, VIEW mv_daily);
-- A table named so is checked as the table it is: example_tbl has a temporary partition.
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (MATERIALIZED VIEW example_tbl, example_tbl2);
-- A name none of them has is unknown, offered among the objects of its kind.
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (VIEW v_ordres);
-- A view has no partitions: a PARTITION list after it fails the BACKUP ("Incorrect table name").
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (v_orders PARTITION (p1), example_tbl2);
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (TABLE v_orders PARTITION p1);
-- A materialized view's partitions the catalog does not list: not checked.
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (mv_daily PARTITION (p1));
