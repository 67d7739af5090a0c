-- a database with a hyphen typed bare, up to its hyphen, is the word completion replaces
CREATE DATABASE `my-db`;
SHOW BACKUP FROM my-|
