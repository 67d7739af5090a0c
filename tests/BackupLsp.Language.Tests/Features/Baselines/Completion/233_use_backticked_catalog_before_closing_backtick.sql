-- before a closing backtick an editor paired, a catalog goes inside it, as a database does: its dot is typed after it
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
USE `h|`
