-- options: catalog=none
-- StarRocks gives a database a CREATE makes an id of its own, and drops one whatever job it runs: a new database of a
-- dropped one's name runs its own job
BACKUP SNAPSHOT a.s1 TO repo ON (t);
DROP DATABASE a FORCE;
CREATE DATABASE a;
CREATE TABLE a.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT a.s2 TO repo ON (t);
BACKUP SNAPSHOT a.s3 TO repo ON (t);
-- a RECOVER brings back the dropped database, id and all, with the job it ran
BACKUP SNAPSHOT c.s4 TO repo ON (t);
DROP DATABASE c;
RECOVER DATABASE c;
BACKUP SNAPSHOT c.s5 TO repo ON (t);
