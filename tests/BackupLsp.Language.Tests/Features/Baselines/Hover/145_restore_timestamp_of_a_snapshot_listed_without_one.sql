-- options: catalog=shared-timestamps.json
-- A snapshot the catalog lists without a timestamp (SHOW SNAPSHOT gave \N): whether it has this one cannot be told.
RESTORE SNAPSHOT sr_hub.sr_unread_backup FROM test_repo ON (sr_member) PROPERTIES ("backup_timestamp" = "2024-|01-01-00-00-00");
