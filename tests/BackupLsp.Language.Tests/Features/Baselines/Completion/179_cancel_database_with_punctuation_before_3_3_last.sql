-- options: version=3.2
-- Before 3.3 a CANCEL refuses punctuation in the database's name too.
CREATE DATABASE `my-db`;
CREATE DATABASE sales;
CANCEL BACKUP FROM |
