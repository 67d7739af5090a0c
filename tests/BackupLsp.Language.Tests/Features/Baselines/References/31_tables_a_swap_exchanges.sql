-- options: catalog=none
CREATE TABLE db.a (k INT);
CREATE TABLE db.b (k INT);
ALTER TABLE db.a SWAP WITH b;
BACKUP SNAPSHOT db.s TO r ON (|a, b);
