-- options: version=3.3
-- StarRocks before 4.1 takes the WHERE of SHOW RESTORE and ignores it
SHOW RESTORE FROM example_db WH|ERE State = "CANCELLED";
