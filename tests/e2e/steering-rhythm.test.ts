import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { buildWeek } from '../../src/server/test-support/reporting.factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { Session, TestApp } from '../../src/server/test-support/test-app';
import {
  button,
  canRunBrowser,
  choose,
  DESK,
  horizontalOverflow,
  launchChromium,
  newPage,
  PHONE,
  pickToday,
  SHOTS_DIR,
  signIn,
  startServer,
  toast,
} from './browser';

const WEEK = '2024-W23';
const LEAD_UNIT = '区经济发展局';
const CO_UNIT = '市自然资源和规划局经开区分局';

describe.runIf(canRunBrowser())('steering rhythm: weekly meeting, green channel, leader instruction and topic meeting, monthly bulletin', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let p1: number;
  let unit: Page;
  let coUnit: Page;
  let leader: Page;
  let office: Page;
  let admin: Session;
  let lead: Session;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    planId = (await t.ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
    p1 = await projectIdBySeq(t, 1);
    admin = await t.login('admin', ADMIN_PASSWORD);
    lead = await signedInUser(t, admin, 'jingfa', 'unit_staff', LEAD_UNIT);
    await signedInUser(t, admin, 'ziguiju', 'unit_staff', CO_UNIT);
    await signedInUser(t, admin, 'duchashi', 'supervisor', null);
    await signedInUser(t, admin, 'liquzhang', 'leader', null);
    const leaderId = (await t.ctx.db.selectFrom('user').select('id').where('username', '=', 'liquzhang').executeTakeFirstOrThrow()).id;
    expect((await t.as(admin, 'PUT', `/api/v1/projects/${p1}/leaders`, { userIds: [leaderId] })).statusCode).toBe(200);

    browser = await launchChromium();
    unit = await newPage(browser, DESK);
    coUnit = await newPage(browser, PHONE);
    leader = await newPage(browser, DESK);
    office = await newPage(browser, DESK);
    await signIn(unit, baseUrl, 'jingfa', USER_PASSWORD);
    await signIn(coUnit, baseUrl, 'ziguiju', USER_PASSWORD);
    await signIn(leader, baseUrl, 'liquzhang', USER_PASSWORD);
    await signIn(office, baseUrl, 'duchashi', USER_PASSWORD);
  });

  const weekRow = () =>
    t.ctx.db.selectFrom('weekly_update').select(['id', 'version', 'status']).where('project_id', '=', p1).where('week', '=', WEEK).executeTakeFirst();
  /** Project 1's week as the blocker test leaves it (a draft of 10座), made through the API when a later test runs alone. */
  const givenWeekDraft = async () => {
    if (await weekRow()) return;
    await buildWeek(t, lead, admin, p1, WEEK, {
      actual: 10,
      status: 'draft',
      progressText: '本周完成2座充电桩基础施工，累计10座。',
      problemsText: '马集镇3处充电站点位涉及集体建设用地，用地手续未办结。',
    });
  };
  /** …and as the bulletin test leaves it: submitted and accepted. */
  const givenWeekAccepted = async () => {
    await givenWeekDraft();
    const row = (await weekRow())!;
    if (row.status === 'accepted') return;
    if (row.status !== 'submitted') expect((await t.as(lead, 'POST', `/api/v1/weekly/${row.id}/submit`, { version: row.version })).statusCode).toBe(200);
    expect((await t.as(admin, 'POST', `/api/v1/weekly/${row.id}/accept`, {})).statusCode).toBe(200);
  };

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a unit records its weekly meeting with two action items', async () => {
    await unit.goto(`${baseUrl}/plans/${planId}/meetings`);
    await button(unit, '记录会议').click();
    const form = unit.locator('.ant-drawer').filter({ hasText: '会议纪要' });
    await form.getByLabel('主持人/主办').fill('张局长');
    await form.getByLabel('参会人员').fill('经发局班子成员、充电桩项目专班');
    await choose(unit, form.getByLabel('研究项目'), '方便群众新能源');
    await unit.keyboard.press('Escape');
    await form.getByLabel('会议纪要').fill('研究充电桩点位落地和电力增容问题。');
    for (const [index, title] of ['协调供电公司完成3处点位电力增容', '完成马集镇充电站选址'].entries()) {
      await button(form, '添加交办事项').click();
      const row = form.locator('.ant-card').filter({ hasText: `交办事项 ${index + 1}` });
      await row.getByLabel('事项', { exact: true }).fill(title);
      await choose(unit, row.getByLabel('责任单位'), LEAD_UNIT);
      await pickToday(unit, row.getByLabel('办结时限'));
    }
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'meeting-form-1280.png'), fullPage: true });
    await button(form, '保存').click();
    await toast(unit, '会议已记录');
    const details = unit.locator('.ant-drawer').filter({ hasText: '会议详情' });
    await details.getByText('协调供电公司完成3处点位电力增容').waitFor();
    await details.getByText('完成马集镇充电站选址').waitFor();
    const meetings = (await t.as(await t.login('admin', ADMIN_PASSWORD), 'GET', `/api/v1/plans/${planId}/meetings`)).json().items;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: 'weekly' });
    expect(meetings[0].actionItems).toHaveLength(2);
  });

  it('raises a blocker from project 1’s weekly update and sends it through the green channel, which the co-unit answers', async () => {
    await unit.goto(`${baseUrl}/projects/${p1}/weekly/${WEEK}`);
    await unit.getByLabel('新改建充电桩（座）').fill('10');
    await unit.getByLabel('本周进展').fill('本周完成2座充电桩基础施工，累计10座。');
    await unit.getByLabel('存在问题').fill('马集镇3处充电站点位涉及集体建设用地，用地手续未办结。');
    // autosaved on the server before the blocker is raised from it
    await expect
      .poll(
        async () =>
          (await t.ctx.db.selectFrom('weekly_update').select('problems_text').where('project_id', '=', p1).where('week', '=', WEEK).executeTakeFirst())
            ?.problems_text,
        { timeout: 15_000 },
      )
      .toContain('用地手续未办结');
    await unit.getByTestId('weekly-saved').waitFor();
    await button(unit, '反映堵点').click();
    const raise = unit.locator('.ant-modal').filter({ hasText: '反映堵点卡点' });
    await expect.poll(() => raise.getByLabel('问题描述').inputValue(), { timeout: 10_000 }).toContain('用地手续未办结');
    await choose(unit, raise.getByLabel('类型'), '用地');
    await raise.getByLabel('需要谁提供什么支持').fill('自然资源和规划部门协助办理用地手续');
    await button(raise, '提交').click();
    await toast(unit, '堵点已反映');
    const blocker = await t.ctx.db.selectFrom('blocker').selectAll().where('project_id', '=', p1).executeTakeFirstOrThrow();
    const update = await t.ctx.db.selectFrom('weekly_update').select('id').where('project_id', '=', p1).where('week', '=', WEEK).executeTakeFirstOrThrow();
    expect(blocker.update_id).toBe(update.id);

    await unit.getByRole('link', { name: '查看堵点' }).click();
    const drawer = unit.locator('.ant-drawer').filter({ hasText: '堵点卡点详情' });
    await button(drawer, '申请绿色通道').click();
    const request = unit.locator('.ant-modal').filter({ hasText: '请求事项' });
    await choose(unit, request.getByLabel('协办单位'), CO_UNIT);
    await request.getByLabel('请求事项').fill('请协助办理马集镇3处充电站点位用地手续');
    await button(request, '发送').click();
    await toast(unit, `已向${CO_UNIT}申请绿色通道`);

    // the co-unit, on a phone, finds it among its tasks the moment it is sent
    await coUnit.goto(`${baseUrl}/todo`);
    await coUnit.getByTestId('green-channel-todo').getByRole('button', { name: '去办理' }).click();
    await coUnit.waitForURL(/\/blockers/);
    await coUnit.getByText('待我答复').first().waitFor();
    await coUnit.locator('.ant-list-item').filter({ hasText: '待我答复' }).first().click();
    const coDrawer = coUnit.locator('.ant-drawer').filter({ hasText: '堵点卡点详情' });
    await button(coDrawer, '接收').click();
    await toast(coUnit, '已接收');
    await button(coDrawer, '答复').click();
    const answer = coUnit.locator('.ant-modal').filter({ hasText: '答复绿色通道请求' });
    await answer.getByLabel('答复内容').fill('已开通绿色通道，用地手续5个工作日内办结');
    await button(answer, '答复').click();
    await toast(coUnit, '已答复');
    expect(await horizontalOverflow(coUnit)).toBeLessThanOrEqual(0);
    await coUnit.screenshot({ path: path.join(SHOTS_DIR, 'green-channel-answered-375.png'), fullPage: true });

    await unit.reload();
    await unit.locator('.ant-drawer').getByText('已开通绿色通道，用地手续5个工作日内办结').waitFor();
  });

  it('escalates another blocker to the leader, who writes an instruction and calls a topic meeting', async () => {
    await unit.goto(`${baseUrl}/projects/${p1}`);
    await button(unit.locator('.ant-card').filter({ hasText: '堵点卡点' }).first(), '反映堵点').click();
    const raise = unit.locator('.ant-modal').filter({ hasText: '反映堵点卡点' });
    await choose(unit, raise.getByLabel('类型'), '资金');
    await raise.getByLabel('问题描述').fill('充电桩建设补助资金300万元尚未拨付，施工单位垫资困难');
    await button(raise, '提交').click();
    await toast(unit, '堵点已反映');
    const second = await t.ctx.db.selectFrom('blocker').select(['id', 'kind']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(second.kind).toBe('funding');
    await unit.goto(`${baseUrl}/plans/${planId}/blockers?status=all&blocker=${second.id}`);
    const drawer = unit.locator('.ant-drawer').filter({ hasText: '堵点卡点详情' });
    await button(drawer, '提请领导协调').click();
    await button(unit.locator('.ant-modal-confirm, .ant-popover').filter({ hasText: '提请分管领导协调' }), '提请').click();
    await toast(unit, '已提请分管领导协调');

    await leader.goto(`${baseUrl}/`);
    await leader.waitForURL(/\/leader/);
    const escalated = leader.getByTestId('escalated-blocker').filter({ hasText: '补助资金300万元' });
    await button(escalated, '批示').click();
    const instruct = leader.locator('.ant-modal').filter({ hasText: '对堵点作出批示' });
    await instruct.getByLabel('批示内容').fill('请区财政局本周内拨付补助资金，督查室跟踪落实。');
    await button(instruct, '发送批示').click();
    await toast(leader, '批示已发送');
    await leader.screenshot({ path: path.join(SHOTS_DIR, 'leader-page-1280.png'), fullPage: true });

    await escalated.getByRole('link', { name: '召开专题会' }).click();
    await leader.waitForURL(/\/meetings\?/);
    const form = leader.locator('.ant-drawer').filter({ hasText: '会议纪要' });
    await expect.poll(() => form.getByLabel('会议纪要').inputValue(), { timeout: 10_000 }).toContain('补助资金300万元');
    await form.getByLabel('主持人/主办').fill('李区长');
    await button(form, '添加交办事项').click();
    const row = form.locator('.ant-card').filter({ hasText: '交办事项 1' });
    await row.getByLabel('事项', { exact: true }).fill('拨付充电桩建设补助资金');
    await choose(leader, row.getByLabel('责任单位'), LEAD_UNIT);
    await pickToday(leader, row.getByLabel('办结时限'));
    await button(form, '保存').click();
    await toast(leader, '会议已记录');

    const instructions = await t.ctx.db.selectFrom('instruction').selectAll().execute();
    expect(instructions).toHaveLength(1);
    expect(instructions[0]).toMatchObject({ project_id: p1, target_kind: 'blocker', target_id: second.id });
    const topic = await t.ctx.db.selectFrom('meeting').selectAll().where('kind', '=', 'topic').execute();
    expect(topic).toHaveLength(1);

    // the unit finds the instruction among its tasks
    await unit.goto(`${baseUrl}/todo`);
    await unit.getByTestId('my-instructions').getByText('请区财政局本周内拨付补助资金').waitFor();
  });

  it('the 督查室 compiles the month’s bulletin, edits a line, issues it and downloads the .docx', async () => {
    await givenWeekDraft();
    const update = await t.ctx.db
      .selectFrom('weekly_update')
      .select(['id', 'version'])
      .where('project_id', '=', p1)
      .where('week', '=', WEEK)
      .executeTakeFirstOrThrow();
    expect((await t.as(admin, 'POST', `/api/v1/weekly/${update.id}/submit`, { version: update.version })).statusCode).toBe(200);
    expect((await t.as(admin, 'POST', `/api/v1/weekly/${update.id}/accept`, {})).statusCode).toBe(200);

    await office.goto(`${baseUrl}/plans/${planId}/bulletins`);
    await office.getByLabel('通报月份').click();
    await office.locator('.ant-picker-dropdown:visible td[title="2024-06"]').click();
    await button(office, '生成通报').click();
    await toast(office, '通报草稿已生成');
    const progress = office.locator('label').filter({ hasText: '二、项目推进情况' }).locator('textarea');
    const text = await progress.inputValue();
    expect(text).toContain('方便群众新能源汽车充电');
    await progress.fill(text.replace(/^1\. .*$/m, (line) => `${line}经督查室现场核实，用地手续已开通绿色通道。`));
    await button(office, '保存').click();
    await toast(office, '通报已保存');
    await button(office, '印发').click();
    await button(office.locator('.ant-popover'), '印发').click();
    await toast(office, '通报已印发');
    await office.screenshot({ path: path.join(SHOTS_DIR, 'bulletin-issued-1280.png'), fullPage: true });

    const downloading = office.waitForEvent('download');
    await office.getByRole('link', { name: /下载 Word/ }).click();
    const download = await downloading;
    const file = path.join(SHOTS_DIR, 'bulletin-2024-06.docx');
    await download.saveAs(file);
    const { value } = await mammoth.extractRawText({ path: file });
    const bulletins = (await t.as(admin, 'GET', `/api/v1/plans/${planId}/bulletins`)).json().items;
    expect(bulletins).toEqual([{ id: expect.any(Number), month: '2024-06', status: 'issued' }]);
    const bulletin = (await t.as(admin, 'GET', `/api/v1/bulletins/${bulletins[0].id}`)).json();
    expect(value).toContain('关于办好2024年“重点民生实事”的通知');
    expect(value).toContain('2024年6月');
    expect(value).toContain('经督查室现场核实，用地手续已开通绿色通道。');
    expect(bulletin.lagging.map((l: { name: string }) => l.name)).toContain('方便群众新能源汽车充电');
    for (const lagging of bulletin.lagging as { name: string }[]) expect(value).toContain(lagging.name);
  });

  it('the leader writes an instruction on the accepted weekly update from the project page', async () => {
    await givenWeekAccepted();
    await leader.goto(`${baseUrl}/projects/${p1}`);
    const weekly = leader.locator('#weekly');
    await button(weekly, '批示').first().click();
    const instruct = leader.locator('.ant-modal').filter({ hasText: '对周台账作出批示' });
    await instruct.getByLabel('批示内容').fill('进度严重滞后，请主办单位制定赶超计划。');
    await button(instruct, '发送批示').click();
    await toast(leader, '批示已发送');
    const update = await t.ctx.db.selectFrom('weekly_update').select('id').where('project_id', '=', p1).where('week', '=', WEEK).executeTakeFirstOrThrow();
    const onUpdate = await t.ctx.db.selectFrom('instruction').selectAll().where('target_kind', '=', 'weekly_update').execute();
    expect(onUpdate).toHaveLength(1);
    expect(onUpdate[0]).toMatchObject({ project_id: p1, target_id: update.id, text: '进度严重滞后，请主办单位制定赶超计划。' });
    await leader.getByTestId('instruction-item').filter({ hasText: '针对周台账' }).first().waitFor();
  });
});
