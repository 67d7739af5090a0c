-- options: catalog=demo.json severity:SRB700=off
-- A renamed database keeps what it holds under its new name, and is gone under its old one
ALTER DATABASE example_db RENAME example_old;
BACKUP SNAPSHOT example_old.s1 TO example_repo ON (example_tbl2, Orders PARTITION (p202401, p9));
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl2);
-- the session's current database keeps its old name, which StarRocks then looks up
BACKUP SNAPSHOT s2b TO example_repo ON (example_tbl2);
-- a rename onto a name the catalog lists is refused: nothing changes
ALTER DATABASE example_old RENAME sales_db;
BACKUP SNAPSHOT example_old.s3 TO example_repo ON (example_tbl2);
-- a renamed materialized view is gone under its old name
ALTER MATERIALIZED VIEW example_old.mv_daily RENAME mv_day;
BACKUP SNAPSHOT example_old.s4 TO example_repo ON (MATERIALIZED VIEW mv_daily, MATERIALIZED VIEW mv_day);
