import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdBySeq, signedInUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { buildWeek } from '../../src/server/test-support/reporting.factories';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, launchChromium, newPage, PHONE, signIn, startServer } from './browser';

const WEEK = '2024-W24';

/**
 * A unit's submission whose answer is lost on the way back (a gateway answers 504 after the server has written it):
 * the page retries with the same Idempotency-Key, gets the stored answer, and the week is submitted once.
 */
describe.runIf(canRunBrowser())('weekly submission retried after a lost answer', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let unit: Page;
  let projectId: number;

  beforeAll(async () => {
    ({ t, baseUrl } = await startServer());
    projectId = await projectIdBySeq(t, 1);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const econ = await signedInUser(t, admin, 'jingfa-retry', 'unit_staff', '区经济发展局');
    await buildWeek(t, econ, admin, projectId, WEEK, { actual: 52, status: 'draft', progressText: '本周新建充电桩6座，累计52座。' });
    browser = await launchChromium();
    unit = await newPage(browser, PHONE);
    await signIn(unit, baseUrl, 'jingfa-retry', USER_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the week submitted, with one submission on the server', async () => {
    const sent: Request[] = [];
    const replayed: (string | null)[] = [];
    await unit.route('**/api/v1/weekly/*/submit', async (route) => {
      sent.push(route.request());
      if (sent.length === 1) {
        // the server writes and answers, the answer is lost: the browser sees a gateway timeout
        const answer = await route.fetch();
        expect(answer.status()).toBe(200);
        await route.fulfill({ status: 504, contentType: 'text/html', body: '<h1>504 Gateway Time-out</h1>' });
        return;
      }
      const answer = await route.fetch();
      replayed.push(answer.headers()['idempotent-replayed'] ?? null);
      await route.fulfill({ response: answer });
    });
    await unit.goto(`${baseUrl}/projects/${projectId}/weekly/${WEEK}`);
    await button(unit, '提交').click();
    await unit
      .getByTestId('weekly-status')
      .filter({ hasText: /已报送|已提交|待审核/ })
      .waitFor();

    expect(sent).toHaveLength(2);
    const key = sent[0]!.headers()['idempotency-key'];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]!.headers()['idempotency-key']).toBe(key);
    expect(replayed).toEqual(['true']);
    expect(await unit.getByText(/无法连接服务器|服务器暂时无法处理/).count()).toBe(0);

    const updates = await t.ctx.db
      .selectFrom('weekly_update')
      .select(['id', 'status', 'revision'])
      .where('project_id', '=', projectId)
      .where('week', '=', WEEK)
      .execute();
    expect(updates).toEqual([expect.objectContaining({ status: 'submitted', revision: 1 })]);
    const submits = await t.ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity', '=', 'weekly_update')
      .where('entity_id', '=', String(updates[0]!.id))
      .where('action', '=', 'submit')
      .execute();
    expect(submits).toHaveLength(1);
  });
});
