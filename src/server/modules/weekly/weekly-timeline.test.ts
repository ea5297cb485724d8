import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { adminSession, buildProject, buildUnitUser, officeActor } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { describeEachDialect } from '../../test-support/test-app';
import { loadProjectUnits } from '../projects/projects.repo';
import { buildWeeklyViews } from './weekly-view';
import { listProjectUpdates } from './weekly.repo';

describeEachDialect('weekly timeline and history: loaded together, with what each user may do', (t) => {
  it('builds any number of weeks with the same number of queries, each week as its own view shows it', async () => {
    const p = await buildProject(t(), { lockBaseline: true });
    const admin = await adminSession(t());
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const town = await buildUnitUser(t(), p.coUnits[0]!.id);
    await buildWeek(t(), econ, admin, p.id, '2024-W20', { actual: 10, photos: 1 });
    await buildWeek(t(), econ, admin, p.id, '2024-W21', { actual: 20, status: 'submitted' });
    await buildWeek(t(), econ, admin, p.id, '2024-W22', { actual: 30, pdf: true });
    await buildWeek(t(), econ, admin, p.id, '2024-W23', { actual: 40, status: 'draft' });
    expect((await t().as(town, 'PUT', `/api/v1/projects/${p.id}/co-notes/2024-W22`, { text: '协办说明', version: 0 })).statusCode).toBe(200);

    let queries = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const db = t().ctx.db.withPlugin(counter);
    const viewer = { actor: await officeActor(t()), units: (await loadProjectUnits(t().ctx.db, [p.id])).get(p.id) ?? [] };
    const updates = await listProjectUpdates(t().ctx.db, p.id);
    const countFor = async (n: number) => {
      queries = 0;
      const views = await buildWeeklyViews(
        db,
        viewer,
        p.id,
        updates.slice(0, n).map((u) => ({ week: u.week, update: u })),
      );
      expect(views).toHaveLength(n);
      return queries;
    };
    expect(await countFor(4)).toBe(await countFor(1));

    // the batch gives each week what the single week's view gives
    const timeline = (await t().as(admin, 'GET', `/api/v1/projects/${p.id}/timeline`)).json();
    expect(timeline.items.map((i: { week: string }) => i.week)).toEqual(['2024-W23', '2024-W22', '2024-W21', '2024-W20']);
    for (const item of timeline.items) {
      expect((await t().as(admin, 'GET', `/api/v1/projects/${p.id}/weekly?week=${item.week}`)).json()).toEqual(item);
    }
    expect(timeline.items[1].coUnitNotes.map((n: { text: string }) => n.text)).toEqual(['协办说明']);
    expect(timeline.items[2].values[0]).toMatchObject({ previous: 10, actual: 20 });
  });

  it('says what the user may do on the project and on each week, and hides drafts from other units', async () => {
    const p = await buildProject(t(), { lockBaseline: true });
    const admin = await adminSession(t());
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const town = await buildUnitUser(t(), p.coUnits[0]!.id);
    const w20 = await buildWeek(t(), econ, admin, p.id, '2024-W20', { actual: 10 });
    await buildWeek(t(), econ, admin, p.id, '2024-W21', { actual: 20, status: 'submitted' });
    await buildWeek(t(), econ, admin, p.id, '2024-W22', { actual: 30, status: 'draft' });

    const lead = (await t().as(econ, 'GET', `/api/v1/projects/${p.id}/timeline`)).json();
    expect(lead.permissions).toMatchObject({ canEdit: true, canReportWeekly: true, canWriteCoNote: false, canInstruct: false });
    expect(lead.items.map((i: { permissions: object }) => i.permissions)).toMatchObject([
      { canEdit: true, canSubmit: true, canCorrect: false, canReview: false },
      { canEdit: false, canSubmit: false, canCorrect: true, canReview: false },
      { canEdit: false, canSubmit: false, canCorrect: true, canReview: false },
    ]);

    const office = (await t().as(admin, 'GET', `/api/v1/projects/${p.id}/timeline`)).json();
    expect(office.items.map((i: { permissions: { canReview: boolean } }) => i.permissions.canReview)).toEqual([false, true, false]);

    const coUnit = (await t().as(town, 'GET', `/api/v1/projects/${p.id}/timeline`)).json();
    expect(coUnit.items.map((i: { week: string }) => i.week)).toEqual(['2024-W21', '2024-W20']);
    expect(coUnit.permissions).toMatchObject({ canEdit: false, canReportWeekly: false, canWriteCoNote: true });
    expect(coUnit.items.every((i: { permissions: { canEdit: boolean; canCorrect: boolean } }) => !i.permissions.canEdit && !i.permissions.canCorrect)).toBe(
      true,
    );

    // a correction: the old revision is history, nothing can be done on it any more
    const corrected = (await t().as(econ, 'POST', `/api/v1/weekly/${w20.updateId}/correct`)).json();
    expect(corrected.permissions).toMatchObject({ canEdit: true, canCorrect: false });
    const history = (await t().as(econ, 'GET', `/api/v1/weekly/${corrected.id}/history`)).json();
    expect(history.items.map((h: { revision: number; snapshot: { permissions: object } }) => [h.revision, h.snapshot.permissions])).toMatchObject([
      [1, { canEdit: false, canCorrect: false, canReview: false }],
      [2, { canEdit: true, canCorrect: false, canReview: false }],
    ]);
    expect((await t().as(town, 'GET', `/api/v1/weekly/${corrected.id}/history`)).json().items.map((h: { revision: number }) => h.revision)).toEqual([1]);
  });
});
