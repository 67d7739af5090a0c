-- A USE chooses the database of the statements after it: the catalog's, and those the script creates before it.
CREATE DATABASE staging;
use s|
