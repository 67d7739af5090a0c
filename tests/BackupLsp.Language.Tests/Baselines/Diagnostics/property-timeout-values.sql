BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("timeout" = "600");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("timeout" = "+3600");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("timeout" = "599");
BACKUP SNAPSHOT db.s4 TO repo PROPERTIES ("timeout" = "-1");
BACKUP SNAPSHOT db.s5 TO repo PROPERTIES ("timeout" = "1h");
BACKUP SNAPSHOT db.s6 TO repo PROPERTIES ("timeout" = "");
BACKUP SNAPSHOT db.s7 TO repo PROPERTIES ("timeout" = " 3600");
BACKUP SNAPSHOT db.s8 TO repo PROPERTIES ("timeout" = "99999999999999999999");
BACKUP SNAPSHOT db.s9 TO repo PROPERTIES ("timeout" = "3600.5");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "timeout" = "60");
BACKUP SNAPSHOT db.s10 TO repo PROPERTIES ("timeout" = "600\0");
BACKUP SNAPSHOT db.s11 TO repo PROPERTIES ("timeout" = "60\0");
BACKUP SNAPSHOT db.s12 TO repo PROPERTIES ("timeout" = "٦٠٠");
BACKUP SNAPSHOT db.s13 TO repo PROPERTIES ("timeout" = "９０");
BACKUP SNAPSHOT db.s14 TO repo PROPERTIES ("timeout" = "-9223372036854775809");
-- StarRocks checks seconds × 1000 in 64 bits: the largest timeout that does not wrap, then three that wrap below 600000 ms
BACKUP SNAPSHOT db.s15 TO repo PROPERTIES ("timeout" = "9223372036854775");
BACKUP SNAPSHOT db.s16 TO repo PROPERTIES ("timeout" = "9223372036854776");
BACKUP SNAPSHOT db.s17 TO repo PROPERTIES ("timeout" = "9223372036854775807");
BACKUP SNAPSHOT db.s18 TO repo PROPERTIES ("timeout" = "18446744073709552");
-- ... and one that wraps to 600384 ms, which StarRocks lets through
BACKUP SNAPSHOT db.s19 TO repo PROPERTIES ("timeout" = "18446744073710152");
-- ... as it does a negative one whose milliseconds wrap to a large count; another negative stays below
BACKUP SNAPSHOT db.s20 TO repo PROPERTIES ("timeout" = "-9223372036854776");
BACKUP SNAPSHOT db.s21 TO repo PROPERTIES ("timeout" = "-9223372036854775");
