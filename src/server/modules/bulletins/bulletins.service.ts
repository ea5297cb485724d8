import { STATUS_LABELS } from '../../../domain/status';
import type { Actor } from '../../auth/actor';
import { isOffice } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { BulletinTable, DB } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { buildLedger } from '../ledger/ledger.service';
import { loadProjectUnits } from '../projects/projects.repo';
import { isValidMonth, monthEnd } from '../reports/monthly-draft';
import { buildBulletinDocx } from './docx/bulletin-docx.builder';
import type { BulletinLaggingProject, BulletinParagraph, BulletinTable as DocTable } from './docx/bulletin-docx.types';

type BulletinRow = Selectable<BulletinTable>;

export interface BulletinBody {
  paragraphs: BulletinParagraph[];
  table: DocTable | null;
  lagging: BulletinLaggingProject[];
  recipients: string;
}

export const BULLETIN_ISSUER = '济宁经济开发区党政办督查室';
const RECIPIENTS = '各街道，区直各部门、单位';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月份`;

function toView(row: BulletinRow) {
  const body = JSON.parse(row.body_json) as BulletinBody;
  return {
    id: row.id,
    planId: row.plan_id,
    month: row.month,
    status: row.status,
    docNumber: row.doc_number,
    title: row.title,
    recipients: body.recipients,
    paragraphs: body.paragraphs,
    table: body.table,
    lagging: body.lagging,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    createdBy: row.created_by,
    version: row.version,
  };
}

function findBulletin(db: Kysely<DB>, id: number) {
  return db.selectFrom('bulletin').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The first line of a free text, without its closing punctuation; '' for nothing or a bare “无”. */
export function firstClause(text: string | null | undefined): string {
  const line = (text ?? '').trim().split('\n')[0]?.trim().replace(/[。；;，,.、\s]+$/u, '') ?? '';
  return /^(无|暂无|没有|无问题)$/.test(line) ? '' : line;
}

/** Drafts are the 督查室's work in progress: others see issued bulletins only. */
async function loadVisible(ctx: AppContext, actor: Actor, id: number): Promise<BulletinRow> {
  const row = await findBulletin(ctx.db, id);
  if (!row || (row.status !== 'issued' && !isOffice(actor))) throw notFound('通报');
  return row;
}

export async function listBulletins(ctx: AppContext, actor: Actor, planId: number) {
  let query = ctx.db.selectFrom('bulletin').select(['id', 'month', 'status']).where('plan_id', '=', planId).orderBy('month', 'desc');
  if (!isOffice(actor)) query = query.where('status', '=', 'issued');
  const rows = await query.execute();
  return { items: rows.map((r) => ({ id: r.id, month: r.month, status: r.status })) };
}

export async function getBulletin(ctx: AppContext, actor: Actor, id: number) {
  return toView(await loadVisible(ctx, actor, id));
}

/** Compile the month's draft from the ledger as of the month's last day and the month's reports. */
export async function compileBulletin(ctx: AppContext, actor: Actor, planId: number, month: string) {
  if (!isOffice(actor)) throw forbidden('只有督查室可以编制通报。');
  if (!isValidMonth(month)) throw badRequest(`月份“${month}”格式不对，应为如 2024-06 的年月。`, { field: 'month' });
  const asOf = monthEnd(month);
  const ledger = await buildLedger(ctx, actor, planId, { asOf });
  const existing = await ctx.db.selectFrom('bulletin').select(['id', 'status']).where('plan_id', '=', planId).where('month', '=', month).executeTakeFirst();
  if (existing) {
    throw new AppError(409, 'BULLETIN_EXISTS', existing.status === 'issued' ? `${monthLabel(month)}的通报已印发，同一月份不能再印发第二份通报。` : `${monthLabel(month)}的通报草稿已存在，请在草稿上修改。`, { id: existing.id });
  }
  const items = ledger.items;
  const count = (s: keyof typeof STATUS_LABELS) => items.filter((i) => i.status === s).length;
  const average = items.length ? items.reduce((a, i) => a + i.progress, 0) / items.length : 0;
  const lagging = items.filter((i) => i.status === 'behind' || i.status === 'seriously_behind');

  // units that reported late or not at all: lead units of projects whose monthly report is late or missing
  const reports = await ctx.db
    .selectFrom('monthly_report')
    .innerJoin('project', 'project.id', 'monthly_report.project_id')
    .select(['monthly_report.project_id', 'monthly_report.submitted_at', 'monthly_report.is_late', 'monthly_report.status', 'monthly_report.progress_text', 'monthly_report.problems_text'])
    .where('project.plan_id', '=', planId)
    .where('monthly_report.month', '=', month)
    .execute();
  const units = await loadProjectUnits(ctx.db, items.map((i) => i.projectId));
  const late = new Set<string>();
  const missing = new Set<string>();
  for (const item of items) {
    const report = reports.find((r) => r.project_id === item.projectId);
    const leads = (units.get(item.projectId) ?? []).filter((u) => u.role === 'lead').map((u) => u.name);
    const submitted = report && report.submitted_at !== null && report.status !== 'draft';
    for (const name of leads) {
      if (!submitted) missing.add(name);
      else if (report.is_late === 1) late.add(name);
    }
  }
  // the month's report (once submitted) speaks for the project; else its latest accepted week
  const reported = (projectId: number) => reports.find((r) => r.project_id === projectId && r.status !== 'draft');
  const progressOf = (i: (typeof items)[number]) => firstClause(reported(i.projectId)?.progress_text) || firstClause(i.latest?.progressText);
  const problemOf = (i: (typeof items)[number]) => firstClause(reported(i.projectId)?.problems_text) || firstClause(i.latest?.problemsText);
  const lastDay = Number(asOf.slice(8, 10));
  const paragraphs: BulletinParagraph[] = [
    { text: `为推动《${ledger.planTitle}》落地见效，区党政办督查室对${monthLabel(month)}各项目推进情况进行了调度，现将有关情况通报如下。` },
    {
      heading: '一、总体情况',
      text: `截至${Number(month.slice(5, 7))}月${lastDay}日，${items.length}项重点民生实事项目平均完成进度${pct(average)}。其中，已完成${count('completed')}项，序时推进${count('on_track')}项，滞后${count('behind')}项，严重滞后${count('seriously_behind')}项。`,
    },
    {
      heading: '二、项目推进情况',
      text: items.length
        ? items.map((i) => `${i.seq}. ${i.name}（${i.leadUnits.join('、')}）：完成${pct(i.progress)}，序时进度${pct(i.expected)}，${STATUS_LABELS[i.status]}${progressOf(i) ? `。${progressOf(i)}` : ''}。`).join('\n')
        : '本月无在建项目。',
    },
    {
      heading: '三、挂牌督办项目',
      text: lagging.length
        ? `以下${lagging.length}个项目进度滞后，列入挂牌督办：${lagging.map((i) => `${i.name}（${i.leadUnits.join('、')}，${STATUS_LABELS[i.status]}）`).join('；')}。`
        : '本月无进度滞后项目。',
    },
    {
      heading: '四、月报报送情况',
      text: [
        late.size ? `逾期报送月报的单位：${[...late].join('、')}。` : '',
        missing.size ? `未报送月报的单位：${[...missing].join('、')}。` : '',
        !late.size && !missing.size ? '各主办单位均按时报送了月报。' : '',
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      heading: '五、下步工作要求',
      text: '各主办单位要对照年度目标，倒排工期、挂图作战，确保按期完成；协办单位要开辟绿色通道，加快项目报批和手续办理。对挂牌督办项目，区党政办督查室将每旬调度一次，推进不力的将按有关规定进行问责。',
    },
  ];
  const body: BulletinBody = {
    recipients: RECIPIENTS,
    paragraphs,
    table: {
      caption: `${monthLabel(month)}重点民生实事项目推进情况表`,
      columns: ['序号', '项目名称', '主办单位', '完成进度', '状态'],
      rows: items.map((i) => [String(i.seq), i.name, i.leadUnits.join('、'), pct(i.progress), STATUS_LABELS[i.status]]),
    },
    lagging: lagging.map((i, n) => ({
      seq: n + 1,
      name: i.name,
      units: [...i.leadUnits, ...i.coUnits].join('、'),
      reason: `完成${pct(i.progress)}，低于序时进度${pct(i.expected)}${problemOf(i) ? `；${problemOf(i)}` : ''}`,
    })),
  };
  const now = nowIso();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('bulletin')
      .values({
        plan_id: planId,
        month,
        status: 'draft',
        doc_number: `督查通报〔${month.slice(0, 4)}〕${Number(month.slice(5, 7))}号`,
        title: `关于${monthLabel(month)}重点民生实事推进情况的通报`,
        body_json: JSON.stringify(body),
        created_by: actor.username,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'create', entity: 'bulletin', entityId: created.id, summary: `编制${monthLabel(month)}通报草稿` });
    return created.id;
  });
  return toView((await findBulletin(ctx.db, id))!);
}

async function updateBulletin(db: Kysely<DB>, id: number, changes: Updateable<BulletinTable>, expectedVersion: number): Promise<boolean> {
  const result = await db
    .updateTable('bulletin')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: nowIso() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

const issuedLocked = () => new AppError(409, 'BULLETIN_ISSUED', '该通报已印发，不能再修改。');

export interface BulletinPatch {
  title?: string;
  docNumber?: string;
  recipients?: string;
  paragraphs?: BulletinParagraph[];
  version: number;
}

export async function editBulletin(ctx: AppContext, actor: Actor, id: number, patch: BulletinPatch) {
  if (!isOffice(actor)) throw forbidden('只有督查室可以修改通报。');
  const row = await loadVisible(ctx, actor, id);
  if (row.status === 'issued') throw issuedLocked();
  const body = JSON.parse(row.body_json) as BulletinBody;
  if (patch.title !== undefined && !patch.title.trim()) throw badRequest('通报标题不能为空。', { field: 'title' });
  if (patch.docNumber !== undefined && !patch.docNumber.trim()) throw badRequest('发文字号不能为空。', { field: 'docNumber' });
  if (patch.paragraphs) body.paragraphs = patch.paragraphs.map((p) => (p.heading?.trim() ? { heading: p.heading.trim(), text: p.text } : { text: p.text }));
  if (patch.recipients !== undefined) body.recipients = patch.recipients;
  const changes: Updateable<BulletinTable> = { body_json: JSON.stringify(body) };
  if (patch.title !== undefined) changes.title = patch.title.trim();
  if (patch.docNumber !== undefined) changes.doc_number = patch.docNumber.trim();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateBulletin(trx, id, changes, patch.version))) throw versionConflict('通报');
    await writeAudit(trx, actor, { action: 'update', entity: 'bulletin', entityId: id, summary: `修改${monthLabel(row.month)}通报草稿` });
  });
  return toView((await findBulletin(ctx.db, id))!);
}

export async function issueBulletin(ctx: AppContext, actor: Actor, id: number, version?: number) {
  if (!isOffice(actor)) throw forbidden('只有督查室可以印发通报。');
  const row = await loadVisible(ctx, actor, id);
  if (row.status === 'issued') throw new AppError(409, 'BULLETIN_ISSUED', `${monthLabel(row.month)}的通报已印发，不能重复印发。`);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateBulletin(trx, id, { status: 'issued', issued_at: nowIso(), issued_by: actor.username }, version ?? row.version))) throw versionConflict('通报');
    await writeAudit(trx, actor, { action: 'issue', entity: 'bulletin', entityId: id, summary: `印发${monthLabel(row.month)}通报（${row.doc_number}）` });
  });
  return toView((await findBulletin(ctx.db, id))!);
}

/** The GB/T 9704 .docx of a bulletin; a draft is dated today, an issued one with its issue date. */
export async function bulletinDocx(ctx: AppContext, actor: Actor, id: number): Promise<{ data: Buffer; fileName: string }> {
  const row = await loadVisible(ctx, actor, id);
  const body = JSON.parse(row.body_json) as BulletinBody;
  const issuedOn = new Date(Date.parse(row.issued_at ?? nowIso()) + 8 * 3_600_000).toISOString().slice(0, 10);
  const data = await buildBulletinDocx({
    issuer: BULLETIN_ISSUER,
    docNumber: row.doc_number,
    title: row.title,
    issueDate: issuedOn,
    recipients: body.recipients,
    paragraphs: body.paragraphs,
    table: body.table,
    lagging: body.lagging,
  });
  return { data, fileName: `${row.title}${row.status === 'draft' ? '（草稿）' : ''}.docx` };
}
