import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-data.users';
import type { TestApp } from '../../src/server/test-support/test-app';
import { canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer } from './browser';

/** 单位考核 on the demo data: the league table of September 2024, and one unit's score explained. */
describe.runIf(canRunBrowser())('单位考核 on the demo: September 2024 league table explains a score', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer({ MINSHENG_SAMPLE: 'demo' }));
    planId = (await t.ctx.db.selectFrom('plan').select('id').where('year', '=', 2024).executeTakeFirstOrThrow()).id;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the league table of September 2024 and explains a unit score at 1280 px', async () => {
    const desk = await newPage(browser, DESK);
    await signIn(desk, baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await desk.goto(`${baseUrl}/plans/${planId}/assessment?month=2024-09`);
    await desk.getByTestId('assessment-as-of').filter({ hasText: '2024年9月' }).waitFor();
    await desk.getByTestId('assessment-as-of').filter({ hasText: '截至 2024年9月30日' }).waitFor();
    const rows = desk.getByTestId('assessment-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    await desk.screenshot({ path: path.join(SHOTS_DIR, 'assessment-1280.png'), fullPage: true });
    // the last row has the lowest score: it lost points, so its explanation names facts
    const last = rows.last();
    const score = (await last.getByRole('button').textContent())!.trim();
    await last.getByRole('button').click();
    const drawer = desk.getByRole('dialog');
    await drawer.getByText(`9月得分 ${score}`).waitFor();
    const explain = drawer.getByTestId('assessment-explain');
    await explain.getByText('报送及时').waitFor();
    expect(await explain.locator('li').count()).toBeGreaterThan(0);
    expect(await explain.textContent()).toMatch(/第\d+周 (迟报|未报送)|项目\d+ (滞后|严重滞后)|逾期/);
    await desk.waitForTimeout(400); // the drawer's slide-in
    await desk.screenshot({ path: path.join(SHOTS_DIR, 'assessment-explain-1280.png') });
    await desk.context().close();
  });

  it('refuses a rubric whose weights do not sum to 100, with the sum in the message', async () => {
    const desk = await newPage(browser, DESK);
    await signIn(desk, baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await desk.goto(`${baseUrl}/plans/${planId}/assessment?month=2024-09`);
    await desk.getByRole('button', { name: /考核细则/ }).click();
    const weight = desk.getByLabel('报送及时分值');
    await weight.fill('20');
    await desk.getByText('合计 90 分（应为 100 分）').waitFor();
    await desk.getByRole('button', { name: /保\s*存/ }).click();
    await desk.getByText('各项考核指标分值合计为 90 分，应为 100 分，请调整后再保存。').waitFor();
    await desk.context().close();
  });

  it('fits 375 px and explains a score there too', async () => {
    const phone = await newPage(browser, PHONE);
    await signIn(phone, baseUrl, 'demo-leader', DEMO_PASSWORD);
    await phone.goto(`${baseUrl}/plans/${planId}/assessment?month=2024-09`);
    const rows = phone.getByTestId('assessment-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    // the table fits its card: the last column ends inside the screen
    const yearHeader = await phone.getByRole('columnheader', { name: '年度' }).boundingBox();
    expect(yearHeader!.x + yearHeader!.width).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: path.join(SHOTS_DIR, 'assessment-375.png'), fullPage: true });
    await rows.last().getByRole('button').click();
    await phone.getByTestId('assessment-explain').getByText('进度与序时进度').waitFor();
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.waitForTimeout(400); // the drawer's slide-in
    await phone.screenshot({ path: path.join(SHOTS_DIR, 'assessment-explain-375.png') });
    await phone.context().close();
  });
});
