-- options: version=3.3
-- 3.3 has no DATABASE clause: the advice names db.snapshot only
SET CATALOG default_catalog;
BACKUP SNAPSHOT s1 TO repo;
