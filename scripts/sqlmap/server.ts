import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServer as startServerProcess } from '../lib/server-process';
import type { ServerProcess } from '../lib/server-process';

export type ScanDialect = 'sqlite' | 'postgres';

/** The client address the scan's own sign-ins come from (TRUST_PROXY=1), apart from sqlmap's requests. */
const SCRIPT_IP = '192.0.2.10';
export const SCAN_ADMIN_PASSWORD = 'Scan#2024pass';

export interface RunningServer {
  baseUrl: string;
  env: Record<string, string>;
  log: string;
  stop(): Promise<void>;
}

export interface ScanSession {
  username: string;
  cookie: string;
  csrfToken: string;
}

/**
 * The real server (src/server/main.ts through tsx) on loopback with the demo data, a fresh DATA_DIR (and a fresh
 * PostgreSQL schema), no scheduled jobs. For the scan: TRUST_PROXY=1 so sqlmap's random X-Forwarded-For (tamper
 * xforwardedfor) spreads its requests over many client addresses and the per-address limits (sign-in failures,
 * comments, ratings, proposals) do not refuse the payloads before they reach SQL; the open data limit is raised
 * (OPEN_DATA_RATE_LIMIT) and sessions do not go idle during the run (SESSION_IDLE_MINUTES).
 */
export async function startServer(dialect: ScanDialect, port: number, pgUrl: string): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  // another server on the port would answer the health check and be scanned instead
  if (
    await fetch(`${baseUrl}/healthz`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is in use: choose another with --port=`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-sqlmap-'));
  const schema = `sqlmap_${crypto.randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    MINSHENG_SAMPLE: 'demo',
    MINSHENG_ADMIN_PASSWORD: SCAN_ADMIN_PASSWORD,
    JOBS: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    TRUST_PROXY: '1',
    OPEN_DATA_RATE_LIMIT: '1000000',
    SESSION_IDLE_MINUTES: '600',
    ...(dialect === 'postgres' ? { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema } : { DATABASE_URL: '' }),
  };
  const logFile = path.join(dataDir, 'server.log');
  let server: ServerProcess | null = null;
  // interrupted (Ctrl-C): the server and its database go too
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (dialect === 'postgres') {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  };
  try {
    server = await startServerProcess({ env: { ...(process.env as Record<string, string>), ...env }, port, logFile, timeoutMs: 120_000 });
  } catch {
    const log = fs.readFileSync(logFile, 'utf8');
    await stop();
    throw new Error(`server did not start:\n${log}`);
  }
  return { baseUrl, env, log: logFile, stop };
}

/** Sign in through the real login route, from the script's own client address. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<ScanSession> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': SCRIPT_IP },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { username, cookie, csrfToken };
}

/** Whether the session still works (sqlmap must not have ended it). */
export async function isSignedIn(baseUrl: string, session: ScanSession): Promise<boolean> {
  const res = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie: session.cookie, 'x-forwarded-for': SCRIPT_IP } });
  return res.status === 200;
}
