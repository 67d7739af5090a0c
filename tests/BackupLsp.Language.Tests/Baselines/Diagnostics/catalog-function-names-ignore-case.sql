-- options: catalog=demo.json
-- StarRocks lower-cases function names: MY_UDF is my_udf
BACKUP DATABASE example_db SNAPSHOT s_fn TO example_repo ON (FUNCTION MY_UDF, FUNCTION My_Udf2);
