-- options: severity:SRB700=off
-- An empty or blank backup_timestamp names no snapshot whatever the repository holds: reported without a catalog
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ('backup_timestamp' = '  ', "timeout" = "3600");
-- only the last of a repeated key counts
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "", "backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
