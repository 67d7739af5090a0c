-- Slips with one right edit: a comma before a list's `)`, a `:` for `=`, backticks for quotes, BROKER without WITH, LOCATION without ON
BACKUP SNAPSHOT db.s1 TO r ON (t1, t2,) PROPERTIES ("timeout" = "7200",);
BACKUP SNAPSHOT db.s2 TO r PROPERTIES ("timeout" : "7200");
BACKUP SNAPSHOT db.s5 TO r PROPERTIES ("timeout": "7200");
BACKUP SNAPSHOT db.s6 TO r PROPERTIES ("timeout":"7200");
BACKUP SNAPSHOT db.s3 TO r PROPERTIES ("timeout" = `7200`);
CREATE REPOSITORY r2 BROKER ON LOCATION "s3a://b/p";
CREATE REPOSITORY r3 WITH BROKER ON LOCATION `s3a://b/p`;
-- right after BROKER, LOCATION is read as the broker's name
CREATE REPOSITORY r4 WITH BROKER LOCATION "s3a://b/p";
create repository r5 with broker hdfs_broker location "hdfs://nn:8020/p";
BACKUP SNAPSHOT db.s4 TO r ON (t1 PARTITION (p1,));
-- the blanks after the comma go with it; a line break stays
BACKUP SNAPSHOT db.s7 TO r ON (t1 PARTITION (p1, p2, ), t2,	);
BACKUP SNAPSHOT db.s8 TO r ON (
  t1,
  t2,
);
-- blanks before a line break go too; a comment stays
BACKUP SNAPSHOT db.s9 TO r ON (t1, t2,  
);
BACKUP SNAPSHOT db.s10 TO r ON (t1, t2, /* c */ );
