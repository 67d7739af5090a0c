-- options: version=3.1
-- before 3.2 StarRocks takes a key as written: " type " is no key BACKUP accepts
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES (" type " = "full");
-- and "timeout " is another key than "timeout": both are read, neither repeats the other
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("timeout " = "3600", "timeout" = "700");
-- a padded backup_timestamp is unknown, not the timestamp
RESTORE SNAPSHOT db.s3 FROM repo PROPERTIES ("backup_timestamp " = "2024-01-01-00-00-00-000");
