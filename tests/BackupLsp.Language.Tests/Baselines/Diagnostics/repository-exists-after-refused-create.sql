-- A CREATE REPOSITORY StarRocks refuses for a syntax error creates nothing: the corrected one after it is the first.
-- a property value that is no quoted string
CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://bucket/r1" PROPERTIES ("aws.s3.region" = us_east_1);
CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://bucket/r1" PROPERTIES ("aws.s3.region" = "us_east_1");
-- a property without its `=`, and words after the statement's end
CREATE REPOSITORY r2 WITH BROKER ON LOCATION "s3a://bucket/r2" PROPERTIES ("aws.s3.region" "us_east_1");
CREATE REPOSITORY r2 WITH BROKER ON LOCATION "s3a://bucket/r2" junk;
CREATE REPOSITORY r2 WITH BROKER ON LOCATION "s3a://bucket/r2";
-- an unquoted location
CREATE REPOSITORY r3 WITH BROKER ON LOCATION s3a;
CREATE REPOSITORY r3 WITH BROKER ON LOCATION "s3a://bucket/r3";
-- cut at a missing `;`: read as if it were there, so an unclosed list is refused and a complete statement creates
CREATE REPOSITORY r4 WITH BROKER ON LOCATION "s3a://bucket/r4" PROPERTIES ("aws.s3.region" = "us_east_1"
CREATE REPOSITORY r4 WITH BROKER ON LOCATION "s3a://bucket/r4";
CREATE REPOSITORY r5 WITH BROKER ON LOCATION "s3a://bucket/r5"
SHOW REPOSITORIES;
CREATE REPOSITORY r5 WITH BROKER ON LOCATION "s3a://bucket/r5";
-- a warning (a misspelt storage key, which StarRocks does not check) refuses nothing
CREATE REPOSITORY r6 WITH BROKER ON LOCATION "s3a://bucket/r6" PROPERTIES ("aws.s3.regoin" = "us_east_1");
CREATE REPOSITORY r6 WITH BROKER ON LOCATION "s3a://bucket/r6";
