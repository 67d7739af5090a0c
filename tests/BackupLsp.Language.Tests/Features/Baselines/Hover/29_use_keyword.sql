U|SE sales_db;
