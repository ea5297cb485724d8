import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-data.users';
import { MIN_FILL_SECONDS } from '../../src/server/modules/public-feedback/public-form-guard';
import { createTestApp } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn } from './browser';

/**
 * Citizens' feedback on the demo portal (issue 12): an anonymous citizen rates project 1 (a second rating in the same
 * quarter is refused) and leaves a suggestion; it shows only after the 督查室 publishes it, with the lead unit's reply
 * under it and the citizen's name and phone masked.
 */
describe.runIf(canRunBrowser())('citizen feedback on the public project page (demo)', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let projectId: number;
  let leadUser: string;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    t = await createTestApp('sqlite', { MINSHENG_SAMPLE: 'demo' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    planId = (await t.ctx.db.selectFrom('plan').select('id').where('year', '=', 2024).executeTakeFirstOrThrow()).id;
    const project = await t.ctx.db
      .selectFrom('project')
      .innerJoin('project_unit', 'project_unit.project_id', 'project.id')
      .select(['project.id', 'project_unit.unit_id'])
      .where('project.plan_id', '=', planId)
      .where('project.seq', '=', 1)
      .where('project_unit.role', '=', 'lead')
      .executeTakeFirstOrThrow();
    projectId = project.id;
    leadUser = (
      await t.ctx.db
        .selectFrom('user')
        .select('username')
        .where('unit_id', '=', project.unit_id)
        .where('role', '=', 'unit_staff')
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).username;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a citizen rates once per quarter and comments; the comment shows after moderation with the lead unit reply, masked', async () => {
    const citizen = await newPage(browser, PHONE);
    await citizen.goto(`${baseUrl}/public/projects/${projectId}`);
    const widget = citizen.locator('[data-ms-widget="feedback"]');
    await widget.getByRole('button', { name: '满意', exact: true }).click();
    await widget.getByRole('button', { name: '提交评价' }).click();
    await widget.getByText('感谢您的评价').waitFor();
    await widget.getByRole('button', { name: '不满意', exact: true }).click();
    await widget.getByRole('button', { name: '提交评价' }).click();
    await widget.getByText(/每人每季度只能评价一次/).waitFor();

    await widget.getByLabel('内容').fill('建议在充电站旁增加遮雨棚，方便雨天充电。');
    await widget.getByLabel('称呼（选填）').fill('张三丰');
    await widget.getByLabel('联系电话（选填）').fill('13812341234');
    // a person takes longer than the minimum fill time the form token enforces
    await citizen.waitForTimeout(MIN_FILL_SECONDS * 1000 + 500);
    await widget.getByRole('button', { name: '提交留言' }).click();
    await widget.getByText(/提交成功/).waitFor();
    expect(await widget.getByText('建议在充电站旁增加遮雨棚').count()).toBe(0);
    expect(await horizontalOverflow(citizen)).toBeLessThanOrEqual(0);
    await citizen.screenshot({ path: path.join(SHOTS_DIR, 'public-feedback-375.png'), fullPage: true });
    const axe = await new AxeBuilder({ page: citizen }).include('[data-ms-widget="feedback"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // the 督查室 publishes it from its queue
    const office = await newPage(browser, DESK);
    await signIn(office, baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await office.goto(`${baseUrl}/plans/${planId}/public-comments`);
    const queued = office.getByTestId('public-comment').filter({ hasText: '增加遮雨棚' });
    await queued.getByText('13812341234').waitFor();
    await button(queued, '公开').click();
    await office.getByText('已公开').first().waitFor();

    // the lead unit replies on a phone
    const unit = await newPage(browser, PHONE);
    await signIn(unit, baseUrl, leadUser, DEMO_PASSWORD);
    await unit.goto(`${baseUrl}/plans/${planId}/public-comments`);
    const mine = unit.getByTestId('public-comment').filter({ hasText: '增加遮雨棚' });
    await mine.getByText('138****1234').waitFor();
    await button(mine, '答复').click();
    await unit.getByLabel('答复内容（公开显示在留言下方）').fill('已纳入二期建设，11月底前完成。');
    await unit.getByRole('button', { name: /提\s*交/ }).click();
    await mine.getByText('已纳入二期建设').waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);

    await citizen.reload();
    const shown = citizen.locator('[data-ms-widget="feedback"] li').filter({ hasText: '增加遮雨棚' });
    await shown.getByText('已纳入二期建设，11月底前完成。').waitFor();
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain('张**');
    expect(text).toContain('138****1234');
    expect(text).not.toContain('13812341234');
    await Promise.all([citizen.context().close(), office.context().close(), unit.context().close()]);
  });

  it('the 督查室 reads 满意率 per project; a 不满意 with a reason lands on the lead unit’s 我的待办, which closes it at 375 px', async () => {
    const rate = (ip: string, rating: string, reason?: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/public/projects/${projectId}/ratings`, remoteAddress: ip, payload: { rating, reason } });
    expect((await rate('10.9.0.1', 'satisfied')).statusCode).toBe(200);
    expect((await rate('10.9.0.2', 'unsatisfied', '充电桩经常被燃油车占用')).statusCode).toBe(200);

    const office = await newPage(browser, DESK);
    await signIn(office, baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await office.goto(`${baseUrl}/plans/${planId}/satisfaction`);
    await office.getByText('满意度测评').waitFor();
    const row = office
      .locator('tr')
      .filter({ has: office.locator('td', { hasText: /^1$/ }) })
      .first();
    await row.getByText(/%$/).waitFor();
    await office.getByTestId('follow-up').filter({ hasText: '燃油车占用' }).waitFor();

    const unit = await newPage(browser, PHONE);
    await signIn(unit, baseUrl, leadUser, DEMO_PASSWORD);
    await unit.goto(`${baseUrl}/todo`);
    const task = unit.getByTestId('my-follow-ups').getByTestId('follow-up').filter({ hasText: '燃油车占用' });
    await button(task, '填写处理情况并办结').click();
    await unit.getByLabel('处理情况').fill('已电话回访，增设禁停标识并安排巡查。');
    await unit.getByRole('button', { name: /提\s*交/ }).click();
    await expect.poll(() => unit.getByTestId('follow-up').filter({ hasText: '燃油车占用' }).count()).toBe(0);
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);

    await office.reload();
    await office.getByTestId('follow-up').filter({ hasText: '已电话回访' }).getByText('已办结').waitFor();
    await office.screenshot({ path: path.join(SHOTS_DIR, 'satisfaction-1280.png'), fullPage: true });
    await Promise.all([office.context().close(), unit.context().close()]);
  });
});
