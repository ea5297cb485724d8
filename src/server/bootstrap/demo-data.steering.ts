import { shanghaiInstant } from '../../domain/calendar';
import type { Kysely } from 'kysely';
import type { AuditActor } from '../auth/actor';
import { writeAudit } from '../audit/audit.writer';
import type { AppContext } from '../context';
import type { DB } from '../db/schema';
import { loadProjectUnits } from '../modules/projects/projects.repo';
import type { DemoSpecialWeeks } from './demo-data.history';
import type { DemoPace } from './demo-data.scenario';
import { writeDemoBlockers } from './demo-data.steering-blockers';
import { assignDemoLeaders, writeDemoDigests, writeDemoInstructions } from './demo-data.steering-leaders';
import { writeDemoMeetings } from './demo-data.steering-meetings';
import { issueDemoBulletins, writeDemoMonthlyReports } from './demo-data.steering-reports';
import { seedDemoSupervisionNotices } from './demo-data.supervision';
import { demoAccountsFor, insertDemoAccounts } from './demo-data.users';
import { seedDemoInspections } from './demo-data.inspections';
import { seedDemoNotifications } from './demo-data.notifications';
import { seedDemoPortal } from './demo-data.portal';

/** The audit action marking that the steering part of the demo (meetings, blockers, reports, 批示…) was written. */
export const DEMO_STEERING_ACTION = 'demo_seed_steering';

/** A project of the demo plan as the steering scenario needs it. */
export interface SteeringProject {
  id: number;
  seq: number;
  name: string;
  pace: DemoPace | null;
  leadUnitIds: number[];
  leadUnitNames: string[];
  coUnitIds: number[];
}

/** Everything the steering writers share: the open transaction, the plan and who plays which part. */
export interface SteeringContext {
  trx: Kysely<DB>;
  planId: number;
  planYear: number;
  demoDate: string;
  projects: SteeringProject[];
  special: DemoSpecialWeeks;
  /** the first project whose name contains the keyword (the scenario skips what the plan does not have) */
  projectBy(keyword: string): SteeringProject | undefined;
  unitId(name: string): number | undefined;
  /** demo-uNN-staff / demo-uNN-manager of a unit */
  userOf(unitId: number, kind?: 'staff' | 'manager'): string;
  /** username → id of the demo leaders */
  leaderIds: Map<string, number>;
  /** whether a date of the hand-written scenario (written for the sample's plan year) fits this plan before the demo date */
  isInScenario(date: string): boolean;
  /** the current accepted revision of a project's week, if any */
  updateOf(projectId: number, week: string): Promise<number | undefined>;
}

/** Shanghai wall-clock time on a day as an ISO UTC instant. */
export const at = (date: string, time: string) => shanghaiInstant(date, time);

export interface SteeringSeedInput {
  planId: number;
  planYear: number;
  demoDate: string;
  paces: Record<string, DemoPace>;
  special: DemoSpecialWeeks;
}

/** Whether the steering part of the demo was written (its marker audit row). */
export async function isDemoSteeringSeeded(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('audit_log').select('id').where('action', '=', DEMO_STEERING_ACTION).executeTakeFirst()) !== undefined;
}

