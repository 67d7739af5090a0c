BACKUP SNAPSHOT db.s1 TO repo ON ();
BACKUP SNAPSHOT db.s2 TO repo ON (t1,);
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION ());
BACKUP SNAPSHOT db.s4 TO repo ON (t1, t2
PROPERTIES ("type" = "full");
BACKUP SNAPSHOT db.s5 TO repo PROPERTIES ("type" = "full",);
BACKUP SNAPSHOT db.s6 TO repo ON (t1) extra;
-- Names after an unparenthesized PARTITION are separated by commas; `=` is for a condition, in parentheses only.
BACKUP SNAPSHOT db.s4 TO repo ON (t PARTITION p1 p2);
RESTORE SNAPSHOT db.s4 FROM repo ON (t PARTITION p1 p2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
