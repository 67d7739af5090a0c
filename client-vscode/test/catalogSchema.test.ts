import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { starterCatalog } from '../src/starterCatalog';

// Tests run with the extension folder as the working directory.
const schema = JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'starrocks-catalog.schema.json'), 'utf8'));
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

const documented = {
  defaultDatabase: 'example_db',
  repositories: {
    example_repo: {
      location: 's3a://bucket/backup',
      readOnly: false,
      snapshots: [{ name: 'snapshot_label1', timestamp: '2018-05-04-16-45-08' }],
    },
    s3_repo: { location: 's3a://bucket/ro', readOnly: true },
  },
  databases: {
    example_db: {
      tables: {
        example_tbl: { partitions: ['p1', 'p2', 'p3'], temporaryPartitions: ['tp1'], comment: 'orders fact table' },
        example_tbl2: {},
      },
      views: ['v_orders'],
      materializedViews: ['mv_daily'],
      functions: ['my_udf'],
    },
  },
};

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`);
}

test('the documented example and an empty file are valid', () => {
  assert.deepEqual(errorsOf(documented), []);
  assert.deepEqual(errorsOf({}), []);
});

test('the starter catalog is valid', () => {
  assert.deepEqual(errorsOf(JSON.parse(starterCatalog)), []);
});

test('what the server loads is valid, and what it refuses is not', () => {
  assert.deepEqual(errorsOf({ $schema: './starrocks-catalog.schema.json', defaultDatabase: 'd' }), []);
  assert.match(errorsOf({ repositories: { r: { snapshots: [{ timestamp: 't' }] } } }).join('\n'), /must have required property 'name'/);
  for (const value of [{ repositories: { '': {} } }, { databases: { '': {} } }, { databases: { d: { tables: { '': {} } } } },
    { defaultDatabase: '' }, { repositories: { r: { snapshots: [{ name: '' }] } } }, { databases: { d: { views: [''] } } }]) {
    assert.match(errorsOf(value).join('\n'), /must NOT have fewer than 1 characters/, JSON.stringify(value));
  }
  for (const value of [{ databases: { d: { views: ['v', 'v'] } } }, { databases: { d: { functions: ['f', 'f'] } } },
    { databases: { d: { tables: { t: { partitions: ['p1', 'p1'] } } } } }]) {
    assert.match(errorsOf(value).join('\n'), /must NOT have duplicate items/, JSON.stringify(value));
  }
});

test('unknown fields are rejected at every level', () => {
  const cases: unknown[] = [
    { defaultDatabse: 'x' },
    { repositories: { r: { location: 'x', readonly: true } } },
    { repositories: { r: { snapshots: [{ name: 's', time: 't' }] } } },
    { databases: { d: { tabels: {} } } },
    { databases: { d: { tables: { t: { partition: ['p1'] } } } } },
  ];
  for (const value of cases) {
    assert.match(errorsOf(value).join('\n'), /must NOT have additional properties/, JSON.stringify(value));
  }
});

test('wrong types are rejected', () => {
  assert.notDeepEqual(errorsOf({ defaultDatabase: 1 }), []);
  assert.notDeepEqual(errorsOf({ repositories: { r: { readOnly: 'no' } } }), []);
  assert.notDeepEqual(errorsOf({ databases: { d: { tables: { t: { partitions: 'p1' } } } } }), []);
  assert.notDeepEqual(errorsOf({ databases: { d: { views: [1] } } }), []);
});

test('every property in the schema has a description', () => {
  const missing: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.properties) {
      for (const [name, child] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
        if (typeof child.description !== 'string') missing.push(`${where}.${name}`);
        visit(child, `${where}.${name}`);
      }
    }
    for (const [name, child] of Object.entries((record.definitions ?? {}) as Record<string, Record<string, unknown>>)) {
      if (typeof child.description !== 'string') missing.push(`definitions.${name}`);
      visit(child, `definitions.${name}`);
    }
  };
  visit(schema, '');
  assert.deepEqual(missing, []);
});
