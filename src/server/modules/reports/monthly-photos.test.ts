import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser } from '../../test-support/factories';
import { buildMonthlyDraft, buildWeek } from '../../test-support/reporting.factories';

const MONTH = '2024-06';
const texts = { progressText: '6月新建充电桩，累计50座', problemsText: '', nextPlanText: '7月完成剩余点位' };

describeEachDialect("monthly report photos (月报照片): chosen from the month's accepted weeks, kept when submitted", (t) => {
  /**
   * A project of its own with users of its lead unit and co-unit, and four weeks with photos: 2024-W22 (a May week),
   * 2024-W23 (with a PDF too) and 2024-W24 accepted, 2024-W25 still a draft.
   */
  async function setup() {
    const p = await buildProject(t(), { lockBaseline: true });
    const admin = await adminSession(t());
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const town = await buildUnitUser(t(), p.coUnits[0]!.id);
    const may = await buildWeek(t(), econ, admin, p.id, '2024-W22', { actual: 40, photos: 1 });
    const w23 = await buildWeek(t(), econ, admin, p.id, '2024-W23', { actual: 46, photos: 3, pdf: true });
    const w24 = await buildWeek(t(), econ, admin, p.id, '2024-W24', { actual: 50, photos: 2 });
    const w25 = await buildWeek(t(), econ, admin, p.id, '2024-W25', { actual: 52, photos: 1, status: 'draft' });
    const path = () => `/api/v1/projects/${p.id}/monthly/${MONTH}`;
    return { p1: p.id, admin, econ, town, may, w23, w24, w25, path };
  }

  it("offers the images of the month's accepted weeks and pre-chooses the four most recent", async () => {
    const { econ, town, w23, w24, path } = await setup();
    const report = (await t().as(econ, 'GET', path())).json();
    const newestFirst = [...w24.photoIds].reverse().concat([...w23.photoIds].reverse());
    expect(report.availablePhotos.map((p: { id: number }) => p.id)).toEqual(newestFirst);
    expect(report.availablePhotos[0]).toMatchObject({ week: '2024-W24', isImage: true, thumbUrl: `/api/v1/attachments/${w24.photoIds[1]}/thumb` });
    expect(report.photos.map((p: { id: number }) => p.id)).toEqual(newestFirst.slice(0, 4));
    // another unit sees no choice of a report not yet submitted
    expect((await t().as(town, 'GET', path())).json()).toMatchObject({ id: null, photos: [], availablePhotos: [] });
  });

  it("refuses photos that are not images of this project's accepted weeks of the month, and more than nine", async () => {
    const { econ, may, w23, w25, path } = await setup();
    for (const [ids, problem] of [
      [[may.photoIds[0]!], '不是本项目 2024-06 已通过周报中的图片'],
      [[w23.pdfId!], '不是本项目 2024-06 已通过周报中的图片'],
      [[w25.photoIds[0]!], `编号 ${w25.photoIds[0]}`],
      [[999999], '编号 999999'],
      [Array.from({ length: 10 }, (_, i) => i + 1), '最多选用 9 张照片'],
    ] as const) {
      const res = await t().as(econ, 'PUT', path(), { ...texts, photoIds: ids, version: 0 });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain(problem);
    }
    // nothing was written
    expect((await t().as(econ, 'GET', path())).json().id).toBeNull();
  });

  it('saves the choice with the draft, keeps it when saved without photoIds, and hides it from another unit', async () => {
    const { econ, town, w23, w24, w25, path } = await setup();
    const saved = await t().as(econ, 'PUT', path(), { ...texts, photoIds: [w23.photoIds[0], w24.photoIds[0]], version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().photos.map((p: { id: number }) => p.id)).toEqual([w23.photoIds[0], w24.photoIds[0]]);
    const textsOnly = await t().as(econ, 'PUT', path(), { ...texts, progressText: '6月累计50座', version: 1 });
    expect(textsOnly.json()).toMatchObject({ version: 2, photos: [{ id: w23.photoIds[0] }, { id: w24.photoIds[0] }] });
    const stale = await t().as(econ, 'PUT', path(), { ...texts, photoIds: [], version: 1 });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await t().as(town, 'GET', path())).json()).toMatchObject({ id: null, photos: [] });
    // the attachment routes keep a draft week's photo from another unit
    expect((await t().as(town, 'GET', `/api/v1/attachments/${w25.photoIds[0]}/thumb`)).statusCode).toBe(404);
    expect((await t().as(econ, 'GET', `/api/v1/attachments/${w25.photoIds[0]}/thumb`)).statusCode).toBe(200);
  });

  it('keeps the submitted photos as a snapshot; a week corrected afterwards hides its photo from other units', async () => {
    const { p1, admin, econ, town, w23, w24, path } = await setup();
    const draft = await buildMonthlyDraft(t(), econ, p1, MONTH, { ...texts, photoIds: [w23.photoIds[0]!, w24.photoIds[0]!] });
    const reportId = draft.id as number;
    const submitted = await t().as(econ, 'POST', `/api/v1/monthly/${reportId}/submit`, { version: draft.version });
    expect(submitted.json()).toMatchObject({ status: 'submitted', availablePhotos: [], photos: [{ id: w23.photoIds[0] }, { id: w24.photoIds[0] }] });
    const locked = await t().as(econ, 'PUT', path(), { ...texts, photoIds: [], version: submitted.json().version });
    expect(locked.json().error.code).toBe('REPORT_LOCKED');
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${w24.updateId}/correct`, {})).statusCode).toBe(200);
    // the lead unit and the 督查室 still see what was submitted
    expect((await t().as(econ, 'GET', path())).json().photos).toHaveLength(2);
    expect((await t().as(admin, 'GET', path())).json().photos).toHaveLength(2);
    const seenByTown = (await t().as(town, 'GET', path())).json();
    expect(seenByTown.photos.map((p: { id: number }) => p.id)).toEqual([w23.photoIds[0]]);
    expect((await t().as(town, 'GET', `/api/v1/attachments/${w23.photoIds[0]}/thumb`)).statusCode).toBe(200);
    expect((await t().as(town, 'GET', `/api/v1/attachments/${w24.photoIds[0]}`)).statusCode).toBe(404);
    const accepted = await t().as(admin, 'POST', `/api/v1/monthly/${reportId}/accept`, {});
    expect(accepted.json()).toMatchObject({ status: 'accepted', photos: [{ id: w23.photoIds[0] }, { id: w24.photoIds[0] }] });
  });
});
