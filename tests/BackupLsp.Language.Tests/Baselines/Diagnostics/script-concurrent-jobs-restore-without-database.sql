-- options: catalog=demo.json
-- A RESTORE that names no database works in its snapshot's database, not the session's: it keeps no job of sales_db
-- busy, and the BACKUP of sales_db after it is that database's first job.
USE sales_db;
RESTORE SNAPSHOT snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
BACKUP SNAPSHOT sales_db.zz1 TO example_repo;
