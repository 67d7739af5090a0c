-- A BACKUP names a database StarRocks refuses by its name (SRB113) last, and says so; a RESTORE only looks it up.
CREATE DATABASE `数据库`;
CREATE DATABASE `my-db`;
CREATE DATABASE sales;
BACKUP SNAPSHOT |
