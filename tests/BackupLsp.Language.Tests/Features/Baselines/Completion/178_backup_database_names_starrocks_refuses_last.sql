-- options: catalog=refused-database-names.json
-- A BACKUP names a database StarRocks refuses by its name (SRB113) last, and says so; a RESTORE only looks it up.
-- The catalog lists such names (a CREATE DATABASE of one is refused, and makes none).
BACKUP SNAPSHOT |
