BACKUP SNAPSHOT example_db.snapshot_label1 TO |
