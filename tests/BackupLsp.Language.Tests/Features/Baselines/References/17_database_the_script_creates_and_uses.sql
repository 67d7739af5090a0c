CREATE DATABASE `sales 2025`;
USE `sales 2025`;
USE default_catalog.`sales 2025`;
CREATE TABLE IF NOT EXISTS `sales 2025`.t1 (id INT);
BACKUP SNAPSHOT `sales 2|025`.s1 TO example_repo;
DROP DATABASE `sales 2025`;
