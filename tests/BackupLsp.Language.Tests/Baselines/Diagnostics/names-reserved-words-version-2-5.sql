-- options: version=2.5
-- 2.5's keyword page: CANCEL, EXPORT, DISTRIBUTED, ANTI and AUTHENTICATION reserved; COMPACTION, CURRENT_ROLE,
-- DEFERRED, IMMEDIATE and AUTO_INCREMENT not (yet)
BACKUP SNAPSHOT db.s1 TO repo ON (cancel, export, distributed, anti, authentication);
BACKUP SNAPSHOT db.s2 TO repo ON (compaction, current_role, deferred, immediate, auto_increment);
