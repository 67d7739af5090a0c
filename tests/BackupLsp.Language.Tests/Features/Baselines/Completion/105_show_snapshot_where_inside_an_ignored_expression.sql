SHOW SNAPSHOT ON example_repo WHERE CASE WHEN SNAPSHOT IN ('snapshot_label1', |) THEN 1 END
