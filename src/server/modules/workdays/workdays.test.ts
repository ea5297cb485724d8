import { expect, it } from 'vitest';
import { CHINA_HOLIDAY_SCHEDULES } from '../../../domain/workdays';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser } from '../../test-support/factories';
import { auditMark, restoreShippedCalendar } from '../../test-support/reporting.factories';
import { addWorkingDaysFromSettings, loadWorkdayCalendar } from './workdays.service';

const shipped2026 = CHINA_HOLIDAY_SCHEDULES.find((s) => s.year === 2026)!;
type YearItem = {
  year: number;
  source: string;
  hasShipped: boolean;
  holidays: { name: string; start: string; end: string }[];
  workdays: string[];
  version: number;
};

describeEachDialect('working-day calendar', (t) => {
  const year = async (session: Session, y: number): Promise<YearItem | undefined> =>
    (await t().as(session, 'GET', '/api/v1/workdays')).json<{ items: YearItem[] }>().items.find((i) => i.year === y);

  /** The calendar as a fresh database has it (every edited year back to the shipped one), the admin and a unit user. */
  async function setup() {
    await restoreShippedCalendar(t());
    const project = await buildProject(t());
    return { admin: await adminSession(t()), unit: await buildUnitUser(t(), project.leadUnitId) };
  }

  /** 2026 with the extra holiday 临时调整 on Monday 2 March, saved twice by the admin (version 2); returns the holidays. */
  async function edit2026Twice(admin: Session) {
    const holidays = [...shipped2026.holidays, { name: '临时调整', start: '2026-03-02', end: '2026-03-02' }];
    for (const version of [0, 1]) {
      const res = await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays, workdays: shipped2026.workdays, version });
      if (res.statusCode !== 200) throw new Error(res.body);
    }
    return holidays;
  }

  it('shows the shipped 2024–2026 schedules to any signed-in user on a fresh database', async () => {
    const { unit } = await setup();
    const res = await t().as(unit, 'GET', '/api/v1/workdays');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: YearItem[] }>().items;
    expect(items.map((i) => i.year)).toEqual([2024, 2025, 2026]);
    for (const i of items) expect(i).toMatchObject({ source: 'shipped', hasShipped: true, version: 0 });
    expect(items[2]).toMatchObject({ holidays: shipped2026.holidays, workdays: shipped2026.workdays });
    expect((await t().as(null, 'GET', '/api/v1/workdays')).statusCode).toBe(401);
    // 2024 国庆 and the 调休 Saturday 10/12, from the shipped data
    expect(await addWorkingDaysFromSettings(t().ctx, '2024-09-27', 3)).toBe('2024-10-08');
    expect(await addWorkingDaysFromSettings(t().ctx, '2024-10-11', 1)).toBe('2024-10-12');
    expect(await addWorkingDaysFromSettings(t().ctx, '2024-10-03', 0)).toBe('2024-10-08');
  });

  it('refuses a non-admin (403)', async () => {
    const { unit } = await setup();
    const body = { holidays: shipped2026.holidays, workdays: shipped2026.workdays, version: 0 };
    expect((await t().as(unit, 'PUT', '/api/v1/workdays/2026', body)).statusCode).toBe(403);
    expect((await t().as(unit, 'DELETE', '/api/v1/workdays/2026')).statusCode).toBe(403);
  });

  it('refuses an invalid schedule with a Chinese message', async () => {
    const { admin } = await setup();
    const notWeekend = await t().as(admin, 'PUT', '/api/v1/workdays/2026', {
      holidays: shipped2026.holidays,
      workdays: [...shipped2026.workdays, '2026-03-03'],
      version: 0,
    });
    expect(notWeekend.statusCode).toBe(400);
    expect(notWeekend.json().error.message).toContain('不是周六或周日');
    const backwards = await t().as(admin, 'PUT', '/api/v1/workdays/2026', {
      holidays: [...shipped2026.holidays, { name: '测试假', start: '2026-03-05', end: '2026-03-02' }],
      workdays: shipped2026.workdays,
      version: 0,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toContain('早于开始日期');
    const both = await t().as(admin, 'PUT', '/api/v1/workdays/2026', {
      holidays: shipped2026.holidays,
      workdays: [...shipped2026.workdays, '2026-10-03'],
      version: 0,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toContain('既是假日又是调休上班日');
    const otherYear = await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays: shipped2026.holidays, workdays: ['2027-01-02'], version: 0 });
    expect(otherYear.statusCode).toBe(400);
    expect(otherYear.json().error.message).toContain('不在 2026 年内');
    const badDate = await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays: shipped2026.holidays, workdays: ['2026-2-28'], version: 0 });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.message).toMatch(/日期/);
    expect((await year(admin, 2026))?.source).toBe('shipped');
  });

  it('an admin adds a holiday to 2026 and deadlines follow it; the audit keeps before and after', async () => {
    const { admin, unit } = await setup();
    const mark = await auditMark(t());
    // Sat 2026-02-28 is a 调休 working day; the next working day is Monday 3/2.
    expect(await addWorkingDaysFromSettings(t().ctx, '2026-02-28', 1)).toBe('2026-03-02');
    const holidays = [...shipped2026.holidays, { name: '临时调整', start: '2026-03-02', end: '2026-03-02' }];
    const res = await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays, workdays: shipped2026.workdays, version: 0 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2026, source: 'edited', hasShipped: true, version: 1, updatedBy: 'admin' });
    expect(await addWorkingDaysFromSettings(t().ctx, '2026-02-28', 1)).toBe('2026-03-03');
    expect((await loadWorkdayCalendar(t().ctx)).holidays.has('2026-03-02')).toBe(true);
    const seen = await year(unit, 2026);
    expect(seen).toMatchObject({ source: 'edited', version: 1 });
    expect(seen?.holidays).toContainEqual({ name: '临时调整', start: '2026-03-02', end: '2026-03-02' });
    expect((await year(unit, 2025))?.source).toBe('shipped');

    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'before_json', 'after_json'])
      .where('entity', '=', 'workday_schedule')
      .where('id', '>', mark)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json!).holidays).toHaveLength(shipped2026.holidays.length);
    expect(JSON.parse(audit[0]!.after_json!).holidays).toHaveLength(shipped2026.holidays.length + 1);

    // a second edit with the current version works
    const again = await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays, workdays: shipped2026.workdays, version: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(2);
  });

  it('refuses a stale version (409)', async () => {
    const { admin } = await setup();
    await edit2026Twice(admin);
    const stale = await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays: shipped2026.holidays, workdays: shipped2026.workdays, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('已被其他人修改');
    const fromShipped = await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays: shipped2026.holidays, workdays: shipped2026.workdays, version: 0 });
    expect(fromShipped.statusCode).toBe(409);
    expect(await addWorkingDaysFromSettings(t().ctx, '2026-02-28', 1)).toBe('2026-03-03');
  });

  it('an admin adds a year not shipped (2027)', async () => {
    const { admin } = await setup();
    const res = await t().as(admin, 'PUT', '/api/v1/workdays/2027', {
      holidays: [{ name: '元旦', start: '2027-01-01', end: '2027-01-03' }],
      workdays: [],
      version: 0,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, source: 'edited', hasShipped: false });
    expect(await addWorkingDaysFromSettings(t().ctx, '2026-12-31', 1)).toBe('2027-01-04');
  });

  it('resets 2026 to the shipped schedule', async () => {
    const { admin } = await setup();
    const mark = await auditMark(t());
    await edit2026Twice(admin);
    const res = await t().as(admin, 'DELETE', '/api/v1/workdays/2026');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2026, source: 'shipped', version: 0, holidays: shipped2026.holidays });
    expect(await addWorkingDaysFromSettings(t().ctx, '2026-02-28', 1)).toBe('2026-03-02');
    expect((await t().as(admin, 'DELETE', '/api/v1/workdays/2026')).statusCode).toBe(404);
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'workday_schedule')
      .where('entity_id', '=', '2026')
      .where('id', '>', mark)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['update', 'update', 'reset']);
    // edits start again from version 0
    expect(
      (await t().as(admin, 'PUT', '/api/v1/workdays/2026', { holidays: shipped2026.holidays, workdays: shipped2026.workdays, version: 0 })).statusCode,
    ).toBe(200);
  });
});
