-- a RESTORE's DATABASE db AS names the database to restore into: the others, the snapshot's own left out
CREATE DATABASE staging;
RESTORE SNAPSHOT snapshot_label1 FROM example_repo DATABASE example_db AS |
