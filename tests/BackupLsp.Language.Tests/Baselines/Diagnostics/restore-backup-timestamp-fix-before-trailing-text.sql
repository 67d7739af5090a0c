-- The backup_timestamp fix puts PROPERTIES after the last clause, not after what follows it in the text.
RESTORE SNAPSHOT d.s1 FROM r # x;
RESTORE SNAPSHOT d.s2 FROM r ON (t) -- note
;
RESTORE SNAPSHOT d.s3 FROM r ON (t AS t2) /* note */;
