import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { describeEachDialect, multipartFile } from '../../test-support/test-app';
import { adminSession, buildPlan, buildProject, buildUnitUser } from '../../test-support/factories';
import type { BuiltProject } from '../../test-support/factories';
import { buildWeek, weeklyDraftBody } from '../../test-support/reporting.factories';

const WEEK = '2024-W23';

describeEachDialect('weekly ledger: draft, submit, return, accept, attachments, Excel, ledger', (t) => {
  const draft = (targetId: number, actual: number | null, version: number, extra: object = {}) => ({ ...weeklyDraftBody(targetId, actual, version), ...extra });

  /** A project of its own with a locked baseline (target 110座), two users of its lead unit and one of its co-unit. */
  async function setup(project?: BuiltProject) {
    const p = project ?? (await buildProject(t(), { lockBaseline: true }));
    const admin = await adminSession(t());
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const econ2 = await buildUnitUser(t(), p.leadUnitId, 'unit_manager');
    const town = await buildUnitUser(t(), p.coUnits[0]!.id);
    return { p, p1: p.id, planId: p.planId, targetId: p.targetIds[0]!, admin, econ, econ2, town };
  }

  /** The setup with a draft of WEEK (46座) saved by the lead unit. */
  async function withDraft(project?: BuiltProject) {
    const s = await setup(project);
    const saved = await t().as(s.econ, 'PUT', `/api/v1/projects/${s.p1}/weekly/${WEEK}`, draft(s.targetId, 46, 0));
    if (saved.statusCode !== 200) throw new Error(saved.body);
    return { ...s, updateId: saved.json().id as number };
  }

  it('saves a draft with a version check, visible only to the lead unit and the 督查室', async () => {
    const { p1, econ, econ2, town } = await setup();
    const empty = (await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=${WEEK}`)).json();
    expect(empty).toMatchObject({ id: null, version: 0, status: 'draft', weekStart: '2024-06-03', weekEnd: '2024-06-09', dueAt: '2024-06-07T10:00:00.000Z' });
    const targetId = empty.values[0].targetId;
    const saved = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/weekly/${WEEK}`, draft(targetId, 46, 0));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, values: [{ actual: 46, target: 110 }] });
    // a colleague with the old version cannot overwrite it
    const stale = await t().as(econ2, 'PUT', `/api/v1/projects/${p1}/weekly/${WEEK}`, draft(targetId, 40, 0));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await t().as(town, 'PUT', `/api/v1/projects/${p1}/weekly/${WEEK}`, draft(targetId, 1, 1))).statusCode).toBe(403);
    expect((await t().as(town, 'GET', `/api/v1/projects/${p1}/weekly?week=${WEEK}`)).json().id).toBeNull();
    const future = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/weekly/2099-W10`, draft(targetId, 1, 0));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain('不能填报未来的周次');
  });

  it('validates uploads by content and size, and makes thumbnails of photos', async () => {
    const { econ, town, updateId } = await withDraft();
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    const up = (name: string, data: Buffer) => {
      const { payload, headers } = multipartFile(name, data);
      return t().as(econ, 'POST', `/api/v1/weekly/${updateId}/attachments`, payload, headers);
    };
    const ok = await up('现场照片.jpg', photo);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fileName: '现场照片.jpg', mime: 'image/jpeg', isImage: true });
    const thumb = await t().as(econ, 'GET', ok.json().thumbUrl);
    expect(thumb.statusCode).toBe(200);
    expect((await sharp(thumb.rawPayload).metadata()).width).toBeLessThanOrEqual(480);
    const file = await t().as(econ, 'GET', ok.json().url);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(String(file.headers['content-disposition'])).toContain('filename*=UTF-8');
    const exe = await up('photo.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 1)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toContain('不是支持的格式');
    const big = await up('big.jpg', Buffer.concat([photo.subarray(0, 3), Buffer.alloc(11 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    // another unit can neither add to nor read the draft's files
    const { payload, headers } = multipartFile('x.jpg', photo);
    expect((await t().as(town, 'POST', `/api/v1/weekly/${updateId}/attachments`, payload, headers)).statusCode).toBe(403);
    expect((await t().as(town, 'GET', ok.json().url)).statusCode).toBe(404);
  });

  it('submits, is returned with a comment, resubmitted and accepted; the ledger follows', async () => {
    // a plan of two projects: the second one stays unreported
    const plan = await buildPlan(t(), { lockBaseline: true, projects: [{}, {}] });
    const { p1, planId, targetId, admin, econ, updateId } = await withDraft(plan.projects[0]!);
    const current = (await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=${WEEK}`)).json();
    const submitted = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version: current.version });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedBy: econ.username, isLate: true });
    // the answer to the submission is the week as read afterwards (composed from the rows read before the change)
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=${WEEK}`)).json()).toEqual(submitted.json());
    const edit = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/weekly/${WEEK}`, draft(targetId, 47, submitted.json().version));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('UPDATE_LOCKED');
    const queue = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/review-queue`)).json();
    expect(queue.items.map((i: { updateId: number }) => i.updateId)).toEqual([updateId]);
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/accept`, {})).statusCode).toBe(403);
    const noComment = await t().as(admin, 'POST', `/api/v1/weekly/${updateId}/return`, {});
    expect(noComment.statusCode).toBe(400);
    const returned = await t().as(admin, 'POST', `/api/v1/weekly/${updateId}/return`, { comment: '请补充充电桩点位照片' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请补充充电桩点位照片' });
    const fixed = await t().as(
      econ,
      'PUT',
      `/api/v1/projects/${p1}/weekly/${WEEK}`,
      draft(targetId, 46, returned.json().version, { progressText: '本周新建充电桩6座，已补充点位照片' }),
    );
    expect(fixed.statusCode).toBe(200);
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version: fixed.json().version })).statusCode).toBe(200);
    const before = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/ledger?asOf=2024-06-10`)).json();
    expect(before.items[0].targets[0]).toMatchObject({ label: '新改建充电桩', unit: '座', target: 110, actual: null });
    const accepted = await t().as(admin, 'POST', `/api/v1/weekly/${updateId}/accept`, { comment: '同意' });
    expect(accepted.json().status).toBe('accepted');
    const ledger = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/ledger?asOf=2024-06-10`)).json();
    expect(ledger.asOf).toBe('2024-06-10');
    const row = ledger.items.find((i: { seq: number }) => i.seq === 1);
    expect(row).toMatchObject({ notReported: false, targets: [{ target: 110, actual: 46 }], latest: { week: WEEK } });
    expect(row.progress).toBeCloseTo(46 / 110, 3);
    expect(row.expected).toBeGreaterThan(0.4);
    expect(row.status).toBe('on_track');
    const other = ledger.items.find((i: { seq: number }) => i.seq === 2);
    expect(other.notReported).toBe(true);
    // after acceptance nothing changes silently: a submission again is refused, a correction is a new revision
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version: accepted.json().version })).json().error.code).toBe('UPDATE_LOCKED');
    const corrected = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/correct`);
    expect(corrected.json()).toMatchObject({ status: 'draft', revision: 2, values: [{ actual: 46 }] });
    const history = (await t().as(admin, 'GET', `/api/v1/weekly/${corrected.json().id}/history`)).json();
    expect(history.items.map((h: { revision: number; status: string }) => [h.revision, h.status])).toEqual([
      [1, 'accepted'],
      [2, 'draft'],
    ]);
  });

  it('flags a value that goes down and wants a reason', async () => {
    const { p1, targetId, admin, econ } = await setup();
    await buildWeek(t(), econ, admin, p1, WEEK, { actual: 46 });
    const week = '2024-W24';
    const saved = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/weekly/${week}`, draft(targetId, 30, 0));
    expect(saved.json().values[0].flags).toEqual(['decrease']);
    const refused = await t().as(econ, 'POST', `/api/v1/weekly/${saved.json().id}/submit`, { version: saved.json().version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('新改建充电桩');
  });

  it('exports the ledger and the week as real workbooks', async () => {
    const { p1, planId, admin, econ } = await setup();
    await buildWeek(t(), econ, admin, p1, WEEK, { actual: 46 });
    const res = await t().as(admin, 'GET', `/api/v1/plans/${planId}/ledger.xlsx?asOf=2024-06-10`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('专项工作台账');
    const week = await t().as(admin, 'GET', `/api/v1/plans/${planId}/weekly-export.xlsx?week=${WEEK}`);
    expect(week.statusCode).toBe(200);
  });

  it('imports a filled Excel form, and names the bad cells of a bad one without saving anything', async () => {
    const { p1, planId, targetId, econ } = await setup();
    const form = await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly/2024-W26/form.xlsx`);
    expect(form.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(form.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    // find the 本周累计 cell of the target (column F of the row whose column A holds its id) and the 本周进展 cell
    let valueCell = '';
    let progressCell = '';
    sheet.eachRow((row, n) => {
      if (row.getCell('A').value === targetId && !valueCell) valueCell = `F${n}`;
      if (String(row.getCell('A').value ?? '').includes('本周进展')) progressCell = `B${n}`;
    });
    expect(valueCell).not.toBe('');
    sheet.getCell(progressCell).value = '完成充电桩选址';
    sheet.getCell(valueCell).value = '四十六';
    sheet.getCell('B3').value = '2099-W01';
    const bad = Buffer.from(await book.xlsx.writeBuffer());
    const countBefore = (await t().ctx.db.selectFrom('weekly_update').select('id').execute()).length;
    const { payload, headers } = multipartFile('周报.xlsx', bad);
    const res = await t().as(econ, 'POST', `/api/v1/plans/${planId}/weekly-import`, payload, headers);
    expect(res.statusCode).toBe(422);
    const errors = res.json().error.details.errors as { sheet: string; row: number; column: string; message: string }[];
    expect(errors.some((e) => `${e.column}${e.row}` === valueCell && e.message.includes('四十六'))).toBe(true);
    expect(res.json().error.message).toContain('未保存任何数据');
    expect((await t().ctx.db.selectFrom('weekly_update').select('id').execute()).length).toBe(countBefore);
    sheet.getCell(valueCell).value = 60;
    sheet.getCell('B3').value = '2024-W26';
    const good = multipartFile('周报.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const ok = await t().as(econ, 'POST', `/api/v1/plans/${planId}/weekly-import`, good.payload, good.headers);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().saved).toEqual([{ projectId: p1, week: '2024-W26' }]);
    sheet.getCell('B2').value = 99999;
    const unknown = multipartFile('周报.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const res2 = await t().as(econ, 'POST', `/api/v1/plans/${planId}/weekly-import`, unknown.payload, unknown.headers);
    expect(res2.json().error.details.errors[0]).toMatchObject({ row: 2, column: 'B' });
    expect(res2.json().error.details.errors[0].message).toContain('99999');
  });

  it('takes a co-unit note that the lead unit sees when writing; only co-units may write one', async () => {
    const { p, p1, econ, town } = await setup();
    const body = { text: '疃里镇已协调完成3处充电桩用地', version: 0 };
    const saved = await t().as(town, 'PUT', `/api/v1/projects/${p1}/co-notes/${WEEK}`, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ unitName: p.coUnits[0]!.name, text: body.text, version: 1 });
    const again = await t().as(town, 'PUT', `/api/v1/projects/${p1}/co-notes/${WEEK}`, { text: '更新说明', version: 0 });
    expect(again.statusCode).toBe(409);
    expect((await t().as(econ, 'PUT', `/api/v1/projects/${p1}/co-notes/${WEEK}`, body)).statusCode).toBe(403);
    const view = (await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=${WEEK}`)).json();
    expect(view.coUnitNotes.map((n: { text: string }) => n.text)).toEqual([body.text]);
  });

  it('lists this week for a unit user in 我的待办', async () => {
    const { p1, econ } = await setup();
    const todo = (await t().as(econ, 'GET', '/api/v1/me/todo')).json();
    expect(todo.week).toMatch(/^\d{4}-W\d{2}$/);
    expect(todo.items.find((i: { projectId: number }) => i.projectId === p1)).toMatchObject({ seq: 1, role: 'lead', status: 'none' });
  });
});
