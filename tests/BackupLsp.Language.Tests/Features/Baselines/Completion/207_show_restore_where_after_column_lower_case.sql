-- after a condition's column, the operators and the keywords a query's WHERE takes there, in the statement's case
show restore from example_db where not label |
