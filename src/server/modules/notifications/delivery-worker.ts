/**
 * The delivery worker: a claim loop on the database (see delivery-claim.repo.ts), one per app process. We wrote
 * this small loop instead of taking a job library because the platform already keeps its job claims in the
 * database on both SQLite and PostgreSQL, and the libraries that do both (e.g. graphile-worker is PostgreSQL only)
 * would add a second queue to operate. Each claimed row is tried once per claim; a failure backs off
 * exponentially (NOTIFY_RETRY_BASE_MS × 2^(attempt-1)) and after NOTIFY_MAX_ATTEMPTS the row is 'failed'.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { AppContext } from '../../context';
import type { ClaimedDelivery } from './delivery-claim.repo';
import { claimDue, claimRobotCompanions, findRobot, loadClaimed, markAttemptFailed, markSent, releaseStaleClaims } from './delivery-claim.repo';
import { sendDingtalk } from './channels/dingtalk.channel';
import { sendEmail } from './channels/email.channel';
import type { OutgoingMessage } from './channels/message';
import { sendWecom } from './channels/wecom.channel';
import { decryptSecret, secretKey } from './secret-box';

/** A row left 'sending' this long belongs to a worker that died. */
const LEASE_MS = 10 * 60_000;
const BATCH = 50;

export interface WorkerLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DeliveryRunResult {
  sent: number;
  retried: number;
  failed: number;
  /** robot messages that merged several deliveries */
  digests: number;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function messageOf(ctx: AppContext, d: ClaimedDelivery): OutgoingMessage {
  const base = ctx.config.notify.publicUrl;
  return { title: d.title, body: d.body, url: base ? `${base}${d.link}` : d.link };
}

/** Deliver what is due now, claim by claim, until nothing is left; safe to run in several processes at once. */
export async function runDeliveries(ctx: AppContext, workerId: string, now: () => Date = () => new Date()): Promise<DeliveryRunResult> {
  const cfg = ctx.config.notify;
  const result: DeliveryRunResult = { sent: 0, retried: 0, failed: 0, digests: 0 };
  await releaseStaleClaims(ctx.db, new Date(now().getTime() - LEASE_MS).toISOString());
  for (let round = 0; round < 20; round++) {
    const token = `${workerId}:${crypto.randomBytes(4).toString('hex')}`.slice(0, 64);
    const t = now();
    const claimed = await claimDue(
      ctx.db,
      ctx.dialect,
      token,
      { now: t.toISOString(), robotCutoff: new Date(t.getTime() - cfg.robotWindowMs).toISOString() },
      BATCH,
    );
    if (!claimed) break;
    let rows = await loadClaimed(ctx.db, token);
    const robots = new Map<string, ClaimedDelivery[]>();
    for (const r of rows) if (r.channel !== 'email' && r.unit_id !== null) robots.set(`${r.channel}:${r.unit_id}`, []);
    for (const key of robots.keys()) {
      const [channel, unitId] = key.split(':') as ['dingtalk' | 'wecom', string];
      await claimRobotCompanions(ctx.db, ctx.dialect, token, t.toISOString(), channel, Number(unitId));
    }
    if (robots.size) rows = await loadClaimed(ctx.db, token);
    for (const r of rows) if (r.channel !== 'email') robots.get(`${r.channel}:${r.unit_id}`)?.push(r);

    const outcome = async (group: ClaimedDelivery[], send: () => Promise<void>) => {
      try {
        await send();
        await markSent(
          ctx.db,
          group.map((d) => d.id),
          token,
          now().toISOString(),
        );
        result.sent += group.length;
      } catch (error) {
        for (const d of group) {
          const attempt = d.attempts + 1;
          const retryAt = attempt >= cfg.maxAttempts ? null : new Date(now().getTime() + cfg.retryBaseMs * 2 ** (attempt - 1)).toISOString();
          await markAttemptFailed(ctx.db, d.id, token, errorText(error), retryAt);
          if (retryAt) result.retried += 1;
          else result.failed += 1;
        }
      }
    };

    for (const d of rows.filter((r) => r.channel === 'email')) {
      await outcome([d], () => sendEmail({ url: cfg.smtpUrl, from: cfg.smtpFrom }, d.address ?? '', messageOf(ctx, d)));
    }
    for (const [key, group] of robots) {
      if (!group.length) continue;
      const [channel, unitId] = key.split(':') as ['dingtalk' | 'wecom', string];
      if (group.length > 1) result.digests += 1;
      const mobiles = [...new Set(group.flatMap((d) => (d.address ? d.address.split(',') : [])))];
      await outcome(group, async () => {
        const setting = await findRobot(ctx.db, Number(unitId), channel);
        if (!setting?.is_enabled) throw new Error('该单位的群机器人已停用或删除');
        const key = secretKey(ctx.config);
        const robot = { webhook: decryptSecret(key, setting.webhook_enc), secret: setting.secret_enc ? decryptSecret(key, setting.secret_enc) : null };
        const messages = group.map((d) => messageOf(ctx, d));
        if (channel === 'dingtalk') await sendDingtalk(robot, messages, mobiles);
        else await sendWecom(robot, messages, mobiles);
      });
    }
  }
  return result;
}

export interface NotificationWorker {
  readonly id: string;
  /** one pass now (tests, and the loop) */
  runOnce(): Promise<DeliveryRunResult>;
  stop(): Promise<void>;
}

/** Start the loop of this process: a pass every NOTIFY_POLL_MS; passes never overlap within the process. */
export function startNotificationWorker(ctx: AppContext, log: WorkerLogger, opts: { id?: string; pollMs?: number } = {}): NotificationWorker {
  const id = opts.id ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`.slice(0, 40);
  const pollMs = opts.pollMs ?? ctx.config.notify.pollMs;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<DeliveryRunResult> | null = null;
  const runOnce = () => {
    running ??= runDeliveries(ctx, id).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = async () => {
    try {
      const r = await runOnce();
      if (r.sent || r.retried || r.failed)
        log.info({ job: 'notifications', worker: id, ...r }, `消息推送：送达 ${r.sent} 条，待重试 ${r.retried} 条，失败 ${r.failed} 条`);
    } catch (error) {
      log.error({ job: 'notifications', worker: id, err: error }, '消息推送：本轮运行失败，稍后重试');
    }
    if (!stopped) timer = setTimeout(() => void tick(), pollMs);
  };
  timer = setTimeout(() => void tick(), 0);
  return {
    id,
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running.catch(() => undefined);
    },
  };
}
