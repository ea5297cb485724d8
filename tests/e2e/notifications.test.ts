import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildProject, buildUnitUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import type { BuiltProject, UnitUser } from '../../src/server/test-support/factories';
import { buildWeek } from '../../src/server/test-support/reporting.factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer, toast } from './browser';

const WEEK = '2024-W23';

describe.runIf(canRunBrowser())('notifications: the bell shows a returned update; settings and unit robots', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let p: BuiltProject;
  let unitUser: UnitUser;
  let unit: Page;
  let office: Page;

  beforeAll(async () => {
    ({ t, baseUrl } = await startServer());
    p = await buildProject(t, { lockBaseline: true });
    unitUser = await buildUnitUser(t, p.leadUnitId);
    const admin = await adminSession(t);
    const week = await buildWeek(t, unitUser, admin, p.id, WEEK, { actual: 40, status: 'submitted' });
    const returned = await t.as(admin, 'POST', `/api/v1/weekly/${week.updateId}/return`, { comment: '请补充现场照片' });
    expect(returned.statusCode).toBe(200);
    browser = await launchChromium();
    unit = await newPage(browser, PHONE);
    office = await newPage(browser, DESK);
    await signIn(unit, baseUrl, unitUser.username, USER_PASSWORD);
    await signIn(office, baseUrl, 'admin', ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the returned update on the bell at 375 px and opens it from the list', async () => {
    const bell = unit.getByTestId('notification-bell');
    await unit.locator('.ant-badge').filter({ has: bell }).locator('.ant-scroll-number').filter({ hasText: '1' }).waitFor();
    await bell.click();
    await unit.waitForURL(/\/notifications$/);
    const item = unit.getByTestId('notification-item').filter({ hasText: '被督查室退回' });
    await item.waitFor();
    expect(await item.textContent()).toContain('请补充现场照片');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'notifications-375.png'), fullPage: true });
    await item.click();
    await unit.waitForURL(new RegExp(`/projects/${p.id}/weekly/${WEEK}$`));
    await unit.getByTestId('weekly-return-comment').filter({ hasText: '请补充现场照片' }).waitFor();
    await unit.locator('.ant-badge').filter({ has: bell }).locator('.ant-scroll-number').waitFor({ state: 'detached' });
  });

  it('saves the user e-mail and turns e-mail reminders on from a phone', async () => {
    await unit.goto(`${baseUrl}/notifications/settings`);
    await unit.getByLabel('电子邮箱').fill('liaison@unit.example.cn');
    await unit.getByLabel('邮件提醒').click();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await button(unit, '保存').click();
    await toast(unit, '通知设置已保存');
    const row = await t.ctx.db
      .selectFrom('notification_preference')
      .select(['email', 'email_enabled'])
      .where('user_id', '=', unitUser.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ email: 'liaison@unit.example.cn', email_enabled: 1 });
  });

  it('lets the admin set the unit 钉钉 robot: http refused, https stored and shown masked', async () => {
    await office.goto(`${baseUrl}/units/${p.leadUnitId}`);
    const card = office.getByTestId('unit-robots');
    await button(card, '设置').first().click();
    await card.getByLabel('Webhook 地址（https）').fill('http://oapi.dingtalk.com/robot/send?access_token=abcdef123456');
    await card.getByLabel('加签密钥（SEC 开头）').fill('SECabc123');
    await button(card, '保存').click();
    await card.getByText('必须以 https:// 开头').waitFor();
    await card.getByLabel('Webhook 地址（https）').fill('https://oapi.dingtalk.com/robot/send?access_token=abcdef123456');
    await button(card, '保存').click();
    await toast(office, '钉钉群机器人已保存');
    await card.getByText('access_token=ab…56').waitFor();
    expect(await card.textContent()).not.toContain('abcdef123456');
    await office.screenshot({ path: path.join(SHOTS_DIR, 'unit-robots-1280.png'), fullPage: true });
  });
});
