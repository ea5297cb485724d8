import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candidate, VoteSession } from '../../src/contract/votes.contract';
import { signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { Session, TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer, toast } from './browser';

const YEAR = 2030;

describe.runIf(canRunBrowser())('票决: a deputy votes on a phone with no back office; the result and the proposal form on the portal', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let office: Session;
  let deputy: Page;
  let candidates: Candidate[];
  let session: VoteSession;

  const ok = async <T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> => {
    const res = await t.as(office, method, url, body);
    if (res.statusCode !== 200) throw new Error(`${url} ${res.statusCode} ${res.body}`);
    return res.json<T>();
  };

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    const admin = await t.login('admin', ADMIN_PASSWORD);
    office = await signedInUser(t, admin, 'duchashi', 'supervisor', null);
    await signedInUser(t, admin, 'daibiao1', 'deputy', null);
    candidates = [];
    for (const name of ['社区老年食堂', '口袋公园', '学校午餐配送', '背街小巷改造']) {
      candidates.push(
        await ok<Candidate>('POST', '/api/v1/vote-candidates', { year: YEAR, name, content: `${name}项目内容`, leadUnit: '区民政局', expectedEffect: '' }),
      );
    }
    const created = await ok<VoteSession>('POST', '/api/v1/vote-sessions', { year: YEAR, title: `${YEAR}年民生实事项目票决`, chooseCount: 2 });
    session = await ok<VoteSession>('POST', `/api/v1/vote-sessions/${created.id}/open`, { version: created.version });
    await ok('POST', '/api/v1/solicitations', {
      year: YEAR,
      title: `${YEAR}年民生实事项目征集`,
      description: '',
      startsOn: '2000-01-01',
      endsOn: '2099-12-31',
    });
    browser = await launchChromium();
    deputy = await newPage(browser, PHONE);
    await signIn(deputy, baseUrl, 'daibiao1', USER_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the deputy lands on the ballot with no menu, cannot choose more than N, and votes once', async () => {
    await deputy.waitForURL(/\/vote$/);
    await deputy.getByTestId('ballot-paper').waitFor();
    expect(await deputy.getByRole('button', { name: '打开菜单' }).count()).toBe(0);
    expect(await deputy.locator('.ant-menu').count()).toBe(0);
    await deputy.goto(`${baseUrl}/plans/1`);
    await deputy.waitForURL(/\/vote$/);

    for (const name of ['社区老年食堂', '口袋公园', '学校午餐配送']) await deputy.getByLabel(name).check();
    await expect.poll(() => deputy.getByTestId('ballot-count').textContent()).toContain('超过应选数');
    expect(await button(deputy, '提交选票').isDisabled()).toBe(true);
    await deputy.getByLabel('学校午餐配送').uncheck();
    await button(deputy, '提交选票').click();
    await button(deputy, '确认提交').click();
    await toast(deputy, '选票已提交');
    await deputy.getByText('每位代表只能投一次').waitFor();
    expect(await horizontalOverflow(deputy)).toBeLessThanOrEqual(0);
    await deputy.screenshot({ path: path.join(SHOTS_DIR, 'deputy-ballot-375.png'), fullPage: true });

    const ballots = await t.ctx.db.selectFrom('ballot').select('id').where('session_id', '=', session.id).execute();
    expect(ballots).toHaveLength(1);
  });

  it('the published result shows on the portal; a citizen proposes through the form', async () => {
    const current = await ok<VoteSession>('GET', `/api/v1/vote-sessions/${session.id}`);
    const closed = await ok<VoteSession>('POST', `/api/v1/vote-sessions/${session.id}/close`, { version: current.version });
    await ok('POST', `/api/v1/vote-sessions/${session.id}/publish`, { version: closed.version });

    const citizen = await newPage(browser, PHONE);
    await citizen.goto(`${baseUrl}/public/votes/${session.id}`);
    const elected = await citizen.locator('tr', { has: citizen.getByText('当选', { exact: true }) }).allTextContents();
    expect(elected.join('|')).toContain('社区老年食堂');
    expect(elected.join('|')).toContain('口袋公园');

    await citizen.goto(`${baseUrl}/public/proposals`);
    await citizen.getByRole('button', { name: '我要提建议' }).click();
    await citizen.getByLabel('建议标题').fill('增设社区公交');
    await citizen.getByLabel('背景（现状和问题）').fill('新小区出行不便');
    await citizen.getByLabel('建议内容（希望办成什么事）').fill('开通社区微公交');
    await citizen.getByLabel(/^手机号码/).fill('13812341234');
    await citizen.getByRole('button', { name: '提交建议' }).click();
    await citizen.getByRole('status').filter({ hasText: '建议已提交' }).waitFor();
    expect(await horizontalOverflow(citizen)).toBeLessThanOrEqual(0);
    const stored = await t.ctx.db.selectFrom('proposal').select(['title', 'phone', 'status']).execute();
    expect(stored).toEqual([{ title: '增设社区公交', phone: '13812341234', status: 'pending' }]);
  });

  it('the 督查室 sees the counted result on a phone, ranked with 当选 marked, and the new proposal to moderate', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, baseUrl, 'duchashi', USER_PASSWORD);
    await page.goto(`${baseUrl}/next-year?year=${YEAR}&tab=votes`);
    const card = page.getByTestId('vote-session');
    await card.getByText('已公布').waitFor();
    expect(await card.locator('tr', { hasText: '社区老年食堂' }).textContent()).toContain('当选');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'next-year-votes-375.png'), fullPage: true });
    await page.getByRole('tab', { name: '项目征集' }).click();
    await button(page, '审核建议').click();
    await page.getByTestId('proposal').filter({ hasText: '增设社区公交' }).waitFor();
  });
});
