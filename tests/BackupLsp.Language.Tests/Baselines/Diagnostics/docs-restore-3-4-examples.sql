-- options: catalog=documented-examples.json version=3.4 severity:SRB700=off
-- The RESTORE reference page and the restore guide of 3.4 and later: each new form, and the earlier one the guide sets beside it.
RESTORE SNAPSHOT shop_whole
FROM shop_repo
DATABASE shop_db
PROPERTIES("backup_timestamp" = "2024-12-09-10-25-58-842");
RESTORE SNAPSHOT shop_db.shop_whole
FROM `shop_repo`
PROPERTIES("backup_timestamp" = "2024-12-09-10-25-58-842");

RESTORE SNAPSHOT shop_whole
FROM shop_repo
DATABASE shop_db AS shop_db_copy
PROPERTIES("backup_timestamp" = "2024-12-09-10-25-58-842");

RESTORE SNAPSHOT orders_snap
FROM shop_repo
DATABASE shop_db
ON (TABLE orders)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT shop_db.orders_snap
FROM shop_repo
ON (orders)
PROPERTIES ("backup_timestamp"="2024-12-09-10-52-10-940");

RESTORE SNAPSHOT orders_snap
FROM shop_repo
DATABASE shop_db  AS shop_db_copy
ON (TABLE orders AS orders_copy)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT core_snap
FROM shop_repo
DATABASE shop_db
ON (TABLE orders, TABLE customers)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

-- The pages give this one no PROPERTIES: StarRocks refuses it (BackupRestoreAnalyzer.visitRestoreStatement: "Missing backup_timestamp property").
RESTORE SNAPSHOT every_table_snap
FROM shop_repo
DATABASE shop_db
ON (ALL TABLES);

RESTORE SNAPSHOT every_table_snap
FROM shop_repo
DATABASE shop_db
ON (TABLE orders)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT one_partition_snap
FROM shop_repo
DATABASE shop_db
ON (TABLE orders PARTITION (p1))
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT shop_db.one_partition_snap
FROM shop_repo
ON (orders PARTITION (p1))
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT partitions_snap
FROM shop_repo
DATABASE shop_db
ON (TABLE orders PARTITION (p1,p2))
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT mv_snap
FROM shop_repo
DATABASE shop_db
ON (MATERIALIZED VIEW daily_sales_mv)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT mvs_snap
FROM shop_repo
DATABASE shop_db
ON (MATERIALIZED VIEW daily_sales_mv, MATERIALIZED VIEW weekly_sales_mv)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT every_mv_snap
FROM shop_repo
DATABASE shop_db
ON (ALL MATERIALIZED VIEWS)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT every_mv_snap
FROM shop_repo
DATABASE shop_db
ON (MATERIALIZED VIEW daily_sales_mv)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT view_snap
FROM shop_repo
DATABASE shop_db
ON (VIEW open_orders_view)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT views_snap
FROM shop_repo
DATABASE shop_db
ON (VIEW open_orders_view, VIEW late_orders_view)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT every_view_snap
FROM shop_repo
DATABASE shop_db
ON (ALL VIEWS)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT every_view_snap
FROM shop_repo
DATABASE shop_db
ON (VIEW open_orders_view)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT udf_snap
FROM shop_repo
DATABASE shop_db
ON (FUNCTION mask_email)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT udfs_snap
FROM shop_repo
DATABASE shop_db
ON (FUNCTION mask_email, FUNCTION mask_phone)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT every_udf_snap
FROM shop_repo
DATABASE shop_db
ON (ALL FUNCTIONS)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT every_udf_snap
FROM shop_repo
DATABASE shop_db
ON (FUNCTION mask_email)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
