-- the parentheses go around the list as written: its comments and line breaks stay, and the title is one line
BACKUP SNAPSHOT db.s1 TO r ON (t PARTITION p1, /* the next */ p2);
BACKUP SNAPSHOT db2.s2 TO r ON (t PARTITION p1,
    p2);
BACKUP SNAPSHOT db3.s3 TO r ON (t PARTITION p1, -- keep p2 for now
  p2, t2);
