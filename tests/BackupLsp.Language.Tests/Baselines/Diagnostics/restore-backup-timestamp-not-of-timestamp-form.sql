-- options: severity:SRB700=off
-- A backup_timestamp that is not a whole timestamp names no snapshot in any release: StarRocks wants the info file of exactly that timestamp
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "yesterday");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04 16:45:08");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = " 2018-05-04-16-45-08");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08.123");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-8");
-- a character that would not show, as a no-break space copied from a web page or a tab, is written as an escape
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08 ");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04	16-45-08");
-- the full form, with or without milliseconds, may be some snapshot's: told only against a catalog
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08-123");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "12018-05-04-16-45-08");
