-- A reserved word where a sort key goes names no column (StarRocks fails on it): not the DATABASE of a BACKUP
SHOW BACKUP ORDER BY Data|base;
