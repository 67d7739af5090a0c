-- WITH BROKER takes a name or a string; StarRocks refuses an empty one either way (You must specify the broker of the repository).
CREATE REPOSITORY r1 WITH BROKER "" ON LOCATION 's3a://b/p';
CREATE REPOSITORY r2 WITH BROKER '' ON LOCATION 's3a://b/p';
CREATE REPOSITORY r3 WITH BROKER `` ON LOCATION 's3a://b/p';
-- Refused, they create nothing: a corrected CREATE of the same name is no SRB406.
CREATE REPOSITORY r1 WITH BROKER ON LOCATION 's3a://b/p';
CREATE REPOSITORY r2 WITH BROKER "hdfs_broker" ON LOCATION 's3a://b/p';
