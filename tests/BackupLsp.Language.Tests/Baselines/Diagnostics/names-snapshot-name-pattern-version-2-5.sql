-- options: version=2.5
BACKUP SNAPSHOT db.`snapshot label` TO repo;
BACKUP SNAPSHOT db.`nightly-2024` TO repo;
BACKUP SNAPSHOT db.`nightly
` TO repo;
