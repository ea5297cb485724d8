import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import { canRunBrowser, horizontalOverflow, launchChromium, newPage, SHOTS_DIR, signIn, startServer } from './browser';

const TOWN = '疃里镇';

async function signInAsAdmin(page: Page, baseUrl: string): Promise<void> {
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  await page.getByTestId('project-count').filter({ hasText: '共 27 项' }).waitFor();
}

describe.runIf(canRunBrowser())('first-time user in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let townProjectCount: number;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    const town = await t.ctx.db.selectFrom('unit').select('id').where('name', '=', TOWN).executeTakeFirstOrThrow();
    const rows = await t.ctx.db.selectFrom('project_unit').select('project_id').where('unit_id', '=', town.id).execute();
    townProjectCount = new Set(rows.map((r) => r.project_id)).size;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('logs in, sees 27 projects, filters by 疃里镇 and opens project 1 (desktop)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInAsAdmin(page, baseUrl);
    await expect(page.getByText('济开管发〔2024〕1号').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').count()).resolves.toBe(27);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'plan-overview-1280.png'), fullPage: true });

    await page.getByRole('combobox', { name: '责任单位' }).click();
    await page.getByRole('combobox', { name: '责任单位' }).fill(TOWN);
    await page.locator('.ant-select-item-option').filter({ hasText: TOWN }).first().click();
    await page
      .getByTestId('project-count')
      .filter({ hasText: `共 ${townProjectCount} 项` })
      .waitFor();
    expect(page.url()).toContain('unitId=');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.count()).resolves.toBe(townProjectCount);
    for (const text of await rows.allInnerTexts()) expect(text).toContain(TOWN);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'plan-filtered-1280.png'), fullPage: true });

    await page.getByRole('link', { name: '方便群众新能源汽车充电' }).click();
    await page.getByTestId('project-content').filter({ hasText: '全区新改建充电桩110座。' }).waitFor();
    const body = await page.locator('main, .ant-layout-content').first().innerText();
    for (const unit of ['区经济发展局', '区城乡建设和交通局', '市自然资源和规划局经开区分局', '疃里镇', '马集镇', '区供电中心', '济宁祥城投资集团有限公司']) {
      expect(body).toContain(unit);
    }
    await page.screenshot({ path: path.join(SHOTS_DIR, 'project-1-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works at phone width (375 px) without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await signInAsAdmin(page, baseUrl);
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByText('方便群众新能源汽车充电').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'plan-overview-375.png'), fullPage: true });
    await page.getByText('方便群众新能源汽车充电').first().click();
    await page.getByTestId('project-content').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'project-1-375.png'), fullPage: true });
    await page.close();
  });
});
