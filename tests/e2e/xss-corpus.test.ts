import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser, buildUser, USER_PASSWORD } from '../../src/server/test-support/factories';
import { buildWeek } from '../../src/server/test-support/reporting.factories';
import { buildBlocker, buildMeeting } from '../../src/server/test-support/steering.factories';
import type { TestApp } from '../../src/server/test-support/test-app';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import { canRunBrowser, DESK, launchChromium, newPage, signIn, startServer } from './browser';

/**
 * Hostile text typed where people type: each payload, if it ever ran, would set window.__pwned or open a dialog.
 * The corpus covers element, attribute, URL, template and srcdoc contexts.
 */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>">',
  '<a href="javascript:window.__pwned=1">点我</a>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<details open ontoggle="window.__pwned=1">',
];
const all = PAYLOADS.join(' ');

async function expectNothingRan(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), url).toBeUndefined();
  expect(dialogs, url).toEqual([]);
  // nothing the payloads could have injected is in the document
  expect(await page.locator('iframe[srcdoc], details[ontoggle], img[onerror], svg[onload]').count(), url).toBe(0);
}

describe.runIf(canRunBrowser())('XSS corpus: what people type never runs, in the back office or on the portal', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let auditorName = '';
  const urls: string[] = [];

  beforeAll(async () => {
    ({ t, baseUrl } = await startServer());
    // names, unit names and the notice text go through the notice import
    const plan = await buildPlan(t, {
      year: 2024,
      lockBaseline: true,
      projects: [
        { name: `充电桩${PAYLOADS[1]}`, content: `全区新改建充电桩110座。${PAYLOADS[0]}`, lead: `区经发局${PAYLOADS[2]}`, co: [`疃里镇${PAYLOADS[3]}`] },
      ],
    });
    const p = plan.projects[0]!;
    const office = await adminSession(t);
    const unit = await buildUnitUser(t, p.leadUnitId);
    const week = await buildWeek(t, unit, office, p.id, '2024-W20', { actual: 40, progressText: all, problemsText: all, nextStepsText: all });
    await t.as(unit, 'PATCH', `/api/v1/projects/${p.id}/liaison`, { liaisonName: PAYLOADS[4]!.slice(0, 40), liaisonPhone: '13800000000', version: 1 });
    await buildMeeting(t, office, plan.planId, {
      kind: 'topic',
      date: '2024-05-20',
      host: PAYLOADS[5]!,
      attendees: PAYLOADS[6],
      minutes: all,
      projectIds: [p.id],
      actionItems: [{ title: `交办${PAYLOADS[7]}`, ownerUnitId: p.leadUnitId, deadline: '2024-06-01', projectId: p.id }],
    });
    await buildBlocker(t, unit, p.id, { kind: 'land', description: all });
    const version = (await t.as(office, 'GET', `/api/v1/plans/${plan.planId}`)).json().version;
    await t.as(office, 'PUT', `/api/v1/plans/${plan.planId}/publication`, { isPublished: true, version });
    await t.as(office, 'PUT', `/api/v1/weekly/${week.updateId}/publication`, { isPublic: true });
    urls.push(
      `/plans/${plan.planId}`,
      `/plans/${plan.planId}/ledger?asOf=2024-06-30`,
      `/plans/${plan.planId}/meetings`,
      `/plans/${plan.planId}/blockers`,
      `/plans/${plan.planId}/weekly-review`,
      `/projects/${p.id}`,
      `/projects/${p.id}/weekly/2024-W20`,
      '/units',
      '/public',
      `/public/plans/${plan.planId}`,
      `/public/projects/${p.id}`,
    );
    // the audit log (which quotes what was typed) is the 审计管理员's page
    auditorName = (await buildUser(t, 'auditor', null)).username;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('runs none of the payloads on any page, and shows them as text', async () => {
    const page = await newPage(browser, DESK);
    await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
    for (const url of urls) await expectNothingRan(page, `${baseUrl}${url}`);
    // the project page shows the hostile name literally
    await page.goto(`${baseUrl}${urls[5]}`);
    await page.getByText('充电桩<img src=x onerror="window.__pwned=1">').first().waitFor();
    await page.context().close();

    const audit = await newPage(browser, DESK);
    await signIn(audit, baseUrl, auditorName, USER_PASSWORD);
    await expectNothingRan(audit, `${baseUrl}/admin/audit`);
    await audit.getByText('审计日志').first().waitFor();
    await audit.context().close();
  });
});
