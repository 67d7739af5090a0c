-- options: catalog=demo.json
-- the did-you-mean is a partition the list does not name already (it would be a duplicate, SRB301)
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders PARTITION (p202401, p2024));
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (Orders PARTITION (P202402, p2024));
