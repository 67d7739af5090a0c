-- options: catalog=none
-- A database is one under its old name and the one a rename StarRocks runs gives it (LocalMetastore.renameDatabase keeps
-- it, id and all): the ALTER reads the old name and renames it to the new; one made later under the old name is another
CREATE DATABASE a;
BACKUP SNAPSHOT a.s1 TO r;
ALTER DATABASE a RENAME b;
BACKUP SNAPSHOT |b.s2 TO r;
CREATE DATABASE a;
BACKUP SNAPSHOT a.s3 TO r;
