RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "type" = "incremental");
