-- A Python UDF's inline code between $$ marks (StarRocks 3.4+) is one token: its `;` ends nothing.
CREATE FUNCTION python_echo(INT) RETURNS INT
type = 'Python'
symbol = 'echo'
file = 'inline'
AS
$$
def echo(x):
    y = x; return y  # BACKUP SNAPSHOT db.s TO repo;
$$;
BACKUP SNAPSHOT example_db.s1 TO example_repo PROPERTIES ("type" = "incremental");
-- a `$` inside or at the start of a name is no body
SELECT a$$b, $x FROM t;
BACKUP SNAPSHOT example_db.s$$2 TO example_repo;
-- a body left open runs on to the end, as a string would
CREATE FUNCTION f(INT) RETURNS INT AS $$
def f(x): return x;
BACKUP SNAPSHOT example_db.s3 TO example_repo;
