-- options: catalog=demo.json version=3.0
-- StarRocks 2.5's analyzer has no case for an IN: it lets one through and lists every snapshot in the repository (3.0
-- brought SNAPSHOT IN, PR #17528). A comparison is read as in later releases.
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('snapshot_label1', 'snapshot_label2');
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT NOT IN ('snapshot_label1');
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1';
