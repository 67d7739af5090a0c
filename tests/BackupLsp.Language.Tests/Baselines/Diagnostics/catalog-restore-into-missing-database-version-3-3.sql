-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- Before 3.4 a RESTORE does not create the database it names (3.4 does): StarRocks fails it, and it makes no database
RESTORE SNAPSHOT new_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
BACKUP SNAPSHOT new_db.s1 TO example_repo;
-- a likely misspelling gets its fix, not the advice to create it
RESTORE SNAPSHOT exampel_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
-- one the script creates, or the catalog lists, is there
CREATE DATABASE made_db;
RESTORE SNAPSHOT made_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
RESTORE SNAPSHOT sales_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
-- one that names none restores into the snapshot's own database
RESTORE SNAPSHOT snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
