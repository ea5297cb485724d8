/**
 * Crash test (npm run test:crash, issue 13): on SQLite and on PostgreSQL, starts the real server as a child process on
 * a fresh database with 50 units, 50 联络员 (one per unit, each with 20 drafts) and 1,000 weekly drafts; fires the 1,000 submissions at once over HTTP,
 * each with an Idempotency-Key; kills the server with SIGKILL after 400 acknowledgements; restarts it on the same
 * data and proves every acknowledged submission is in the database exactly once (one revision, submitted, one audit
 * row, one notification) and none is duplicated; then sends all 1,000 again with their keys and proves each is
 * answered (the stored answer when it had committed) and still written once. Prints a table; exits 1 on any loss,
 * duplicate or failed retry. CRASH_DIALECTS=sqlite (or postgres) runs one; CRASH_PG_URL (else TEST_PG_URL, else
 * postgres://postgres@127.0.0.1:5432/test) is the PostgreSQL server, where a schema of its own is made and dropped.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runFirstStart } from '../src/server/bootstrap/first-start';
import { loadConfig } from '../src/server/config';
import { createContext } from '../src/server/context';
import { openDatabase } from '../src/server/db/dialect';
import type { DialectName } from '../src/server/db/dialect';
import { migrateToLatest } from '../src/server/db/migrate';
import type { Answer } from './crash/crash-client';
import { submitUntilAnswered, submitWeekly } from './crash/crash-client';
import { inBatches, signIn } from './lib/http-session';
import type { SignedIn } from './lib/http-session';
import { sqliteIntegrity } from './crash/crash-check.repo';
import { countFigures, problemsOf, readStored } from './crash/crash-verdict';
import type { Figures } from './crash/crash-verdict';
import { CRASH_PASSWORD, buildCrashWorld, crashWeeks } from './crash/crash-world';
import { startServer } from './lib/server-process';

const UNITS = 50;
const PROJECTS_PER_UNIT = 4;
const WEEKS = crashWeeks(5);
const KILL_AFTER_ACKS = 400;
const PG_URL = process.env.CRASH_PG_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ADMIN_PASSWORD = 'Crash#2024office';

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** The server's environment: this process's, without any database or port of its own, plus the run's. */
function serverEnv(run: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !['DATABASE_URL', 'DATABASE_SCHEMA', 'PORT', 'HOST', 'DATA_DIR', 'WEB_DIR'].includes(name)) env[name] = value;
  }
  return { ...env, MINSHENG_SAMPLE: '0', MINSHENG_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'warn', JOBS: '0', ...run };
}

async function runOn(dialect: DialectName): Promise<Figures> {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `minsheng-crash-${dialect}-`));
  const schema = `crash_${crypto.randomBytes(5).toString('hex')}`;
  const env = serverEnv({ DATA_DIR: dataDir, ...(dialect === 'postgres' ? { DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema } : {}) });
  const logFile = path.join(dataDir, 'server.log');
  const config = loadConfig(env);
  const database = await openDatabase(config);
  try {
    // the world, built through the services before the server starts
    await migrateToLatest(database.db, config.databaseUrl ? config.databaseSchema : undefined);
    const ctx = createContext(config, database);
    await runFirstStart(ctx, config, { info: () => {}, warn: () => {} });
    const world = await buildCrashWorld(ctx, { units: UNITS, projectsPerUnit: PROJECTS_PER_UNIT, weeks: WEEKS });
    console.log(`  ${dialect}: ${world.users.length} 联络员, ${world.submissions.length} drafts to submit (${seconds(started)})`);

    let server = await startServer({ env, logFile, timeoutMs: 90_000 });
    const sessions = new Map<string, SignedIn>();
    await inBatches(world.users, 8, async (u) => sessions.set(u.username, await signIn(server.url, u.username, CRASH_PASSWORD)));
    console.log(`  ${dialect}: server up, ${sessions.size} signed in through /auth/login (${seconds(started)})`);

    // 1,000 submissions at once; SIGKILL once 400 have been acknowledged
    const keys = world.submissions.map(() => crypto.randomUUID());
    let acknowledged = 0;
    const killed = server;
    const first: Answer[] = await Promise.all(
      world.submissions.map(async (s, i) => {
        const answer = await submitWeekly(killed.url, sessions.get(s.username)!, s, keys[i]!);
        if (answer.kind === 'answered' && answer.status === 200 && ++acknowledged === KILL_AFTER_ACKS) killed.child.kill('SIGKILL');
        return answer;
      }),
    );
    console.log(`  ${dialect}: server killed (${await killed.exited}) after ${KILL_AFTER_ACKS} acknowledgements (${seconds(started)})`);

    server = await startServer({ env, logFile, timeoutMs: 90_000 });
    if (dialect === 'sqlite') {
      const integrity = await sqliteIntegrity(database.db);
      console.log(`  sqlite: PRAGMA integrity_check after the kill: ${integrity}`);
      if (integrity !== 'ok') throw new Error(`the SQLite file is damaged after the kill: ${integrity}`);
    }
    const afterRestart = await readStored(database.db, world, keys);
    // every submission again with its own key: the answered ones too, whose replay must be the same answer
    const retries = await Promise.all(world.submissions.map((s, i) => submitUntilAnswered(server.url, sessions.get(s.username)!, s, keys[i]!)));
    const final = await readStored(database.db, world, keys);
    await server.stop();
    console.log(`  ${dialect}: restarted, checked, retried (${seconds(started)})`);
    return countFigures(first, afterRestart, retries, final);
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (dialect === 'postgres') {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
}

function printTable(results: Array<{ dialect: DialectName; figures: Figures }>): void {
  const columns: Array<[string, keyof Figures]> = [
    ['sent', 'sent'],
    ['acknowledged', 'acknowledged'],
    ['no answer', 'noAnswer'],
    ['present', 'present'],
    ['committed, unacked', 'committedUnacknowledged'],
    ['duplicated', 'duplicated'],
    ['lost', 'lost'],
    ['retried', 'retried'],
    ['retried OK', 'retriedOk'],
    ['replay identical', 'replayedIdentical'],
    ['final present', 'finalPresent'],
    ['final duplicated', 'finalDuplicated'],
  ];
  const header = ['database', ...columns.map(([label]) => label)];
  const rows = results.map(({ dialect, figures }) => [dialect, ...columns.map(([, key]) => String(figures[key]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const dialects = (process.env.CRASH_DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim()) as DialectName[];
  console.log(`Crash test: ${UNITS * PROJECTS_PER_UNIT * WEEKS.length} concurrent weekly submissions, SIGKILL after ${KILL_AFTER_ACKS} acknowledgements`);
  const results: Array<{ dialect: DialectName; figures: Figures }> = [];
  for (const dialect of dialects) results.push({ dialect, figures: await runOn(dialect) });
  printTable(results);
  const problems = results.flatMap(({ dialect, figures }) => problemsOf(figures).map((p) => `${dialect}: ${p}`));
  if (problems.length) {
    console.error(`\nFAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nPASSED: every acknowledged submission is in the database exactly once, none duplicated, every retry answered once.');
}

main().catch((error: unknown) => {
  console.error('crash test failed to run:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
