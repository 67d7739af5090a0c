/* leading block comment; with a semicolon */
BACKUP /* between */ SNAPSHOT db./* inside a name */s1 TO /*+ a hint is ignored too */ repo
ON (/* before */ t1 /* after */, t2 /*
spanning
lines */ PARTITION (p1))
PROPERTIES (/**/"type"/**/=/**/"full"/**/);
