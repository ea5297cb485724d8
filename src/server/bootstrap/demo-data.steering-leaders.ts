import type { AuditActor } from '../auth/actor';
import type { Actor } from '../auth/actor';
import { writeAudit } from '../audit/audit.writer';
import type { AppContext } from '../context';
import { leaderPortfolio } from '../modules/leaders/portfolio.service';
import { xunOf } from '../modules/leaders/xun';
import { addDays } from '../../domain/calendar';
import type { SteeringContext } from './demo-data.steering';
import { at } from './demo-data.steering';
import { DEMO_INSTRUCTIONS } from './demo-data.steering-instructions-data';

/** Fields by lead unit: 赵副区长 social affairs, health and education; 陈副区长 construction, water and transport. */
const FIELDS: [string, RegExp][] = [
  ['demo-leader2', /卫健|社会事业|教育|消防/],
  ['demo-leader3', /城乡建设|农业|物流|交通|经济发展/],
];

/**
 * 分管领导 of every project, as the 督查室 set them in January: the leader of the lead unit's field, and
 * demo-leader (李区长) on the rest and on every lagging project (挂牌督办 items are followed from the top).
 */
export async function assignDemoLeaders(sc: SteeringContext, supervisor: string): Promise<number> {
  const rows: { project_id: number; user_id: number; assigned_by: string; assigned_at: string }[] = [];
  for (const p of sc.projects) {
    const names = new Set<string>();
    for (const [leader, field] of FIELDS) if (p.leadUnitNames.some((n) => field.test(n))) names.add(leader);
    if (names.size === 0 || p.pace === 'behind' || p.pace === 'seriously_behind' || /新增就业|长期护理|食品安全|保险|充电/.test(p.name))
      names.add('demo-leader');
    for (const name of names) {
      const userId = sc.leaderIds.get(name);
      if (userId) rows.push({ project_id: p.id, user_id: userId, assigned_by: supervisor, assigned_at: at(`${sc.planYear}-01-10`, '10:20') });
    }
  }
  if (rows.length) await sc.trx.insertInto('project_leader').values(rows).execute();
  return rows.length;
}

/** 批示 of the leaders on projects, weekly updates and blockers: open, answered with evidence, closed. */
export async function writeDemoInstructions(sc: SteeringContext, supervisor: string, blockers: Map<string, number>): Promise<number> {
  let count = 0;
  for (const item of DEMO_INSTRUCTIONS) {
    const project = sc.projectBy(item.project);
    const authorId = sc.leaderIds.get(item.leader);
    const lead = project?.leadUnitIds[0];
    if (!project || !authorId || lead === undefined || !sc.isInScenario(item.date)) continue;
    let target: { kind: 'weekly_update' | 'blocker'; id: number } | null = null;
    if (item.week) {
      const id = await sc.updateOf(project.id, item.week);
      if (id === undefined) continue;
      target = { kind: 'weekly_update', id };
    } else if (item.blocker) {
      const id = blockers.get(item.blocker);
      if (id === undefined) continue;
      target = { kind: 'blocker', id };
    }
    const answer = item.answer && item.answer.date < sc.demoDate ? item.answer : null;
    const closed = answer && item.closedOn && item.closedOn < sc.demoDate ? item.closedOn : null;
    const answeredBy = sc.userOf(lead, answer?.byManager ? 'manager' : 'staff');
    await sc.trx
      .insertInto('instruction')
      .values({
        project_id: project.id,
        author_id: authorId,
        author_username: item.leader,
        target_kind: target?.kind ?? null,
        target_id: target?.id ?? null,
        text: item.text,
        status: closed ? 'closed' : answer ? 'answered' : 'open',
        answer: answer?.text ?? null,
        evidence: answer?.evidence ?? null,
        answered_by: answer ? answeredBy : null,
        answered_at: answer ? at(answer.date, '16:40') : null,
        closed_by: closed ? (item.closedBySupervisor ? supervisor : item.leader) : null,
        closed_at: closed ? at(closed, '09:15') : null,
        created_at: at(item.date, '11:05'),
        version: 1 + (answer ? 1 : 0) + (closed ? 1 : 0),
      })
      .execute();
    count += 1;
  }
  return count;
}

/** The 旬s whose digest (08:30 of days 1, 11 and 21) was due on or before the demo date: the last five. */
export function demoXunStarts(demoDate: string, count = 5): string[] {
  const starts: string[] = [];
  let day = demoDate;
  while (starts.length < count) {
    const xun = xunOf(day);
    starts.unshift(xun.start);
    day = addDays(xun.start, -1);
  }
  return starts;
}

/**
 * Each demo leader's 旬 digests, built as the leaders service builds them (its portfolio as of the 旬's first
 * day) but dated that day at 08:30; the service itself only generates the current 旬 by the real clock.
 */
export async function writeDemoDigests(ctx: AppContext, system: AuditActor, demoDate: string): Promise<number> {
  const leaders = await ctx.db
    .selectFrom('user')
    .select(['id', 'username', 'display_name'])
    .where('role', '=', 'leader')
    .where('username', 'like', 'demo-leader%')
    .orderBy('id')
    .execute();
  let count = 0;
  for (const leader of leaders) {
    const actor: Actor = { id: leader.id, username: leader.username, displayName: leader.display_name, role: 'leader', unitId: null, ip: null };
    for (const start of demoXunStarts(demoDate)) {
      const exists = await ctx.db.selectFrom('xun_digest').select('id').where('user_id', '=', leader.id).where('period_start', '=', start).executeTakeFirst();
      if (exists) continue;
      const xun = xunOf(start);
      const portfolio = await leaderPortfolio(ctx, actor, { asOf: start });
      await ctx.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('xun_digest')
          .values({
            user_id: leader.id,
            period_start: xun.start,
            period_end: xun.end,
            label: xun.label,
            generated_at: at(start, '08:30'),
            content_json: JSON.stringify({ asOf: start, items: portfolio.items }),
          })
          .onConflict((oc) => oc.columns(['user_id', 'period_start']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (row)
          await writeAudit(trx, system, {
            action: 'create',
            entity: 'xun_digest',
            entityId: row.id,
            summary: `生成演示${xun.label}调度摘要（${leader.username}，${portfolio.items.length} 个项目）`,
          });
      });
      count += 1;
    }
  }
  return count;
}
