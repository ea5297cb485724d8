/**
 * Load benchmark (npm run bench:load, issue 13): the real server (src/server/main.ts, JOBS=0) as a child process on
 * loopback, driven by autocannon at 200 connections for a bounded time per scenario, on SQLite and on PostgreSQL:
 *   - the master ledger (GET /api/v1/plans/:id/ledger) of the demo's district plan (27 projects) and of a
 *     province-size plan (50 districts × 30 projects with a year of weekly ledgers),
 *   - weekly submissions (POST /api/v1/weekly/:id/submit), each request a different unit user's draft,
 * beside the raw SQL of the same ledger (the service's repo queries, same driver, timed in this process).
 * Options: --duration 10 (s per scenario) --connections 200 --rate N (requests/s in all; default: closed loop) --db both|sqlite|postgres --districts 50
 * --per-district 30 --runs 30 (raw SQL repetitions) --out bench-results. Exits 1 on any error or non-2xx answer;
 * missed goals are reported, not fatal. PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * a fresh schema each run, dropped afterwards.
 */
import type { AutocannonRequest } from 'autocannon';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../src/server/bootstrap/demo-data';
import type { Actor } from '../src/server/auth/actor';
import { loadConfig } from '../src/server/config';
import { createContext } from '../src/server/context';
import { openDatabase } from '../src/server/db/dialect';
import type { DialectName } from '../src/server/db/dialect';
import { findCredentials } from '../src/server/modules/users/users.repo';
import { runLoad } from './bench-load/http-load';
import { inBatches, signIn as login } from './lib/http-session';
import type { LoadResult } from './bench-load/http-load';
import type { SignedIn as Session } from './lib/http-session';
import { buildProvincePlan, buildSubmissionWorld } from './bench-load/load-world';
import { analyzeDatabase, countLedgerRows, dropSchema, findPlanIdByYear } from './bench-load/load-world.repo';
import { timeLedgerQueries } from './bench-load/raw-ledger';
import { markdownTable, ms } from './bench-load/report';
import type { HttpFigures } from './bench-load/report';
import { startServer } from './lib/server-process';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '200' },
    /** requests a second over all connections: 200 users who each act every few seconds, not 200 clients in a loop */
    rate: { type: 'string', default: '' },
    db: { type: 'string', default: 'both' },
    districts: { type: 'string', default: '50' },
    'per-district': { type: 'string', default: '30' },
    runs: { type: 'string', default: '30' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const rate = args.rate ? Number(args.rate) : undefined;
const pgUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const ADMIN_PASSWORD = 'Load#2024bench';
/** what every browser sends with a request: the ledger comes back gzip-compressed */
const AS_A_BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
/** submissions a second beside the ledger read in the mixed scenario */
const MIXED_SUBMISSIONS = 20;
const YEAR = Number(new Date().toISOString().slice(0, 4));
const log = (message: string) => console.error(`[bench:load ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Everything on one database: fresh world, server, scenarios, raw SQL; then clean up. */
async function runOnDatabase(dialect: DialectName, notes: string[]): Promise<HttpFigures[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-load-'));
  const schema = `load_${crypto.randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    MINSHENG_SAMPLE: 'demo',
    MINSHENG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    JOBS: '0',
    LOG_LEVEL: 'warn',
    ...(dialect === 'postgres' ? { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema } : { DATABASE_URL: '' }),
  };
  log(`${dialect}: starting the server (migrations and demo data on first start)`);
  // SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": a CPU profile of the server under the load
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = await startServer({ env: { ...(process.env as Record<string, string>), ...env }, nodeArgs });
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  const ctx = createContext(config, database);
  try {
    const admin = await findCredentials(ctx.db, 'admin');
    if (!admin) throw new Error('no admin after first start');
    const actor: Actor = { id: admin.id, username: 'admin', displayName: '系统管理员', role: 'admin', unitId: null, ip: null };
    const district = await findPlanIdByYear(ctx.db, 2024);
    if (!district) throw new Error('the demo 2024 plan is missing');
    log(`${dialect}: building the province plan (${args.districts} × ${args['per-district']} projects, a year of weekly ledgers)`);
    const province = await buildProvincePlan(ctx, actor, { districts: Number(args.districts), perDistrict: Number(args['per-district']), year: YEAR });
    // enough drafts for 2,000 submissions a second for the whole duration
    const perUnit = Math.max(1, Math.ceil((duration * 2000) / (connections * 48)));
    log(`${dialect}: building ${connections} unit users with ${perUnit} projects each and a draft for every week`);
    const world = await buildSubmissionWorld(ctx, actor, { users: connections, perUnit, year: YEAR });
    await analyzeDatabase(ctx.db, dialect);
    const rows = await countLedgerRows(ctx.db);
    notes.push(
      `${dialect}: province plan ${province.projects} projects, ${province.targets} tracked targets, ${province.milestones} milestones, ` +
        `${province.weeklyUpdates} weekly updates with ${province.weeklyValues} values; ${world.drafts.length} drafts of ${world.usernames.length} unit users; ` +
        `database totals ${JSON.stringify(rows)}`,
    );

    const office = await login(server.url, 'demo-supervisor', DEMO_PASSWORD);
    log(`${dialect}: signing in ${world.usernames.length} unit users`);
    const sessions = new Map<string, Session>();
    await inBatches(world.usernames, 8, async (u) => sessions.set(u, await login(server.url, u, DEMO_PASSWORD)));

    const figures: HttpFigures[] = [];
    const ledgerScenario = async (name: string, planId: number, goalMs: number) => {
      const check = await fetch(`${server.url}/api/v1/plans/${planId}/ledger`, { headers: { cookie: office.cookie } });
      const body = await check.text();
      if (check.status !== 200) throw new Error(`${name}: ledger answered ${check.status} ${body.slice(0, 300)}`);
      log(`${dialect}: ${name} for ${duration} s (${(JSON.parse(body) as { items: unknown[] }).items.length} projects, ${body.length} characters)`);
      // the raw SQL first, while the server is idle
      const raw = await timeLedgerQueries(ctx, actor, planId, Number(args.runs));
      const load = await runLoad({
        url: server.url,
        connections,
        duration,
        rate,
        requests: [{ method: 'GET', path: `/api/v1/plans/${planId}/ledger`, headers: { cookie: office.cookie, ...AS_A_BROWSER } }],
      });
      const sent = load.result.requests.total ? load.result.throughput.total / load.result.requests.total : 0;
      notes.push(
        `${dialect} ${name}: ${body.length} characters of JSON, ${(sent / 1024).toFixed(1)} KB a response as sent (gzip); ` +
          `load average after the run ${loadAverage()}; ${await drain(server.url)}`,
      );
      figures.push({ ...figuresOf(name, dialect, load), goal: `p95 < ${goalMs} ms`, isGoalMet: load.p95 < goalMs, ...raw, bytes: body.length });
    };
    await ledgerScenario('ledger, district (27 projects)', district.id, 50);
    await ledgerScenario(`ledger, province (${province.projects} projects)`, province.planId, 500);

    let next = 0;
    const submissions: AutocannonRequest[] = [
      {
        method: 'POST',
        setupRequest: (request) => {
          const draft = world.drafts[next++ % world.drafts.length]!;
          const session = sessions.get(draft.username)!;
          return {
            ...request,
            path: `/api/v1/weekly/${draft.id}/submit`,
            headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
            body: JSON.stringify({ version: 1 }),
          };
        },
      },
    ];

    // the district ledger read while units submit: every submission changes the data, so the kept ledger is computed afresh
    log(`${dialect}: district ledger while units submit ${MIXED_SUBMISSIONS}/s, for ${duration} s`);
    const [mixedLedger, mixedSubmit] = await Promise.all([
      runLoad({
        url: server.url,
        connections,
        duration,
        rate,
        requests: [{ method: 'GET', path: `/api/v1/plans/${district.id}/ledger`, headers: { cookie: office.cookie, ...AS_A_BROWSER } }],
      }),
      runLoad({ url: server.url, connections: MIXED_SUBMISSIONS, duration, rate: MIXED_SUBMISSIONS, requests: submissions }),
    ]);
    notes.push(
      `${dialect} ledger while units submit: ${mixedSubmit.result.requests.total} submissions answered beside it (p95 ${ms(mixedSubmit.p95)} ms, ` +
        `${mixedSubmit.result.non2xx} non-2xx, ${mixedSubmit.result.errors} errors); load average after the run ${loadAverage()}; ${await drain(server.url)}`,
    );
    figures.push({
      ...figuresOf(`ledger, district, while units submit ${MIXED_SUBMISSIONS}/s`, dialect, mixedLedger),
      goal: 'p95 < 50 ms',
      isGoalMet: mixedLedger.p95 < 50,
    });
    for (const failure of mixedSubmit.failures) notes.push(`${dialect} submission failure beside the ledger: ${failure}`);
    if (mixedSubmit.result.non2xx + mixedSubmit.result.errors > 0) {
      figures.push({ ...figuresOf('weekly submission beside the ledger', dialect, mixedSubmit), goal: 'no errors', isGoalMet: false });
    }

    log(`${dialect}: weekly submissions for ${duration} s`);
    const submit = await runLoad({ url: server.url, connections, duration, rate, requests: submissions });
    notes.push(`${dialect} weekly submission: load average after the run ${loadAverage()}; ${await drain(server.url)}`);
    if (next > world.drafts.length) notes.push(`${dialect}: drafts ran out (${next} requests for ${world.drafts.length} drafts)`);
    const goal = dialect === 'postgres' ? '≥ 1,000/s' : '(goal set for PostgreSQL)';
    figures.push({ ...figuresOf('weekly submission', dialect, submit), goal, isGoalMet: dialect !== 'postgres' || submit.result.requests.average >= 1000 });
    for (const f of [...figures]) if (f.non2xx + f.errors > 0) notes.push(`${dialect} ${f.scenario}: ${f.non2xx} non-2xx, ${f.errors} errors`);
    for (const failure of submit.failures) notes.push(`${dialect} submission failure: ${failure}`);
    return figures;
  } finally {
    await server.stop();
    if (dialect === 'postgres') await dropSchema(ctx.db, schema);
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Wait until the server has worked off the requests autocannon left in flight when its time was up (the server
 * still computes them): /healthz answers within 50 ms three times in a row, or 5 minutes have passed.
 */
async function drain(url: string): Promise<string> {
  const start = performance.now();
  let fast = 0;
  while (fast < 3 && performance.now() - start < 300_000) {
    const t = performance.now();
    await fetch(`${url}/healthz`);
    fast = performance.now() - t < 50 ? fast + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
  return `server idle again after ${((performance.now() - start) / 1000).toFixed(0)} s`;
}

/** The machine's 1-minute load average (other work on the machine shows here). */
const loadAverage = () => os.loadavg()[0]!.toFixed(1);

function figuresOf(scenario: string, db: string, load: LoadResult): Omit<HttpFigures, 'goal' | 'isGoalMet'> {
  return {
    scenario,
    db,
    requestsPerSecond: load.result.requests.average,
    p50: load.p50,
    p95: load.p95,
    p99: load.p99,
    requests: load.result.requests.total,
    non2xx: load.result.non2xx,
    errors: load.result.errors,
    timeouts: load.result.timeouts,
    unanswered: Math.max(0, load.result.requests.sent - load.result.requests.total - load.result.errors),
  };
}

const dialects: DialectName[] = args.db === 'both' ? ['sqlite', 'postgres'] : [args.db as DialectName];
const notes: string[] = [];
const all: HttpFigures[] = [];
for (const dialect of dialects) all.push(...(await runOnDatabase(dialect, notes)));

const date = new Date().toISOString().slice(0, 10);
const report = [
  `# Load benchmark ${new Date().toISOString().slice(0, 16)}Z`,
  '',
  `${connections} connections${rate ? ` sending ${rate} requests a second in all (open loop: arrivals at random times, as users with think time act; latency counted from each arrival)` : ' each sending as fast as answered (closed loop: saturation)'}, ${duration} s per scenario, autocannon 9 and the server (Node ${process.version}) on one machine ` +
    `with ${os.cpus().length} cores (${os.cpus()[0]?.model ?? ''}): the load generator takes CPU from the server.`,
  'Latency is measured by autocannon per request; raw SQL = the ledger repo queries run back to back in the benchmark process ' +
    `(same driver, no HTTP, ${args.runs} runs); service = buildLedger in-process computed afresh (SQL + computation, no HTTP/JSON, as after any change); ` +
    'kept = buildLedger answered from the read cache while the data is unchanged (only the data version is read).',
  '',
  markdownTable(all),
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
console.log(report);
fs.mkdirSync(args.out, { recursive: true });
const file = path.join(args.out, `load-${date}${rate ? `-open-loop-${rate}` : ''}.md`);
fs.writeFileSync(file, report);
log(`written to ${file}`);
const failed = all.some((f) => f.non2xx + f.errors > 0);
process.exit(failed ? 1 : 0);
