-- options: catalog=demo.json
-- StarRocks refuses the name before it looks the database up: SRB113 alone, with the nearest listed database offered.
BACKUP SNAPSHOT `example db`.s TO example_repo;
BACKUP SNAPSHOT `1db`.s2 TO example_repo;
CANCEL BACKUP FROM `example db`;
-- A name some release takes is looked up.
BACKUP SNAPSHOT `example-db`.s3 TO example_repo;
SHOW BACKUP FROM `example db`;
-- a name StarRocks refuses too is no name to suggest
CREATE DATABASE `sales 2025`;
BACKUP SNAPSHOT `sales 2026`.s1 TO example_repo;
