-- After an unparenthesized PARTITION list, a view the catalog lists: current releases read it as a partition, 3.5 and
-- older as the view (looked up as tables are).
BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl PARTITION p1, v_or|ders);
