-- options: catalog=empty-lists.json
-- A temporary partition of a table the catalog lists without any.
BACKUP SNAPSHOT analytics.s TO example_repo ON (events TEMPORARY PARTITION (tp|1));
