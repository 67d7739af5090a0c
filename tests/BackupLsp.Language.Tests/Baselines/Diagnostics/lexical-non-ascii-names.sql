BACKUP SNAPSHOT 销售库.快照_2024 TO 仓库 ON (订单表 PARTITION (分区一, 分区二), café, naïve_tbl);
RESTORE SNAPSHOT 销售库.快照_2024 FROM 仓库 ON (订单表 AS 订单表_恢复) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT 销售库.快照 TO 仓库 PROPERTIES ("类型" = "full");
