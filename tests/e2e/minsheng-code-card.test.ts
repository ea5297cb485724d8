import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import { publishPlan } from '../../src/server/modules/open-data/open-data.test-support';
import { canRunBrowser, DESK, launchChromium, newPage, SHOTS_DIR, signIn, startServer } from './browser';

describe.runIf(canRunBrowser())('民生码 card on the project page: the 督查室 previews, downloads and prints the code', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let projectId: number;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    projectId = await projectIdBySeq(t, 1);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await signedInUser(t, admin, 'mscduchashi', 'supervisor', null);
    await signedInUser(t, admin, 'mscjingfa', 'unit_staff', '区经济发展局');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('says the code comes with publication, then shows it with the PNG, the SVG and the A4 board; a unit sees no card', async () => {
    const office = await newPage(browser, DESK);
    await signIn(office, baseUrl, 'mscduchashi', USER_PASSWORD);
    await office.goto(`${baseUrl}/projects/${projectId}`);
    const card = office.getByTestId('minsheng-code-card');
    await card.getByText('清单公开发布后，才能生成本项目的民生码和公示牌。').waitFor();

    const plan = await t.ctx.db.selectFrom('project').select('plan_id').where('id', '=', projectId).executeTakeFirstOrThrow();
    await publishPlan(t, plan.plan_id);
    await office.reload();
    const image = card.getByRole('img', { name: /民生码/ });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    await office.screenshot({ path: path.join(SHOTS_DIR, 'minsheng-code-card-1280.png') });

    const [download] = await Promise.all([office.waitForEvent('download'), card.getByRole('link', { name: /下载 PNG 图片/ }).click()]);
    expect(download.suggestedFilename()).toBe('民生码-方便群众新能源汽车充电.png');
    const png = fs.readFileSync((await download.path()) ?? '');
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(await card.getByRole('link', { name: /下载 SVG 矢量图/ }).getAttribute('href')).toBe(`/public/projects/${projectId}/qr.svg`);

    const [board] = await Promise.all([office.context().waitForEvent('page'), card.getByRole('link', { name: /打印 A4 公示牌/ }).click()]);
    await board.getByRole('heading', { name: '民生实事公示牌' }).waitFor();
    await board.getByRole('heading', { name: '方便群众新能源汽车充电' }).waitFor();
    await board.screenshot({ path: path.join(SHOTS_DIR, 'minsheng-code-board.png'), fullPage: true });

    const unit = await newPage(browser, DESK);
    await signIn(unit, baseUrl, 'mscjingfa', USER_PASSWORD);
    await unit.goto(`${baseUrl}/projects/${projectId}`);
    await unit.getByText('项目联络人').first().waitFor();
    expect(await unit.getByTestId('minsheng-code-card').count()).toBe(0);
  });
});
