-- options: version=4.0
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION (p1, sys|tem));
