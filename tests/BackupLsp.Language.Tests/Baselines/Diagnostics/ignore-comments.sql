BACKUP SNAPSHOT a.s1 TO repo ON (t);
BACKUP SNAPSHOT a.s2 TO repo ON (t); -- backup-lsp-ignore SRB700
BACKUP SNAPSHOT b.s1 TO repo ON (t);
BACKUP SNAPSHOT b.s2 TO repo ON (t); /* Backup-Lsp-Ignore concurrent-jobs */ -- runs after b.s1 on purpose
BACKUP SNAPSHOT c.s1 TO repo ON (t);
-- backup-lsp-ignore SRB700, incremental-backup
BACKUP SNAPSHOT c.s2 TO repo ON (t)
PROPERTIES ("type" = "incremental");
BACKUP SNAPSHOT d.s1 TO repo ON (t);
BACKUP SNAPSHOT d.s2 TO repo ON (t); -- backup-lsp-ignore SRB204
BACKUP SNAPSHOT e.s1 TO repo ON (t);
BACKUP SNAPSHOT e.s2 TO repo ON (t); -- backup-lsp-ignore SRB700 SRB204
BACKUP SNAPSHOT f.s1 TO repo ON (t);
BACKUP SNAPSHOT f.s2 TO repo ON (t); -- backup-lsp-ignore SRB7000, syntax-error
BACKUP SNAPSHOT g.s1 TO repo ON (t);
BACKUP SNAPSHOT g.s2 TO repo ON (t); -- backup-lsp-ignore
BACKUP SNAPSHOT h.s1 TO repo ON (t);
BACKUP SNAPSHOT h.s2 TO repo ON (t); -- a note on backup-lsp-ignore SRB700 is no ignore comment
BACKUP SNAPSHOT i.s1 TO repo ON (i.t1, i.t1); -- backup-lsp-ignore SRB700, SRB300
BACKUP SNAPSHOT j.s1 TO repo
-- backup-lsp-ignore SRB204
ON (t) PROPERTIES ("type" = "incremental");
BACKUP SNAPHOT k.s1 TO repo; -- backup-lsp-ignore SRB011
-- backup-lsp-ignore SRB700
