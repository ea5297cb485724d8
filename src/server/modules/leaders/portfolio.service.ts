import { addDays, shanghaiDate, shanghaiInstant } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { badRequest, forbidden } from '../../errors';
import { buildLedger } from '../ledger/ledger.service';
import type { LedgerItem } from '../ledger/ledger.types';
import { loadEscalatedBlockers } from './escalated-blockers.repo';
import { xunOf } from './xun';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) => DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
/** The UTC instant at which a Beijing day begins. */
const dayStartIso = (day: string) => shanghaiInstant(day);

export interface PortfolioOptions {
  asOf?: string;
  all?: boolean;
}

export function requireLeader(actor: Actor) {
  if (actor.role !== 'leader') throw forbidden('只有分管领导可以查看领导工作台。');
}

/** A leader's projects (then, on request, all others) with status and what changed since the start of the current 旬. */
export async function leaderPortfolio(ctx: AppContext, actor: Actor, options: PortfolioOptions = {}) {
  requireLeader(actor);
  const asOf = options.asOf ?? shanghaiDate(new Date());
  if (!isDay(asOf)) throw badRequest('日期格式不对，应为 YYYY-MM-DD。', { field: 'asOf' });
  const xun = xunOf(asOf);
  const fromIso = dayStartIso(xun.start);
  const toIso = dayStartIso(addDays(asOf, 1));

  const mineIds = new Set(
    (await ctx.db.selectFrom('project_leader').select('project_id').where('user_id', '=', actor.id).execute()).map((r) => r.project_id),
  );
  let query = ctx.db.selectFrom('project').select(['id', 'plan_id', 'seq', 'name']).where('status', '=', 'active');
  const escalatedBlockers = await loadEscalatedBlockers(ctx, actor.id);
  if (!options.all) {
    if (mineIds.size === 0) return { asOf, xun, escalatedBlockers, items: [], total: 0 };
    query = query.where('id', 'in', [...mineIds]);
  }
  const projects = await query.orderBy('plan_id').orderBy('seq').execute();
  if (projects.length === 0) return { asOf, xun, escalatedBlockers, items: [], total: 0 };
  const ids = projects.map((p) => p.id);

  const now: Map<number, LedgerItem> = new Map();
  const before: Map<number, LedgerItem> = new Map();
  for (const planId of [...new Set(projects.map((p) => p.plan_id))]) {
    const [current, start] = await Promise.all([
      buildLedger(ctx, actor, planId, { asOf }),
      buildLedger(ctx, actor, planId, { asOf: addDays(xun.start, -1) }),
    ]);
    for (const item of current.items) now.set(item.projectId, item);
    for (const item of start.items) before.set(item.projectId, item);
  }

  const [values, blockers, actionItems, instructions] = await Promise.all([
    ctx.db
      .selectFrom('weekly_update')
      .innerJoin('weekly_value', 'weekly_value.update_id', 'weekly_update.id')
      .innerJoin('target', 'target.id', 'weekly_value.target_id')
      .select(['weekly_update.project_id', 'weekly_update.id as update_id', 'weekly_update.week', 'weekly_update.reviewed_at', 'target.label', 'target.unit', 'weekly_value.actual'])
      .where('weekly_update.project_id', 'in', ids)
      .where('weekly_update.status', '=', 'accepted')
      .where('weekly_update.is_current', '=', 1)
      .where('weekly_update.reviewed_at', '>=', fromIso)
      .where('weekly_update.reviewed_at', '<', toIso)
      .orderBy('weekly_update.week')
      .orderBy('target.seq')
      .execute(),
    ctx.db
      .selectFrom('blocker')
      .select(['id', 'project_id', 'kind', 'description', 'status', 'raised_at'])
      .where('project_id', 'in', ids)
      .where('raised_at', '>=', fromIso)
      .where('raised_at', '<', toIso)
      .orderBy('raised_at')
      .execute(),
    ctx.db
      .selectFrom('action_item')
      .innerJoin('unit', 'unit.id', 'action_item.owner_unit_id')
      .select(['action_item.id', 'action_item.project_id', 'action_item.title', 'action_item.deadline', 'action_item.meeting_id', 'unit.name as owner_unit_name'])
      .where('action_item.project_id', 'in', ids)
      .where('action_item.status', '=', 'open')
      .where('action_item.deadline', '<', asOf)
      .orderBy('action_item.deadline')
      .execute(),
    ctx.db.selectFrom('instruction').select(['project_id', 'status']).where('project_id', 'in', ids).where('status', '!=', 'closed').execute(),
  ]);
  const group = <T extends { project_id: number | null }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) if (r.project_id !== null) map.set(r.project_id, [...(map.get(r.project_id) ?? []), r]);
    return map;
  };
  const valuesOf = group(values);
  const blockersOf = group(blockers);
  const itemsOf = group(actionItems);
  const instructionsOf = group(instructions);

  const items = projects.map((p) => {
    const cur = now.get(p.id);
    const old = before.get(p.id);
    const status = cur?.status ?? null;
    const statusAtXunStart = old?.status ?? null;
    return {
      projectId: p.id,
      planId: p.plan_id,
      seq: p.seq,
      name: p.name,
      mine: mineIds.has(p.id),
      leadUnits: cur?.leadUnits ?? [],
      status,
      progress: cur?.progress ?? null,
      expected: cur?.expected ?? null,
      notReported: cur?.notReported ?? false,
      openInstructions: (instructionsOf.get(p.id) ?? []).length,
      changes: {
        statusAtXunStart,
        statusChanged: status !== statusAtXunStart,
        values: (valuesOf.get(p.id) ?? []).map((v) => ({ updateId: v.update_id, week: v.week, acceptedAt: v.reviewed_at, label: v.label, unit: v.unit, actual: v.actual })),
        newBlockers: (blockersOf.get(p.id) ?? []).map((b) => ({ id: b.id, kind: b.kind, description: b.description, status: b.status, raisedAt: b.raised_at })),
        overdueActionItems: (itemsOf.get(p.id) ?? []).map((a) => ({ id: a.id, meetingId: a.meeting_id, title: a.title, deadline: a.deadline, ownerUnitName: a.owner_unit_name })),
      },
    };
  });
  items.sort((a, b) => Number(b.mine) - Number(a.mine) || a.planId - b.planId || a.seq - b.seq);
  return { asOf, xun, escalatedBlockers, items, total: items.length };
}
