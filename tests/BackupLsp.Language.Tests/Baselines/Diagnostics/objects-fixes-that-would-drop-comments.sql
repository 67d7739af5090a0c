-- options: catalog=demo.json severity:SRB700=off
-- A fix that would delete a comment is offered, said so, and never applied unasked; an alias goes without the comment before it
BACKUP SNAPSHOT example_db.k1 TO example_repo ON (Orders PARTITION (p202401), Orders PARTITION (p202402 /* Feb: needed for audit */));
BACKUP SNAPSHOT example_db.k2 TO example_repo ON (example_tbl2) PROPERTIES ("timeout" = /* ops ticket 4711: keep 2h */ "7200", "timeout" = "3600");
BACKUP SNAPSHOT example_db.k3 TO example_repo ON (Orders, Orders /* TODO: only p202401? */ PARTITION (p202401));
BACKUP SNAPSHOT example_db.k4 TO example_repo ON (Orders PARTITION (p202401, -- january
                                                                     p202401 -- january again? check with finance
                                                                     ));
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (
    Orders PARTITION (p202401) -- only January
        AS Orders,
    archive /* same name on purpose */ AS archive
) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
