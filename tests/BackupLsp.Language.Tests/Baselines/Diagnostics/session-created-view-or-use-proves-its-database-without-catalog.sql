-- options: catalog=none severity:SRB700=off
-- Without a catalog's databases, a CREATE VIEW or MATERIALIZED VIEW that StarRocks runs proves its database exists, as a USE does
CREATE VIEW a.v AS SELECT 1;
CREATE DATABASE a;
BACKUP DATABASE a SNAPSHOT s1 TO repo;
CREATE MATERIALIZED VIEW b.mv REFRESH ASYNC AS SELECT k FROM b.t;
CREATE DATABASE b;
BACKUP DATABASE b SNAPSHOT s2 TO repo;
USE c;
CREATE DATABASE c;
BACKUP DATABASE c SNAPSHOT s3 TO repo;
-- c exists: the rename onto it is refused, and d stays as it was
CREATE DATABASE d;
ALTER DATABASE d RENAME c;
BACKUP DATABASE d SNAPSHOT s4 TO repo;
-- a database dropped is gone, and StarRocks refuses a USE of it: the CREATE of it makes a new, empty one
DROP DATABASE a;
USE a;
CREATE DATABASE a;
BACKUP DATABASE a SNAPSHOT s5 TO repo;
