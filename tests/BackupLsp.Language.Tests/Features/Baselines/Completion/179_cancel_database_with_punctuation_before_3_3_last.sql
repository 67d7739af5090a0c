-- options: catalog=refused-database-names.json version=3.2
-- Before 3.3 a CANCEL refuses punctuation in the database's name too.
CANCEL BACKUP FROM |
