-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- Before 3.4 StarRocks backs up tables only: a view named in ON, or in a database backed up whole, fails the BACKUP
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl2, v_orders);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (v_orders);
-- a materialized view is backed up from 3.2 on
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (mv_daily, Orders);
-- the whole database: its view, and its table with temporary partitions, are each told, with the tables to name instead
BACKUP SNAPSHOT example_db.s4 TO example_repo;
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1;
BACKUP SNAPSHOT example_db.s5 TO example_repo;
