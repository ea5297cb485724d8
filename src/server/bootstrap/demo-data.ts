import fs from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../auth/actor';
import { systemActor } from '../auth/actor';
import { writeAudit } from '../audit/audit.writer';
import type { AppConfig } from '../config';
import type { AppContext } from '../context';
import { isPlanYearOver } from '../../domain/calendar';
import { commitNoticeImport } from '../modules/imports/notice-import.service';
import { updatePlanRhythm } from '../modules/plans/plan-rhythm.service';
import { getPlanDetail } from '../modules/plans/plans.service';
import { readNoticeFile } from '../notice-files/read-notice-file';
import { writeDemoCoNotes, writeDemoHistory } from './demo-data.history';
import { chooseSpecialWeeks, confirmAndLockBaseline, loadDemoProjects, planDemoProjects } from './demo-data.plan';
import type { DemoPace } from './demo-data.scenario';
import { demoDateFor, demoWeeks } from './demo-data.scenario';
import { seedDemoSteering } from './demo-data.steering';
import type { DemoAccount } from './demo-data.users';
import { demoAccountsFor, formatDemoAccounts, insertDemoAccounts, listDemoAccounts, writeDemoAccountsFile } from './demo-data.users';

export { DEMO_PASSWORD } from './demo-data.users';

/** The audit action that marks a database as seeded with demo data (the idempotency check). */
export const DEMO_SEED_ACTION = 'demo_seed';

export interface DemoSeedResult {
  /** false when the demo data was already there */
  isNewlySeeded: boolean;
  planId: number | null;
  /** the date the demo history runs up to; view the ledger with ?asOf= this date */
  demoDate: string | null;
  accounts: DemoAccount[];
  accountsFile: string;
  /** weekly updates written */
  updateCount: number;
  /** rows of the steering rhythm written (meetings, blockers, reports, bulletins, 批示, digests) */
  steering?: Record<string, number>;
}

type Log = Pick<FastifyBaseLogger, 'info' | 'warn'>;

/** Whether demo data was seeded already: the marker audit row written at the end of seeding. */
export async function isDemoSeeded(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('audit_log').select('id').where('action', '=', DEMO_SEED_ACTION).executeTakeFirst();
  return row !== undefined;
}

interface SavedDemo {
  planId?: number;
  demoDate?: string;
  updates?: number;
  paces?: Record<string, DemoPace>;
}

/**
 * A database seeded before the steering rhythm was part of the demo gets it on the next start (and an interrupted
 * seeding its bulletins and digests); nothing is added once everything is there.
 */
async function resumeDemoSteering(ctx: AppContext, saved: SavedDemo): Promise<Record<string, number> | undefined> {
  if (!saved.planId || !saved.demoDate || !saved.updates || !saved.paces) return undefined;
  const plan = await ctx.db.selectFrom('plan').select(['id', 'year']).where('id', '=', saved.planId).executeTakeFirst();
  const supervisor = await ctx.db.selectFrom('user').select('username').where('username', '=', 'demo-supervisor').executeTakeFirst();
  if (!plan || !supervisor) return undefined;
  const loaded = (await loadDemoProjects(ctx.db, plan.id)).filter((l) => l.leadUnitIds.length > 0);
  const paces = saved.paces;
  const pacesById = new Map(loaded.map((l) => [l.project.id, paces[String(l.project.seq)] ?? ('on_track' as const)]));
  const special = chooseSpecialWeeks(loaded, pacesById, demoWeeks(plan.year, saved.demoDate).weeks);
  return seedDemoSteering(ctx, systemActor('system'), supervisor.username, { planId: plan.id, planYear: plan.year, demoDate: saved.demoDate, paces, special });
}

/** The sample plan to bring to life: the newest active plan, or the bundled notice imported now. */
async function demoPlan(ctx: AppContext, sampleNotice: string): Promise<{ id: number; year: number }> {
  const plan = await ctx.db
    .selectFrom('plan')
    .select(['id', 'year'])
    .where('status', '=', 'active')
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (plan) return plan;
  const notice = await readNoticeFile(fs.readFileSync(sampleNotice), path.basename(sampleNotice));
  const result = await commitNoticeImport(ctx, systemActor('system'), notice, path.basename(sampleNotice));
  return ctx.db.selectFrom('plan').select(['id', 'year']).where('id', '=', result.planId).executeTakeFirstOrThrow();
}

async function finish(ctx: AppContext, config: AppConfig, log: Log, result: Omit<DemoSeedResult, 'accounts' | 'accountsFile'>): Promise<DemoSeedResult> {
  const accounts = await listDemoAccounts(ctx.db);
  const accountsFile = writeDemoAccountsFile(config.dataDir, formatDemoAccounts(accounts, result.demoDate));
  log.warn(`演示账号共 ${accounts.length} 个，统一密码见 ${accountsFile}。演示账号和演示数据仅用于演示环境，切勿在生产环境中使用。`);
  return { ...result, accounts, accountsFile };
}

/**
 * A past year's demo history stops at its demo date (15 October): the 督查室 sets that day as the plan's 台账截止日
 * (through the rhythm service, audited), so every page of the plan opens as of it instead of 31 December, when all
 * 27 projects would be unreported. A demo of the running year keeps its ledger open.
 */
