-- The database a USE chooses for the statements after it.
USE sales|_db;
