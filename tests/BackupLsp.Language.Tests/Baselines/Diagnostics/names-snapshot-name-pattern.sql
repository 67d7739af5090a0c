BACKUP SNAPSHOT db.`snapshot label` TO repo;
BACKUP SNAPSHOT db.`nightly.2024` TO repo;
BACKUP SNAPSHOT db.`nightly-2024` TO repo;
BACKUP SNAPSHOT db.快照 TO repo;
