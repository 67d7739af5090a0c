-- options: catalog=none severity:SRB700=off
-- Without a catalog's databases, a CREATE TABLE that StarRocks runs proves its database exists
CREATE DATABASE a;
CREATE TABLE c.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
-- c exists: the rename onto it is refused, a stays as it was, and what c holds is not known
ALTER DATABASE a RENAME c;
BACKUP DATABASE c SNAPSHOT s1 TO repo;
BACKUP DATABASE a SNAPSHOT s2 TO repo;
-- so is the CREATE of c: it makes no empty database
CREATE DATABASE c;
BACKUP DATABASE c SNAPSHOT s3 TO repo;
-- a table made in the session's database proves it too
USE d;
CREATE TABLE t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE DATABASE d;
BACKUP DATABASE d SNAPSHOT s4 TO repo;
-- a database dropped is gone, and a CREATE TABLE there is refused: the CREATE of it makes a new, empty one
DROP DATABASE c;
CREATE TABLE c.t2 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE DATABASE c;
BACKUP DATABASE c SNAPSHOT s5 TO repo;
