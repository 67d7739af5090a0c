-- options: version=3.0
BACKUP SNAPSHOT db.`snapshot label` TO repo;
