-- options: version=4.0
SHOW BACKUP |
