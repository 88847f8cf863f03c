import { describe, expect, it } from 'vitest';
import { asRequest, outsideRequest, statementQueue } from './statement-order';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('statementQueue', () => {
  it('runs the waiting statement of the oldest request first, one at a time', async () => {
    const queued = statementQueue(turn);
    const ran: string[] = [];
    let inFlight = 0;
    const statement = (name: string) =>
      queued(async () => {
        inFlight++;
        expect(inFlight).toBe(1);
        // Long enough that the other requests begin and queue while this one runs.
        await new Promise((resolve) => setTimeout(resolve, 5));
        ran.push(name);
        inFlight--;
        return name;
      });
    // Request A starts, then B and C; each runs three statements one after another.
    const request = (name: string) =>
      asRequest(async () => {
        for (let i = 1; i <= 3; i++) await statement(`${name}${i}`);
      });
    const a = request('a');
    await new Promise((resolve) => setTimeout(resolve, 2));
    const b = request('b');
    await new Promise((resolve) => setTimeout(resolve, 2));
    const c = request('c');
    await Promise.all([a, b, c]);
    // A began first and finishes before B and C take the connection; B before C.
    expect(ran).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3']);
  });

  it('queues work of no request by arrival, and a failure does not stop the queue', async () => {
    const queued = statementQueue(turn);
    const ran: number[] = [];
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((n) =>
        queued(async () => {
          ran.push(n);
          if (n === 2) throw new Error('two');
          return n * 10;
        }),
      ),
    );
    expect(ran).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      10,
      'two',
      30,
      40,
    ]);
  });

  it('stamps background work per statement: it waits for requests begun before, then goes on', async () => {
    const queued = statementQueue(turn);
    const ran: string[] = [];
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const job = (async () => {
      for (let i = 1; i <= 2; i++)
        await queued(async () => {
          ran.push(`job${i}`);
          await sleep(10);
        });
    })();
    await sleep(3);
    // Begins while the job's first statement runs: the job's second one is queued after it began.
    const request = asRequest(() => queued(async () => void ran.push('request')));
    await Promise.all([job, request]);
    expect(ran).toEqual(['job1', 'request', 'job2']);
  });

  it('stamps work a request starts outside it (a job woken by an upload) when it is queued', async () => {
    const queued = statementQueue(turn);
    const ran: string[] = [];
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let background: Promise<unknown> = Promise.resolve();
    // The upload begins first, and wakes the job after 10 ms.
    const upload = asRequest(async () => {
      await sleep(10);
      background = outsideRequest(() => queued(async () => void ran.push('job')));
    });
    // Meanwhile a long statement runs, and a read begins at 5 ms and queues behind it.
    const long = queued(async () => {
      ran.push('long');
      await sleep(20);
    });
    await sleep(5);
    const read = asRequest(() => queued(async () => void ran.push('read')));
    await Promise.all([upload, long, read]);
    await background;
    // The job's statement is stamped at 10 ms: after the read's 5 ms, not at the upload's 0 ms.
    expect(ran).toEqual(['long', 'read', 'job']);
  });
});
