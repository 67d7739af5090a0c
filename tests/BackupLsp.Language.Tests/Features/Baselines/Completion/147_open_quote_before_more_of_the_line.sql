-- a quote the editor did not close: the key goes in before the rest of the line
BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl) PROPERTIES ("ty|, "timeout" = "3600");
