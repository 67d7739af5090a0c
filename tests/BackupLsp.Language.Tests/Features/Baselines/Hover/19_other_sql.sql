SELECT snap|shot FROM t
