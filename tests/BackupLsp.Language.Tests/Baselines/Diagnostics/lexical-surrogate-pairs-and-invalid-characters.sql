BACKUP SNAPSHOT db.snap_😀 TO repo ON (𝔱able, t2);
BACKUP SNAPSHOT db.s2 TO repo \ ON (t1);
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "full 😀");
BACKUP SNAPSHOT db.s4 TO repo ON (t😀x);
BACKUP SNAPSHOT db.s5 TO repo ON (t1) 😀😀\;
BACKUP SNAPSHOT db.s6 TO repo ON (t1, t1😀);
BACKUP SNAPSHOT db.s7 TO repo ON (`t😀`, t2) /* 😀 */ -- 😀
;
😀SHOW BACKUP FROM db;
SELECT 1 😀;
