/** Figures of one load scenario and the Markdown report of a run. */
export interface HttpFigures {
  scenario: string;
  db: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** sent but not answered when the time was up (their latency is not in the percentiles) */
  unanswered: number;
  /** the goal in words and whether it was met */
  goal: string;
  isGoalMet: boolean;
  /** raw SQL of the same read, for ledger scenarios: median and p95 of one ledger's queries (ms) */
  rawSql?: { p50: number; p95: number; runs: number };
  /** buildLedger in-process (SQL + computation, no HTTP, no JSON) */
  service?: { p50: number; p95: number; runs: number };
  /** buildLedger answered from the read cache (data unchanged since the last computation) */
  cached?: { p50: number; p95: number; runs: number };
  /** response size in bytes */
  bytes?: number;
}

/** p-th percentile (0–100) of some durations, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(2)) : '–');

export function markdownTable(rows: HttpFigures[]): string {
  const head = [
    '| scenario | db | req/s | p50 ms | p95 ms | p99 ms | answered | unanswered at stop | non-2xx | errors (timeouts) | raw SQL p50/p95 ms | service p50/p95 ms | kept p50/p95 ms | goal |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const lines = rows.map((r) =>
    [
      r.scenario,
      r.db,
      r.requestsPerSecond.toFixed(0),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      String(r.requests),
      String(r.unanswered),
      String(r.non2xx),
      `${r.errors} (${r.timeouts})`,
      r.rawSql ? `${ms(r.rawSql.p50)} / ${ms(r.rawSql.p95)}` : '–',
      r.service ? `${ms(r.service.p50)} / ${ms(r.service.p95)}` : '–',
      r.cached ? `${ms(r.cached.p50)} / ${ms(r.cached.p95)}` : '–',
      `${r.isGoalMet ? '✅' : '❌'} ${r.goal}`,
    ].join(' | '),
  );
  return [...head, ...lines.map((l) => `| ${l} |`)].join('\n');
}
