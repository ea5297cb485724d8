import sharp from 'sharp';
import type { LightMyRequestResponse } from 'fastify';
import { listWorkdayYears, resetWorkdayYear } from '../modules/workdays/workdays.service';
import { officeActor } from './factories';
import { multipartFile } from './test-app';
import type { Session, TestApp } from './test-app';

/**
 * Reporting test data (周台账, 月报, 报送时限, the working-day calendar), built through the API the way a unit's
 * 联络员 and the 督查室 make it, so each test builds its own weeks and reports and runs alone.
 */

const ok = (what: string, res: LightMyRequestResponse) => {
  if (res.statusCode !== 200) throw new Error(`factory ${what}: ${res.statusCode} ${res.body}`);
  return res.json();
};

export interface BuiltWeek {
  updateId: number;
  version: number;
  status: 'draft' | 'submitted' | 'accepted';
  targetId: number;
  photoIds: number[];
  pdfId: number | null;
}

export interface WeekSpec {
  /** 本周累计 of the project's first target */
  actual: number;
  /** photos to attach (JPEG, 640×480) */
  photos?: number;
  /** attach a PDF too */
  pdf?: boolean;
  /** how far the week goes: a draft, submitted, or (default) accepted by the 督查室 */
  status?: 'draft' | 'submitted' | 'accepted';
  progressText?: string;
  problemsText?: string;
  nextStepsText?: string;
}

/** The body of a weekly draft save (PUT /projects/:id/weekly/:week) with one target's 累计 value. */
export const weeklyDraftBody = (targetId: number, actual: number | null, version: number) => ({
  values: [{ targetId, actual }],
  milestones: [],
  progressText: '本周新建充电桩6座',
  problemsText: '',
  nextStepsText: '继续推进',
  coUnitIds: [],
  version,
});

const colours = ['#3a7', '#47c', '#c74', '#a4b', '#7a3', '#2aa'];

/**
 * A project's week filled by its lead unit through the API, with photos (and optionally a PDF), then submitted
 * and accepted by the 督查室 unless `status` says otherwise. The project needs a locked baseline.
 */
export async function buildWeek(t: TestApp, unit: Session, office: Session, projectId: number, week: string, spec: WeekSpec): Promise<BuiltWeek> {
  const empty = ok('weekly form', await t.as(unit, 'GET', `/api/v1/projects/${projectId}/weekly?week=${week}`));
  const targetId = empty.values[0].targetId as number;
  const saved = ok(
    'weekly draft',
    await t.as(unit, 'PUT', `/api/v1/projects/${projectId}/weekly/${week}`, {
      values: [{ targetId, actual: spec.actual }],
      milestones: [],
      progressText: spec.progressText ?? `${week} 新建充电桩，累计${spec.actual}座`,
      problemsText: spec.problemsText ?? '',
      nextStepsText: spec.nextStepsText ?? '继续推进剩余点位建设',
      coUnitIds: [],
      version: 0,
    }),
  );
  const upload = async (name: string, data: Buffer) => {
    const { payload, headers } = multipartFile(name, data);
    return ok('attachment', await t.as(unit, 'POST', `/api/v1/weekly/${saved.id}/attachments`, payload, headers)).id as number;
  };
  const photoIds: number[] = [];
  for (let i = 0; i < (spec.photos ?? 0); i++) {
    const data = await sharp({ create: { width: 640, height: 480, channels: 3, background: colours[i % colours.length]! } })
      .jpeg()
      .toBuffer();
    photoIds.push(await upload(`现场照片${i + 1}.jpg`, data));
  }
  const pdfId = spec.pdf ? await upload('验收单.pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')) : null;
  const status = spec.status ?? 'accepted';
  let version = ok('weekly view', await t.as(unit, 'GET', `/api/v1/projects/${projectId}/weekly?week=${week}`)).version as number;
  if (status !== 'draft') version = ok('weekly submit', await t.as(unit, 'POST', `/api/v1/weekly/${saved.id}/submit`, { version })).version;
  if (status === 'accepted') version = ok('weekly accept', await t.as(office, 'POST', `/api/v1/weekly/${saved.id}/accept`, {})).version;
  return { updateId: saved.id, version, status, targetId, photoIds, pdfId };
}

export interface MonthlyTexts {
  progressText: string;
  problemsText: string;
  nextPlanText: string;
  photoIds?: number[];
}

/** A saved 月报 draft of the project's lead unit (the first save: version 1); returns the report as the API gives it. */
export async function buildMonthlyDraft(t: TestApp, unit: Session, projectId: number, month: string, texts: MonthlyTexts) {
  return ok('monthly draft', await t.as(unit, 'PUT', `/api/v1/projects/${projectId}/monthly/${month}`, { ...texts, version: 0 }));
}

export interface Rhythm {
  weekly: { dueWeekday: number; dueTime: string; missingWeekday: number; missingTime: string };
  monthly: { dueDay: number; dueTime: string };
  endDate?: string | null;
}

/** The 督查室 sets a plan's 报送时限; returns the plan as the API gives it. */
export async function setPlanRhythm(t: TestApp, office: Session, planId: number, rhythm: Rhythm) {
  const plan = ok('plan', await t.as(office, 'GET', `/api/v1/plans/${planId}`));
  return ok('plan rhythm', await t.as(office, 'PUT', `/api/v1/plans/${planId}/rhythm`, { ...rhythm, version: plan.version }));
}

/** Every year the admin edited goes back to the shipped schedule (or to none), through the workdays service. */
export async function restoreShippedCalendar(t: TestApp): Promise<void> {
  const actor = await officeActor(t);
  for (const year of (await listWorkdayYears(t.ctx)).items) {
    if (year.source !== 'shipped') await resetWorkdayYear(t.ctx, actor, year.year);
  }
}

/** The newest audit row id, to read only the rows a test writes after it. */
export async function auditMark(t: TestApp): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}
