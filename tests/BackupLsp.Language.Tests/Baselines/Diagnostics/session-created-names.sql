-- options: catalog=session.json severity:SRB700=off
-- Names a script creates exist for the statements after it, not for those before.
BACKUP SNAPSHOT example_db.s1 TO new_repo;
CREATE REPOSITORY new_repo WITH BROKER ON LOCATION "s3a://bucket/new";
BACKUP SNAPSHOT example_db.s2 TO new_repo;
CREATE READ ONLY REPOSITORY ro_repo WITH BROKER ON LOCATION "s3a://bucket/old";
BACKUP SNAPSHOT example_db.s3 TO ro_repo;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (t_new);
CREATE TABLE IF NOT EXISTS example_db.t_new (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
CREATE OR REPLACE VIEW v_new AS SELECT 1;
CREATE MATERIALIZED VIEW `mv_new` REFRESH ASYNC AS SELECT 1;
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (t_new, VIEW v_new, MATERIALIZED VIEW mv_new, VIEW v_other);
-- a created table is among the names a misspelt one is weighed against
BACKUP SNAPSHOT example_db.s5b TO example_repo ON (t_nwe);
BACKUP SNAPSHOT new_db.s6 TO example_repo;
CREATE DATABASE new_db;
-- a new database's tables are not known: nothing is checked in it
BACKUP SNAPSHOT new_db.s7 TO example_repo ON (anything);
-- a dropped repository is gone for the statements after it, until it is created again
DROP REPOSITORY example_repo;
SHOW SNAPSHOT ON example_repo;
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3a://bucket/backup";
SHOW SNAPSHOT ON example_repo;
