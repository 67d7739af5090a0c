// Content of the file written by "StarRocks Backup: Create Starter Catalog File".
// Lists that are left out (snapshots, views, ...) mean "unknown", so nothing is checked against them.

export const catalogFileName = 'starrocks-catalog.json';

export const starterCatalog = `${JSON.stringify({
  defaultDatabase: 'example_db',
  repositories: {
    example_repo: { location: 's3a://bucket/backup', readOnly: false },
  },
  databases: {
    example_db: {
      tables: {
        example_tbl: { partitions: ['p1', 'p2'], comment: 'replace these names with the ones in your cluster' },
      },
    },
  },
}, null, 2)}\n`;
