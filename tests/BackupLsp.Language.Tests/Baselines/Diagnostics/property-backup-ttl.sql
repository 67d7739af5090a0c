-- StarRocks 4.2's BACKUP ttl (SnapshotTtl.parse): empty keeps the snapshot forever, else a positive duration
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("ttl" = "7 DAY");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("ttl" = "12 hours", "timeout" = "3600", "type" = "full");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("ttl" = "");
BACKUP SNAPSHOT db.s4 TO repo PROPERTIES ("ttl" = "7d");
BACKUP SNAPSHOT db.s5 TO repo PROPERTIES ("ttl" = "30days");
BACKUP SNAPSHOT db.s6 TO repo PROPERTIES ("ttl" = "10m");
BACKUP SNAPSHOT db.s7 TO repo PROPERTIES ("ttl" = "forever");
BACKUP SNAPSHOT db.s8 TO repo PROPERTIES ("ttl" = "0 DAY");
BACKUP SNAPSHOT db.s9 TO repo PROPERTIES ("ttl" = "1 month -1 days");
BACKUP SNAPSHOT db.s10 TO repo PROPERTIES ("ttl" = "1 week 2 hours");
BACKUP SNAPSHOT db.s11 TO repo PROPERTIES (" ttl " = "1 year");
BACKUP SNAPSHOT db.s12 TO repo PROPERTIES ("TTL" = "1 year");
BACKUP SNAPSHOT db.s13 TO repo PROPERTIES ("tll" = "1 year");
BACKUP EXTERNAL CATALOG (hive) SNAPSHOT s14 TO repo PROPERTIES ("ttl" = "1 day");
-- RESTORE takes no ttl
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "ttl" = "7 DAY");
-- ttl is too short for the general did-you-mean, but one edit from it among the few keys is a typo of it
BACKUP SNAPSHOT example_db.t20 TO example_repo ON (example_tbl) PROPERTIES ("tll" = "1 DAY");
BACKUP SNAPSHOT example_db.t21 TO example_repo ON (example_tbl) PROPERTIES ("ttll" = "1 DAY");
