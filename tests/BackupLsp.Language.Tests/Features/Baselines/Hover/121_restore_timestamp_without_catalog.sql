-- options: catalog=none
-- without a catalog, a RESTORE timestamp says where it comes from
RESTORE SNAPSHOT example_db.s1 FROM example_repo PROPERTIES ("backup_timestamp" = "2024-0|1-01-00-00-00");
