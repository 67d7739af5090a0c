-- BACKUP: the prefix and DATABASE both name the database backed up; the prefix goes where they agree
BACKUP DATABASE db SNAPSHOT db.s1 TO repo;
-- BACKUP naming two databases: which to back up is the writer's call, so no fix
BACKUP DATABASE db SNAPSHOT other.s1 TO repo;
-- RESTORE: the prefix names the database to restore into, DATABASE the snapshot's own: the fix says both
RESTORE SNAPSHOT db.s1 FROM repo DATABASE other PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT `sales-bak`.s1 FROM repo DATABASE sales ON (TABLE orders) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- RESTORE whose DATABASE restores into the prefix's database already: the prefix goes
RESTORE SNAPSHOT db.s1 FROM repo DATABASE db PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db2.s1 FROM repo DATABASE db AS db2 PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- RESTORE naming two databases to restore into: no fix
RESTORE SNAPSHOT db2.s1 FROM repo DATABASE db AS db3 PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- Database names are case-sensitive: `DB` is another database
RESTORE SNAPSHOT DB.s1 FROM repo DATABASE db PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
