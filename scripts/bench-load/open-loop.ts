import http from 'node:http';
import type { AutocannonRequest } from 'autocannon';
import type { LoadResult } from './http-load';
import { percentile } from './report';

interface Request {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request over a keep-alive agent: status and bytes of the answer (not decoded). */
function send(agent: http.Agent, base: URL, request: Request): Promise<{ status: number; bytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, hostname: base.hostname, port: base.port, method: request.method, path: request.path, headers: request.headers },
      (res) => {
        let bytes = 0;
        let text = '';
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (text.length < 300) text += chunk.toString('latin1');
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, text }));
        res.on('error', reject);
      },
    );
    req.setTimeout(120_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(request.body);
  });
}

/**
 * Open loop: requests arrive at random times (a Poisson process, `rate` a second on average, as many users who each
 * act now and then do), whether or not earlier ones were answered; each latency counts from the arrival time, so
 * a slow server's queue shows in full. autocannon's own rate limit sends each connection's share at the start of
 * every second, so all users would act in the same instant. Answers still due at the end are waited for (2 minutes).
 */
export async function runOpenLoop(opts: {
  url: string;
  connections: number;
  duration: number;
  rate: number;
  requests: AutocannonRequest[];
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const base = new URL(opts.url);
  const spec = opts.requests[0]!;
  const times: number[] = [];
  const failures: string[] = [];
  const counts = { sent: 0, answered: 0, ok: 0, non2xx: 0, errors: 0, timeouts: 0, bytes: 0 };
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  const end = start + opts.duration * 1000;
  for (let arrival = start; ; ) {
    arrival += (-Math.log(1 - Math.random()) * 1000) / opts.rate;
    if (arrival >= end) break;
    const wait = arrival - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const plain = { method: spec.method ?? 'GET', path: spec.path ?? '/', headers: spec.headers, body: spec.body as string | undefined };
    const request = (spec.setupRequest ? spec.setupRequest(plain, {}) : plain) as Request;
    const at = arrival;
    counts.sent += 1;
    const done: Promise<void> = send(agent, base, request)
      .then(({ status, bytes, text }) => {
        counts.answered += 1;
        counts.bytes += bytes;
        times.push(performance.now() - at);
        if (status >= 200 && status < 300) counts.ok += 1;
        else {
          counts.non2xx += 1;
          if (failures.length < 5) failures.push(`${status} ${text}`);
        }
      })
      .catch((error: Error) => {
        counts.errors += 1;
        if (error.message === 'timeout') counts.timeouts += 1;
        if (failures.length < 5) failures.push(error.message);
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  }
  await Promise.race([Promise.all(inFlight), new Promise((resolve) => setTimeout(resolve, 120_000))]);
  agent.destroy();
  const seconds = opts.duration;
  return {
    result: {
      requests: { average: counts.answered / seconds, total: counts.answered, sent: counts.sent },
      latency: { p50: percentile(times, 50), p99: percentile(times, 99), average: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length) },
      throughput: { average: counts.bytes / seconds, total: counts.bytes },
      duration: seconds,
      errors: counts.errors,
      timeouts: counts.timeouts,
      non2xx: counts.non2xx,
      '2xx': counts.ok,
    },
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    failures,
  };
}
