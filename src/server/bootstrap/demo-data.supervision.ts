import { addDays, shanghaiInstant } from '../../domain/calendar';
import { writeAudit } from '../audit/audit.writer';
import { systemActor } from '../auth/actor';
import type { AppContext } from '../context';
import type { SupervisionNoticeAction, SupervisionNoticeStatus } from '../db/schema';
import type { DemoPace } from './demo-data.scenario';

/** The audit action marking that the demo's 督办单 were written. */
export const DEMO_SUPERVISION_ACTION = 'demo_seed_supervision';

interface DemoStep {
  action: Exclude<SupervisionNoticeAction, 'issue'>;
  /** days relative to the demo date (negative: before it) */
  day: number;
  text?: string;
}

interface DemoNotice {
  /** which kind of project it is about: the n-th (0-based) of that pace, falling back to any lagging one */
  pace: DemoPace;
  nth: number;
  /** link it to an unfinished blocker of the project, when there is one */
  withBlocker?: boolean;
  subject: string;
  problem: string;
  requirement: string;
  issuedDay: number;
  deadlineDay: number;
  steps: DemoStep[];
}

/** One 督办单 in every state: 已办结, 待复核 after a return, 已退回, 逾期 and 挂牌督办, 待签收. */
const DEMO_NOTICES: DemoNotice[] = [
  {
    pace: 'seriously_behind',
    nth: 0,
    subject: '项目进度严重滞后，请限期整改',
    problem: '该项目连续三周进度低于序时进度30个百分点以上，周台账反映的问题长期未解决。',
    requirement: '主要负责同志牵头研究，倒排工期、挂图作战，明确每周节点，限期追上序时进度并报送整改情况。',
    issuedDay: -62,
    deadlineDay: -45,
    steps: [
      { action: 'sign', day: -61 },
      { action: 'respond', day: -48, text: '已召开专题会议倒排工期，新增两个施工班组，本月进度提高18个百分点，详见现场照片及会议纪要。' },
      { action: 'close', day: -46, text: '整改措施具体，进度明显加快，同意办结。' },
    ],
  },
  {
    pace: 'behind',
    nth: 0,
    subject: '周台账进展内容空泛，请补充实质性进展',
    problem: '近期周台账“本周进展”多为“正在推进”“持续对接”等表述，缺少完成量和具体节点。',
    requirement: '按项目目标逐项报告完成量，附现场照片，说明下阶段节点安排。',
    issuedDay: -30,
    deadlineDay: 5,
    steps: [
      { action: 'sign', day: -29 },
      { action: 'respond', day: -20, text: '已按目标逐项补充完成量。' },
      { action: 'return', day: -18, text: '未附现场照片，节点安排不具体，请补充后重新反馈。' },
      { action: 'respond', day: -3, text: '已补充各点位现场照片12张，明确10月底、11月底两个节点的完成量。' },
    ],
  },
  {
    pace: 'behind',
    nth: 1,
    withBlocker: true,
    subject: '堵点久拖未决，请加快协调',
    problem: '项目反映的堵点已超过一个月未解决，影响后续施工。',
    requirement: '主动对接协办单位，用足绿色通道，明确办结时限，并将协调结果报督查室。',
    issuedDay: -25,
    deadlineDay: 10,
    steps: [
      { action: 'sign', day: -24 },
      { action: 'respond', day: -12, text: '已与协办单位对接，对方答复正在研究。' },
      { action: 'return', day: -8, text: '反馈未见实质进展，请明确协办单位的办结时限和具体措施。' },
    ],
  },
  {
    pace: 'seriously_behind',
    nth: 1,
    subject: '未按期开工，请说明原因并提出补救措施',
    problem: '项目计划节点已过，现场仍未开工，周台账未说明原因。',
    requirement: '书面说明未开工原因，提出补救措施和开工时间，确保年底前完成年度目标。',
    issuedDay: -28,
    deadlineDay: -7,
    steps: [
      { action: 'sign', day: -27 },
      { action: 'escalate', day: -6, text: '超过办理期限未反馈，列入挂牌督办' },
    ],
  },
  {
    pace: 'on_track',
    nth: 0,
    subject: '请报送阶段性成效材料',
    problem: '项目已完成阶段目标，但未报送群众受益情况等成效材料。',
    requirement: '报送阶段性成效材料（受益人数、群众评价、照片），用于季度通报。',
    issuedDay: -2,
    deadlineDay: 12,
    steps: [],
  },
];

const STATUS_AFTER: Record<DemoStep['action'], SupervisionNoticeStatus | null> = {
  sign: 'signed',
  respond: 'responded',
  return: 'returned',
  close: 'closed',
  escalate: null,
};

/**
 * A few 督办单 of the demo plan in every state, dated around the demo date. Written directly (the services stamp the
 * real clock) but as the services would: the version counts the steps, the timeline holds each step. Idempotent by
 * its marker audit row. Returns how many were written.
 */
