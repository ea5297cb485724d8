import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import {
  button,
  canRunBrowser,
  choose,
  DESK,
  horizontalOverflow,
  launchChromium,
  newPage,
  PHONE,
  pickNextMonth15,
  SHOTS_DIR,
  signIn,
  startServer,
  toast,
} from './browser';

const LEAD_UNIT = '区经济发展局';

describe.runIf(canRunBrowser())('督办单: issued by the 督查室, signed and answered with evidence by the unit on a phone, reviewed and closed', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let unit: Page;
  let office: Page;
  const notice = () =>
    t.ctx.db.selectFrom('supervision_notice').select(['id', 'status', 'response', 'evidence', 'year', 'seq']).where('plan_id', '=', planId).executeTakeFirst();

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    planId = (await t.ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await signedInUser(t, admin, 'jingfa', 'unit_staff', LEAD_UNIT);
    await signedInUser(t, admin, 'duchashi', 'supervisor', null);
    browser = await launchChromium();
    unit = await newPage(browser, PHONE);
    office = await newPage(browser, DESK);
    await signIn(unit, baseUrl, 'jingfa', USER_PASSWORD);
    await signIn(office, baseUrl, 'duchashi', USER_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the 督查室 issues a 督办单 on project 1 to its lead unit at 1280', async () => {
    await office.goto(`${baseUrl}/plans/${planId}`);
    await office.locator('.ant-menu').getByText('督办单', { exact: true }).click();
    await office.waitForURL(/\/supervision/);
    await button(office, '下发督办单').click();
    const form = office.locator('.ant-drawer').filter({ hasText: '整改要求' });
    await choose(office, form.getByLabel('督办项目'), '方便群众新能源');
    await expect.poll(() => form.locator('.ant-form-item').filter({ hasText: '承办单位' }).textContent()).toContain(LEAD_UNIT);
    await form.getByLabel('督办事项').fill('充电桩建设进度滞后');
    await form.getByLabel('存在问题').fill('截至6月底仅建成46座，低于序时进度');
    await form.getByLabel('整改要求').fill('倒排工期，7月底前完成全部选址并开工');
    const deadline = await pickNextMonth15(office, form.getByLabel('办理期限'));
    expect(await form.getByLabel('办理期限').inputValue()).toBe(deadline);
    await office.screenshot({ path: path.join(SHOTS_DIR, 'supervision-issue-1280.png'), fullPage: true });
    await button(form, '下发').click();
    await toast(office, '已下发督办〔2024〕1号');
    const details = office.locator('.ant-drawer').filter({ hasText: '办理过程' });
    await details.getByText('待签收').first().waitFor();
    expect(await notice()).toMatchObject({ status: 'issued', year: 2024, seq: 1 });
  });

  it('the unit finds it in 我的待办 at 375 px, signs it, uploads a photo and responds', async () => {
    await unit.goto(`${baseUrl}/todo`);
    const section = unit.getByTestId('my-supervision-notices');
    await section.getByText('督办〔2024〕1号 充电桩建设进度滞后').waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'supervision-todo-375.png'), fullPage: true });
    await section.getByRole('link', { name: /督办〔2024〕1号/ }).click();
    const drawer = unit.locator('.ant-drawer').filter({ hasText: '办理过程' });
    await button(drawer, '签收').click();
    await toast(unit, '已签收');
    await drawer.getByText('办理中').first().waitFor();
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    await drawer.getByTestId('supervision-file-input').setInputFiles({ name: '开工现场.jpg', mimeType: 'image/jpeg', buffer: photo });
    await drawer.locator('img[alt="开工现场.jpg"]').waitFor();
    await button(drawer, '反馈办理情况').click();
    const modal = unit.locator('.ant-modal').filter({ hasText: '佐证材料说明' });
    await modal.getByLabel('办理情况').fill('已完成选址12处，开工8处');
    await modal.getByLabel('佐证材料说明').fill('开工现场照片');
    await button(modal, '提交反馈').click();
    await toast(unit, '已反馈，等待督查室复核');
    await drawer.getByText('待复核').first().waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'supervision-responded-375.png'), fullPage: true });
    expect(await notice()).toMatchObject({ status: 'responded', response: '已完成选址12处，开工8处', evidence: '开工现场照片' });
  });

  it('the 督查室 reviews it (复核) and closes it (办结); the timeline shows every step', async () => {
    const id = (await notice())!.id;
    await office.goto(`${baseUrl}/plans/${planId}/supervision?status=responded`);
    await office.getByTestId('supervision-notice-item').filter({ hasText: '督办〔2024〕1号' }).click();
    const drawer = office.locator('.ant-drawer').filter({ hasText: '办理过程' });
    await drawer.locator('img[alt="开工现场.jpg"]').waitFor();
    await button(drawer, '复核').click();
    const modal = office.locator('.ant-modal').filter({ hasText: '复核结果' });
    await modal.getByLabel('复核意见').fill('整改到位，同意办结');
    await button(modal, '确定').click();
    await toast(office, '督办单已办结');
    const timeline = drawer.getByTestId('supervision-timeline');
    await timeline.getByText('复核办结').waitFor();
    for (const step of ['下发督办单', '签收', '反馈办理情况']) await timeline.getByText(step, { exact: true }).waitFor();
    await office.screenshot({ path: path.join(SHOTS_DIR, 'supervision-closed-1280.png'), fullPage: true });
    expect(await notice()).toMatchObject({ id, status: 'closed' });

    await unit.goto(`${baseUrl}/plans/${planId}/supervision?status=all`);
    await unit.getByTestId('supervision-notice-item').filter({ hasText: '已办结' }).waitFor();
    expect(await button(unit, '下发督办单').count()).toBe(0);
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'supervision-list-375.png'), fullPage: true });
    await unit.goto(`${baseUrl}/plans/${planId}/supervision?status=closed&notice=${id}`);
    await unit.locator('.ant-drawer').filter({ hasText: '办理过程' }).getByText('复核办结').waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'supervision-closed-375.png'), fullPage: true });
  });
});
