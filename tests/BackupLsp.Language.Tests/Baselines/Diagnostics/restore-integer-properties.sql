RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "replication_num" = "3", "meta_version" = "-1");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "replication_num" = "three");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "meta_version" = "1.0", "starrocks_meta_version" = "");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "replication_num" = "3\0");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "replication_num" = "2147483648", "meta_version" = "-2147483649");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "replication_num" = "٣", "meta_version" = "-2147483648", "starrocks_meta_version" = "+2147483647");
