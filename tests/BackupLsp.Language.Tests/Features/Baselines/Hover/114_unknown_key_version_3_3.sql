-- options: version=3.3
-- an unknown key lists the keys the configured release takes: no ttl before 4.2
BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES ("fo|o" = "1");
