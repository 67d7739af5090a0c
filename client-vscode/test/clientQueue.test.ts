import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClientControl, ClientQueue } from '../src/clientQueue';

interface PendingStart {
  succeed(): void;
  /** The server could not start (reported, so start resolves to undefined). */
  fail(): void;
  /** start itself throws. */
  throw(): void;
}

/** Fake servers whose starts take until the test settles them, as a slow server start does. */
class Servers implements ClientControl<number> {
  readonly running = new Set<number>();
  readonly log: string[] = [];
  private readonly pending: PendingStart[] = [];
  private count = 0;

  start(): Promise<number | undefined> {
    const id = ++this.count;
    this.log.push(`start ${id}`);
    this.running.add(id); // the process runs from the start on, as a real one does
    return new Promise((resolve, reject) => this.pending.push({
      succeed: () => resolve(id),
      fail: () => { this.running.delete(id); resolve(undefined); },
      throw: () => { this.running.delete(id); reject(new Error(`start ${id} threw`)); },
    }));
  }

  async stop(id: number): Promise<void> {
    this.log.push(`stop ${id}`);
    this.running.delete(id);
  }

  /** The oldest start still waiting, once the queue has made one. */
  async nextStart(): Promise<PendingStart> {
    for (let turn = 0; turn < 100 && this.pending.length === 0; turn++) {
      await new Promise(resolve => setImmediate(resolve));
    }
    const start = this.pending.shift();
    assert.ok(start, 'the queue made no start');
    return start;
  }

  get waiting(): number {
    return this.pending.length;
  }
}

/** Lets every promise that can settle now settle. */
async function turns(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) {
    await new Promise(resolve => setImmediate(resolve));
  }
}

function setUp(): { servers: Servers; queue: ClientQueue<number> } {
  const servers = new Servers();
  return { servers, queue: new ClientQueue(servers) };
}

test('a restart while the first start is still running waits for it, then replaces it', async () => {
  const { servers, queue } = setUp();
  const started = queue.start();
  const first = await servers.nextStart();
  const restarted = queue.restart();
  await turns();
  assert.equal(servers.waiting, 0, 'a second start began while the first was still running');
  first.succeed();
  (await servers.nextStart()).succeed();
  await Promise.all([started, restarted]);
  assert.deepEqual(servers.log, ['start 1', 'stop 1', 'start 2']);
  assert.deepEqual([...servers.running], [2]);
  assert.equal(queue.current, 2);
});

test('a first start that fails late does not drop the client of the restart after it', async () => {
  const { servers, queue } = setUp();
  const started = queue.start();
  const first = await servers.nextStart();
  const restarted = queue.restart();
  await turns();
  assert.equal(servers.waiting, 0, 'a second start began while the first was still running');
  first.fail();
  (await servers.nextStart()).succeed();
  await Promise.all([started, restarted]);
  assert.deepEqual(servers.log, ['start 1', 'start 2']);
  assert.deepEqual([...servers.running], [2]);
  assert.equal(queue.current, 2);
});

test('two restarts at once (the command and a settings change) start one new server', async () => {
  const { servers, queue } = setUp();
  const started = queue.start();
  (await servers.nextStart()).succeed();
  await started;
  const requests = [queue.restart(), queue.restart()];
  (await servers.nextStart()).succeed();
  await Promise.all(requests);
  assert.deepEqual(servers.log, ['start 1', 'stop 1', 'start 2']);
  assert.deepEqual([...servers.running], [2]);
  assert.equal(servers.waiting, 0);
});

test('the last request wins: a stop while starting leaves no server; restart, stop, restart leave one', async () => {
  const { servers, queue } = setUp();
  const starting = queue.start();
  const first = await servers.nextStart();
  const stopped = queue.stop();
  first.succeed();
  await Promise.all([starting, stopped]);
  assert.equal(servers.running.size, 0);
  assert.equal(queue.current, undefined);

  const started = queue.start();
  (await servers.nextStart()).succeed();
  await started;
  const requests = [queue.restart(), queue.stop(), queue.restart()];
  (await servers.nextStart()).succeed();
  await Promise.all(requests);
  assert.deepEqual(servers.log, ['start 1', 'stop 1', 'start 2', 'stop 2', 'start 3']);
  assert.deepEqual([...servers.running], [3]);
  assert.equal(queue.current, 3);
});

test('a start asked for together with a restart is left to the restart', async () => {
  const { servers, queue } = setUp();
  const requests = [queue.start(), queue.restart()];
  (await servers.nextStart()).succeed();
  await Promise.all(requests);
  assert.deepEqual(servers.log, ['start 1']);
  assert.deepEqual([...servers.running], [1]);
});

test('a start that throws rejects its own request only; the next request runs', async () => {
  const { servers, queue } = setUp();
  const failed = queue.start();
  const retried = queue.start();
  (await servers.nextStart()).throw();
  await assert.rejects(failed, /start 1 threw/);
  (await servers.nextStart()).succeed();
  await retried;
  assert.deepEqual([...servers.running], [2]);
  assert.equal(queue.current, 2);
});
