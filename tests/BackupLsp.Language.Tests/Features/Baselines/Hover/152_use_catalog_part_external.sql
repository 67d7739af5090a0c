USE hi|ve.db;