export async function seedDemoSupervisionNotices(
  ctx: AppContext,
  supervisor: string,
  input: { planId: number; planYear: number; demoDate: string; paces: Record<string, DemoPace> },
): Promise<number> {
  if (await ctx.db.selectFrom('audit_log').select('id').where('action', '=', DEMO_SUPERVISION_ACTION).executeTakeFirst()) return 0;
  return ctx.db.transaction().execute(async (trx) => {
    const projects = await trx
      .selectFrom('project')
      .select(['id', 'seq'])
      .where('plan_id', '=', input.planId)
      .where('status', '=', 'active')
      .orderBy('seq')
      .execute();
    const leads = await trx.selectFrom('project_unit').select(['project_id', 'unit_id']).where('role', '=', 'lead').orderBy('sort_order').execute();
    const leadOf = (projectId: number) => leads.find((l) => l.project_id === projectId)?.unit_id;
    const withLead = projects.filter((p) => leadOf(p.id) !== undefined);
    const used = new Set<number>();
    const pick = (pace: DemoPace, nth: number) => {
      const ofPace = withLead.filter((p) => input.paces[String(p.seq)] === pace && !used.has(p.id));
      const chosen = ofPace[Math.min(nth, ofPace.length - 1)] ?? withLead.find((p) => !used.has(p.id));
      if (chosen) used.add(chosen.id);
      return chosen;
    };
    const maxSeq = await trx
      .selectFrom('supervision_notice')
      .select((eb) => eb.fn.max('seq').as('max'))
      .where('year', '=', input.planYear)
      .executeTakeFirst();
    let seq = Number(maxSeq?.max ?? 0);
    let written = 0;
    const day = (offset: number) => addDays(input.demoDate, offset);

    for (const n of [...DEMO_NOTICES].sort((a, b) => a.issuedDay - b.issuedDay)) {
      const project = pick(n.pace, n.nth);
      const unitId = project && leadOf(project.id);
      if (!project || unitId === undefined || !day(n.issuedDay).startsWith(String(input.planYear))) continue;
      const staff =
        (await trx.selectFrom('user').select('username').where('unit_id', '=', unitId).where('role', '=', 'unit_staff').orderBy('id').executeTakeFirst())
          ?.username ?? supervisor;
      const blocker = n.withBlocker
        ? await trx
            .selectFrom('blocker')
            .select('id')
            .where('project_id', '=', project.id)
            .where('status', 'in', ['open', 'in_progress'])
            .orderBy('id')
            .executeTakeFirst()
        : undefined;
      const steps = n.steps.filter((s) => s.day < 0);
      const at = (offset: number, time: string) => shanghaiInstant(day(offset), time);
      const last = (action: DemoStep['action']) => steps.filter((s) => s.action === action).at(-1);
      const sign = last('sign');
      const respond = last('respond');
      const review = [...steps].reverse().find((s) => s.action === 'return' || s.action === 'close');
      const escalate = last('escalate');
      const status = steps.reduce<SupervisionNoticeStatus>((s, step) => STATUS_AFTER[step.action] ?? s, 'issued');
      seq++;
      const row = await trx
        .insertInto('supervision_notice')
        .values({
          plan_id: input.planId,
          project_id: project.id,
          blocker_id: blocker?.id ?? null,
          unit_id: unitId,
          year: input.planYear,
          seq,
          subject: n.subject,
          problem: n.problem,
          requirement: n.requirement,
          deadline: day(n.deadlineDay),
          status,
          issued_by: supervisor,
          issued_at: at(n.issuedDay, '09:30'),
          signed_by: sign ? staff : null,
          signed_at: sign ? at(sign.day, '10:05') : null,
          response: respond?.text ?? null,
          evidence: respond ? '现场照片、会议纪要' : null,
          responded_by: respond ? staff : null,
          responded_at: respond ? at(respond.day, '16:20') : null,
          review_comment: review?.text ?? null,
          reviewed_by: review ? supervisor : null,
          reviewed_at: review ? at(review.day, '11:00') : null,
          escalated: escalate ? 1 : 0,
          escalated_at: escalate ? at(escalate.day, '08:00') : null,
          version: 1 + steps.length,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const events = [
        { action: 'issue' as const, actor: supervisor, at: at(n.issuedDay, '09:30'), text: `${n.subject}；${day(n.deadlineDay)} 前办结` },
        ...steps.map((s) => ({
          action: s.action,
          actor: s.action === 'escalate' ? 'system' : s.action === 'return' || s.action === 'close' ? supervisor : staff,
          at: at(s.day, s.action === 'sign' ? '10:05' : s.action === 'respond' ? '16:20' : s.action === 'escalate' ? '08:00' : '11:00'),
          text: s.text ?? null,
        })),
      ];
      await trx
        .insertInto('supervision_notice_event')
        .values(events.map((e) => ({ notice_id: row.id, ...e })))
        .execute();
      written++;
    }
    await writeAudit(trx, systemActor('system'), {
      action: DEMO_SUPERVISION_ACTION,
      entity: 'plan',
      entityId: input.planId,
      summary: `生成演示督办单 ${written} 份（演示日期 ${input.demoDate}）`,
      after: { planId: input.planId, demoDate: input.demoDate, notices: written },
    });
    return written;
  });
}
