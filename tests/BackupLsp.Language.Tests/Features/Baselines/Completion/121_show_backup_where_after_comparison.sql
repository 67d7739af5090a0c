SHOW BACKUP WHERE Progress = '100%' |
