-- options: version=4.1
-- a database compared with DbName
SHOW BACKUP WHERE DbName = "|"
