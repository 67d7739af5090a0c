-- after BETWEEN's first bound only its AND goes
SHOW BACKUP WHERE CreateTime BETWEEN '2024-01-01' |
