-- options: catalog=shared-timestamps.json
-- a SHOW SNAPSHOT that names no snapshot: every snapshot with the timestamp
SHOW SNAPSHOT ON test_repo WHERE TIMESTAMP = "2024-12-09-1|0-52-10-940";
