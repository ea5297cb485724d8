import type { LeaderPortfolio } from '../../../contract/leaders.contract';
import { addDays, planAsOf, shanghaiDate, shanghaiInstant } from '../../../domain/calendar';
import { findNewestActivePlanPeriod } from '../plans/plans.repo';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { badRequest, forbidden } from '../../errors';
import { canUseLeaderDesk } from '../../policies/leader.policy';
import { buildLedger } from '../ledger/ledger.service';
import type { LedgerItem } from '../ledger/ledger.types';
import { loadEscalatedBlockers } from './escalated-blockers.repo';
import {
  acceptedValuesBetween,
  blockersRaisedBetween,
  leaderProjectIds,
  listActiveProjects,
  overdueActionItemsOf,
  unclosedInstructionsOf,
} from './leaders.repo';
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
  if (!canUseLeaderDesk(actor)) throw forbidden('只有分管领导可以查看领导工作台。');
}

/** A leader's projects (then, on request, all others) with status and what changed since the start of the current 旬. */
export async function leaderPortfolio(ctx: AppContext, actor: Actor, options: PortfolioOptions = {}): Promise<LeaderPortfolio> {
  requireLeader(actor);
  // without a chosen date: the newest plan's as-of (a past year is shown as of its last day, not the real date)
  const newest = options.asOf ? undefined : await findNewestActivePlanPeriod(ctx.db);
  const asOf = options.asOf ?? (newest === undefined ? shanghaiDate(new Date()) : planAsOf(newest));
  if (!isDay(asOf)) throw badRequest('日期格式不对，应为 YYYY-MM-DD。', { field: 'asOf' });
  const xun = xunOf(asOf);
  const fromIso = dayStartIso(xun.start);
  const toIso = dayStartIso(addDays(asOf, 1));

  const mineIds = new Set(await leaderProjectIds(ctx.db, actor.id));
  const escalatedBlockers = await loadEscalatedBlockers(ctx.db, actor.id);
  if (!options.all && mineIds.size === 0) return { asOf, xun, escalatedBlockers, items: [], total: 0 };
  const projects = await listActiveProjects(ctx.db, options.all ? undefined : [...mineIds]);
  if (projects.length === 0) return { asOf, xun, escalatedBlockers, items: [], total: 0 };
  const ids = projects.map((p) => p.id);

  const now: Map<number, LedgerItem> = new Map();
  const before: Map<number, LedgerItem> = new Map();
  for (const planId of [...new Set(projects.map((p) => p.plan_id))]) {
    const [current, start] = await Promise.all([buildLedger(ctx, actor, planId, { asOf }), buildLedger(ctx, actor, planId, { asOf: addDays(xun.start, -1) })]);
    for (const item of current.items) now.set(item.projectId, item);
    for (const item of start.items) before.set(item.projectId, item);
  }

  const [values, blockers, actionItems, instructions] = await Promise.all([
    acceptedValuesBetween(ctx.db, ids, fromIso, toIso),
    blockersRaisedBetween(ctx.db, ids, fromIso, toIso),
    overdueActionItemsOf(ctx.db, ids, asOf),
    unclosedInstructionsOf(ctx.db, ids),
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
        values: (valuesOf.get(p.id) ?? []).map((v) => ({
          updateId: v.update_id,
          week: v.week,
          acceptedAt: v.reviewed_at,
          label: v.label,
          unit: v.unit,
          actual: v.actual,
        })),
        newBlockers: (blockersOf.get(p.id) ?? []).map((b) => ({ id: b.id, kind: b.kind, description: b.description, status: b.status, raisedAt: b.raised_at })),
        overdueActionItems: (itemsOf.get(p.id) ?? []).map((a) => ({
          id: a.id,
          meetingId: a.meeting_id,
          title: a.title,
          deadline: a.deadline,
          ownerUnitName: a.owner_unit_name,
        })),
      },
    };
  });
  items.sort((a, b) => Number(b.mine) - Number(a.mine) || a.planId - b.planId || a.seq - b.seq);
  return { asOf, xun, escalatedBlockers, items, total: items.length };
}
