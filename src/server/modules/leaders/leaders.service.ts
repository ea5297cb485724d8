import { addDays, shanghaiDate } from '../../../domain/calendar';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import { isOffice, isUnitRole } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { InstructionTable } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { buildLedger } from '../ledger/ledger.service';
import type { LedgerItem } from '../ledger/ledger.types';
import { loadProjectUnits } from '../projects/projects.repo';
import type { Selectable } from 'kysely';
import { xunOf } from './xun';

type InstructionRow = Selectable<InstructionTable>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) => DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
/** The UTC instant at which a Beijing day begins. */
const dayStartIso = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();

async function projectRow(ctx: AppContext, projectId: number) {
  const p = await ctx.db.selectFrom('project').select(['id', 'plan_id', 'seq', 'name', 'status']).where('id', '=', projectId).executeTakeFirst();
  if (!p) throw notFound('项目');
  return p;
}

// ---------------------------------------------------------------- assignment

export async function listProjectLeaders(ctx: AppContext, projectId: number) {
  await projectRow(ctx, projectId);
  const rows = await ctx.db
    .selectFrom('project_leader')
    .innerJoin('user', 'user.id', 'project_leader.user_id')
    .select(['user.id', 'user.username', 'user.display_name', 'project_leader.assigned_at'])
    .where('project_leader.project_id', '=', projectId)
    .orderBy('user.id')
    .execute();
  const items = rows.map((r) => ({ userId: r.id, username: r.username, displayName: r.display_name, assignedAt: r.assigned_at }));
  return { items, total: items.length };
}

export async function setProjectLeaders(ctx: AppContext, actor: Actor, projectId: number, userIds: number[]) {
  if (!isOffice(actor)) throw forbidden('只有督查室可以指定项目的分管领导。');
  const project = await projectRow(ctx, projectId);
  const ids = [...new Set(userIds)];
  const users = ids.length ? await ctx.db.selectFrom('user').select(['id', 'username', 'role', 'is_disabled']).where('id', 'in', ids).execute() : [];
  for (const id of ids) {
    const u = users.find((x) => x.id === id);
    if (!u) throw badRequest('所选用户不存在，请刷新页面后重新选择。', { userId: id });
    if (u.role !== 'leader') throw badRequest(`用户 ${u.username} 不是分管领导，不能指定为项目的分管领导。`, { userId: id });
    if (u.is_disabled) throw badRequest(`用户 ${u.username} 已停用，不能指定为分管领导。`, { userId: id });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = (await trx.selectFrom('project_leader').select('user_id').where('project_id', '=', projectId).execute()).map((r) => r.user_id);
    await trx.deleteFrom('project_leader').where('project_id', '=', projectId).execute();
    const now = nowIso();
    if (ids.length) await trx.insertInto('project_leader').values(ids.map((user_id) => ({ project_id: projectId, user_id, assigned_by: actor.username, assigned_at: now }))).execute();
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'project_leader',
      entityId: projectId,
      summary: `指定项目 ${project.seq} 的分管领导（${users.map((u) => u.username).join('、') || '无'}）`,
      before: { userIds: before },
      after: { userIds: ids },
    });
  });
  return listProjectLeaders(ctx, projectId);
}

// ---------------------------------------------------------------- portfolio

export interface PortfolioOptions {
  asOf?: string;
  all?: boolean;
}

function requireLeader(actor: Actor) {
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
  if (!options.all) {
    if (mineIds.size === 0) return { asOf, xun, items: [], total: 0 };
    query = query.where('id', 'in', [...mineIds]);
  }
  const projects = await query.orderBy('plan_id').orderBy('seq').execute();
  if (projects.length === 0) return { asOf, xun, items: [], total: 0 };
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
  return { asOf, xun, items, total: items.length };
}

// ---------------------------------------------------------------- 旬 digests

function digestView(r: { id: number; period_start: string; period_end: string; label: string; generated_at: string; content_json: string }) {
  return { id: r.id, periodStart: r.period_start, periodEnd: r.period_end, label: r.label, generatedAt: r.generated_at, content: JSON.parse(r.content_json) as unknown };
}

