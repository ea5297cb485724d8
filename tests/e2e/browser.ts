import fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { shanghaiDate } from '../../src/domain/calendar';
import { createTestApp } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the e2e suite can run here; with REQUIRE_E2E=1 a missing browser is a failure, not a skip. */
export function canRunBrowser(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`REQUIRE_E2E=1 but Chromium is not installed at ${CHROMIUM}`);
  console.warn(`e2e suite skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-wqy-microhei)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Screenshots land here for people to look at (CI keeps the folder). */
export const SHOTS_DIR = new URL('../../test-results/e2e/', import.meta.url).pathname;

/** Sign in through the login form and wait for the first page after it (overview, or 我的待办 for units). */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('.ant-layout-content').first().waitFor();
}

/** A button by its exact label (antd may put an icon before the text). */
export const button = (scope: Page | ReturnType<Page['locator']>, label: string) => scope.getByRole('button', { name: new RegExp(`(^|\\s)${label}$`) });

/** A test app on SQLite (with `env`, e.g. the demo: MINSHENG_SAMPLE=demo), listening on a free local port, and the URL to reach it. */
export async function startServer(env: Record<string, string> = {}): Promise<{ t: TestApp; baseUrl: string }> {
  const t = await createTestApp('sqlite', env);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { t, baseUrl: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}` };
}

/** A phone (375 px, touch) and a desk (1280 px) as the users hold them. */
export const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } as const;
export const DESK = { viewport: { width: 1280, height: 900 }, acceptDownloads: true } as const;

/** A fresh page in its own browser context (its own cookies, so its own signed-in user). */
export async function newPage(browser: Browser, device: typeof PHONE | typeof DESK): Promise<Page> {
  return (await browser.newContext(device)).newPage();
}

/** How many pixels the page is wider than the window (0 or less: nothing to scroll sideways). */
export const horizontalOverflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Wait for an antd message (toast) with the text. */
export const toast = (page: Page, text: string): Promise<void> => page.locator('.ant-message-notice').filter({ hasText: text }).first().waitFor();

/**
 * Pick an option of an antd Select: open it by its label, type to filter, click the option. A click that falls on the
 * dropdown's animation (on a loaded machine the list can close or move under it) is tried again, up to three times.
 */
export async function choose(page: Page, field: Locator, option: string): Promise<void> {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 1; ; attempt++) {
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await field.click();
    if (await field.isEditable()) await field.fill(option);
    const clicked = await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (
      clicked &&
      (await expect
        .poll(() => select.textContent(), { timeout: 5_000 })
        .toContain(option)
        .then(
          () => true,
          () => false,
        ))
    )
      return;
    if (attempt === 3) throw new Error(`下拉框未选中“${option}”，显示的是“${await select.textContent()}”`);
  }
}

/** Pick today in an antd DatePicker (the pickers are read-only inputs, as on a phone). */
export async function pickToday(page: Page, field: Locator): Promise<void> {
  await field.click();
  await page.locator('.ant-picker-dropdown:visible .ant-picker-now-btn, .ant-picker-dropdown:visible .ant-picker-today-btn').first().click();
}

/** The 15th of next month (Beijing), a deadline safely after today whatever the browser's time zone. */
export function nextMonth15(): string {
  const [y, m] = shanghaiDate(new Date()).split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, '0')}-15`;
}

/**
 * Pick the 15th of next month in an antd DatePicker (read-only input, as on a phone). A click on 下一月 that falls on
 * the dropdown's opening animation can be lost, so it is tried again (up to three times) until the day shows.
 */
export async function pickNextMonth15(page: Page, field: Locator): Promise<string> {
  const date = nextMonth15();
  await field.click();
  const dropdown = page.locator('.ant-picker-dropdown:visible');
  const cell = dropdown.locator(`td[title="${date}"]`);
  await dropdown.waitFor();
  for (let attempt = 1; !(await cell.isVisible()); attempt++) {
    if (attempt > 3) throw new Error(`日期选择器未翻到 ${date}，显示的是“${await dropdown.locator('.ant-picker-header-view').textContent()}”`);
    await dropdown.locator('.ant-picker-header-next-btn').click();
    await cell.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await cell.click();
  return date;
}
