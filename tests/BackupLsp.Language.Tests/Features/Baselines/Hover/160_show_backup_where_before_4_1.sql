-- options: version=3.3
-- SHOW BACKUP's WHERE came with 4.1: earlier releases fail the statement
SHOW BACKUP FROM example_db WH|ERE State = 'FINISHED';
