-- options: catalog=documented-examples.json version=2.5 severity:SRB700=off
-- The RESTORE reference page of 2.5 to 3.3 and the restore guide of those releases.
RESTORE SNAPSHOT shop_db.orders_snap
FROM shop_repo
ON ( orders )
PROPERTIES
(
    "backup_timestamp"="2018-05-04-16-45-08",
    "replication_num" = "1"
);

RESTORE SNAPSHOT shop_db.orders_and_items
FROM shop_repo
ON(
    orders PARTITION (p1, p2),
    order_items AS order_items_restored
)
PROPERTIES
(
    "backup_timestamp"="2018-05-04-17-11-01"
);

RESTORE SNAPSHOT shop_db.customers_snap
FROM shop_repo
ON (customers)
PROPERTIES (
    "backup_timestamp"="2023-02-07-14-45-53-143",
    "replication_num" = "1"
);
