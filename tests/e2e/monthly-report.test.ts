import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekWithPhotos } from '../../src/server/modules/reports/weekly-photo-fixture';
import { projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { Session, TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer, toast } from './browser';

const MONTH = '2024-06';

describe.runIf(canRunBrowser())('monthly report: drafted with a photo on a phone, returned and accepted by the 督查室', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let p1: number;
  let photoId: number;
  let otherPhotoId: number;
  let unit: Page;
  let office: Page;
  let econ: Session;
  const url = () => `${baseUrl}/projects/${p1}/monthly/${MONTH}`;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    p1 = await projectIdBySeq(t, 1);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    econ = await signedInUser(t, admin, 'jingfa', 'unit_staff', '区经济发展局');
    const week = await weekWithPhotos(t, econ, admin, p1, '2024-W23', { actual: 46, photos: 2, progressText: '本周在马集镇新建充电桩6座，累计46座。' });
    [otherPhotoId, photoId] = week.photoIds as [number, number];
    browser = await launchChromium();
    unit = await newPage(browser, PHONE);
    office = await newPage(browser, DESK);
    await signIn(unit, baseUrl, 'jingfa', USER_PASSWORD);
    await signIn(office, baseUrl, 'admin', ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const submit = async () => {
    await button(unit, '提交').click();
    await button(unit.locator('.ant-popconfirm'), '提交').click();
    await toast(unit, '月报已提交');
  };
  const photoChoice = (name: string) => unit.getByRole('checkbox', { name: new RegExp(`第23周 ${name}`) });
  const saved = () =>
    t.ctx.db.selectFrom('monthly_report').select(['status', 'photo_ids_json']).where('project_id', '=', p1).where('month', '=', MONTH).executeTakeFirst();

  it('drafts the month from the accepted week with its photo chosen; the unit edits, saves and submits at 375 px', async () => {
    await unit.goto(url());
    const progress = unit.getByLabel('本月进展');
    await expect.poll(() => progress.inputValue(), { timeout: 10_000 }).toContain('累计46座');
    expect(await unit.getByLabel('下月计划').inputValue()).toContain('继续推进剩余点位建设');
    await unit.getByText('选用照片（最多9张）').waitFor();
    await unit.locator(`img[src="/api/v1/attachments/${photoId}/thumb"]`).waitFor();
    // both photos of the week are pre-chosen; the unit keeps only the second
    expect(await photoChoice('现场照片1.jpg').isChecked()).toBe(true);
    expect(await photoChoice('现场照片2.jpg').isChecked()).toBe(true);
    await photoChoice('现场照片1.jpg').uncheck();
    await unit.getByTestId('monthly-photo-count').filter({ hasText: '已选 1 张' }).waitFor();
    await unit.getByLabel('存在问题').fill('部分点位电力增容待批');
    await button(unit, '保存').click();
    await toast(unit, '月报已保存');
    expect(await saved()).toMatchObject({ status: 'draft', photo_ids_json: `[${photoId}]` });
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'monthly-draft-375.png'), fullPage: true });
    await submit();
    await unit.getByText('已提交，待审核').waitFor();
  });

  /** The month as the first test leaves it (submitted, one photo chosen), made through the API when this test runs alone. */
  const givenSubmitted = async () => {
    if ((await saved())?.status === 'submitted') return;
    const monthUrl = `/api/v1/projects/${p1}/monthly/${MONTH}`;
    const fresh = (await t.as(econ, 'GET', monthUrl)).json();
    const draft = await t.as(econ, 'PUT', monthUrl, { ...fresh, problemsText: '部分点位电力增容待批', photoIds: [photoId], version: fresh.version ?? 0 });
    expect(draft.statusCode, draft.body).toBe(200);
    const submitted = await t.as(econ, 'POST', `/api/v1/monthly/${draft.json().id}/submit`, { version: draft.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
  };

  it('is returned with a comment at 1280, fixed and resubmitted, then accepted with its photo', async () => {
    await givenSubmitted();
    await office.goto(url());
    await office.getByText('部分点位电力增容待批').waitFor();
    await office.getByTestId('monthly-photos').locator(`img[src="/api/v1/attachments/${photoId}/thumb"]`).waitFor();
    expect(await office.getByTestId('monthly-photos').locator(`img[src="/api/v1/attachments/${otherPhotoId}/thumb"]`).count()).toBe(0);
    await office.getByPlaceholder('审核意见（退回时必填）').fill('请补充电力增容办理进度');
    await office.screenshot({ path: path.join(SHOTS_DIR, 'monthly-review-1280.png'), fullPage: true });
    await button(office, '退回').click();
    await toast(office, '月报已退回');

    await unit.goto(url());
    await unit.getByText('督查室意见：请补充电力增容办理进度').waitFor();
    expect(await photoChoice('现场照片2.jpg').isChecked()).toBe(true);
    expect(await photoChoice('现场照片1.jpg').isChecked()).toBe(false);
    await unit.getByLabel('存在问题').fill('电力增容已报供电公司，预计7月10日前批复');
    await button(unit, '保存').click();
    await toast(unit, '月报已保存');
    await submit();

    await office.reload();
    await office.getByText('预计7月10日前批复').waitFor();
    await button(office, '通过').click();
    await toast(office, '月报已通过');
    await office.getByText('已通过', { exact: true }).first().waitFor();
    await office.screenshot({ path: path.join(SHOTS_DIR, 'monthly-accepted-1280.png'), fullPage: true });
    expect(await saved()).toMatchObject({ status: 'accepted', photo_ids_json: `[${photoId}]` });

    await unit.reload();
    await unit.getByTestId('monthly-photos').locator(`img[src="/api/v1/attachments/${photoId}/thumb"]`).waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'monthly-accepted-375.png'), fullPage: true });
  });
});
