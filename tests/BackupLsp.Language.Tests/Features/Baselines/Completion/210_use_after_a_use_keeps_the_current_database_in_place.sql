-- a USE is rarely of the database a USE before it switched to: that one keeps its place among the others
USE sales_db;
CREATE DATABASE staging;
USE |
