-- options: catalog=none
CREATE TABLE sales.orders (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
ALTER TABLE sales.orders RENAME orders_v2;
BACKUP SNAPSHOT sales.nightly TO example_repo ON (ord|ers);
