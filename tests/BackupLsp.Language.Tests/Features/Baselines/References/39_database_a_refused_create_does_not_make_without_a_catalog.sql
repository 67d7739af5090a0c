-- options: catalog=none
-- StarRocks refuses a CREATE DATABASE of a database that exists, and skips one IF NOT EXISTS: a CREATE TABLE proved
-- sales exists, so neither CREATE after it makes it, and each names the one that exists
CREATE TABLE sales.orders (id INT) DISTRIBUTED BY HASH(id);
CREATE DATABASE sales;
CREATE DATABASE IF NOT EXISTS sales;
BACKUP SNAPSHOT sa|les.s1 TO example_repo ON (orders);
DROP DATABASE sales;
CREATE DATABASE IF NOT EXISTS sales;
