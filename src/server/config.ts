import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root, so paths work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const booleanFlag = z.enum(['0', '1', 'true', 'false', 'yes', 'no']).transform((v) => v === '1' || v === 'true' || v === 'yes');

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
  /** production: the API documentation (/api/docs) needs a signed-in user */
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  WEB_DIR: z.string().optional(),
  /** 1: run the scheduled jobs (旬 digests) in this process; 0: do not (e.g. extra read-only instances). */
  JOBS: booleanFlag.default(true),
  // notifications (issue 11)
  /** smtp://user:pass@host:port or smtps://…; empty: e-mail is not sent (deliveries fail with a clear error) */
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('民生实事督办平台 <minsheng@localhost>'),
  /** 32-byte key (64 hex or base64) for robot webhooks and secrets; empty: DATA_DIR/secret.key, generated on first start */
  MINSHENG_SECRET_KEY: z.string().optional(),
  /** absolute address of the site, for links in e-mails and robot messages */
  PUBLIC_URL: z.string().default(''),
  NOTIFY_POLL_MS: z.coerce.number().int().min(10).default(5000),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(1).default(60_000),
  /** robots take ~20 messages a minute: deliveries to one robot within this window go out as one digest */
  NOTIFY_ROBOT_WINDOW_MS: z.coerce.number().int().min(0).default(60_000),
  /** hosts whose robot webhooks may be plain http (tests and local receivers only); comma-separated */
  ROBOT_HTTP_HOSTS: z.string().default(''),
  /** requests one client address may make to the open data API (/open/v1) per window */
  OPEN_DATA_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  OPEN_DATA_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
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
  /** NODE_ENV=production: the API documentation is for signed-in users only */
  isProduction: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Built web app (vite build output). */
  webDir: string;
  /** run the scheduled jobs (main.ts only; tests never start them) */
  jobsEnabled: boolean;
  notify: NotifyConfig;
  /** open data API (/open/v1): requests per client address per fixed window */
  openDataRate: { limit: number; windowSeconds: number };
}

/** Notification delivery settings (issue 11). */
export interface NotifyConfig {
  smtpUrl: string | undefined;
  smtpFrom: string;
  secretKey: string | undefined;
  publicUrl: string;
  pollMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  robotWindowMs: number;
  robotHttpHosts: string[];
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
    isProduction: e.NODE_ENV === 'production',
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    webDir: path.resolve(e.WEB_DIR ?? path.join(projectRoot, 'dist/web')),
    jobsEnabled: e.JOBS,
    notify: {
      smtpUrl: e.SMTP_URL || undefined,
      smtpFrom: e.SMTP_FROM,
      secretKey: e.MINSHENG_SECRET_KEY || undefined,
      publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
      pollMs: e.NOTIFY_POLL_MS,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      retryBaseMs: e.NOTIFY_RETRY_BASE_MS,
      robotWindowMs: e.NOTIFY_ROBOT_WINDOW_MS,
      robotHttpHosts: e.ROBOT_HTTP_HOSTS.split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    },
    openDataRate: { limit: e.OPEN_DATA_RATE_LIMIT, windowSeconds: e.OPEN_DATA_RATE_WINDOW_SECONDS },
  };
}
