CREATE DATABASE IF NOT EXISTS sales;
CREATE TABLE IF NOT EXISTS sales.orders (id INT);
USE sales;
BACKUP SNAPSHOT sales.s2 TO example_repo ON (sa|les.orders, other_catalog.sales.orders);
SHOW BACKUP FROM sales;
