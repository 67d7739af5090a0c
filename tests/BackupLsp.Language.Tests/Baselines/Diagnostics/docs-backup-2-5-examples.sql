-- options: catalog=documented-examples.json version=2.5 severity:SRB700=off
-- The BACKUP reference page of 2.5 to 3.3 and the backup guide of those releases.
-- The catalog's shop_db holds views and materialized views too: in 2.5 a whole-database BACKUP fails on them (BackupHandler.backup: "Table '...' is not a OLAP table").
BACKUP SNAPSHOT shop_db.new_shop_full
TO shop_repo
PROPERTIES ("type" = "full");

BACKUP SNAPSHOT shop_db.new_orders_only
TO shop_repo
ON (orders);

BACKUP SNAPSHOT shop_db.new_orders_and_items
TO shop_repo
ON(
    orders PARTITION (p1, p2),
    order_items
);
