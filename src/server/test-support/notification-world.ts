import { afterAll, beforeAll, expect } from 'vitest';
import type { DialectName } from '../db/dialect';
import { startNotificationWorker } from '../modules/notifications/delivery-worker';
import type { NotificationWorker } from '../modules/notifications/delivery-worker';
import { adminSession, buildUnitUser } from './factories';
import type { UnitUser } from './factories';
import { startRobotReceiver, startSmtpReceiver } from './notification-receivers';
import { createTestApp } from './test-app';
import type { TestApp } from './test-app';

/**
 * The notification tests' world: a 钉钉/企业微信 receiver, a real SMTP server and two app instances on one database
 * (two processes behind a load balancer), started once per describe and closed after it. Each test builds its own
 * units and users in it, so any `it` runs alone.
 */
export interface NotificationWorld {
  a: TestApp;
  b: TestApp;
  receiver: Awaited<ReturnType<typeof startRobotReceiver>>;
  smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
}

/** The environment both instances run with: fast retries (3 attempts), no robot merge window, a public URL for links. */
export const NOTIFICATION_TEST_ENV = {
  SMTP_FROM: 'minsheng@test.local',
  ROBOT_HTTP_HOSTS: '127.0.0.1',
  MINSHENG_SECRET_KEY: 'ab'.repeat(32),
  NOTIFY_ROBOT_WINDOW_MS: '0',
  NOTIFY_RETRY_BASE_MS: '20',
  NOTIFY_MAX_ATTEMPTS: '3',
  PUBLIC_URL: 'https://minsheng.example.gov.cn',
};

/**
 * Registers the world's beforeAll/afterAll in the calling describe; the returned object is filled before the first
 * test runs. `secrets` are the 加签 secrets the receiver checks at /ding/<name>.
 */
export function useNotificationWorld(dialect: DialectName, secrets: Record<string, string> = {}): NotificationWorld {
  const world = {} as NotificationWorld;
  beforeAll(async () => {
    world.receiver = await startRobotReceiver(secrets);
    world.smtp = await startSmtpReceiver();
    const env = { ...NOTIFICATION_TEST_ENV, SMTP_URL: world.smtp.url };
    world.a = await createTestApp(dialect, env);
    world.b = await createTestApp(dialect, env, { shareDatabaseOf: world.a });
  });
  afterAll(async () => {
    await world.b?.close();
    await world.a?.close();
    await world.receiver?.close();
    await world.smtp?.close();
  });
  return world;
}

const quiet = { info: () => {}, error: () => {} };

/** Both instances' delivery workers, polling every 20 ms; stop them with `stopWorkers`. */
export const startWorkers = (w: NotificationWorld): NotificationWorker[] => [
  startNotificationWorker(w.a.ctx, quiet, { id: 'instance-a', pollMs: 20 }),
  startNotificationWorker(w.b.ctx, quiet, { id: 'instance-b', pollMs: 20 }),
];
export const stopWorkers = (ws: NotificationWorker[]) => Promise.all(ws.map((x) => x.stop()));

/** Polls `check` every 50 ms until it holds; fails after `ms` with what it waited for. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The e-mail address a reachable user gave. */
export const mailOf = (u: { username: string }) => `${u.username}@unit.example.cn`;

/**
 * A 联络员 of the unit who gave an e-mail address and a mobile, and the unit's 钉钉 robot at `robotPath` of the
 * receiver (signed with `secret` when given; /fail/<name> always answers 500), set by the 督查室.
 */
export async function reachableUnitUser(
  w: NotificationWorld,
  unitId: number,
  robotPath: string,
  secret: string | null,
  mobile = '13800138000',
): Promise<UnitUser> {
  const admin = await adminSession(w.a);
  const unit = await buildUnitUser(w.a, unitId);
  const prefs = await w.a.as(unit, 'PUT', '/api/v1/me/notification-preferences', {
    email: mailOf(unit),
    emailEnabled: true,
    mobile,
    quietStart: null,
    quietEnd: null,
  });
  expect(prefs.statusCode).toBe(200);
  const robot = await w.a.as(admin, 'PUT', `/api/v1/units/${unitId}/robot-settings`, {
    channel: 'dingtalk',
    enabled: true,
    webhook: `${w.receiver.base}${robotPath}?access_token=tok${unit.username}`,
    ...(secret ? { secret } : {}),
  });
  expect(robot.statusCode).toBe(200);
  return unit;
}
