-- A keyword of the condition itself is one
SHOW BACKUP WHERE State I|N ('FINISHED');
