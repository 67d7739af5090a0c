RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "type" = "incremental");
