import { sql } from 'kysely';
import type { Actor } from '../auth/actor';
import type { AppContext } from '../context';
import { approvePublicComment, replyPublicComment } from '../modules/public-feedback/public-comment-moderation.service';
import { postPublicComment } from '../modules/public-feedback/public-comments.service';
import { issueFormToken } from '../modules/public-feedback/public-form-guard';
import { postRating } from '../modules/public-feedback/public-ratings.service';

/** Citizens' comments of the demo: project seq, what they wrote, and the lead unit's answer (null: still waiting for moderation). */
const COMMENTS: { seq: number; kind: 'suggestion' | 'message'; body: string; name: string | null; reply: string | null }[] = [
  {
    seq: 1,
    kind: 'suggestion',
    body: '建议在疃里镇卫生院门口也建几座充电桩，附近老百姓电动车多，充电很不方便。',
    name: '张先生',
    reply: '感谢建议！疃里镇新增的5座充电桩已选址在卫生院东侧，预计11月底前建成投用。',
  },
  { seq: 1, kind: 'message', body: '马集镇的充电桩什么时候能用？现在去县城充电要跑很远。', name: null, reply: null },
  {
    seq: 3,
    kind: 'message',
    body: '托育机构的收费能不能公示一下？想知道降了多少。',
    name: '李女士',
    reply: '各普惠托育机构的收费标准已在区卫健局网站公示，每月降低200元，欢迎监督。',
  },
  { seq: 8, kind: 'suggestion', body: '老年食堂的菜品可以多一些软烂的，方便牙口不好的老人。', name: '王大爷', reply: null },
];

/** How the demo's citizens rated each project this quarter: mostly 满意, a few 基本满意, some 不满意 (two with a reason). */
function ratingsOf(seq: number): { rating: 'satisfied' | 'basic' | 'unsatisfied'; reason: string | null }[] {
  const satisfied = 4 + (seq % 5);
  const basic = 1 + (seq % 3);
  const unsatisfied = seq % 4 === 0 ? 2 : seq % 7 === 0 ? 1 : 0;
  const reason = seq === 8 ? '老年食堂开了但离家太远，希望在村里设个助餐点。' : seq === 12 ? '路修好了但路灯还没装，晚上走路不安全。' : null;
  return [
    ...Array.from({ length: satisfied }, () => ({ rating: 'satisfied' as const, reason: null })),
    ...Array.from({ length: basic }, () => ({ rating: 'basic' as const, reason: null })),
    ...Array.from({ length: unsatisfied }, (_, i) => ({ rating: 'unsatisfied' as const, reason: i === 0 ? reason : null })),
  ];
}

/**
 * The public's side of the demo, through the same services a citizen and the office use: comments (approved ones
 * answered by the lead unit's manager, two still waiting for moderation) and this quarter's ratings of every project;
 * a 不满意 with a reason becomes a 回访整改 task. Each demo citizen has an address of their own, as real ones do.
 */
export async function seedDemoPublicFeedback(ctx: AppContext, office: Actor, planId: number, planYear: number): Promise<void> {
  const projects = await ctx.db.selectFrom('project').select(['id', 'seq']).where('plan_id', '=', planId).orderBy('seq').execute();
  const idOf = new Map(projects.map((p) => [p.seq, p.id]));
  for (const [i, c] of COMMENTS.entries()) {
    const projectId = idOf.get(c.seq);
    if (projectId === undefined) continue;
    const formToken = issueFormToken(ctx.config, projectId, Date.now() - 60_000);
    await postPublicComment(ctx, projectId, { kind: c.kind, body: c.body, name: c.name, phone: null, formToken }, `demo-citizen-${i}`);
    if (c.reply === null) continue;
    const comment = await ctx.db.selectFrom('public_comment').select('id').where('project_id', '=', projectId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    await approvePublicComment(ctx, office, comment.id);
    const manager = await leadManagerOf(ctx, projectId);
    if (manager) await replyPublicComment(ctx, manager, comment.id, { reply: c.reply });
  }
  for (const p of projects) {
    for (const [i, r] of ratingsOf(p.seq).entries()) {
      const voter = `demo-voter-${p.seq}-${i}`;
      await postRating(ctx, p.id, { rating: r.rating, reason: r.reason }, { ip: voter, voterId: voter });
    }
  }
  await dateDemoFeedback(ctx, planId, `${planYear}-10-14T02:00:00.000Z`);
}

/**
 * The demo's year is past: its citizens wrote and rated before the demo date, and the bell says so (creation times
 * are not updatable through the typed builder, so the demo dates them like the change in demo-data.portal).
 */
async function dateDemoFeedback(ctx: AppContext, planId: number, at: string): Promise<void> {
  await sql`update public_comment set created_at = ${at}, moderated_at = case when moderated_at is null then null else ${at} end,
    replied_at = case when replied_at is null then null else ${at} end where plan_id = ${planId}`.execute(ctx.db);
  await sql`update public_rating set created_at = ${at} where plan_id = ${planId}`.execute(ctx.db);
  await sql`update rating_follow_up set created_at = ${at} where plan_id = ${planId}`.execute(ctx.db);
  const kinds = sql.join(['public_comment_to_reply', 'satisfaction_follow_up']);
  await sql`update notification set created_at = ${at} where event_id in (select id from notification_event where kind in (${kinds}))`.execute(ctx.db);
  await sql`update notification_event set created_at = ${at} where kind in (${kinds})`.execute(ctx.db);
}
async function leadManagerOf(ctx: AppContext, projectId: number): Promise<Actor | null> {
  const row = await ctx.db
    .selectFrom('project_unit')
    .innerJoin('user', 'user.unit_id', 'project_unit.unit_id')
    .select(['user.id', 'user.username', 'user.display_name', 'user.unit_id'])
    .where('project_unit.project_id', '=', projectId)
    .where('project_unit.role', '=', 'lead')
    .where('user.role', '=', 'unit_manager')
    .orderBy('project_unit.sort_order')
    .executeTakeFirst();
  return row ? { id: row.id, username: row.username, displayName: row.display_name, role: 'unit_manager', unitId: row.unit_id, ip: null } : null;
}
