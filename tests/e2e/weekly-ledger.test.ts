import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { buildWeek } from '../../src/server/test-support/reporting.factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { Session, TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer, toast } from './browser';

const WEEK = '2024-W23';

describe.runIf(canRunBrowser())('weekly ledger: a unit submits on a phone, the 督查室 returns and accepts', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let p1: number;
  let unit: Page;
  let office: Page;
  let admin: Session;
  let econ: Session;
  const photo = path.join(SHOTS_DIR, 'charging-site.jpg');

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#4a8' } })
      .jpeg()
      .toFile(photo);
    ({ t, baseUrl } = await startServer());
    planId = (await t.ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
    p1 = await projectIdBySeq(t, 1);
    admin = await t.login('admin', ADMIN_PASSWORD);
    econ = await signedInUser(t, admin, 'jingfa', 'unit_staff', '区经济发展局');
    browser = await launchChromium();
    unit = await newPage(browser, PHONE);
    office = await newPage(browser, DESK);
    await signIn(unit, baseUrl, 'jingfa', USER_PASSWORD);
    await signIn(office, baseUrl, 'admin', ADMIN_PASSWORD);
  });

  /** Project 1's week as the first test leaves it (46座 with a photo, submitted), made through the API when the next test runs alone. */
  const givenSubmitted = async () => {
    const row = await t.ctx.db.selectFrom('weekly_update').select('id').where('project_id', '=', p1).where('week', '=', WEEK).executeTakeFirst();
    if (!row) await buildWeek(t, econ, admin, p1, WEEK, { actual: 46, photos: 1, status: 'submitted', progressText: '本周在马集镇新建充电桩6座，累计46座。' });
  };

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('submits 46 of 110 charging piles with a photo and text from a phone', async () => {
    await unit.goto(`${baseUrl}/projects/${p1}/weekly/${WEEK}`);
    await unit.getByLabel('新改建充电桩（座）').fill('46');
    await unit.getByLabel('本周进展').fill('本周在马集镇新建充电桩6座，累计46座。');
    await unit.getByTestId('weekly-photo-input').setInputFiles(photo);
    await unit.locator('img[src*="/thumb"]').first().waitFor();
    await unit.getByTestId('weekly-saved').waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'weekly-form-375.png'), fullPage: true });
    await button(unit, '提交').click();
    await unit
      .getByTestId('weekly-status')
      .filter({ hasText: /已报送|已提交|待审核/ })
      .waitFor();
    const row = await t.ctx.db
      .selectFrom('weekly_update')
      .select(['status', 'id'])
      .where('project_id', '=', p1)
      .where('week', '=', WEEK)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('submitted');
    expect(await t.ctx.db.selectFrom('attachment').select('id').where('update_id', '=', row.id).execute()).toHaveLength(1);
  });

  it('is returned with a comment, fixed and resubmitted, then accepted; status and ledger follow', async () => {
    await givenSubmitted();
    await office.goto(`${baseUrl}/plans/${planId}/review`);
    await office.getByTestId(`review-item-${p1}`).click();
    await office.getByLabel('审核意见').fill('请补充充电桩点位说明');
    await button(office, '退回').click();
    await toast(office, '已退回');

    await unit.reload();
    await unit.getByTestId('weekly-return-comment').filter({ hasText: '请补充充电桩点位说明' }).waitFor();
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'weekly-returned-375.png'), fullPage: true });
    await unit.getByLabel('本周进展').fill('本周在马集镇新建充电桩6座，累计46座；点位：马集镇政府、疃里镇卫生院。');
    await unit.getByTestId('weekly-saved').waitFor();
    await button(unit, '修改后重新提交').click();
    await unit
      .getByTestId('weekly-status')
      .filter({ hasText: /已报送|已提交|待审核/ })
      .waitFor();

    await office.goto(`${baseUrl}/plans/${planId}/review`);
    await office.getByTestId(`review-item-${p1}`).click();
    await office.getByText('点位：马集镇政府').first().waitFor();
    await office.screenshot({ path: path.join(SHOTS_DIR, 'weekly-review-1280.png'), fullPage: true });
    await button(office, '通过').click();
    await toast(office, '已通过');

    const ledger = (await t.as(await t.login('admin', ADMIN_PASSWORD), 'GET', `/api/v1/plans/${planId}/ledger?asOf=2024-06-10`)).json();
    const item = ledger.items.find((i: { seq: number }) => i.seq === 1);
    expect(item).toMatchObject({ status: 'on_track', notReported: false, targets: [{ target: 110, actual: 46 }] });
    await office.goto(`${baseUrl}/plans/${planId}/ledger?asOf=2024-06-10`);
    await office.getByText('46').first().waitFor();
    const text = await office.locator('main, .ant-layout-content').first().innerText();
    expect(text).toContain('方便群众新能源汽车充电');
    expect(text).toContain('序时推进');
    await office.screenshot({ path: path.join(SHOTS_DIR, 'ledger-1280.png'), fullPage: true });
    await unit.reload();
    await unit.getByTestId('weekly-status').filter({ hasText: '已通过' }).waitFor();
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'weekly-accepted-375.png'), fullPage: true });
  });
});
