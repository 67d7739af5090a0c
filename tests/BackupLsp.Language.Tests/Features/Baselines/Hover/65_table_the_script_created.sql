-- options: catalog=none
CREATE DATABASE sales;
CREATE TABLE sales.orders (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
BACKUP SNAPSHOT sales.nightly TO example_repo ON (ord|ers);
