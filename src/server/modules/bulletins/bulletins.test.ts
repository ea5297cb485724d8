import JSZip from 'jszip';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser } from '../../test-support/factories';
import { buildBulletinDraft, editBulletin, issueBulletin } from '../../test-support/steering.factories';
import { firstClause } from './bulletin-body';

const MONTH = '2024-06';

describeEachDialect('monthly bulletins (通报): compile, edit, issue, .docx', (t) => {
  /** A 2024 plan of its own (one project, targets locked, nothing reported) and a user of its lead unit. */
  async function setup() {
    const admin = await adminSession(t());
    const project = await buildProject(t(), { year: 2024, lockBaseline: true });
    const econ = await buildUnitUser(t(), project.leadUnitId);
    return { admin, econ, project, planId: project.planId, projectName: project.name };
  }

  /** The same, with the 督查室's June draft compiled. */
  async function withDraft() {
    const s = await setup();
    const draft = await buildBulletinDraft(t(), s.planId, MONTH);
    return { ...s, draft, bulletinId: draft.id, version: draft.version, lagging: draft.lagging.map((l) => l.name) };
  }

  /** The same, with the draft edited (发文字号 7号) and issued. */
  async function withIssued() {
    const s = await withDraft();
    const edited = await editBulletin(t(), s.draft, { docNumber: '督查通报〔2024〕7号' });
    await issueBulletin(t(), edited);
    return s;
  }

  it('lets only the 督查室 compile a draft from the ledger and the month reports', async () => {
    const { admin, econ, project, planId, projectName } = await setup();

    const refused = await t().as(econ, 'POST', `/api/v1/plans/${planId}/bulletins`, { month: MONTH });
    expect(refused.statusCode).toBe(403);
    expect((await t().as(admin, 'POST', `/api/v1/plans/${planId}/bulletins`, { month: '2024-6' })).statusCode).toBe(400);

    const created = await t().as(admin, 'POST', `/api/v1/plans/${planId}/bulletins`, { month: MONTH });
    expect(created.statusCode).toBe(200);
    const b = created.json();
    expect(b).toMatchObject({
      planId,
      month: MONTH,
      status: 'draft',
      docNumber: '督查通报〔2024〕6号',
      title: '关于2024年6月份重点民生实事推进情况的通报',
      version: 1,
    });
    const text = b.paragraphs.map((p: { heading?: string; text: string }) => `${p.heading ?? ''}${p.text}`).join('\n');
    expect(text).toContain('一、总体情况');
    expect(text).toContain('已完成');
    expect(text).toContain(projectName);
    expect(text).toContain('挂牌督办');
    // no monthly report was submitted, so the lead unit of the project is listed as not reported
    expect(text).toContain('未报送月报的单位');
    expect(text).toContain(project.leadUnitName);
    expect(b.table.rows.length).toBeGreaterThan(0);
    // nothing was reported by the end of June, so projects behind their pace go on the 挂牌督办 list
    const lagging: string[] = b.lagging.map((l: { name: string }) => l.name);
    expect(lagging.length).toBeGreaterThan(0);
    for (const name of lagging) expect(b.paragraphs[3].text).toContain(name);

    const again = await t().as(admin, 'POST', `/api/v1/plans/${planId}/bulletins`, { month: MONTH });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('草稿已存在');
  });

  it('keeps drafts to the 督查室 and answers the contract list exactly', async () => {
    const { admin, econ, planId, bulletinId } = await withDraft();
    const list = await t().as(admin, 'GET', `/api/v1/plans/${planId}/bulletins`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ items: [{ id: bulletinId, month: MONTH, status: 'draft' }] });
    expect((await t().as(econ, 'GET', `/api/v1/plans/${planId}/bulletins`)).json()).toEqual({ items: [] });
    expect((await t().as(econ, 'GET', `/api/v1/bulletins/${bulletinId}`)).statusCode).toBe(404);
    expect((await t().as(econ, 'GET', `/api/v1/bulletins/${bulletinId}.docx`)).statusCode).toBe(404);
    expect((await t().as(null, 'GET', `/api/v1/plans/${planId}/bulletins`)).statusCode).toBe(401);
  });

  it('edits the draft with a version check, then issues it once', async () => {
    const drafted = await withDraft();
    const { admin, econ, planId, bulletinId } = drafted;
    let version = drafted.version;
    const current = (await t().as(admin, 'GET', `/api/v1/bulletins/${bulletinId}`)).json();
    const paragraphs = [...current.paragraphs];
    paragraphs[1] = { ...paragraphs[1], text: `${paragraphs[1].text}经督查室核实，数据准确。` };
    expect((await t().as(econ, 'PATCH', `/api/v1/bulletins/${bulletinId}`, { title: 'x', version })).statusCode).toBe(403);
    const edited = await t().as(admin, 'PATCH', `/api/v1/bulletins/${bulletinId}`, { paragraphs, docNumber: '督查通报〔2024〕7号', version });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ docNumber: '督查通报〔2024〕7号', version: version + 1 });
    expect(edited.json().paragraphs[1].text).toContain('经督查室核实');
    const stale = await t().as(admin, 'PATCH', `/api/v1/bulletins/${bulletinId}`, { title: '关于6月份的通报', version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    version = edited.json().version;

    expect((await t().as(econ, 'POST', `/api/v1/bulletins/${bulletinId}/issue`, {})).statusCode).toBe(403);
    const issued = await t().as(admin, 'POST', `/api/v1/bulletins/${bulletinId}/issue`, { version });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', issuedBy: 'admin' });
    expect(issued.json().issuedAt).not.toBeNull();
    const twice = await t().as(admin, 'POST', `/api/v1/bulletins/${bulletinId}/issue`, {});
    expect(twice.statusCode).toBe(409);
    const locked = await t().as(admin, 'PATCH', `/api/v1/bulletins/${bulletinId}`, { title: '改标题', version: issued.json().version });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('已印发');
    const second = await t().as(admin, 'POST', `/api/v1/plans/${planId}/bulletins`, { month: MONTH });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('已印发');
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'bulletin')
      .where('entity_id', '=', String(bulletinId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'issue']);
  });

  it('shows the issued bulletin to any signed-in user and exports it as an official .docx', async () => {
    const { econ, planId, bulletinId, projectName, lagging } = await withIssued();
    expect((await t().as(econ, 'GET', `/api/v1/plans/${planId}/bulletins`)).json()).toEqual({ items: [{ id: bulletinId, month: MONTH, status: 'issued' }] });
    expect((await t().as(econ, 'GET', `/api/v1/bulletins/${bulletinId}`)).json()).toMatchObject({ id: bulletinId, status: 'issued' });
    const res = await t().as(econ, 'GET', `/api/v1/bulletins/${bulletinId}.docx`);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-type'])).toContain('wordprocessingml');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
    const buffer = res.rawPayload;
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(buffer);
    expect(zip.file('word/document.xml')).not.toBeNull();
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('关于2024年6月份重点民生实事推进情况的通报');
    expect(value).toContain('督查通报〔2024〕7号');
    expect(value).toContain(projectName);
    for (const name of lagging) expect(value).toContain(name);
    expect((await t().as(econ, 'GET', '/api/v1/bulletins/abc.docx')).statusCode).toBe(404);
    expect((await t().as(econ, 'GET', '/api/v1/bulletins/999999.docx')).statusCode).toBe(404);
  });
});

it('takes one clean clause of a free text for a bulletin line', () => {
  expect(firstClause('本周新建充电桩6座。\n下周继续')).toBe('本周新建充电桩6座');
  expect(firstClause('电力增容待批；')).toBe('电力增容待批');
  expect(firstClause('无')).toBe('');
  expect(firstClause('  暂无。 ')).toBe('');
  expect(firstClause(null)).toBe('');
});
