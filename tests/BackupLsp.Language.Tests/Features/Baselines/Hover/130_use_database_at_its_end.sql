-- Right after a USE's database name, as after any name, the hover is still the name's.
USE sales_db|;
