-- options: catalog=none severity:SRB700=off
-- Without a catalog's databases, a renamed database is gone under its old name, as a dropped one is, and exists under
-- its new one, with what the script made in it
ALTER DATABASE a RENAME b;
-- b exists: the CREATE is refused, and what b holds is not known
CREATE DATABASE b;
BACKUP DATABASE b SNAPSHOT s1 TO repo;
-- a is gone: IF NOT EXISTS makes a new, empty one
CREATE DATABASE IF NOT EXISTS a;
BACKUP DATABASE a SNAPSHOT s2 TO repo;
-- what the script made in a database goes with it
CREATE TABLE e.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
ALTER DATABASE e RENAME f;
CREATE DATABASE f;
BACKUP DATABASE f SNAPSHOT s3 TO repo;
BACKUP SNAPSHOT f.s4 TO repo ON (ALL TABLES);
CREATE DATABASE IF NOT EXISTS e;
BACKUP DATABASE e SNAPSHOT s5 TO repo;
-- a database the script made is empty under its new name, and gone under its old one
CREATE DATABASE c;
ALTER DATABASE c RENAME d;
CREATE DATABASE d;
BACKUP DATABASE d SNAPSHOT s6 TO repo;
CREATE DATABASE IF NOT EXISTS c;
BACKUP DATABASE c SNAPSHOT s7 TO repo;
-- a database renamed away is not there to rename again, which StarRocks refuses: g stays
ALTER DATABASE c2 RENAME g;
ALTER DATABASE c2 RENAME h;
CREATE DATABASE g;
BACKUP DATABASE g SNAPSHOT s8 TO repo;
