-- options: catalog=none
CREATE TABLE sales.orders (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
CREATE TABLE sales.orders_v2 (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
-- refused: the script made orders_v2 already
ALTER TABLE sales.orders RENAME orders_v2;
BACKUP SNAPSHOT sales.nightly TO example_repo ON (orders_v|2);
