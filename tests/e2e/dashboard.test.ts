import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-data.users';
import type { TestApp } from '../../src/server/test-support/test-app';
import { canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer } from './browser';

const KEYS = ['completed', 'on_track', 'behind', 'seriously_behind'] as const;
/** The real year of the machine's clock (2026 when this was written); the demo plan is 2024. */
const REAL_YEAR = new Date().getFullYear();
type Counts = Record<(typeof KEYS)[number] | 'not_reported', number>;
const OTHER_YEAR_WEEK = new RegExp(`${REAL_YEAR}年第\\d+周|${REAL_YEAR}-W\\d{2}`);

/** The 督查大屏 on the demo data (the 2024 plan, simulated to and its ledger ended on 2024-10-15) against the ledger page of the same date. */
describe.runIf(canRunBrowser())('督查大屏 on the demo: same counts as the ledger, no week of another year', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let desk: Page;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer({ MINSHENG_SAMPLE: 'demo' }));
    planId = (await t.ctx.db.selectFrom('plan').select('id').where('year', '=', 2024).executeTakeFirstOrThrow()).id;
    browser = await launchChromium();
    desk = await newPage(browser, DESK);
    await signIn(desk, baseUrl, 'demo-supervisor', DEMO_PASSWORD);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The ledger page's counts as of a date (the line of tags above the table). */
  async function ledgerCounts(page: Page, asOf: string | null) {
    await page.goto(`${baseUrl}/plans/${planId}/ledger${asOf ? `?asOf=${asOf}` : ''}`);
    await page.getByTestId('ledger-counts').waitFor();
    await page.locator('[data-testid="ledger-status"]').first().waitFor();
    const counts: Counts = { completed: 0, on_track: 0, behind: 0, seriously_behind: 0, not_reported: 0 };
    for (const key of [...KEYS, 'not_reported'] as const) counts[key] = Number(await page.getByTestId(`ledger-count-${key}`).textContent());
    return counts;
  }

  /** The dashboard's big numbers as of a date. */
  async function dashboardCounts(page: Page, asOf: string | null) {
    await page.goto(`${baseUrl}/plans/${planId}/dashboard${asOf ? `?asOf=${asOf}` : ''}`);
    await page.getByTestId('dash-numbers').waitFor();
    const counts: Counts = { completed: 0, on_track: 0, behind: 0, seriously_behind: 0, not_reported: 0 };
    for (const key of KEYS) counts[key] = Number(await page.getByTestId(`dash-count-${key}`).textContent());
    counts.not_reported = Number(await page.getByTestId('dash-count-notReported').textContent());
    return counts;
  }

  it('shows the counts of the ledger page for the same date (the demo date and the default)', async () => {
    const onDemoDate = await dashboardCounts(desk, '2024-10-15');
    expect(onDemoDate).toEqual(await ledgerCounts(desk, '2024-10-15'));
    // the demo has every status on its demo date, so the comparison is not one of zeros
    expect(onDemoDate.on_track).toBeGreaterThan(0);
    expect(onDemoDate.behind + onDemoDate.seriously_behind).toBeGreaterThan(0);
    const byDefault = await dashboardCounts(desk, null);
    // the demo's 台账截止日 (2024-10-15) is the default date of every page of the plan
    await desk.getByTestId('dash-as-of').filter({ hasText: '截至 2024年10月15日（台账已截止）' }).waitFor();
    expect(byDefault).toEqual(onDemoDate);
    expect(byDefault).toEqual(await ledgerCounts(desk, null));
  });

  it('draws its charts and lists at 1280 px, with a screenshot', async () => {
    await desk.goto(`${baseUrl}/plans/${planId}/dashboard?asOf=2024-10-15`);
    for (const id of ['dash-status-chart', 'dash-trend-chart', 'dash-units-chart']) await desk.locator(`[data-testid="${id}"] canvas`).first().waitFor();
    expect(await desk.getByTestId('dash-unit-ranking').locator('tbody tr').count()).toBeGreaterThan(0);
    const lagging =
      Number(await desk.getByTestId('dash-count-behind').textContent()) + Number(await desk.getByTestId('dash-count-seriously_behind').textContent());
    expect(await desk.getByTestId('dash-lagging').locator('li').count()).toBe(lagging);
    // 群众满意度 beside the ledger's numbers (the demo has no ratings yet: the card says so)
    await desk.getByTestId('dash-satisfaction').getByText('群众满意度（全年）').waitFor();
    await desk.screenshot({ path: path.join(SHOTS_DIR, 'dashboard-1280.png'), fullPage: true });
  });

  it('stacks its cards at 375 px without sideways scrolling', async () => {
    const phone = await newPage(browser, PHONE);
    await signIn(phone, baseUrl, 'demo-leader', DEMO_PASSWORD);
    await phone.goto(`${baseUrl}/plans/${planId}/dashboard?asOf=2024-10-15`);
    await phone.getByTestId('dash-numbers').waitFor();
    await phone.locator('[data-testid="dash-trend-chart"] canvas').first().waitFor();
    const first = await phone.getByTestId('dash-count-completed').boundingBox();
    const second = await phone.getByTestId('dash-count-on_track').boundingBox();
    expect(second!.y).toBeGreaterThan(first!.y + first!.height);
    expect(Math.abs(second!.x - first!.x)).toBeLessThan(2);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: path.join(SHOTS_DIR, 'dashboard-375.png'), fullPage: true });
    await phone.context().close();
  });

  it('opens the 大屏 mode: dark, no menu, large numbers', async () => {
    const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await signIn(screen, baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await screen.goto(`${baseUrl}/plans/${planId}/dashboard`);
    await screen.getByRole('link', { name: /大屏模式/ }).click();
    await screen.getByTestId('dash-screen').waitFor();
    await screen.getByText('2024年重点民生实事推进情况').waitFor();
    await screen.locator('[data-testid="dash-trend-chart"] canvas').first().waitFor();
    expect(await screen.locator('.ant-menu').count()).toBe(0);
    expect(await screen.getByTestId('dash-screen').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(6, 26, 51)');
    expect(await screen.getByTestId('dash-count-completed').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(60);
    await screen.screenshot({ path: path.join(SHOTS_DIR, 'dashboard-screen-1920.png') });
    await screen.getByRole('link', { name: /退出大屏/ }).click();
    await screen.getByTestId('dash-numbers').waitFor();
    await screen.context().close();
  });

  it('asks nobody for a week of the real year on the demo 2024 plan', async () => {
    const unit = await newPage(browser, PHONE);
    await signIn(unit, baseUrl, 'demo-u01-staff', DEMO_PASSWORD);
    await unit.goto(`${baseUrl}/todo`);
    await unit.getByText('我的待办').first().waitFor();
    await unit.locator('[data-testid^="todo-"]').first().waitFor();
    const todoText = await unit.locator('.ant-layout-content').innerText();
    expect(todoText).toContain('2024年第42周');
    expect(todoText).toContain('截至 2024年10月15日');
    expect(todoText).not.toMatch(OTHER_YEAR_WEEK);
    const links = await unit.locator('a[href*="/weekly/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.endsWith('/weekly/2024-W42'))).toBe(true);
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'todo-past-plan-375.png'), fullPage: true });
    // the project page offers the plan's last week, and a week of the real year is not a form of this plan
    const projectId = links[0]!.split('/')[2];
    await unit.goto(`${baseUrl}/projects/${projectId}`);
    const fill = unit.getByRole('link', { name: /填报最后一周/ });
    await fill.waitFor();
    expect(await fill.getAttribute('href')).toBe(`/projects/${projectId}/weekly/2024-W42`);
    await unit.goto(`${baseUrl}/projects/${projectId}/weekly/${REAL_YEAR}-W10`);
    await unit.getByText('不在2024年清单的年度内').waitFor();
    await unit.context().close();

    const leader = await newPage(browser, DESK);
    await signIn(leader, baseUrl, 'demo-leader', DEMO_PASSWORD);
    for (const url of [`/plans/${planId}`, `/plans/${planId}/ledger`, `/plans/${planId}/dashboard`, '/leader']) {
      await leader.goto(`${baseUrl}${url}`);
      await leader.locator('.ant-layout-content').first().waitFor();
      // the page has rendered its data (a lazy page can show an empty frame first)
      if (url !== '/leader') await leader.locator('.ant-layout-content').getByText('2024年10月15日').first().waitFor();
      await leader.waitForLoadState('networkidle');
      const text = await leader.locator('.ant-layout-content').innerText();
      expect(text, url).not.toMatch(OTHER_YEAR_WEEK);
      if (url !== '/leader') expect(text, url).toContain('2024年10月15日');
      const hrefs = await leader.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(
        hrefs.filter((h) => OTHER_YEAR_WEEK.test(h)),
        url,
      ).toEqual([]);
    }
    await leader.context().close();
  });
});
