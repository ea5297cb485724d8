import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
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
  pickToday,
  SHOTS_DIR,
  signIn,
  startServer,
  toast,
} from './browser';

const LEAD_UNIT = '区经济发展局';

describe.runIf(canRunBrowser())('inspections: a finding photographed on site becomes a rectification the unit closes and the 督查室 accepts', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let p1: number;
  let officePhone: Page;
  let officeDesk: Page;
  let unit: Page;
  let gpsJpeg: Buffer;
  let png: Buffer;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    planId = (await t.ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
    p1 = await projectIdBySeq(t, 1);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await signedInUser(t, admin, 'jingfa', 'unit_staff', LEAD_UNIT);
    await signedInUser(t, admin, 'duchashi', 'supervisor', null);
    gpsJpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#4a7' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 24/1 36/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 35/1 24/1' } })
      .toBuffer();
    png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#a84' } })
      .png()
      .toBuffer();

    browser = await launchChromium();
    officePhone = await newPage(browser, PHONE);
    officeDesk = await newPage(browser, DESK);
    unit = await newPage(browser, PHONE);
    // the unit's phone gives its position: a photo without EXIF GPS is located by it
    await unit.context().grantPermissions(['geolocation'], { origin: baseUrl });
    await unit.context().setGeolocation({ latitude: 35.4123, longitude: 116.5871 });
    await signIn(officePhone, baseUrl, 'duchashi', USER_PASSWORD);
    await signIn(officeDesk, baseUrl, 'duchashi', USER_PASSWORD);
    await signIn(unit, baseUrl, 'jingfa', USER_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the 督查室 records an inspection and, on a phone, a finding with a photo and a rectification request', async () => {
    await officeDesk.goto(`${baseUrl}/plans/${planId}/inspections`);
    await officeDesk.getByRole('menuitem', { name: '督导检查' }).waitFor();
    await button(officeDesk, '新建督导检查').click();
    const form = officeDesk.locator('.ant-drawer').filter({ hasText: '检查小结' });
    await form.getByLabel('检查人员').fill('督查室 张明、李华');
    await choose(officeDesk, form.getByLabel('检查项目'), '方便群众新能源');
    await officeDesk.keyboard.press('Escape');
    await form.getByLabel('检查小结').fill('充电桩建设总体按序时推进。');
    await button(form, '保存').click();
    await toast(officeDesk, '督导检查已记录');
    const inspection = await t.ctx.db.selectFrom('inspection').select('id').executeTakeFirstOrThrow();

    // on site, on the phone
    await officePhone.goto(`${baseUrl}/plans/${planId}/inspections?inspection=${inspection.id}`);
    const drawer = officePhone.locator('.ant-drawer').filter({ hasText: '发现的问题' });
    await button(drawer, '记录问题').click();
    const modal = officePhone.locator('.ant-modal').filter({ hasText: '现场照片' });
    await modal.getByText('较重', { exact: true }).click();
    await modal.getByLabel('发现的问题').fill('2 座充电桩已安装但未接电。');
    await modal.getByTestId('finding-photo-input').setInputFiles({ name: '现场.jpg', mimeType: 'image/jpeg', buffer: gpsJpeg });
    await expect.poll(() => modal.locator('img').count()).toBe(1);
    await modal.getByRole('switch').click();
    await modal.getByLabel('整改要求', { exact: true }).fill('完成接电并投入使用。');
    // the server refuses a missing deadline with a message; the form says it first
    await button(modal, '保\\s*存').click();
    await modal.getByText('请选择整改期限').waitFor();
    await pickToday(officePhone, modal.getByLabel('整改期限'));
    expect(await horizontalOverflow(officePhone)).toBeLessThanOrEqual(0);
    await officePhone.screenshot({ path: path.join(SHOTS_DIR, 'inspection-finding-form-375.png'), fullPage: true });
    await button(modal, '保\\s*存').click();
    await toast(officePhone, '问题已记录，整改要求已下发');
    const finding = drawer.locator('[data-testid^="finding-"]').first();
    await finding.getByText('2 座充电桩已安装但未接电。').waitFor();
    await finding.getByText('北纬35.4100').waitFor();
    await finding.getByText('东经116.5900').waitFor();
    await finding.getByText('整改中').waitFor();
    expect(await horizontalOverflow(officePhone)).toBeLessThanOrEqual(0);
    await officePhone.screenshot({ path: path.join(SHOTS_DIR, 'inspection-finding-375.png'), fullPage: true });
    const photo = await t.ctx.db.selectFrom('inspection_photo').select(['lat', 'lng', 'location_source']).executeTakeFirstOrThrow();
    expect(photo).toEqual({ lat: 35.41, lng: 116.59, location_source: 'exif' });
  });

  it('the lead unit finds it in 我的待办 and closes it with evidence and a photo located by the phone', async () => {
    await unit.goto(`${baseUrl}/todo`);
    const todo = unit.getByTestId('my-rectifications');
    await todo.getByText('完成接电并投入使用。').waitFor();
    await todo.getByRole('link', { name: /方便群众新能源/ }).click();
    const card = unit.getByTestId('project-findings');
    await button(card, '提交整改情况').click();
    const modal = unit.locator('.ant-modal').filter({ hasText: '提交整改情况' });
    await modal.getByTestId('rectification-photo-input').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: png });
    await modal.getByText('北纬35.4123').waitFor();
    await modal.getByText('东经116.5871').waitFor();
    await modal.getByLabel('整改情况').fill('已与供电公司对接，2 座充电桩已接电并投入使用。');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'rectification-respond-375.png'), fullPage: true });
    await button(modal, '提交复核').click();
    await toast(unit, '整改情况已提交，等待督查室复核');
    await card.getByText('待复核').waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'project-findings-375.png'), fullPage: true });
  });

  it('the 督查室 accepts it (销号), and the unit sees it closed', async () => {
    await officeDesk.goto(`${baseUrl}/projects/${p1}`);
    const card = officeDesk.getByTestId('project-findings');
    await card.getByText('已与供电公司对接，2 座充电桩已接电并投入使用。').waitFor();
    await button(card, '复核通过').click();
    await button(officeDesk.locator('.ant-popconfirm'), '销号').click();
    await toast(officeDesk, '已销号');
    await card.getByText('已销号').waitFor();
    await officeDesk.screenshot({ path: path.join(SHOTS_DIR, 'project-findings-1280.png'), fullPage: true });
    await officeDesk.goto(`${baseUrl}/plans/${planId}/inspections`);
    await officeDesk.getByText('问题 1').waitFor();
    await officeDesk.screenshot({ path: path.join(SHOTS_DIR, 'inspections-1280.png'), fullPage: true });

    await unit.goto(`${baseUrl}/projects/${p1}`);
    await unit.getByTestId('project-findings').getByText('已销号').waitFor();
    const row = await t.ctx.db.selectFrom('rectification').select(['status', 'evidence']).executeTakeFirstOrThrow();
    expect(row.status).toBe('closed');
    await unit.goto(`${baseUrl}/todo`);
    await unit.locator('.ant-layout-content').first().waitFor();
    expect(await unit.getByTestId('my-rectifications').count()).toBe(0);
  });
});
