/**
 * npm run test:sqlmap — sqlmap (the Debian package) against every parameterised route of the real server (issue 13).
 *
 * Starts src/server/main.ts on loopback with the demo data on a fresh database, signs in as the admin and the other
 * roles, builds one request per route from the OpenAPI document the server serves (real ids in the path, sample
 * values from the zod contract in the query and the JSON body, every value marked for injection) plus the hidden
 * public pages, and runs sqlmap on each with the session of a role that may call the route. Fails on any injection
 * point, on any sqlmap error and on a session lost during the scan.
 *
 *   npm run test:sqlmap                      SQLite, then PostgreSQL when TEST_PG_URL is set
 *   npm run test:sqlmap -- --dialect=sqlite  one database only (sqlite | postgres)
 *   npm run test:sqlmap -- --only=weekly     routes whose "METHOD /path" matches the pattern
 *   npm run test:sqlmap -- --pool=3          sqlmap processes at a time (default 3)
 *   npm run test:sqlmap -- --level=2 --risk=1  sqlmap's level and risk (default 3 and 2, see run-sqlmap.ts)
 *   npm run test:sqlmap -- --port=18600      the server's port on loopback (PostgreSQL: the next one)
 *   npm run test:sqlmap -- --dry             no sqlmap: print each route's unmarked request and its answer
 *
 * Output per route: $TMPDIR/minsheng-sqlmap-<dialect>-<time>/<nn>-<route>/ (sqlmap's own log and console output).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/server/config';
import { DEMO_PASSWORD } from '../src/server/bootstrap/demo-data.users';
import { openDatabase } from '../src/server/db/dialect';
import type { TargetResult } from './sqlmap/run-sqlmap';
import { DEFAULT_LEVEL, runSqlmap, SQLMAP_SETTINGS } from './sqlmap/run-sqlmap';
import { loadRealIds } from './sqlmap/samples';
import type { ScanDialect, ScanSession } from './sqlmap/server';
import { isSignedIn, SCAN_ADMIN_PASSWORD, signIn, startServer } from './sqlmap/server';
import { buildTargets } from './sqlmap/targets';
import type { ScanTarget } from './sqlmap/targets';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const PG_URL = process.env.TEST_PG_URL ?? '';
const POOL = Number(arg('pool') ?? 3);
const ONLY = arg('only') ? new RegExp(arg('only')!) : null;
const DRY = process.argv.includes('--dry');
const STRENGTH = { level: Number(arg('level') ?? DEFAULT_LEVEL.level), risk: Number(arg('risk') ?? DEFAULT_LEVEL.risk) };

/** The accounts the scan signs in as, tried in this order until one may call the route (demo accounts). */
const ROLE_ACCOUNTS = ['demo-supervisor', 'demo-u01-manager', 'demo-u02-manager', 'demo-leader'];

interface DialectSummary {
  dialect: ScanDialect;
  routes: number;
  skipped: number;
  parameters: number;
  reachedHandler: number;
  findings: string[];
  errors: string[];
  sessionsLost: number;
  seconds: number;
}

/** The first session whose answer is not 401/403 (the route's declared access), with that answer's status. */
async function pickSession(
  baseUrl: string,
  target: ScanTarget,
  sessions: ScanSession[],
): Promise<{ session: ScanSession | null; status: number; body: string }> {
  let first: { session: ScanSession | null; status: number; body: string } | null = null;
  for (const session of [...sessions, null]) {
    const res = await fetch(`${baseUrl}${target.url}`, {
      method: target.method,
      headers: {
        'x-forwarded-for': '192.0.2.20',
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...(target.body ? { 'content-type': 'application/json' } : {}),
      },
      body: target.body ?? undefined,
    });
    const answer = { session, status: res.status, body: (await res.text()).slice(0, 500) };
    if (res.status !== 401 && res.status !== 403) return answer;
    first ??= answer;
  }
  // no role may: scan as the first session (the admin) all the same
  return first!;
}

