-- options: catalog=demo.json severity:SRB700=off
-- StarRocks' parser refuses a snapshot name of three parts: none of them is looked up, and only that is told.
BACKUP SNAPSHOT default_catalog.example_db.s3 TO example_repo;
RESTORE SNAPSHOT x.y.z FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- What the rest of the statement names is still looked up, for the statement as it will be.
BACKUP SNAPSHOT a.b.c TO no_such_repo;
