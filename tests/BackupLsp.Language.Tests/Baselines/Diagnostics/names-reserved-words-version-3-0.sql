-- options: version=3.0
-- 3.0's keyword page: CANCEL, ANTI, AUTHENTICATION, AUTO_INCREMENT, CURRENT_ROLE, DEFERRED and IMMEDIATE reserved;
-- EXPORT, DISTRIBUTED and COMPACTION not
BACKUP SNAPSHOT db.s1 TO repo ON (cancel, anti, authentication, auto_increment, current_role, deferred, immediate);
BACKUP SNAPSHOT db.s2 TO repo ON (export, distributed, compaction);
