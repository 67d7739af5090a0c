-- options: catalog=shared-timestamps.json
-- in a RESTORE, DATABASE names the database the snapshot's objects belonged to; AS the one restored into
RESTORE SNAPSHOT sr_member_backup FROM test_repo DATA|BASE sr_hub AS sr_hub_new ON (TABLE sr_member AS sr_member_new) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
