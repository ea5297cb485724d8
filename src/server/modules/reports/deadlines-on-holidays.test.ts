import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser } from '../../test-support/factories';
import { restoreShippedCalendar } from '../../test-support/reporting.factories';

type YearItem = { year: number; holidays: { name: string; start: string; end: string }[]; workdays: string[]; version: number };

describeEachDialect('deadlines that fall on a holiday move to the next working day (calendar in force)', (t) => {
  /** The shipped calendar in force, a project of its own (default 报送时限) and a user of its lead unit. */
  async function setup() {
    await restoreShippedCalendar(t());
    const p = await buildProject(t(), { lockBaseline: true });
    return { p1: p.id, admin: await adminSession(t()), econ: await buildUnitUser(t(), p.leadUnitId) };
  }

  it('moves the 国庆-week weekly deadline and a Sunday month deadline; a 调休 Saturday counts as working', async () => {
    const { p1, econ } = await setup();
    // 2024-W40: Friday 4 October is 国庆 → due Tuesday 8 October 18:00
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W40`)).json().dueAt).toBe('2024-10-08T10:00:00.000Z');
    // 2024-W41 ends with the 调休 Saturday 12 October; its Friday is an ordinary working day
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W41`)).json().dueAt).toBe('2024-10-11T10:00:00.000Z');
    // 25 August 2024 is a Sunday → the 月报 is due Monday 26 August 18:00
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/monthly/2024-08`)).json().dueAt).toBe('2024-08-26T10:00:00.000Z');
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/monthly/2024-09`)).json().dueAt).toBe('2024-09-25T10:00:00.000Z');
  });

  it('follows an admin edit of the year: without the 国庆 holiday the Friday deadline holds again', async () => {
    const { p1, admin, econ } = await setup();
    const years = (await t().as(admin, 'GET', '/api/v1/workdays')).json().items as YearItem[];
    const y2024 = years.find((y) => y.year === 2024);
    if (!y2024) throw new Error('2024 schedule missing');
    const holidays = y2024.holidays.filter((h) => !h.start.startsWith('2024-10'));
    const workdays = y2024.workdays.filter((d) => !d.startsWith('2024-10') && d !== '2024-09-29');
    const saved = await t().as(admin, 'PUT', '/api/v1/workdays/2024', { holidays, workdays, version: y2024.version });
    expect(saved.statusCode).toBe(200);
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W40`)).json().dueAt).toBe('2024-10-04T10:00:00.000Z');
    expect((await t().as(admin, 'DELETE', '/api/v1/workdays/2024')).statusCode).toBe(200);
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W40`)).json().dueAt).toBe('2024-10-08T10:00:00.000Z');
  });
});
