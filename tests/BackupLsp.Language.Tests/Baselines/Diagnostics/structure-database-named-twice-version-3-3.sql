-- options: version=3.3
-- before 3.4 there is no DATABASE clause: the fixes keep the prefix, where it says what the clause did
RESTORE SNAPSHOT sales_bak.s1 FROM repo DATABASE sales PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT sales_bak.s1 FROM repo DATABASE sales AS sales_bak PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT sales_bak.s1 FROM repo DATABASE sales AS other PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP DATABASE sales SNAPSHOT other.s1 TO repo;
