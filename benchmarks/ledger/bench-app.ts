/** A migrated app on a fresh benchmark database (temp SQLite folder, or a PostgreSQL schema of its own), signed in as admin. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { runFirstStart } from '../../src/server/bootstrap/first-start';
import { loadConfig } from '../../src/server/config';
import { createContext } from '../../src/server/context';
import { openDatabase } from '../../src/server/db/dialect';
import type { Database, DialectName } from '../../src/server/db/dialect';
import { migrateToLatest } from '../../src/server/db/migrate';

const ADMIN_PASSWORD = 'Bench#2024ledger';

export interface BenchApp {
  app: FastifyInstance;
  database: Database;
  dialect: DialectName;
  cookie: string;
  close(): Promise<void>;
}

export async function createBenchApp(dialect: DialectName, pgUrl: string | undefined): Promise<BenchApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-bench-'));
  const schema = `bench_${crypto.randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    DATA_DIR: dataDir,
    MINSHENG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    MINSHENG_SAMPLE: '0',
    LOG_LEVEL: 'silent',
    ...(dialect === 'postgres' ? { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema } : {}),
  });
  const database = await openDatabase(config);
  const dropSchema = async () => {
    if (dialect !== 'postgres') return;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
  try {
    await migrateToLatest(database.db, config.databaseUrl ? config.databaseSchema : undefined);
    await runFirstStart(createContext(config, database), config, { info: () => {}, warn: () => {} });
    const app = await buildApp(config, database, { logger: false });
    await app.ready();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`admin login failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return {
      app,
      database,
      dialect,
      cookie,
      async close() {
        await app.close();
        await database.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
        await dropSchema();
      },
    };
  } catch (error) {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    await dropSchema();
    throw error;
  }
}
