-- options: catalog=read-only-snapshots.json severity:SRB700=off
-- A read-only repository refuses the drop: its snapshot is still there for the RESTORE after it.
DROP SNAPSHOT old ON ro_repo;
RESTORE SNAPSHOT example_db.old FROM ro_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2023-01-01-00-00-00");
