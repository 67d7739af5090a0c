-- options: catalog=documented-examples.json version=3.4 severity:SRB700=off
-- The BACKUP reference page and the backup guide of 3.4 and later: each new form, and the earlier one the guide sets beside it.
BACKUP DATABASE shop_db SNAPSHOT new_shop_whole TO shop_repo;
BACKUP SNAPSHOT shop_db.new_shop_whole_compatible
TO shop_repo;

BACKUP DATABASE shop_db SNAPSHOT new_orders_snap
TO shop_repo
ON (TABLE orders);
BACKUP SNAPSHOT shop_db.new_orders_snap_compatible
TO shop_repo
ON (orders);

BACKUP DATABASE shop_db SNAPSHOT new_core_snap
TO shop_repo
ON (TABLE orders, TABLE customers);

BACKUP DATABASE shop_db SNAPSHOT new_every_table_snap
TO shop_repo
ON (ALL TABLES);

BACKUP DATABASE shop_db SNAPSHOT new_one_partition_snap
TO shop_repo
ON (TABLE orders PARTITION (p1));
BACKUP SNAPSHOT shop_db.new_one_partition_snap_compatible
TO shop_repo
ON (orders PARTITION (p1));

BACKUP DATABASE shop_db SNAPSHOT new_partitions_snap
TO shop_repo
ON (TABLE orders PARTITION (p1,p2,p3));

BACKUP DATABASE shop_db SNAPSHOT new_mv_snap
TO shop_repo
ON (MATERIALIZED VIEW daily_sales_mv);

BACKUP DATABASE shop_db SNAPSHOT new_mvs_snap
TO shop_repo
ON (MATERIALIZED VIEW daily_sales_mv, MATERIALIZED VIEW weekly_sales_mv);

BACKUP DATABASE shop_db SNAPSHOT new_every_mv_snap
TO shop_repo
ON (ALL MATERIALIZED VIEWS);

BACKUP DATABASE shop_db SNAPSHOT new_view_snap
TO shop_repo
ON (VIEW open_orders_view);

BACKUP DATABASE shop_db SNAPSHOT new_views_snap
TO shop_repo
ON (VIEW open_orders_view, VIEW late_orders_view);

BACKUP DATABASE shop_db SNAPSHOT new_every_view_snap
TO shop_repo
ON (ALL VIEWS);

BACKUP DATABASE shop_db SNAPSHOT new_udf_snap
TO shop_repo
ON (FUNCTION mask_email);

BACKUP DATABASE shop_db SNAPSHOT new_udfs_snap
TO shop_repo
ON (FUNCTION mask_email, FUNCTION mask_phone);

BACKUP DATABASE shop_db SNAPSHOT new_every_udf_snap
TO shop_repo
ON (ALL FUNCTIONS);
