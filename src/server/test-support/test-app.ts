import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../app';
import { runFirstStart } from '../bootstrap/first-start';
import { loadConfig } from '../config';
import type { AppConfig } from '../config';
import type { AppContext } from '../context';
import { createContext } from '../context';
import { openDatabase } from '../db/dialect';
import type { Database, DialectName } from '../db/dialect';
import { migrateToLatest } from '../db/migrate';

export const ADMIN_PASSWORD = 'Office#2024test';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  dialect: DialectName;
  config: AppConfig;
  /** the SQLite folder and the PostgreSQL schema (a second instance opened with `shareDatabaseOf` uses the same) */
  dataDir: string;
  schema: string;
  /** sign in through the real login route */
  login(username: string, password: string): Promise<Session>;
  /** inject a request as a signed-in user (CSRF header added for writes) */
  as(
    session: Session | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Cookie header to send back, built from a login response's Set-Cookie headers. */
export function cookieHeader(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** A migrated app on a fresh database: a temp SQLite folder, or a PostgreSQL schema of its own. */
export async function createTestApp(dialect: DialectName, env: Record<string, string> = {}, opts: { shareDatabaseOf?: TestApp } = {}): Promise<TestApp> {
  // a second app instance on the first one's database (two processes behind a load balancer)
  const shared = opts.shareDatabaseOf;
  const dataDir = shared?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-test-'));
  const schema = shared?.schema ?? `t_${crypto.randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    DATA_DIR: dataDir,
    MINSHENG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'silent',
    // a web build elsewhere than dist/web (e.g. while another build runs)
    ...(process.env.WEB_DIR ? { WEB_DIR: process.env.WEB_DIR } : {}),
    ...(dialect === 'postgres' ? { DATABASE_URL: process.env.TEST_PG_URL, DATABASE_SCHEMA: schema } : {}),
    ...env,
  });
  const database: Database = await openDatabase(config);
  await migrateToLatest(database.db, config.databaseUrl ? config.databaseSchema : undefined);
  const ctx: AppContext = createContext(config, database);
  await runFirstStart(ctx, config, { info: () => {}, warn: () => {} });
  const app = await buildApp(config, database, { logger: false });
  await app.ready();

  const as: TestApp['as'] = (session, method, url, payload, headers = {}) =>
    app.inject({
      method,
      url,
      ...(payload === undefined ? {} : typeof payload === 'string' || Buffer.isBuffer(payload) ? { payload } : { payload: payload as object }),
      headers: {
        ...(session ? { cookie: session.cookie } : {}),
        ...(session && method !== 'GET' ? { 'x-csrf-token': session.csrfToken } : {}),
        ...headers,
      },
    });

  return {
    app,
    ctx,
    dialect,
    config,
    dataDir,
    schema,
    as,
    async login(username, password) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return { cookie: cookieHeader(res), csrfToken: res.json<{ csrfToken: string }>().csrfToken };
    },
    async close() {
      await app.close();
      await database.close();
      // the instance that made the database removes it
      if (shared) return;
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dialect === 'postgres') {
        const client = new pg.Client({ connectionString: process.env.TEST_PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    },
  };
}

/** The dialects this run tests: SQLite always, PostgreSQL with TEST_PG_URL (required when REQUIRE_PG=1). */
export function testedDialects(): DialectName[] {
  if (process.env.TEST_PG_URL) return ['sqlite', 'postgres'];
  if (process.env.REQUIRE_PG === '1') throw new Error('REQUIRE_PG=1 but TEST_PG_URL is not set: the PostgreSQL suite cannot be skipped');
  console.warn('PostgreSQL suite skipped: TEST_PG_URL is not set');
  return ['sqlite'];
}

/** Run the same suite on every tested dialect, each with its own fresh database. */
export function describeEachDialect(title: string, suite: (t: () => TestApp) => void, env: Record<string, string> = {}): void {
  for (const dialect of testedDialects()) {
    describe(`${title} [${dialect}]`, () => {
      let testApp: TestApp | undefined;
      beforeAll(async () => {
        testApp = await createTestApp(dialect, env);
      });
      afterAll(async () => {
        await testApp?.close();
      });
      suite(() => {
        if (!testApp) throw new Error('test app not ready');
        return testApp;
      });
    });
  }
}

/** Read a fixture shipped in the repository. */
export const fixture = (name: string) => fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../../fixtures', name));

/** A multipart body with one file field, for the import routes. */
export function multipartFile(fileName: string, data: Buffer, field = 'file'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----minsheng${crypto.randomBytes(8).toString('hex')}`;
  // Browsers send the file name as raw UTF-8, so the test does too.
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
