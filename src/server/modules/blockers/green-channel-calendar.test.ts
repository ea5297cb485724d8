import { expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../../domain/calendar';
import { addWorkingDays, buildCalendar, CHINA_HOLIDAY_SCHEDULES } from '../../../domain/workdays';
import type { YearSchedule } from '../../../domain/workdays';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser } from '../../test-support/factories';

describeEachDialect('green-channel deadlines follow the working-day calendar an admin edited', (t) => {
  it('counts the 3 working days after a holiday the admin added to this year', async () => {
    const admin = await adminSession(t());
    const project = await buildProject(t());
    const p1 = project.id;
    const coUnit = project.coUnits[0]!;
    const lead = await buildUnitUser(t(), project.leadUnitId);

    // a ten-day holiday from tomorrow (kept inside tomorrow's year), with no 调休 day inside it
    const today = shanghaiDate(new Date());
    const start = addDays(today, 1);
    const year = Number(start.slice(0, 4));
    const end = [addDays(start, 9), `${year}-12-31`].sort()[0]!;
    const years = (await t().as(admin, 'GET', '/api/v1/workdays')).json().items as (YearSchedule & { version: number })[];
    const current = years.find((y) => y.year === year);
    const overlaps = (a: string, b: string) => !(b < start || a > end);
    const edited: YearSchedule = {
      year,
      holidays: [...(current?.holidays ?? []).filter((h) => !overlaps(h.start, h.end)), { name: '临时停工', start, end }],
      workdays: (current?.workdays ?? []).filter((d) => !overlaps(d, d)),
    };
    const saved = await t().as(admin, 'PUT', `/api/v1/workdays/${year}`, {
      holidays: edited.holidays,
      workdays: edited.workdays,
      version: current?.version ?? 0,
    });
    expect(saved.statusCode).toBe(200);

    const raised = await t().as(lead, 'POST', `/api/v1/projects/${p1}/blockers`, { kind: 'approval', description: '施工许可待审批', neededFrom: null });
    expect(raised.statusCode).toBe(200);
    const sent = await t().as(lead, 'POST', `/api/v1/blockers/${raised.json().id}/green-channel`, { coUnitId: coUnit.id, text: '请协助加快审批' });
    expect(sent.statusCode).toBe(200);
    const requestedOn = shanghaiDate(new Date(sent.json().requestedAt));
    const calendar = buildCalendar([...CHINA_HOLIDAY_SCHEDULES.filter((s) => s.year !== year), edited]);
    expect(sent.json().dueDate).toBe(addWorkingDays(calendar, requestedOn, 3));
    expect(sent.json().dueDate > end).toBe(true);
  });
});
