-- options: catalog=none
CREATE TABLE db.t (k INT);
BACKUP SNAPSHOT db.s1 TO r ON (t);
ALTER TABLE db.t RENAME t2;
BACKUP SNAPSHOT db.s2 TO r ON (|t2);
CREATE TABLE db.t (k INT);
BACKUP SNAPSHOT db.s3 TO r ON (t);
