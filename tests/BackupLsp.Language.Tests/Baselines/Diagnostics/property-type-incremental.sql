BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("type" = "incremental");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = "INCREMENTAL");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "incremental ");
-- Java upper-cases the dotless ı to I: StarRocks reads this as INCREMENTAL.
BACKUP SNAPSHOT db.s4 TO repo PROPERTIES ("type" = "ıncremental");
