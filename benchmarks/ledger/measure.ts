/** Timing of one endpoint through app.inject: warm-up, measured runs, median and p95, with a response check. */
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';

export interface Timing {
  endpoint: string;
  runs: number;
  median: number;
  p95: number;
  bytes: number;
}

/** Checks a parsed body and returns an error text, or null when the body is what the scenario expects. */
export type BodyCheck = (body: unknown) => string | null;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** The number of runs for a time budget: at most 30 warm-up + 100 measured, fewer when one request is slow. */
export function runsFor(firstMs: number, budgetMs: number): { warmup: number; measured: number } {
  const measured = Math.max(10, Math.min(100, Math.floor(budgetMs / Math.max(firstMs, 1))));
  return { warmup: Math.min(30, Math.ceil(measured / 3)), measured };
}

export async function timeEndpoint(app: FastifyInstance, cookie: string, label: string, url: string, check: BodyCheck, budgetMs = 30_000): Promise<Timing> {
  const once = async () => {
    const start = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    const ms = performance.now() - start;
    if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body.slice(0, 300)}`);
    return { ms, body: res.body };
  };
  const first = await once();
  const problem = check(JSON.parse(first.body));
  if (problem) throw new Error(`${url}: ${problem}`);
  const { warmup, measured } = runsFor(first.ms, budgetMs);
  for (let i = 1; i < warmup; i++) await once();
  const times: number[] = [];
  let last = first;
  for (let i = 0; i < measured; i++) {
    last = await once();
    times.push(last.ms);
  }
  const lastProblem = check(JSON.parse(last.body));
  if (lastProblem) throw new Error(`${url}: ${lastProblem}`);
  times.sort((a, b) => a - b);
  return { endpoint: label, runs: measured, median: percentile(times, 50), p95: percentile(times, 95), bytes: Buffer.byteLength(last.body) };
}

interface LedgerLike {
  items: Array<{ targets: Array<{ actual: number | null }>; status: string; notReported: boolean }>;
}

const isLedger = (body: unknown): body is LedgerLike => typeof body === 'object' && body !== null && Array.isArray((body as { items?: unknown }).items);

/** Ledger and overview: one item per project, every target with its actual, every project reported. */
export const ledgerCheck =
  (projects: number, targets: number): BodyCheck =>
  (body) => {
    if (!isLedger(body)) return 'no items';
    if (body.items.length !== projects) return `${body.items.length} items, expected ${projects}`;
    const bad = body.items.find((i) => i.targets.length !== targets || i.targets.some((t) => t.actual === null) || i.notReported);
    return bad ? `an item without its ${targets} actuals or not reported: ${JSON.stringify(bad).slice(0, 200)}` : null;
  };

/** Plan projects: { items, total } with one row per project, each with its lead unit. */
export const projectsCheck =
  (projects: number): BodyCheck =>
  (body) => {
    const b = body as { items?: Array<{ leadUnits?: string[] }>; total?: number };
    if (!Array.isArray(b.items) || b.total !== projects || b.items.length !== projects) return `expected ${projects} projects, got ${b.total}`;
    return b.items.every((i) => i.leadUnits?.length === 1) ? null : 'a project without its lead unit';
  };

/** How the statuses of a ledger spread, to show the fixture is not trivially uniform. */
export function statusSpread(body: unknown): string {
  if (!isLedger(body)) return '';
  const counts = new Map<string, number>();
  for (const item of body.items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} ${n}`).join(', ');
}
