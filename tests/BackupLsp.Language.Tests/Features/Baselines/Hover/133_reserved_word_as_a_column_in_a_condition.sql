-- A reserved word where a condition's column goes names none: not the TABLE of a BACKUP
SHOW RESTORE WHERE TAB|LE = 'x';
