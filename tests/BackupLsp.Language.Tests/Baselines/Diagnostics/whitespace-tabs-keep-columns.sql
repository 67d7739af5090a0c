BACKUP SNAPSHOT db.s1 TO repo;
	BACKUP SNAPSHOT db.s2 TO repo PROPERTIES (
		"timout" = "3600",
		"type" = "INCREMENTAL"
	);
