import autocannon from 'autocannon';
import type { AutocannonRequest, AutocannonResult } from 'autocannon';
import { percentile } from './report';

/** A signed-in session as a browser holds it: the cookie header and the CSRF token for writes. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Sign in through the real login route (successful sign-ins are not rate-limited; failed ones are, per address). */
export async function login(baseUrl: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: body.csrfToken };
}

/** Run `work` over `items` with at most `limit` at a time. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface LoadResult {
  result: AutocannonResult;
  p50: number;
  p95: number;
  p99: number;
  /** a few bodies of non-2xx answers, to tell what went wrong */
  failures: string[];
}

/**
 * autocannon against the server for a bounded time. Latency percentiles are computed from every response time
 * (autocannon's own summary has p97.5 but no p95).
 */
export function runLoad(opts: { url: string; connections: number; duration: number; requests: AutocannonRequest[] }): Promise<LoadResult> {
  const times: number[] = [];
  const failures: string[] = [];
  const requests = opts.requests.map((r) => ({
    ...r,
    onResponse: (status: number, body: string) => {
      if ((status < 200 || status >= 300) && failures.length < 5) failures.push(`${status} ${body.slice(0, 300)}`);
    },
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: opts.url, connections: opts.connections, duration: opts.duration, timeout: 120, requests }, (error, result) => {
      if (error) reject(error);
      else resolve({ result, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), failures });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
}
