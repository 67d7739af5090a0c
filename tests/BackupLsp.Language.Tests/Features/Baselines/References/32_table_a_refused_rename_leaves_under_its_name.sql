-- options: catalog=none
CREATE TABLE db.t (k INT);
CREATE TABLE db.t2 (k INT);
ALTER TABLE db.t RENAME t2;
BACKUP SNAPSHOT db.s TO r ON (|t, t2);