async function endPastDemoLedger(ctx: AppContext, supervisor: Actor, plan: { id: number; year: number }, demoDate: string, now: Date): Promise<void> {
  if (!isPlanYearOver(plan.year, now)) return;
  const detail = await getPlanDetail(ctx, supervisor, plan.id);
  if (detail.rhythm.endDate !== null) return;
  await updatePlanRhythm(ctx, supervisor, plan.id, { ...detail.rhythm, endDate: demoDate, version: detail.version });
}

/**
 * Bring the sample plan to life for a demo (MINSHENG_SAMPLE=demo, `npm run demo`): demo accounts for every role
 * and unit, targets confirmed and the baseline locked, and a plausible weekly history up to the demo date
 * (see demoDateFor) with a realistic mix of statuses. Idempotent: a second run only lists the accounts.
 */
export async function seedDemoData(ctx: AppContext, config: AppConfig, log: Log, sampleNotice: string, now: Date = new Date()): Promise<DemoSeedResult> {
  if (await isDemoSeeded(ctx)) {
    const marker = await ctx.db.selectFrom('audit_log').select('after_json').where('action', '=', DEMO_SEED_ACTION).executeTakeFirst();
    const saved = marker?.after_json ? (JSON.parse(marker.after_json) as SavedDemo) : {};
    const steering = await resumeDemoSteering(ctx, saved);
    if (steering && Object.values(steering).some((n) => n > 0))
      log.info(`已补充演示督办数据（会议、堵点、月报、通报、批示、旬调度摘要）：${JSON.stringify(steering)}`);
    return finish(ctx, config, log, { isNewlySeeded: false, planId: saved.planId ?? null, demoDate: saved.demoDate ?? null, updateCount: 0, steering });
  }
  const system = systemActor('system');
  const plan = await demoPlan(ctx, sampleNotice);
  const units = await ctx.db.selectFrom('unit').select(['id', 'name']).orderBy('id').execute();
  const userIds = await ctx.db.transaction().execute((trx) => insertDemoAccounts(trx, system, demoAccountsFor(units)));
  const supervisorId = userIds.get('demo-supervisor');
  if (supervisorId === undefined) throw new Error('演示账号 demo-supervisor 创建失败');
  const supervisor: Actor = { id: supervisorId, username: 'demo-supervisor', displayName: '督查室（演示）', role: 'supervisor', unitId: null, ip: null };
  await confirmAndLockBaseline(ctx, supervisor, plan.id, plan.year);

  const demoDate = demoDateFor(plan.year, now);
  await endPastDemoLedger(ctx, supervisor, plan, demoDate, now);
  const { weeks, currentWeek, lastFullWeek } = demoWeeks(plan.year, demoDate);
  const loaded = await loadDemoProjects(ctx.db, plan.id);
  const existing = loaded.length
    ? await ctx.db
        .selectFrom('weekly_update')
        .select('id')
        .where(
          'project_id',
          'in',
          loaded.map((l) => l.project.id),
        )
        .executeTakeFirst()
    : undefined;
  if (existing) log.warn('该清单已有真实周台账，演示数据只创建账号，不生成周台账历史。');
  const { plans, special } = planDemoProjects(loaded, weeks, lastFullWeek, `${plan.year}-01-01`, demoDate);
  const staffOf = (unitId: number) => {
    const index = units.findIndex((u) => u.id === unitId);
    return `demo-u${String(index + 1).padStart(2, '0')}-staff`;
  };

  const paces = Object.fromEntries(plans.map((p) => [p.project.seq, p.series.pace]));
  const updateCount = await ctx.db.transaction().execute(async (trx) => {
    const context = { trx, staffOf, supervisor: supervisor.username, currentWeek, lastFullWeek, special };
    const written = existing ? 0 : await writeDemoHistory(context, plans, weeks);
    const notes = existing ? 0 : await writeDemoCoNotes(context, plans, weeks);
    await writeAudit(trx, system, {
      action: DEMO_SEED_ACTION,
      entity: 'plan',
      entityId: plan.id,
      summary: `生成演示数据：${userIds.size} 个演示账号，${written} 条周台账，${notes} 条协办说明（演示日期 ${demoDate}）`,
      after: { planId: plan.id, demoDate, weeks: weeks.length, updates: written, coNotes: notes, paces },
    });
    return written;
  });
  // the steering rhythm builds on the simulated history; a plan with real ledgers gets none
  const steering =
    updateCount > 0 ? await seedDemoSteering(ctx, system, supervisor.username, { planId: plan.id, planYear: plan.year, demoDate, paces, special }) : undefined;
  const rhythm = steering
    ? `，${steering.meetings} 次会议、${steering.blockers} 个堵点、${steering.monthlyReports} 份月报、${steering.bulletins} 期通报、${steering.instructions} 条批示`
    : '';
  log.info(`已生成演示数据：${updateCount} 条周台账${rhythm}，演示日期 ${demoDate}（专项台账请按截至日期 ${demoDate} 查看）`);
  return finish(ctx, config, log, { isNewlySeeded: true, planId: plan.id, demoDate, updateCount, steering });
}
