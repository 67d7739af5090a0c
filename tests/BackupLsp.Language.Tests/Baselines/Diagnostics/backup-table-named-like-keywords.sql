-- Non-reserved words are table names: view, tables, partitions, materialized, snapshot, type.
BACKUP SNAPSHOT db.s TO repo ON (view, tables, partitions, materialized, snapshot, type, temporary);
BACKUP SNAPSHOT db2.s2 TO repo ON (view PARTITION (p1), `order`);
