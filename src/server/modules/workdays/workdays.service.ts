/**
 * The editable working-day calendar (issue 5): a year edited by an admin is stored in `workday_schedule`;
 * every other year uses the shipped CHINA_HOLIDAY_SCHEDULES, so a fresh database needs no seeding.
 */
import type { WorkdayScheduleInput, WorkdayYear, WorkdayYearList } from '../../../contract/workdays.contract';
import { addWorkingDays, buildCalendar, CHINA_HOLIDAY_SCHEDULES } from '../../../domain/workdays';
import type { WorkdayCalendar, YearSchedule } from '../../../domain/workdays';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, notFound, versionConflict } from '../../errors';
import type { StoredWorkdayRow } from './workdays.repo';
import { deleteWorkdayYear, insertWorkdayYear, listStoredWorkdayYears, updateWorkdayYear } from './workdays.repo';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const shippedFor = (year: number) => CHINA_HOLIDAY_SCHEDULES.find((s) => s.year === year);

const parseStored = (row: StoredWorkdayRow): YearSchedule => {
  const parsed = JSON.parse(row.schedule_json) as Omit<YearSchedule, 'year'>;
  return { year: row.year, holidays: parsed.holidays, workdays: parsed.workdays };
};

/** Stored years where present, shipped years otherwise. */
function mergeSchedules(rows: readonly StoredWorkdayRow[]): YearSchedule[] {
  const byYear = new Map<number, YearSchedule>();
  for (const s of CHINA_HOLIDAY_SCHEDULES) byYear.set(s.year, s);
  for (const row of rows) byYear.set(row.year, parseStored(row));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The schedules in force: the stored year where an admin edited it, the shipped one otherwise. */
export async function loadWorkdaySchedules(ctx: Pick<AppContext, 'db'>): Promise<YearSchedule[]> {
  return mergeSchedules(await listStoredWorkdayYears(ctx.db));
}

/** The working-day calendar in force (stored years over shipped ones). */
export async function loadWorkdayCalendar(ctx: Pick<AppContext, 'db'>): Promise<WorkdayCalendar> {
  return buildCalendar(await loadWorkdaySchedules(ctx));
}

/** The date n working days after `date` ('YYYY-MM-DD'), by the calendar in force; for deadlines of other services. */
export async function addWorkingDaysFromSettings(ctx: Pick<AppContext, 'db'>, date: string, n: number): Promise<string> {
  return addWorkingDays(await loadWorkdayCalendar(ctx), date, n);
}

/** Every year with a schedule, shipped or edited. */
export async function listWorkdayYears(ctx: AppContext): Promise<WorkdayYearList> {
  const rows = await listStoredWorkdayYears(ctx.db);
  const stored = new Map(rows.map((r) => [r.year, r]));
  return {
    items: mergeSchedules(rows).map((schedule) => {
      const row = stored.get(schedule.year);
      return {
        year: schedule.year,
        source: row ? 'edited' : 'shipped',
        hasShipped: shippedFor(schedule.year) !== undefined,
        holidays: schedule.holidays,
        workdays: schedule.workdays,
        version: row ? Number(row.version) : 0,
        updatedBy: row?.updated_by ?? null,
        updatedAt: row?.updated_at ?? null,
      };
    }),
  };
}

async function yearView(ctx: AppContext, year: number): Promise<WorkdayYear> {
  const found = (await listWorkdayYears(ctx)).items.find((y) => y.year === year);
  if (found) return found;
  return { year, source: 'shipped', hasShipped: false, holidays: [], workdays: [], version: 0, updatedBy: null, updatedAt: null };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw badRequest(`年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间，收到 ${year}。`);
}

/** Validate a year's schedule on its own and together with the other years in force; Chinese errors become 400. */
function validateSchedule(schedule: YearSchedule, others: readonly YearSchedule[]): void {
  const prefix = String(schedule.year);
  for (const h of schedule.holidays) {
    if (!h.name.trim()) throw badRequest('节假日名称不能为空。');
    for (const date of [h.start, h.end]) {
      if (date.slice(0, 4) !== prefix) throw badRequest(`${h.name}的日期 ${date} 不在 ${schedule.year} 年内，请检查日期。`);
    }
  }
  for (const date of schedule.workdays) {
    if (date.slice(0, 4) !== prefix) throw badRequest(`调休上班日 ${date} 不在 ${schedule.year} 年内，请检查日期。`);
  }
  try {
    buildCalendar([...others.filter((s) => s.year !== schedule.year), schedule]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badRequest(`节假日安排有误：${error instanceof Error ? error.message : String(error)}`);
  }
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(e?.message ?? '') || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};

/** An admin edits (or adds) the schedule of a year; `version` is 0 while the year is still the shipped one. */
export async function saveWorkdayYear(ctx: AppContext, actor: Actor, year: number, input: WorkdayScheduleInput): Promise<WorkdayYear> {
  checkYear(year);
  const schedule: YearSchedule = {
    year,
    holidays: input.holidays.map((h) => ({ name: h.name.trim(), start: h.start, end: h.end })),
    workdays: [...new Set(input.workdays)].sort(),
  };
  const json = JSON.stringify({ holidays: schedule.holidays, workdays: schedule.workdays });
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const rows = await listStoredWorkdayYears(trx);
      validateSchedule(schedule, mergeSchedules(rows));
      const row = rows.find((r) => r.year === year);
      const before = row ? parseStored(row) : (shippedFor(year) ?? null);
      const currentVersion = row ? Number(row.version) : 0;
      if (input.version !== currentVersion) throw versionConflict(`${year} 年的节假日安排`);
      const at = nowIso();
      if (row) {
        const updated = await updateWorkdayYear(trx, year, input.version, { scheduleJson: json, updatedBy: actor.username });
        if (!updated) throw versionConflict(`${year} 年的节假日安排`);
      } else {
        await insertWorkdayYear(trx, { year, scheduleJson: json, updatedBy: actor.username, updatedAt: at });
      }
      await writeAudit(trx, actor, {
        action: 'update',
        entity: 'workday_schedule',
        entityId: year,
        summary: `修改 ${year} 年的节假日安排`,
        before,
        after: schedule,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw versionConflict(`${year} 年的节假日安排`);
    throw error;
  }
  return yearView(ctx, year);
}

/** An admin drops the edited copy of a year: it goes back to the shipped schedule (or to none). */
export async function resetWorkdayYear(ctx: AppContext, actor: Actor, year: number): Promise<WorkdayYear> {
  checkYear(year);
  await ctx.db.transaction().execute(async (trx) => {
    const row = (await listStoredWorkdayYears(trx)).find((r) => r.year === year);
    if (!row) throw notFound(`${year} 年修改过的节假日安排`);
    await deleteWorkdayYear(trx, year);
    await writeAudit(trx, actor, {
      action: 'reset',
      entity: 'workday_schedule',
      entityId: year,
      summary: `将 ${year} 年的节假日安排恢复为系统内置`,
      before: parseStored(row),
      after: shippedFor(year) ?? null,
    });
  });
  return yearView(ctx, year);
}
