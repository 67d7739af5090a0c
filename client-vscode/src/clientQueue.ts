// Runs the starts, stops and restarts of the language client one after another, so that two requests at once
// (the restart command and a settings change, or a restart while the first start is still running) can neither
// leave two servers running nor lose track of one. Pure logic: how a client starts and stops comes in as
// parameters, so that the orderings can be unit-tested without VS Code.

export interface ClientControl<C> {
  /** Starts a client; undefined when none could start (the failure is reported there). */
  start(): Promise<C | undefined>;
  stop(client: C): Promise<void>;
}

type Request = 'start' | 'stop' | 'restart';

export class ClientQueue<C> {
  private client: C | undefined;
  private tail: Promise<void> = Promise.resolve();
  private requests = 0;
  /** Number of the latest stop or restart: the requests before it would only be undone by it. */
  private latestReset = 0;

  constructor(private readonly control: ClientControl<C>) {}

  /** The running client, if any. */
  get current(): C | undefined {
    return this.client;
  }

  /** Starts a client unless one is running. */
  start(): Promise<void> {
    return this.enqueue('start');
  }

  stop(): Promise<void> {
    return this.enqueue('stop');
  }

  restart(): Promise<void> {
    return this.enqueue('restart');
  }

  /** Resolves once the request has run, or has been skipped because a later stop or restart supersedes it. */
  private enqueue(request: Request): Promise<void> {
    const number = ++this.requests;
    if (request !== 'start') {
      this.latestReset = number;
    }
    const run = this.tail.then(() => (number < this.latestReset ? undefined : this.run(request)));
    // A request that fails is reported to its caller; the requests after it still run.
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async run(request: Request): Promise<void> {
    if (request !== 'start' && this.client !== undefined) {
      const client = this.client;
      this.client = undefined;
      await this.control.stop(client);
    }
    if (request !== 'stop' && this.client === undefined) {
      this.client = await this.control.start();
    }
  }
}
