USE hr
BACKUP SNAPSHOT s TO repo ON (t) PROPERTIES ("timeout"="1");
SELECT 1
  SHOW BACKUP FROM hr;
SHOW SNAPSHOT ON r WHERE SNAPSHOT = 'x'
BACKUP SNAPSHOT s TO r PROPERTIES ("timeout"="1");
SHOW RESTORE FROM db WHERE State = 'x'
RESTORE SNAPSHOT db.s FROM r PROPERTIES ("backup_timestamp"="2024-01-01-00-00-00");
-- Not statements: a column named backup, columns and a table with aliases that read like a head, a clause that starts
-- with DROP, a table named backup. CANCEL is never taken for a statement's start: CANCEL BACKUP FROM reads as a column.
SELECT id,
backup
FROM jobs;
SELECT id,
  backup snapshot
FROM jobs;
SELECT
  cancel backup
FROM jobs;
SELECT * FROM jobs JOIN
  backup snapshot ON snapshot.id = jobs.id;
SELECT
  restore external
FROM jobs;
ALTER TABLE t
DROP PARTITION p1;
BACKUP SNAPSHOT db.s2 TO r ON (
backup PARTITION (p1),
restore
);
