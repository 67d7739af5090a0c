-- options: version=2.5
-- 2.5's grammar keeps HOST and MINUS out of nonReserved (3.0's later grammar lists them there)
BACKUP SNAPSHOT d1.h1 TO s3_repo ON (host);
BACKUP SNAPSHOT d2.h2 TO s3_repo ON (minus);
-- LOCATION and RANK went into nonReserved on the 2.5 line itself (back-ported fixes): names in its latest patch
BACKUP SNAPSHOT d3.h3 TO s3_repo ON (location, rank);
-- QUALIFY and TRACE may not be 2.5's tokens at all: names there
BACKUP SNAPSHOT d4.h4 TO s3_repo ON (qualify, trace);
