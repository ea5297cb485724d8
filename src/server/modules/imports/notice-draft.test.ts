import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildProject, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { ADMIN_PASSWORD, describeEachDialect, fixture, multipartFile } from '../../test-support/test-app';
import type { TestApp } from '../../test-support/test-app';

/** A run-on list as pasted from a news page: one line, items separated only by their numbers. */
const RUN_ON =
  '关于印发东湖区2025年十件民生实事的通知\n' +
  '2025年区政府十件民生实事：1.新建幼儿园3所，新增学位1080个（牵头单位：区教育局；配合单位：区财政局、区住建局）。' +
  '2 .改造老旧小区12个（牵头单位：区住建局）。3,新增公共停车泊位500个。' +
  '4完善社区养老服务，新建社区食堂8个（责任单位：区民政局）。';

/** A .docx as another district writes it: its own header words, an extra 完成时限 column, a row without a lead unit. */
async function otherDistrictDocx(): Promise<Buffer> {
  const row = (cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
  const table = new Table({
    rows: [
      row(['序号', '事项名称', '建设内容', '牵头单位', '协同单位', '完成时限']),
      row(['1', '社区食堂', '新建社区食堂10处', '区民政局', '各街道', '2026年9月底']),
      row(['2', '学校直饮水', '完成30所中小学直饮水设备更新', '', '区卫生健康局', '2026年6月底']),
      row(['3', '背街小巷整治', '整治背街小巷25条', '区城市管理局', '各街道', '2026年12月底']),
    ],
  });
  const doc = new Document({ sections: [{ children: [new Paragraph('西湖区2026年民生实事项目清单'), table] }] });
  return Packer.toBuffer(doc);
}

/** A weekly ledger workbook sent by mistake as the notice. */
async function ledgerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['序号', '项目名称', '本周进展', '累计完成', '牵头单位']);
  sheet.addRow([1, '充电桩建设', '完成20座', '80座', '区经发局']);
  sheet.addRow([2, '道路改造', '完成1公里', '5公里', '区交通局']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function counts(t: TestApp) {
  const [plans, projects, audits] = await Promise.all(
    (['plan', 'project', 'audit_log'] as const).map((table) =>
      t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  return { plans: Number(plans?.n), projects: Number(projects?.n), audits: Number(audits?.n) };
}

describeEachDialect('notice import through the correction grid (read → correct → preview → commit)', (t) => {
  it('reads pasted run-on text into a draft, flagging the item without a unit clause', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const res = await t().as(admin, 'POST', '/api/v1/imports/notice/read-text', { text: RUN_ON });
    expect(res.statusCode).toBe(200);
    const draft = res.json();
    expect(draft.plan.year).toBe(2025);
    expect(draft.projects.map((p: { seq: number }) => p.seq)).toEqual([1, 2, 3, 4]);
    expect(draft.projects[0]).toMatchObject({ leadUnits: ['区教育局'], coUnits: ['区财政局', '区住建局'], confidence: 1 });
    expect(draft.projects[2].leadUnits).toEqual([]);
    expect(draft.projects[2].warnings.join('')).toContain('未找到牵头单位');
    expect(draft.projects[3].leadUnits).toEqual(['区民政局']);
  });

  it('imports the corrected grid in one transaction and audits the corrections', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const draft = (await t().as(admin, 'POST', '/api/v1/imports/notice/read-text', { text: RUN_ON })).json();
    draft.projects[2].leadUnits = ['区交通运输局'];
    const body = {
      fileName: draft.fileName,
      plan: draft.plan,
      projects: draft.projects,
      corrections: [{ seq: 3, field: 'leadUnits', before: '', after: '区交通运输局' }],
    };
    const preview = (await t().as(admin, 'POST', '/api/v1/imports/notice/draft-preview', body)).json();
    expect(preview.summary).toMatchObject({ projectsCreated: 4 });
    expect(preview.units.find((u: { name: string }) => u.name === '区交通运输局')).toMatchObject({ action: 'create' });
    const commit = await t().as(admin, 'POST', '/api/v1/imports/notice/draft-commit', body);
    expect(commit.statusCode).toBe(200);
    const projects = await t()
      .ctx.db.selectFrom('project')
      .innerJoin('project_unit', 'project_unit.project_id', 'project.id')
      .innerJoin('unit', 'unit.id', 'project_unit.unit_id')
      .select(['project.seq', 'unit.name', 'project_unit.role'])
      .where('project.plan_id', '=', commit.json().planId)
      .where('project.seq', '=', 3)
      .execute();
    expect(projects).toEqual([{ seq: 3, name: '区交通运输局', role: 'lead' }]);
    const audit = (await t().as(await buildUser(t(), 'auditor', null), 'GET', '/api/v1/audit?action=import_correct')).json();
    const corrected = audit.items.find((a: { entityId: string | null }) => a.entityId === String(commit.json().planId));
    expect(corrected.summary).toContain('人工校正 1 处');
  });

  it('refuses a grid row without a lead unit, naming the row, and writes nothing', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const draft = (await t().as(admin, 'POST', '/api/v1/imports/notice/read-text', { text: RUN_ON })).json();
    const before = await counts(t());
    const res = await t().as(admin, 'POST', '/api/v1/imports/notice/draft-commit', { fileName: 'x', plan: draft.plan, projects: draft.projects });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('清单第 3 行（序号 3）：缺少主办单位');
    expect(await counts(t())).toEqual(before);
  });

  it('asks for the year when the pasted text names none', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const draft = (
      await t().as(admin, 'POST', '/api/v1/imports/notice/read-text', {
        text: '1.新建幼儿园3所（牵头单位：区教育局）\n2.改造老旧小区12个（牵头单位：区住建局）',
      })
    ).json();
    expect(draft.plan.year).toBeNull();
    const res = await t().as(admin, 'POST', '/api/v1/imports/notice/draft-preview', { fileName: 'x', plan: draft.plan, projects: draft.projects });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('请填写清单年度');
  });

  it('says a random text or a meeting note is not a list of projects', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const res = await t().as(admin, 'POST', '/api/v1/imports/notice/read-text', { text: fixture('notice-not-a-notice.txt').toString('utf8') });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('这不是一份民生实事项目清单');
    const { payload, headers } = multipartFile('notice-not-a-notice.txt', fixture('notice-not-a-notice.txt'));
    const file = await t().as(admin, 'POST', '/api/v1/imports/notice/read', payload, headers);
    expect(file.statusCode).toBe(422);
    expect(file.json().error.message).toContain('没有“1. …”“一、…”这样逐条编号的项目');
  });

  it("reads another district's .docx table with its own header words and keeps 完成时限 as the deadline", async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const { payload, headers } = multipartFile('西湖区民生实事.docx', await otherDistrictDocx());
    const res = await t().as(admin, 'POST', '/api/v1/imports/notice/read', payload, headers);
    expect(res.statusCode).toBe(200);
    const draft = res.json();
    expect(draft.projects.map((p: { name: string; leadUnits: string[]; deadline: string | null }) => [p.name, p.leadUnits, p.deadline])).toEqual([
      ['社区食堂', ['区民政局'], '2026-09-30'],
      ['学校直饮水', [], '2026-06-30'],
      ['背街小巷整治', ['区城市管理局'], '2026-12-31'],
    ]);
    expect(draft.projects[1].warnings.join('')).toContain('未找到牵头单位');
  });

  it('says a ledger workbook sent as the notice is a ledger, not a list of projects', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const { payload, headers } = multipartFile('第12周台账.xlsx', await ledgerWorkbook());
    const res = await t().as(admin, 'POST', '/api/v1/imports/notice/read', payload, headers);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/这不是一份民生实事项目清单.*进度台账/);
  });

  it('reads the sample notice file exactly as the strict reader does, every row sure', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const { payload, headers } = multipartFile('notice-2024-jingkai.docx', fixture('notice-2024-jingkai.docx'));
    const draft = (await t().as(admin, 'POST', '/api/v1/imports/notice/read', payload, headers)).json();
    expect(draft.projects).toHaveLength(27);
    expect(draft.projects.every((p: { confidence: number }) => p.confidence === 1)).toBe(true);
    expect(draft.projects[0]).toMatchObject({ seq: 1, name: '方便群众新能源汽车充电', leadUnits: ['区经济发展局'] });
  });

  it('lets only the 督查室 and admins read or import notices', async () => {
    // a unit of its own (区教育局 is not in the sample), with a 联络员
    const s = uniqueSuffix();
    const { leadUnitId } = await buildProject(t(), { lead: `区教育局${s}` });
    const staff = await buildUnitUser(t(), leadUnitId, 'unit_staff', `staff${s}`);
    const res = await t().as(staff, 'POST', '/api/v1/imports/notice/read-text', { text: RUN_ON });
    expect(res.statusCode).toBe(403);
  });
});
