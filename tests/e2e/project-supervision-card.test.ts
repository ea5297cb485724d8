import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import {
  button,
  canRunBrowser,
  DESK,
  horizontalOverflow,
  launchChromium,
  newPage,
  PHONE,
  pickNextMonth15,
  SHOTS_DIR,
  signIn,
  startServer,
  toast,
} from './browser';

const LEAD_UNIT = '区经济发展局';

/** Until no drawer is left on the page (closed drawers are destroyed once they have slid out). */
const drawersGone = (page: Page) => expect.poll(() => page.locator('.ant-drawer-content-wrapper').count()).toBe(0);

describe.runIf(canRunBrowser())('督办单 on the project page: issued from the project by the 督查室, seen and signed there by the unit', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let projectId: number;
  let coUnit: string;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    projectId = await projectIdBySeq(t, 1);
    coUnit = (
      await t.ctx.db
        .selectFrom('project_unit')
        .innerJoin('unit', 'unit.id', 'project_unit.unit_id')
        .select('unit.name')
        .where('project_unit.project_id', '=', projectId)
        .where('project_unit.role', '=', 'co')
        .executeTakeFirstOrThrow()
    ).name;
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await signedInUser(t, admin, 'xmjingfa', 'unit_staff', LEAD_UNIT);
    await signedInUser(t, admin, 'xmxieban', 'unit_staff', coUnit);
    await signedInUser(t, admin, 'xmduchashi', 'supervisor', null);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the 督查室 issues a notice from the project card at 1280; the lead unit sees and signs it on the same page at 375; the co-unit sees none', async () => {
    const office = await newPage(browser, DESK);
    await signIn(office, baseUrl, 'xmduchashi', USER_PASSWORD);
    await office.goto(`${baseUrl}/projects/${projectId}`);
    const officeCard = office.getByTestId('project-supervision');
    await officeCard.getByText('没有督办单').waitFor();
    await button(officeCard, '下发督办单').click();
    const form = office.locator('.ant-drawer').filter({ hasText: '整改要求' });
    // the project and its lead unit are already chosen
    await expect.poll(() => form.locator('.ant-form-item').filter({ hasText: '督办项目' }).textContent()).toContain('方便群众新能源');
    await expect.poll(() => form.locator('.ant-form-item').filter({ hasText: '承办单位' }).textContent()).toContain(LEAD_UNIT);
    await form.getByLabel('督办事项').fill('充电桩选址滞后');
    await form.getByLabel('存在问题').fill('二季度选址仅完成三成');
    await form.getByLabel('整改要求').fill('本月内完成全部选址并报送清单');
    await pickNextMonth15(office, form.getByLabel('办理期限'));
    await office.screenshot({ path: path.join(SHOTS_DIR, 'project-supervision-issue-1280.png') });
    await button(form, '下发').click();
    await toast(office, '已下发督办〔2024〕1号');
    const details = office.locator('.ant-drawer').filter({ hasText: '办理过程' });
    await details.getByText('待签收').first().waitFor();
    await details.locator('.ant-drawer-close').click();
    await drawersGone(office);
    const officeItem = officeCard.getByTestId('project-supervision-notice').filter({ hasText: '督办〔2024〕1号 充电桩选址滞后' });
    await officeItem.getByText('整改要求：本月内完成全部选址并报送清单').waitFor();
    expect(await officeItem.textContent()).toContain(`承办：${LEAD_UNIT}`);
    await officeCard.scrollIntoViewIfNeeded();
    await office.screenshot({ path: path.join(SHOTS_DIR, 'project-supervision-1280.png') });
    await officeCard.screenshot({ path: path.join(SHOTS_DIR, 'project-supervision-card-1280.png') });

    const unit = await newPage(browser, PHONE);
    await signIn(unit, baseUrl, 'xmjingfa', USER_PASSWORD);
    await unit.goto(`${baseUrl}/projects/${projectId}`);
    const unitCard = unit.getByTestId('project-supervision');
    const unitItem = unitCard.getByTestId('project-supervision-notice').filter({ hasText: '督办〔2024〕1号 充电桩选址滞后' });
    await unitItem.getByText('待本单位签收').waitFor();
    expect(await button(unitCard, '下发督办单').count()).toBe(0);
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unitCard.scrollIntoViewIfNeeded();
    await unit.screenshot({ path: path.join(SHOTS_DIR, 'project-supervision-375.png') });
    await unitItem.click();
    const drawer = unit.locator('.ant-drawer').filter({ hasText: '办理过程' });
    await button(drawer, '签收').click();
    await toast(unit, '已签收');
    await drawer.locator('.ant-drawer-close').click();
    await drawersGone(unit);
    await unitItem.getByText('待本单位反馈').waitFor();
    await unitItem.getByText('办理中').waitFor();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unitCard.screenshot({ path: path.join(SHOTS_DIR, 'project-supervision-card-375.png') });
    const row = await t.ctx.db.selectFrom('supervision_notice').select(['status', 'project_id']).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'signed', project_id: projectId });

    const co = await newPage(browser, PHONE);
    await signIn(co, baseUrl, 'xmxieban', USER_PASSWORD);
    await co.goto(`${baseUrl}/projects/${projectId}`);
    await co.getByTestId('project-supervision').getByText('没有督办单').waitFor();
    expect(await co.getByTestId('project-supervision-notice').count()).toBe(0);
  });
});
