-- options: catalog=empty-databases.json
-- A BACKUP StarRocks refuses for taking nothing starts no job and takes no snapshot
BACKUP DATABASE views_only SNAPSHOT first TO r ON (ALL TABLES);
-- so this is the database's first job, and takes the name afresh
BACKUP DATABASE views_only SNAPSHOT first TO r ON (ALL VIEWS);
BACKUP DATABASE empty_db SNAPSHOT nothing TO r;
-- the repository holds no snapshot `nothing`
RESTORE SNAPSHOT nothing FROM r DATABASE empty_db PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
