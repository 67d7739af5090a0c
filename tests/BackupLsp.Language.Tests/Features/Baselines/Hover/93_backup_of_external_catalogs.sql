BACK|UP EXTERNAL CATALOG (hive_catalog) SNAPSHOT catalog_snap TO example_repo;