async function scanDialect(dialect: ScanDialect, port: number): Promise<DialectSummary> {
  const started = Date.now();
  const server = await startServer(dialect, port, PG_URL);
  const outRoot = fs.mkdtempSync(path.join(os.tmpdir(), `minsheng-sqlmap-${dialect}-`));
  console.log(`\n[${dialect}] server ${server.baseUrl}, sqlmap output in ${outRoot}`);
  try {
    const signInAll = async () => [
      await signIn(server.baseUrl, 'admin', SCAN_ADMIN_PASSWORD),
      ...(await Promise.all(ROLE_ACCOUNTS.map((u) => signIn(server.baseUrl, u, DEMO_PASSWORD)))),
    ];
    let sessions = await signInAll();
    const database = await openDatabase(loadConfig(server.env));
    const unitProject = await database.db
      .selectFrom('project_unit')
      .innerJoin('user', 'user.unit_id', 'project_unit.unit_id')
      .select('project_unit.project_id')
      .where('user.username', '=', 'demo-u01-manager')
      .where('project_unit.role', '=', 'lead')
      .orderBy('project_unit.project_id')
      .executeTakeFirstOrThrow();
    const ids = await loadRealIds(database.db, unitProject.project_id, ['admin', ...ROLE_ACCOUNTS]);
    await database.close();

    // a real comment form token, old enough to be accepted when the comment route is scanned
    const formToken = (await (await fetch(`${server.baseUrl}/api/v1/public/projects/${unitProject.project_id}/comment-form-token`)).json()) as {
      token: string;
      minSeconds: number;
    };
    await new Promise((resolve) => setTimeout(resolve, (formToken.minSeconds + 1) * 1000));
    const openApi = await (await fetch(`${server.baseUrl}/api/docs/json`)).json();
    const built = buildTargets(openApi, ids, { 'POST /api/v1/public/projects/{id}/comments': { formToken: formToken.token, website: '' } });
    const targets = built.targets.filter((t) => !ONLY || ONLY.test(t.route));
    console.log(`[${dialect}] ${targets.length} routes to scan, ${built.skipped.length} without parameters skipped`);

    const results: TargetResult[] = [];
    let sessionsLost = 0;
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const index = next++;
        const target = targets[index]!;
        const { session, status, body } = await pickSession(server.baseUrl, target, sessions);
        const dir = path.join(outRoot, `${String(index).padStart(3, '0')}-${target.route.replace(/[^\w]+/g, '_').slice(0, 80)}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'baseline.txt'), `${target.method} ${target.url}\n${target.body ?? ''}\n\n${status} ${body}\n`);
        if (DRY) {
          console.log(`${status} ${target.route} as ${session?.username ?? 'anonymous'}: ${target.url} ${target.body ?? ''}\n    ${body.slice(0, 300)}`);
          continue;
        }
        const result = await runSqlmap(target, server.baseUrl, session, status, dialect, dir, STRENGTH);
        // a place sqlmap did not get to test is a failed scan, not a pass
        if (result.tested.length < target.places.length) {
          result.errors.push(`tested ${result.tested.length} of ${target.places.length} marked places (see ${dir}/sqlmap-output.txt)`);
        }
        results.push(result);
        const flag = result.findings.length ? 'FINDING' : result.errors.length ? 'ERROR' : 'ok';
        console.log(
          `[${dialect}] ${results.length}/${targets.length} ${flag} ${target.route} as ${result.session} (baseline ${status}), ` +
            `${result.tested.length}/${target.places.length} parameters, ${result.seconds.toFixed(0)} s${result.httpCodes ? `; ${result.httpCodes}` : ''}`,
        );
        if (session && !(await isSignedIn(server.baseUrl, session))) {
          sessionsLost += 1;
          console.log(`[${dialect}] session of ${session.username} lost after ${target.route}: signing in again`);
          sessions = await signInAll();
        }
      }
    };
    await Promise.all(Array.from({ length: POOL }, worker));

    for (const r of results.filter((x) => x.dismissed.length)) console.log(`[${dialect}] dismissed by sqlmap in ${r.target.route}: ${r.dismissed.join(' | ')}`);
    for (const r of results.filter((x) => x.warnings.length)) console.log(`[${dialect}] sqlmap warned in ${r.target.route}: ${r.warnings.join(' | ')}`);
    return {
      dialect,
      routes: results.length,
      skipped: built.skipped.length,
      parameters: results.reduce((n, r) => n + r.tested.length, 0),
      reachedHandler: results.filter((r) => r.baselineStatus < 400).length,
      findings: results.flatMap((r) => r.findings.map((f) => `${r.target.route}: ${f}`)),
      errors: results.flatMap((r) => r.errors.map((e) => `${r.target.route}: ${e}`)),
      sessionsLost,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const version = execFileSync('sqlmap', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  const chosen = arg('dialect');
  const dialects: ScanDialect[] = chosen ? [chosen as ScanDialect] : PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  if (dialects.includes('postgres') && !PG_URL) throw new Error('PostgreSQL scan needs TEST_PG_URL=postgres://…');
  if (!PG_URL) console.warn('TEST_PG_URL is not set: scanning SQLite only');
  console.log(`sqlmap ${version} --level=${STRENGTH.level} --risk=${STRENGTH.risk} ${SQLMAP_SETTINGS.join(' ')}, ${POOL} at a time`);
  const summaries: DialectSummary[] = [];
  const port = Number(arg('port') ?? 18_600);
  for (const dialect of dialects) summaries.push(await scanDialect(dialect, dialect === 'sqlite' ? port : port + 1));

  console.log('\n=== sqlmap summary ===');
  let failed = false;
  for (const s of summaries) {
    console.log(
      `${s.dialect}: routes scanned ${s.routes} (${s.reachedHandler} with a 2xx/3xx baseline, ${s.skipped} without parameters skipped), ` +
        `parameters tested ${s.parameters}, findings ${s.findings.length}, sqlmap errors ${s.errors.length}, sessions lost ${s.sessionsLost}, ` +
        `${(s.seconds / 60).toFixed(1)} min`,
    );
    for (const line of [...s.findings, ...s.errors]) console.log(`  ${line}`);
    failed ||= s.findings.length > 0 || s.errors.length > 0 || s.sessionsLost > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
