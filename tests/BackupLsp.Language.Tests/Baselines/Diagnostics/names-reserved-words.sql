BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION (p1, range));
BACKUP SNAPSHOT database.s2 TO repo;
BACKUP SNAPSHOT db.s3 TO repo ON (t1, `select`, select);
DROP REPOSITORY table;
SHOW BACKUP FROM `database`;
-- BOTH, MATCHED, SYSTEM and VARIANT are names to the newest StarRocks grammar (older releases reserved them): not flagged
BACKUP SNAPSHOT db.s_kw TO repo ON (both, variant, matched, system);
