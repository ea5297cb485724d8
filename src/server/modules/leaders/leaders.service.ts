import type { GenerateDigestResult, LeaderUserList, ProjectLeaderList, XunDigest, XunDigestList } from '../../../contract/leaders.contract';
import { shanghaiDate } from '../../../domain/calendar';
import { enqueueNotification } from '../notifications/enqueue';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor, AuditActor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound } from '../../errors';
import {
  findAssignableUsers,
  findDigest,
  findDigestId,
  findProjectSeq,
  insertDigestIfAbsent,
  listActiveLeaderUsers,
  listDigestRows,
  listProjectLeaderRows,
  projectLeaderUserIds,
  replaceProjectLeaders,
} from './leaders.repo';
import { canAssignProjectLeaders, canListLeaderUsers, projectLeadersPermissions } from '../../policies/leader.policy';
import { leaderPortfolio, requireLeader } from './portfolio.service';
import { xunOf } from './xun';
import type { Xun } from './xun';

async function projectRow(ctx: AppContext, projectId: number) {
  const p = await findProjectSeq(ctx.db, projectId);
  if (!p) throw notFound('项目');
  return p;
}

// ---------------------------------------------------------------- assignment

/** A project's 分管领导, with whether the actor may change them. */
export async function listProjectLeaders(ctx: AppContext, actor: Actor, projectId: number): Promise<ProjectLeaderList> {
  await projectRow(ctx, projectId);
  const rows = await listProjectLeaderRows(ctx.db, projectId);
  const items = rows.map((r) => ({ userId: r.id, username: r.username, displayName: r.display_name, assignedAt: r.assigned_at }));
  return { items, total: items.length, permissions: projectLeadersPermissions(actor) };
}

export async function setProjectLeaders(ctx: AppContext, actor: Actor, projectId: number, userIds: number[]): Promise<ProjectLeaderList> {
  if (!canAssignProjectLeaders(actor)) throw forbidden('只有督查室可以指定项目的分管领导。');
  const project = await projectRow(ctx, projectId);
  const ids = [...new Set(userIds)];
  const users = await findAssignableUsers(ctx.db, ids);
  for (const id of ids) {
    const u = users.find((x) => x.id === id);
    if (!u) throw badRequest('所选用户不存在，请刷新页面后重新选择。', { userId: id });
    if (u.role !== 'leader') throw badRequest(`用户 ${u.username} 不是分管领导，不能指定为项目的分管领导。`, { userId: id });
    if (u.is_disabled) throw badRequest(`用户 ${u.username} 已停用，不能指定为分管领导。`, { userId: id });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await projectLeaderUserIds(trx, projectId);
    await replaceProjectLeaders(trx, projectId, ids, actor.username, nowIso());
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'project_leader',
      entityId: projectId,
      summary: `指定项目 ${project.seq} 的分管领导（${users.map((u) => u.username).join('、') || '无'}）`,
      before: { userIds: before },
      after: { userIds: ids },
    });
  });
  return listProjectLeaders(ctx, actor, projectId);
}

/** Users who may be assigned as 分管领导 (active, role leader), for the 督查室's picker. */
export async function listLeaderUsers(ctx: AppContext, actor: Actor): Promise<LeaderUserList> {
  if (!canListLeaderUsers(actor)) throw forbidden('只有督查室可以查看分管领导名单。');
  const rows = await listActiveLeaderUsers(ctx.db);
  const items = rows.map((r) => ({ userId: r.id, username: r.username, displayName: r.display_name }));
  return { items, total: items.length };
}

// ---------------------------------------------------------------- 旬 digests

/** A stored digest; its content is the portfolio as written when the digest was made. */
function digestView(r: { id: number; period_start: string; period_end: string; label: string; generated_at: string; content_json: string }): XunDigest {
  return {
    id: r.id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    label: r.label,
    generatedAt: r.generated_at,
    content: JSON.parse(r.content_json) as XunDigest['content'],
  };
}

/**
 * Write a leader's digest of the 旬 as of a date unless one exists; true when this call created it. The unique
 * (user_id, period_start) decides between concurrent writers (a leader's click, the 08:30 job of any process):
 * whoever inserts first owns the row, every other insert does nothing. The audit row is the writer's.
 */
export async function claimDigest(ctx: AppContext, leader: Actor, xun: Xun, asOf: string, writer: AuditActor = leader): Promise<boolean> {
  const existing = await findDigestId(ctx.db, leader.id, xun.start);
  if (existing) return false;
  const portfolio = await leaderPortfolio(ctx, leader, { asOf });
  const content = { asOf, items: portfolio.items, escalatedBlockers: portfolio.escalatedBlockers };
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertDigestIfAbsent(trx, {
      user_id: leader.id,
      period_start: xun.start,
      period_end: xun.end,
      label: xun.label,
      generated_at: nowIso(),
      content_json: JSON.stringify(content),
    });
    if (id === undefined) return false;
    const who = writer.id === leader.id ? '' : `${leader.displayName} 的`;
    await writeAudit(trx, writer, {
      action: 'create',
      entity: 'xun_digest',
      entityId: id,
      summary: `生成${who}${xun.label}调度摘要（${portfolio.items.length} 个项目）`,
    });
    // made by the 08:30 job (not asked for by the leader): the leader is told it is ready
    if (writer.id !== leader.id)
      await enqueueNotification(trx, {
        kind: 'xun_digest_ready',
        entityId: id,
        title: `${xun.label}调度摘要已生成`,
        body: `${xun.label}调度摘要已生成（截至 ${asOf}，${portfolio.items.length} 个包保项目，${portfolio.escalatedBlockers.length} 个提请协调的堵点）。`,
        link: '/leader',
        recipients: { userIds: [leader.id] },
        createdBy: writer.username,
        dedupeKey: `xun_digest_ready:${leader.id}:${xun.start}`,
      });
    return true;
  });
}

/** A leader asks for the current 旬's digest: made now if the 08:30 job has not made it yet. */
export async function generateDigest(ctx: AppContext, actor: Actor): Promise<GenerateDigestResult> {
  requireLeader(actor);
  const today = shanghaiDate(new Date());
  const xun = xunOf(today);
  const created = await claimDigest(ctx, actor, xun, today);
  const digest = await findDigest(ctx.db, actor.id, xun.start);
  if (!digest) throw new AppError('INTERNAL', '旬调度摘要生成失败，请稍后重试。');
  return { created, digest: digestView(digest) };
}

export async function listDigests(ctx: AppContext, actor: Actor): Promise<XunDigestList> {
  requireLeader(actor);
  const rows = await listDigestRows(ctx.db, actor.id);
  const items = rows.map(digestView);
  return { items, total: items.length };
}