export async function buildContext(trx: Kysely<DB>, system: AuditActor, input: SteeringSeedInput): Promise<SteeringContext> {
  const units = await trx.selectFrom('unit').select(['id', 'name']).orderBy('id').execute();
  const accounts = demoAccountsFor(units);
  const ids = await insertDemoAccounts(
    trx,
    system,
    accounts.filter((a) => a.role === 'leader'),
  );
  const leaderIds = new Map(accounts.filter((a) => a.role === 'leader').map((a) => [a.username, ids.get(a.username) ?? 0]));
  const rows = await trx
    .selectFrom('project')
    .select(['id', 'seq', 'name'])
    .where('plan_id', '=', input.planId)
    .where('status', '=', 'active')
    .orderBy('seq')
    .execute();
  const unitsOf = await loadProjectUnits(
    trx,
    rows.map((r) => r.id),
  );
  const projects: SteeringProject[] = rows.map((r) => {
    const refs = unitsOf.get(r.id) ?? [];
    return {
      ...r,
      pace: input.paces[String(r.seq)] ?? null,
      leadUnitIds: refs.filter((u) => u.role === 'lead').map((u) => u.id),
      leadUnitNames: refs.filter((u) => u.role === 'lead').map((u) => u.name),
      coUnitIds: refs.filter((u) => u.role === 'co').map((u) => u.id),
    };
  });
  const code = (unitId: number) => `u${String(units.findIndex((u) => u.id === unitId) + 1).padStart(2, '0')}`;
  return {
    trx,
    planId: input.planId,
    planYear: input.planYear,
    demoDate: input.demoDate,
    projects,
    special: input.special,
    projectBy: (keyword) => projects.find((p) => p.name.includes(keyword) && p.leadUnitIds.length > 0),
    unitId: (name) => units.find((u) => u.name === name)?.id,
    userOf: (unitId, kind = 'staff') => `demo-${code(unitId)}-${kind}`,
    leaderIds,
    isInScenario: (date) => date.startsWith(String(input.planYear)) && date < input.demoDate,
    updateOf: async (projectId, week) =>
      (
        await trx
          .selectFrom('weekly_update')
          .select('id')
          .where('project_id', '=', projectId)
          .where('week', '=', week)
          .where('is_current', '=', 1)
          .where('status', '=', 'accepted')
          .executeTakeFirst()
      )?.id,
  };
}

/**
 * The steering rhythm of the demo, dated before the demo date: 分管领导 on every project, 例会 and 专题会议 with
 * 交办事项, blockers in every state with green-channel requests, 批示, monthly reports, the issued bulletins of the
 * past months and the leaders' 旬 digests. The rows go in directly (the services stamp the real clock) but follow
 * the services' rules; the bulletins are compiled and issued by the bulletins service and then dated back.
 * Idempotent: the marker row is written with the data; bulletins and digests skip what exists.
 */
export async function seedDemoSteering(ctx: AppContext, system: AuditActor, supervisor: string, input: SteeringSeedInput): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  if (!(await isDemoSteeringSeeded(ctx.db))) {
    await ctx.db.transaction().execute(async (trx) => {
      const sc = await buildContext(trx, system, input);
      counts.leaders = await assignDemoLeaders(sc, supervisor);
      const blockers = await writeDemoBlockers(sc, supervisor);
      counts.blockers = blockers.size;
      counts.meetings = await writeDemoMeetings(sc, supervisor);
      counts.instructions = await writeDemoInstructions(sc, supervisor, blockers);
      counts.monthlyReports = await writeDemoMonthlyReports(sc, supervisor);
      await writeAudit(trx, system, {
        action: DEMO_STEERING_ACTION,
        entity: 'plan',
        entityId: input.planId,
        summary: `生成演示督办数据：${counts.meetings} 次会议，${counts.blockers} 个堵点，${counts.instructions} 条批示，${counts.monthlyReports} 份月报（演示日期 ${input.demoDate}）`,
        after: { planId: input.planId, demoDate: input.demoDate, ...counts },
      });
    });
  }
  counts.bulletins = await issueDemoBulletins(ctx, supervisor, input.planId, input.demoDate);
  counts.digests = await writeDemoDigests(ctx, system, input.demoDate);
  counts.supervisionNotices = await seedDemoSupervisionNotices(ctx, supervisor, input);
  counts.inspections = await seedDemoInspections(ctx, system, supervisor, input);
  counts.notifications = await seedDemoNotifications(ctx, input.planId, supervisor);
  counts.publicUpdates = await seedDemoPortal(ctx, supervisor, input.planId, input.planYear);
  return counts;
}
