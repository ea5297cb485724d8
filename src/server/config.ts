import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root, so paths work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** Folder for the SQLite database, uploads and the first admin password. */
  DATA_DIR: z.string().default('./data'),
  /** postgres://… to run on PostgreSQL; empty means embedded SQLite in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 开头')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** PostgreSQL schema to use (created if missing); default public. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  MINSHENG_ADMIN_PASSWORD: z.string().optional(),
  /** 1: import the bundled 2024 notice on first start; 0: start empty. */
  MINSHENG_SAMPLE: z.enum(['0', '1', 'demo']).default('1'),
  /** Set behind a reverse proxy so client addresses and https are read from X-Forwarded-*. */
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  WEB_DIR: z.string().optional(),
  /** 1: run the scheduled jobs (旬 digests) in this process; 0: do not (e.g. extra read-only instances). */
  JOBS: booleanFlag.default(true),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  adminPassword: string | undefined;
  sample: '0' | '1' | 'demo';
  trustProxy: boolean;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Built web app (vite build output). */
  webDir: string;
  /** run the scheduled jobs (main.ts only; tests never start them) */
  jobsEnabled: boolean;
}

/** Parse the environment once; nothing else reads process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；');
    throw new Error(`环境变量配置有误：${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    adminPassword: e.MINSHENG_ADMIN_PASSWORD || undefined,
    sample: e.MINSHENG_SAMPLE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    webDir: path.resolve(e.WEB_DIR ?? path.join(projectRoot, 'dist/web')),
    jobsEnabled: e.JOBS,
  };
}
