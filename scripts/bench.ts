/**
 * Ledger performance benchmark (npm run bench): seeds a district-sized year (1 plan × 30 projects × 4 targets ×
 * 52 accepted weeks) and a province-sized one (100 such districts, plus one plan of 3000 projects) on SQLite and, when
 * TEST_PG_URL is set, on PostgreSQL (a fresh schema, dropped afterwards), then times the master ledger, the plan
 * overview and the plan's project list through app.inject. Prints median and p95 per scenario; a report, exit 0.
 * Targets: p95 < 100 ms for a district, < 1 s for the province.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { DialectName } from '../src/server/db/dialect';
import { createBenchApp } from '../benchmarks/ledger/bench-app';
import type { BenchApp } from '../benchmarks/ledger/bench-app';
import { ledgerCheck, projectsCheck, statusSpread, timeEndpoint } from '../benchmarks/ledger/measure';
import type { Timing } from '../benchmarks/ledger/measure';
import { TARGETS_PER_PROJECT, seedPlan, seedUnits } from '../benchmarks/ledger/seed';

const AS_OF = '2024-12-31';
const DISTRICTS = 100;
const DISTRICT_PROJECTS = 30;
const PROVINCE_PROJECTS = Number(process.env.BENCH_PROVINCE_PROJECTS ?? 3000);

interface Row extends Timing {
  dialect: DialectName;
  scenario: string;
  targetMs: number;
}

const rows: Row[] = [];
const seeding: Array<{ dialect: DialectName; step: string; seconds: number; rows: string }> = [];
const spreads: string[] = [];

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - start) / 1000 };
}

async function measurePlan(bench: BenchApp, scenario: string, planId: number, projects: number, targetMs: number): Promise<void> {
  const ledger = ledgerCheck(projects, TARGETS_PER_PROJECT);
  const endpoints: Array<[string, string, (body: unknown) => string | null]> = [
    ['ledger', `/api/v1/plans/${planId}/ledger?asOf=${AS_OF}`, ledger],
    ['overview', `/api/v1/plans/${planId}/overview?asOf=${AS_OF}`, ledger],
    ['projects', `/api/v1/plans/${planId}/projects`, projectsCheck(projects)],
  ];
  for (const [label, url, check] of endpoints) {
    const timing = await timeEndpoint(bench.app, bench.cookie, label, url, check);
    rows.push({ ...timing, dialect: bench.dialect, scenario, targetMs });
    process.stdout.write(
      `  ${bench.dialect} ${scenario} ${label}: median ${timing.median.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms (${timing.runs} runs)\n`,
    );
  }
  const res = await bench.app.inject({ method: 'GET', url: `/api/v1/plans/${planId}/ledger?asOf=${AS_OF}`, headers: { cookie: bench.cookie } });
  spreads.push(`${bench.dialect} ${scenario}: ${statusSpread(res.json())}`);
}

async function analyze(bench: BenchApp): Promise<void> {
  // PostgreSQL's autovacuum would have statistics for tables this size; give the planner them now.
  if (bench.dialect === 'postgres') await sql`ANALYZE`.execute(bench.database.db);
}

async function runDialect(dialect: DialectName): Promise<void> {
  console.log(`\n== ${dialect} ==`);
  const bench = await createBenchApp(dialect, process.env.TEST_PG_URL);
  try {
    const db = bench.database.db;
    const district = await timed(async () => seedPlan(db, '基准区1 民生实事', DISTRICT_PROJECTS, await seedUnits(db, 1)));
    const c = district.value.counts;
    seeding.push({
      dialect,
      step: 'district: 1 plan × 30 projects',
      seconds: district.seconds,
      rows: `${c.targets} targets, ${c.updates} updates, ${c.values} values`,
    });
    await analyze(bench);
    await measurePlan(bench, 'district (alone)', district.value.planId, DISTRICT_PROJECTS, 100);

    const allUnits: number[] = [];
    const province = await timed(async () => {
      for (let d = 2; d <= DISTRICTS; d++) {
        const units = await seedUnits(db, d);
        allUnits.push(...units);
        await seedPlan(db, `基准区${d} 民生实事`, DISTRICT_PROJECTS, units);
      }
    });
    seeding.push({
      dialect,
      step: `province: +${DISTRICTS - 1} district plans (${DISTRICTS * DISTRICT_PROJECTS} projects)`,
      seconds: province.seconds,
      rows: `${(DISTRICTS - 1) * c.values} more values`,
    });
    await analyze(bench);
    await measurePlan(bench, `district among ${DISTRICTS}`, district.value.planId, DISTRICT_PROJECTS, 100);

    const wide = await timed(() => seedPlan(db, '全省民生实事（基准）', PROVINCE_PROJECTS, allUnits));
    const w = wide.value.counts;
    seeding.push({
      dialect,
      step: `province-wide: 1 plan × ${PROVINCE_PROJECTS} projects`,
      seconds: wide.seconds,
      rows: `${w.targets} targets, ${w.updates} updates, ${w.values} values`,
    });
    await analyze(bench);
    await measurePlan(bench, `province plan (${PROVINCE_PROJECTS})`, wide.value.planId, PROVINCE_PROJECTS, 1000);
  } finally {
    await bench.close();
  }
}

function printTable(): void {
  const header = ['dialect', 'scenario', 'endpoint', 'runs', 'median ms', 'p95 ms', 'target p95', 'KB'];
  const body = rows.map((r) => [
    r.dialect,
    r.scenario,
    r.endpoint,
    String(r.runs),
    r.median.toFixed(1),
    r.p95.toFixed(1),
    `${r.p95 < r.targetMs ? 'ok' : 'SLOW'} < ${r.targetMs}`,
    (r.bytes / 1024).toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\nLedger benchmark, asOf ${AS_OF}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log('\nSeeding');
  for (const s of seeding) console.log(`  ${s.dialect.padEnd(8)} ${s.step.padEnd(52)} ${s.seconds.toFixed(1).padStart(7)} s  (${s.rows})`);
  console.log('\nLedger statuses');
  for (const s of spreads) console.log(`  ${s}`);
}

async function main(): Promise<void> {
  const dialects: DialectName[] = process.env.TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  if (!process.env.TEST_PG_URL) console.log('PostgreSQL skipped: TEST_PG_URL is not set');
  for (const dialect of dialects) {
    try {
      await runDialect(dialect);
    } catch (error) {
      console.error(`${dialect}: benchmark failed:`, error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  }
  printTable();
}

await main();
