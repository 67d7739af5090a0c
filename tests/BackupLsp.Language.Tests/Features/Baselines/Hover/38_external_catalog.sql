BACKUP EXTERNAL CATALOG (hive_ca|talog) SNAPSHOT cat_snap TO example_repo
