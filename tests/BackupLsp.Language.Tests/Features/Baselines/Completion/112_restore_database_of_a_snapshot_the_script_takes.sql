BACKUP SNAPSHOT sales_db.nightly_sales TO example_repo ON (orders);
RESTORE SNAPSHOT nightly_sales FROM example_repo DATABASE |