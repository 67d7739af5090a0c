-- options: catalog=none
-- StarRocks keys a database's running job by its id, which a rename keeps: the database's second job fails under its
-- new name too, and a new database of the old name runs its own
BACKUP SNAPSHOT a.s1 TO repo ON (t);
ALTER DATABASE a RENAME b;
BACKUP SNAPSHOT b.s2 TO repo ON (t);
CREATE DATABASE a;
CREATE TABLE a.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT a.s3 TO repo ON (t);
-- a CANCEL under the new name stops the job started under the old one
BACKUP SNAPSHOT c.s4 TO repo ON (t);
ALTER DATABASE c RENAME d;
CANCEL BACKUP FROM d;
DROP SNAPSHOT s4 ON repo;
BACKUP SNAPSHOT d.s5 TO repo ON (t);
-- a rename StarRocks refuses, onto a database the script created, moves no job
BACKUP SNAPSHOT e.s6 TO repo ON (t);
CREATE DATABASE f;
ALTER DATABASE e RENAME f;
CREATE TABLE f.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT f.s7 TO repo ON (t);
