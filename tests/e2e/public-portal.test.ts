import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-data.users';
import type { TestApp } from '../../src/server/test-support/test-app';
import { canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, toast, startServer } from './browser';

/** Serious or critical accessibility problems axe finds on the page (WCAG 2 A/AA rules). */
async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
}

/** The public portal of the demo, as an anonymous citizen sees it on a phone and a desk. */
describe.runIf(canRunBrowser())('public portal (anonymous) on the demo', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let ledger: { asOf: string; items: { projectId: number; seq: number; name: string; progress: number }[] };

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer({ MINSHENG_SAMPLE: 'demo' }));
    planId = (await t.ctx.db.selectFrom('plan').select('id').where('year', '=', 2024).executeTakeFirstOrThrow()).id;
    const office = await t.login('demo-supervisor', DEMO_PASSWORD);
    ledger = (await t.as(office, 'GET', `/api/v1/plans/${planId}/ledger`)).json();
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens at the address without signing in and shows the 27 projects with the ledger’s progress, at 375 px', async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/public');
    await page
      .getByRole('link', { name: /重点民生实事/ })
      .first()
      .click();
    await page.locator('[data-project-seq]').first().waitFor();
    const cards = page.locator('[data-project-seq]');
    expect(await cards.count()).toBe(27);
    for (const item of ledger.items) {
      const card = page.locator(`[data-project-seq="${item.seq}"]`);
      expect(await card.getByTestId('progress').textContent(), item.name).toBe(`完成 ${Math.round(item.progress * 1000) / 10}%`);
    }
    expect(await page.getByText('进度截至 2024年10月15日').count()).toBe(1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'portal-plan-375.png'), fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has the plan page’s content in the HTML the server sends (a browser without JavaScript sees it all)', async () => {
    const context = await browser.newContext({ ...DESK, javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/public/plans/${planId}`);
    expect(response?.headers()['cache-control']).toContain('public');
    const html = (await response?.text()) ?? '';
    for (const item of ledger.items) expect(html).toContain(item.name);
    expect(await page.locator('[data-project-seq]').count()).toBe(27);
    await context.close();
  });

  it('shows project 1 with 原承诺 110座 beside the approved change and its reason, and the published photos', async () => {
    const page = await newPage(browser, DESK);
    const first = ledger.items.find((i) => i.seq === 1)!;
    await page.goto(`${baseUrl}/public/projects/${first.projectId}`);
    const row = page.locator('tr').filter({ hasText: '新改建充电桩' }).first();
    expect(await row.locator('td').nth(1).textContent()).toBe('110座');
    expect(await row.locator('td').nth(2).textContent()).toContain('120座');
    await page.getByText('原承诺 110座 → 变更为 120座').waitFor();
    await page.getByText(/群众充电需求旺盛/).waitFor();
    const photo = page.locator('.photos img').first();
    await photo.waitFor();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'portal-project-1280.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('answers guessed addresses of unpublished things with a 404 page, and the back office with sign-in', async () => {
    const page = await newPage(browser, PHONE);
    const photoIds = (await t.ctx.db.selectFrom('attachment').select(['id', 'public_at']).execute()).filter((a) => !a.public_at).map((a) => a.id);
    for (const url of ['/public/plans/999', '/public/projects/999999', '/public/photos/999999', ...photoIds.map((id) => `/public/photos/${id}`)]) {
      const response = await page.goto(`${baseUrl}${url}`);
      expect(response?.status(), url).toBe(404);
    }
    await page.getByText('该页面不存在或尚未公开').waitFor();
    const api = await page.goto(`${baseUrl}/api/v1/plans/${planId}/ledger`);
    expect(api?.status()).toBe(401);
    await page.context().close();
  });

  it('lets the 督查室 publish one more accepted week of a project from its page; the citizen then reads it', async () => {
    const desk = await newPage(browser, DESK);
    await signIn(desk, baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    const second = ledger.items.find((i) => i.seq === 2)!;
    await desk.goto(`${baseUrl}/projects/${second.projectId}`);
    const header = desk.locator('#weekly .ant-collapse-header').filter({ hasText: '已通过' }).filter({ hasNotText: '已公开' }).first();
    await header.waitFor();
    const week = /(\d{4})年第(\d+)周/.exec((await header.textContent()) ?? '');
    await header.click();
    const box = desk.locator('#weekly .ant-collapse-item-active').getByTestId('update-publication');
    await box.getByRole('switch', { name: '向公众公开本周进展情况' }).click();
    await toast(desk, '本周进展情况已向公众公开');
    await desk.screenshot({ path: path.join(SHOTS_DIR, 'portal-publish-week-1280.png') });
    await desk.context().close();

    const citizen = await newPage(browser, PHONE);
    await citizen.goto(`${baseUrl}/public/projects/${second.projectId}`);
    const label = week ? `${week[1]}年第${Number(week[2])}周` : '';
    expect(label).not.toBe('');
    await citizen.locator('h3').filter({ hasText: label }).waitFor();
    await citizen.context().close();
  });

  it('passes axe on every other public page (open data, 意见征集, the 民生码 site board)', async () => {
    const page = await newPage(browser, PHONE);
    const first = ledger.items.find((i) => i.seq === 1)!;
    for (const url of ['/public', '/public/open-data', '/public/proposals', `/public/projects/${first.projectId}/board`]) {
      const response = await page.goto(`${baseUrl}${url}`);
      expect(response?.status(), url).toBe(200);
      expect(await seriousViolations(page), url).toEqual([]);
    }
    await page.context().close();
  });

  it('keeps the public script small: under 100 KB gzipped, apart from the back office', () => {
    const webDir = path.resolve('dist/web');
    const manifest = JSON.parse(fs.readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; name?: string; isEntry?: boolean; imports?: string[] }
    >;
    const entry = Object.entries(manifest).find(([, m]) => m.isEntry && m.name === 'portal');
    expect(entry).toBeDefined();
    const files = new Set<string>();
    const visit = (key: string) => {
      const m = manifest[key];
      if (!m || files.has(m.file)) return;
      files.add(m.file);
      for (const imported of m.imports ?? []) visit(imported);
    };
    visit(entry![0]);
    const gz = [...files].reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(webDir, file))).length, 0);
    console.log(`public portal JS: ${[...files].join(', ')} = ${(gz / 1024).toFixed(1)} KB gzipped`);
    expect(gz).toBeLessThan(100 * 1024);
    for (const file of files) expect(fs.readFileSync(path.join(webDir, file), 'utf8')).not.toMatch(/antd|react-dom/);
  });
});
