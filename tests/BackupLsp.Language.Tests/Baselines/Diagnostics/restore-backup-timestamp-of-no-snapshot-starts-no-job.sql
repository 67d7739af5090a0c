-- StarRocks refuses a RESTORE whose backup_timestamp names no snapshot, before it makes a job: the RESTORE after it of the
-- same database is not told as waiting for it, but the one after that is
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
RESTORE SNAPSHOT db.s2 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
