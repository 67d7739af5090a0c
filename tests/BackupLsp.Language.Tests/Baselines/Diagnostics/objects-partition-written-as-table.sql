-- options: catalog=demo.json severity:SRB700=off
-- `t.p` is database t, table p to StarRocks (the prefix ignored): where t is a table of the statement's database with a
-- partition p, that partition was meant (StarRocks' 3.2 guide writes `RESTORE ... ON (t.p)` so), and `t PARTITION (p)` is the fix
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders.p202401);
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (Orders.`p202402` AS orders_2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- after an unparenthesized PARTITION list too: its own PARTITION keeps it a table
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (archive PARTITION archive, Orders.p202402);
-- where p is also a table, the name as written may be meant: the fix is offered, but not as the one right edit
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (archive.archive);
-- not where the prefix is the statement's database, a name no partition of that table, or one with partitions of its own
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_db.Orders);
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (Orders.p9);
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (archive.Orders PARTITION (p202401));
