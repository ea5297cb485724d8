import { STATUS_LABELS } from '../../../domain/status';
import type { AppContext } from '../../context';
import type { buildLedger } from '../ledger/ledger.service';
import { loadProjectUnits } from '../projects/projects.repo';
import { listMonthReportsForBulletin } from './bulletins.repo';
import type { BulletinLaggingProject, BulletinParagraph, BulletinTable as DocTable } from './docx/bulletin-docx.types';

/** What a bulletin says, as compiled from the ledger and the month's reports, then edited by the 督查室. */
export interface BulletinBody {
  paragraphs: BulletinParagraph[];
  table: DocTable | null;
  lagging: BulletinLaggingProject[];
  recipients: string;
}

const RECIPIENTS = '各街道，区直各部门、单位';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月份`;

/** The first line of a free text, without its closing punctuation; '' for nothing or a bare “无”. */
export function firstClause(text: string | null | undefined): string {
  const line =
    (text ?? '')
      .trim()
      .split('\n')[0]
      ?.trim()
      .replace(/[。；;，,.、\s]+$/u, '') ?? '';
  return /^(无|暂无|没有|无问题)$/.test(line) ? '' : line;
}

/**
 * The draft text of a month's bulletin: overall completion, counts by status, a line per project (from its month
 * report, else its last accepted week), the 挂牌督办 list, units late or missing with their reports, the next steps.
 */
export async function draftBulletinBody(
  ctx: AppContext,
  planId: number,
  month: string,
  asOf: string,
  ledger: Awaited<ReturnType<typeof buildLedger>>,
): Promise<BulletinBody> {
  const items = ledger.items;
  const count = (s: keyof typeof STATUS_LABELS) => items.filter((i) => i.status === s).length;
  const average = items.length ? items.reduce((a, i) => a + i.progress, 0) / items.length : 0;
  const lagging = items.filter((i) => i.status === 'behind' || i.status === 'seriously_behind');

  // units that reported late or not at all: lead units of projects whose monthly report is late or missing
  const reports = await listMonthReportsForBulletin(ctx.db, planId, month);
  const units = await loadProjectUnits(
    ctx.db,
    items.map((i) => i.projectId),
  );
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
        ? items
            .map(
              (i) =>
                `${i.seq}. ${i.name}（${i.leadUnits.join('、')}）：完成${pct(i.progress)}，序时进度${pct(i.expected)}，${STATUS_LABELS[i.status]}${progressOf(i) ? `。${progressOf(i)}` : ''}。`,
            )
            .join('\n')
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
  return {
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
}
