-- options: version=3.0
-- From 3.0 on HOST and MINUS count as names, as in the newest grammar
BACKUP SNAPSHOT sales.h1 TO s3_repo ON (host, minus);
