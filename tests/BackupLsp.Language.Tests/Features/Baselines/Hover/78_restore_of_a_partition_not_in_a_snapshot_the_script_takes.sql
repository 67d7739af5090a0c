BACKUP SNAPSHOT sales_db.nightly_sales TO example_repo ON (orders PARTITION (p2025));
RESTORE SNAPSHOT sales_db.nightly_sales FROM example_repo ON (orders PARTITION (p20|24));