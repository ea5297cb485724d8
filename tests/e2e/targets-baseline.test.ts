import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAllOfProject, lockBaseline } from '../../src/server/modules/targets/baseline.service';
import { officeActor, projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer } from './browser';

describe.runIf(canRunBrowser())('targets: the 督查室 reviews, locks; a change needs approval', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let planId: number;
  let p1: number;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    planId = (await t.ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
    p1 = await projectIdBySeq(t, 1);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await signedInUser(t, admin, 'jingfa', 'unit_staff', '区经济发展局');
    browser = await launchChromium();
  });

  /** The plan as the first test leaves it (every target confirmed, baseline locked), made through the services when the next test runs alone. */
  const givenLocked = async () => {
    const plan = await t.ctx.db.selectFrom('plan').select('baseline_locked_at').where('id', '=', planId).executeTakeFirstOrThrow();
    if (plan.baseline_locked_at) return;
    const actor = await officeActor(t);
    const projects = await t.ctx.db.selectFrom('project').select('id').where('plan_id', '=', planId).execute();
    for (const project of projects) await confirmAllOfProject(t.ctx, actor, project.id);
    await lockBaseline(t.ctx, actor, planId);
  };

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('reviews all 27 projects with the keyboard and locks the baseline', async () => {
    const page = await newPage(browser, DESK);
    await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
    await page.goto(`${baseUrl}/plans/${planId}/targets`);
    const progress = page.getByTestId('review-progress');
    await progress.waitFor();
    expect(await progress.innerText()).toMatch(/已确认 0 \/ 共 \d+ 项/);
    // focus the page without clicking a control (the menu sits on the left)
    await progress.click();
    // c confirms the selected project and moves to the next unconfirmed one (or only moves, when it has nothing left)
    for (let i = 0; i < 80 && !/已确认 (\d+) \/ 共 \1 项/.test(await progress.innerText()); i += 1) {
      await page.keyboard.press('c');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(150);
    }
    expect(await progress.innerText()).toMatch(/已确认 (\d+) \/ 共 \1 项/);
    const unconfirmed = await t.ctx.db.selectFrom('target').select('id').where('status', '=', 'proposed').execute();
    expect(unconfirmed).toEqual([]);
    await button(page, '锁定基线').click();
    await button(page.locator('.ant-popconfirm'), '锁定').click();
    await page
      .getByTestId('baseline-status')
      .filter({ hasText: /已于.*锁定/ })
      .waitFor();
    await page.screenshot({ path: path.join(SHOTS_DIR, 'targets-review-locked-1280.png'), fullPage: true });
    await page.context().close();
  });

  it('takes a unit change request, approved by the 督查室, and shows both values', async () => {
    await givenLocked();
    const unit = await newPage(browser, PHONE);
    await signIn(unit, baseUrl, 'jingfa', USER_PASSWORD);
    await unit.goto(`${baseUrl}/projects/${p1}`);
    await button(unit, '申请变更').first().click();
    const modal = unit.locator('.ant-modal');
    await modal.getByLabel('新目标值').fill('100');
    await modal.getByLabel('变更理由').fill('两处用地未落实，调减至100座');
    await button(modal, '提交申请').click();
    await unit.getByTestId('pending-change').waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);

    const office = await newPage(browser, DESK);
    await signIn(office, baseUrl, 'admin', ADMIN_PASSWORD);
    await office.goto(`${baseUrl}/plans/${planId}/changes`);
    await office.getByText('两处用地未落实，调减至100座').waitFor();
    await button(office, '批准').first().click();
    const decision = office.locator('.ant-modal').filter({ has: office.getByRole('button', { name: /批\s*准/ }) });
    await button(decision, '批准').click();
    // the dialog closes once the server has decided; if it stays, say what it shows
    await decision.waitFor({ state: 'hidden', timeout: 60_000 }).catch(async () => {
      throw new Error(`批准后对话框未关闭：${await decision.innerText().catch(() => '')}`);
    });
    await office.screenshot({ path: path.join(SHOTS_DIR, 'change-approved-1280.png'), fullPage: true });

    await unit.reload();
    const panel = unit.getByTestId('targets-panel');
    await panel
      .getByText(/原承诺/)
      .first()
      .waitFor();
    const text = await panel.innerText();
    expect(text).toContain('原承诺：110座');
    expect(text).toContain('100');
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'project-1-changed-375.png'), fullPage: true });
    const row = await t.ctx.db.selectFrom('target').select(['value', 'status', 'baseline_json']).where('project_id', '=', p1).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ value: 100, status: 'changed' });
    expect(JSON.parse(row.baseline_json!).value).toBe(110);
  });
});
