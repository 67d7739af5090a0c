-- options: catalog=demo.json version=3.1 severity:SRB700=off
-- Before 3.2 StarRocks backs up no materialized view either, named or with its database
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (mv_daily, Orders);
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1;
BACKUP SNAPSHOT example_db.s2 TO example_repo;
