-- options: catalog=demo.json severity:SRB700=off
-- From 3.4 a RESTORE creates the database it names where it is missing, and the BACKUP after it finds it
RESTORE SNAPSHOT new_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
BACKUP SNAPSHOT new_db.s1 TO example_repo;
