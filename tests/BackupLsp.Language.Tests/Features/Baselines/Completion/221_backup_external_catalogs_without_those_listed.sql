-- the catalogs already listed in the parentheses are not offered again
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
CREATE EXTERNAL CATALOG iceberg_lake PROPERTIES ("type" = "iceberg");
CREATE EXTERNAL CATALOG paimon_cat PROPERTIES ("type" = "paimon");
backup external catalogs (iceberg_lake, |, paimon_cat) SNAPSHOT lake_snap TO example_repo;
