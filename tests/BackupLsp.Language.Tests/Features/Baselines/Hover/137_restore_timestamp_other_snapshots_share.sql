-- options: catalog=shared-timestamps.json
-- a timestamp other snapshots share too: the hover speaks of the statement's snapshot
RESTORE SNAPSHOT sr_member_backup FROM test_repo DATABASE sr_hub ON (sr_member) PROPERTIES ("backup_timestamp" = "2024-12-09-1|0-52-10-940");
