-- options: catalog=documented-examples.json version=2.5
-- The SHOW REPOSITORIES, SHOW SNAPSHOT, SHOW BACKUP and SHOW RESTORE reference pages, the same from 2.5 on.
SHOW REPOSITORIES;

SHOW SNAPSHOT ON shop_repo;

SHOW SNAPSHOT ON shop_repo
WHERE SNAPSHOT = "nightly1";

SHOW SNAPSHOT ON shop_repo
WHERE SNAPSHOT = "nightly1" AND TIMESTAMP = "2018-05-05-15-34-26";

SHOW BACKUP FROM shop_db;

SHOW RESTORE FROM shop_db;
