-- options: catalog=demo.json version=4.0
-- 4.0 reserves BOTH, SYSTEM and MATCHED: StarRocks' parser fails on the bare word, so it looks up no
-- database, table, partition, repository or snapshot by it: SRB110 alone is reported on the word
BACKUP SNAPSHOT both.s1 TO example_repo;
BACKUP SNAPSHOT matched.s2 TO example_repo;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (system, example_tbl PARTITION (p1, both));
BACKUP SNAPSHOT example_db.s4 TO system;
RESTORE SNAPSHOT example_db.both FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
DROP SNAPSHOT matched ON example_repo;
SHOW BACKUP FROM system;
CANCEL BACKUP FROM both;
DROP REPOSITORY both;
-- the rest of the statement is still checked, as StarRocks will once the word is backticked
BACKUP SNAPSHOT both.s5 TO example_repo PROPERTIES ("timeout" = "60");
-- as with a word every release reserves
BACKUP SNAPSHOT select.s6 TO example_repo ON (select);
-- backticked, the word is a name, looked up as one
BACKUP SNAPSHOT `both`.s7 TO example_repo;
