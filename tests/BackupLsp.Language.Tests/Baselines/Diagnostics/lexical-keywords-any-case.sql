backup snapshot db.s1 to repo on (t1 partition (p1)) properties ("type" = "FuLl");
Backup Snapshot db.s2 To repo On (All Tables, Materialized Views mv1);
rEsToRe sNaPsHoT db.s1 fRoM repo pRoPeRtIeS ("backup_timestamp" = "2024-01-01-00-00-00");
show repositories; Show Snapshot On repo; cancel backup from db;
