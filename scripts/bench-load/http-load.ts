import autocannon from 'autocannon';
import type { AutocannonRequest, AutocannonResult } from 'autocannon';
import type { SignedIn as Session } from '../lib/http-session';
import { runOpenLoop } from './open-loop';
import { percentile } from './report';

export interface LoadResult {
  result: AutocannonResult;
  p50: number;
  p95: number;
  p99: number;
  /** a few bodies of non-2xx answers, to tell what went wrong */
  failures: string[];
}

/**
 * autocannon against the server for a bounded time (closed loop: each connection sends again when answered), or with
 * `rate` the open loop of open-loop.ts. Latency percentiles are computed from every response time (autocannon's own
 * summary has p97.5 but no p95).
 */
export function runLoad(opts: { url: string; connections: number; duration: number; rate?: number; requests: AutocannonRequest[] }): Promise<LoadResult> {
  if (opts.rate) return runOpenLoop({ ...opts, rate: opts.rate });
  const times: number[] = [];
  const failures: string[] = [];
  const requests = opts.requests.map((r) => ({
    ...r,
    onResponse: (status: number, body: string) => {
      if ((status < 200 || status >= 300) && failures.length < 5) failures.push(`${status} ${body.slice(0, 300)}`);
    },
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: opts.url, connections: opts.connections, duration: opts.duration, timeout: 120, requests, ...(opts.rate ? { overallRate: opts.rate } : {}) },
      (error, result) => {
        if (error) reject(error);
        else resolve({ result, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), failures });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
}