/** Generate the current 旬's digest once: the unique (user_id, period_start) lets only one writer claim it. */
export async function generateDigest(ctx: AppContext, actor: Actor) {
  requireLeader(actor);
  const today = shanghaiDate(new Date());
  const xun = xunOf(today);
  const find = () => ctx.db.selectFrom('xun_digest').selectAll().where('user_id', '=', actor.id).where('period_start', '=', xun.start).executeTakeFirst();
  const existing = await find();
  if (existing) return { created: false, digest: digestView(existing) };
  const portfolio = await leaderPortfolio(ctx, actor, { asOf: today });
  const content = { asOf: today, items: portfolio.items };
  const created = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('xun_digest')
      .values({ user_id: actor.id, period_start: xun.start, period_end: xun.end, label: xun.label, generated_at: nowIso(), content_json: JSON.stringify(content) })
      .onConflict((oc) => oc.columns(['user_id', 'period_start']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) await writeAudit(trx, actor, { action: 'create', entity: 'xun_digest', entityId: row.id, summary: `生成${xun.label}调度摘要（${portfolio.items.length} 个项目）` });
    return row !== undefined;
  });
  const digest = await find();
  if (!digest) throw new AppError(500, 'INTERNAL', '旬调度摘要生成失败，请稍后重试。');
  return { created, digest: digestView(digest) };
}

export async function listDigests(ctx: AppContext, actor: Actor) {
  requireLeader(actor);
  const rows = await ctx.db.selectFrom('xun_digest').selectAll().where('user_id', '=', actor.id).orderBy('period_start', 'desc').execute();
  const items = rows.map(digestView);
  return { items, total: items.length };
}

// ---------------------------------------------------------------- instructions (批示)

function instructionView(r: InstructionRow) {
  return {
    id: r.id,
    projectId: r.project_id,
    authorId: r.author_id,
    author: r.author_username,
    targetKind: r.target_kind,
    targetId: r.target_id,
    text: r.text,
    status: r.status,
    answer: r.answer,
    evidence: r.evidence,
    answeredBy: r.answered_by,
    answeredAt: r.answered_at,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
    createdAt: r.created_at,
    version: r.version,
  };
}

async function unitsOf(ctx: AppContext, projectId: number) {
  return (await loadProjectUnits(ctx.db, [projectId])).get(projectId) ?? [];
}

const isLeadOf = (actor: Actor, units: { id: number; role: 'lead' | 'co' }[]) =>
  isUnitRole(actor.role) && actor.unitId !== null && units.some((u) => u.role === 'lead' && u.id === actor.unitId);

async function assertCanSeeProject(ctx: AppContext, actor: Actor, projectId: number) {
  await projectRow(ctx, projectId);
  if (isOffice(actor) || actor.role === 'leader') return;
  const units = await unitsOf(ctx, projectId);
  if (!(actor.unitId !== null && units.some((u) => u.id === actor.unitId))) throw notFound('项目');
}

export interface InstructionInput {
  text: string;
  targetKind?: 'weekly_update' | 'blocker' | null;
  targetId?: number | null;
}

export async function createInstruction(ctx: AppContext, actor: Actor, projectId: number, input: InstructionInput) {
  const project = await projectRow(ctx, projectId);
  if (actor.role !== 'leader') throw forbidden('只有分管领导可以作出批示。');
  const text = input.text.trim();
  if (!text) throw badRequest('请填写批示内容。', { field: 'text' });
  const targetKind = input.targetKind ?? null;
  const targetId = input.targetId ?? null;
  if ((targetKind === null) !== (targetId === null)) throw badRequest('批示对象不完整：请同时指明对象类型和编号。', { field: 'targetId' });
  if (targetKind && targetId !== null) {
    const table = targetKind === 'weekly_update' ? 'weekly_update' : 'blocker';
    const row = await ctx.db.selectFrom(table).select(['id', 'project_id']).where('id', '=', targetId).executeTakeFirst();
    if (!row || row.project_id !== projectId) throw badRequest(targetKind === 'weekly_update' ? '批示的周台账不属于本项目，请刷新页面后重试。' : '批示的堵点不属于本项目，请刷新页面后重试。', { field: 'targetId' });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('instruction')
      .values({ project_id: projectId, author_id: actor.id, author_username: actor.username, target_kind: targetKind, target_id: targetId, text, status: 'open', answer: null, evidence: null, answered_by: null, answered_at: null, closed_by: null, closed_at: null, created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'create', entity: 'instruction', entityId: row.id, summary: `对项目 ${project.seq} 作出批示`, after: { text, targetKind, targetId } });
    return row.id;
  });
  return getInstruction(ctx, actor, id);
}

