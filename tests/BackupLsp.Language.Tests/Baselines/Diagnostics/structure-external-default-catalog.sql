-- The cluster's own catalog is no external catalog: StarRocks refuses to back it up whole, whatever its case.
BACKUP EXTERNAL CATALOG (default_catalog) SNAPSHOT s1 TO repo;
BACKUP EXTERNAL CATALOGS (hive1, Default_Catalog) SNAPSHOT s2 TO repo;
-- Other catalogs are backed up.
BACKUP EXTERNAL CATALOGS (hive1, iceberg1) SNAPSHOT s3 TO repo;
