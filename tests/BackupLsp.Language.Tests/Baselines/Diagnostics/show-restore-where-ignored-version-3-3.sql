-- options: version=3.3
-- Before 4.1 StarRocks takes SHOW RESTORE's WHERE and ignores it, with FROM or without
SHOW RESTORE FROM example_db WHERE Label = 'snap1';
SHOW RESTORE IN example_db WHERE State = 'FINISHED';
SHOW RESTORE WHERE Label = 'snap1';
SHOW RESTORE FROM example_db;
