-- options: catalog=demo.json version=4.0
-- a name after an unparenthesized list is another partition of its table: no did-you-mean to one the list names
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders PARTITION p202401, p2024);