async function findInstruction(ctx: AppContext, id: number) {
  const row = await ctx.db.selectFrom('instruction').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('批示');
  return row;
}

export async function getInstruction(ctx: AppContext, actor: Actor, id: number) {
  const row = await findInstruction(ctx, id);
  await assertCanSeeProject(ctx, actor, row.project_id).catch(() => {
    throw notFound('批示');
  });
  return instructionView(row);
}

export async function listInstructions(ctx: AppContext, actor: Actor, projectId: number) {
  await assertCanSeeProject(ctx, actor, projectId);
  const rows = await ctx.db.selectFrom('instruction').selectAll().where('project_id', '=', projectId).orderBy('id', 'desc').execute();
  const items = rows.map(instructionView);
  return { items, total: items.length };
}

async function updateInstruction(ctx: AppContext, actor: Actor, row: InstructionRow, version: number | undefined, changes: Partial<Omit<InstructionRow, 'id' | 'version' | 'created_at'>>, audit: { action: string; summary: string }) {
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('instruction')
      .set({ ...changes, version: row.version + 1 })
      .where('id', '=', row.id)
      .where('version', '=', version ?? row.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw versionConflict('批示');
    await writeAudit(trx, actor, { action: audit.action, entity: 'instruction', entityId: row.id, summary: audit.summary, before: { status: row.status }, after: changes });
  });
  return instructionView(await findInstruction(ctx, row.id));
}

const closedConflict = () => new AppError(409, 'CONFLICT', '该批示已办结，不能再操作。');

export async function answerInstruction(ctx: AppContext, actor: Actor, id: number, input: { text: string; evidence?: string | null; version?: number }) {
  const row = await findInstruction(ctx, id);
  await assertCanSeeProject(ctx, actor, row.project_id).catch(() => {
    throw notFound('批示');
  });
  if (!isLeadOf(actor, await unitsOf(ctx, row.project_id))) throw forbidden('只有该项目的主办单位可以答复批示。');
  if (row.status === 'closed') throw closedConflict();
  const text = input.text.trim();
  if (!text) throw badRequest('请填写答复内容：批示落实了什么、怎样落实的。', { field: 'text' });
  const evidence = (input.evidence ?? '').trim();
  if (!evidence) throw badRequest('请提供落实批示的佐证材料（文件、照片或说明）。', { field: 'evidence' });
  return updateInstruction(ctx, actor, row, input.version, { status: 'answered', answer: text, evidence, answered_by: actor.username, answered_at: nowIso() }, { action: 'answer', summary: `答复批示 #${row.id}` });
}

export async function closeInstruction(ctx: AppContext, actor: Actor, id: number, input: { version?: number } = {}) {
  const row = await findInstruction(ctx, id);
  if (!(isOffice(actor) || (actor.role === 'leader' && actor.id === row.author_id))) {
    await assertCanSeeProject(ctx, actor, row.project_id).catch(() => {
      throw notFound('批示');
    });
    throw forbidden('只有作出批示的领导或督查室可以办结批示。');
  }
  if (row.status === 'closed') throw closedConflict();
  if (row.status !== 'answered' || !row.answer) throw new AppError(409, 'CONFLICT', '该批示尚未答复，需主办单位答复并提供佐证后才能办结。');
  return updateInstruction(ctx, actor, row, input.version, { status: 'closed', closed_by: actor.username, closed_at: nowIso() }, { action: 'close', summary: `办结批示 #${row.id}` });
}
