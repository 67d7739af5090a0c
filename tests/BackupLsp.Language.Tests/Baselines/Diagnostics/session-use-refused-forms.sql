-- options: catalog=demo.json
-- StarRocks' parser refuses USE of a name of more than two parts, and a quoted USE other than 'CATALOG c', and its
-- analyzer a catalog name outside FeNameFormat's pattern (in a SET CATALOG too): each leaves the session where it was,
-- so what follows is still checked in the default database.
USE default_catalog.example_db.extra;
BACKUP SNAPSHOT s1 TO example_repo ON (no_such_table);
USE hive_catalog.`web`.logs.more;
USE 'default_catalog.example_db';
USE 'hive_catalog';
USE ' CATALOG hive_catalog';
USE 'CATALOG hive_catalog web';
USE '';
USE 'CATALOG \'hive_catalog\'';
USE 'CATALOG 1hive';
USE "CATALOG hive-catalog";
SET CATALOG `1hive`;
SET CATALOG 'hive-catalog';
SET CATALOG `hive catalog`;
SET CATALOG '';
SET CATALOG hive_catalog_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;
BACKUP SNAPSHOT s2 TO example_repo ON (no_such_table);
-- CATALOG in any case, and whitespace after the name, still switch, as SET CATALOG does
USE "catalog hive_catalog ";
BACKUP SNAPSHOT s3 TO example_repo;
