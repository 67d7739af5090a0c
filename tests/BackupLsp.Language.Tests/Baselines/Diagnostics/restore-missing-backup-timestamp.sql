RESTORE SNAPSHOT db.s1 FROM repo;
RESTORE SNAPSHOT db.s1 FROM repo ON (t1) PROPERTIES ("timeout" = "3600");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestmp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s2 FROM repo PROPERTIES (
    "allow_load" = "true",
    "timeout" = "3600"
);
RESTORE SNAPSHOT db.s3 FROM repo PROPERTIES (
	"timeout" = "3600"
);
