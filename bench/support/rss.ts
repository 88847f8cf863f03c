/**
 * The resident set size of another process (Linux: VmRSS in /proc/<pid>/status), read once or
 * sampled on an interval.
 */
import fs from 'node:fs';

/** VmRSS of `pid` in bytes. */
export function readRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

export interface RssSample {
  /** performance.now() of the reading. */
  at: number;
  bytes: number;
}

/** Reads the RSS every `intervalMs` until stopped; answers the readings. */
export function sampleRss(pid: number, intervalMs: number) {
  const samples: RssSample[] = [{ at: performance.now(), bytes: readRss(pid) }];
  const timer = setInterval(() => {
    try {
      samples.push({ at: performance.now(), bytes: readRss(pid) });
    } catch {
      // The process ended: the readings so far stand.
    }
  }, intervalMs);
  return {
    samples,
    stop(): RssSample[] {
      clearInterval(timer);
      return samples;
    },
  };
}
