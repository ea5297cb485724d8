import { expect, it } from 'vitest';
import { openPlansResponseSchema, openProjectsResponseSchema, openTargetsResponseSchema } from '../../../contract/open-data.contract';
import { adminSession, buildPlan, buildUnitUser } from '../../test-support/factories';
import type { BuiltPlan } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session, TestApp } from '../../test-support/test-app';
import { PROJECTS_CSV_HEADER, TARGETS_CSV_HEADER } from './open-data.csv';
import { publishPlan } from './open-data.test-support';

/**
 * Open data (/open/v1) as a citizen or a newsroom reads it: published plans only, figures equal to the master
 * ledger's, CSV that spreadsheets open with the Chinese intact, readable from any site, limited per address.
 */

/** A 2024 plan of two projects (110座 each), the first reported at 55 in week 23, the second's target changed to 120. */
async function buildReportedPlan(t: TestApp): Promise<{ plan: BuiltPlan; admin: Session }> {
  const plan = await buildPlan(t, { lockBaseline: true, projects: [{ category: '城乡建设' }, {}] });
  const admin = await adminSession(t);
  const [first, second] = plan.projects as [BuiltPlan['projects'][0], BuiltPlan['projects'][0]];
  const unit = await buildUnitUser(t, first.leadUnitId);
  await buildWeek(t, unit, admin, first.id, '2024-W23', { actual: 55 });
  const change = await t.as(unit, 'POST', `/api/v1/targets/${second.targetIds[0]}/change-requests`, {
    changes: { value: 120 },
    reason: '群众需求增加，调增至120座',
  });
  expect(change.statusCode).toBe(200);
  expect((await t.as(admin, 'POST', `/api/v1/change-requests/${change.json().id}/approve`, {})).statusCode).toBe(200);
  await publishPlan(t, plan.planId);
  return { plan, admin };
}

const BOM = [0xef, 0xbb, 0xbf];

/** CSV lines without the BOM (the files here hold no quoted line breaks). */
const csvLines = (body: Buffer) => body.subarray(3).toString('utf8').split('\r\n');

describeEachDialect(
  'open data API',
  (t) => {
    it('lists published plans only, with absolute links to their files, in the documented shape', async () => {
      const { plan } = await buildReportedPlan(t());
      const unpublished = await buildPlan(t());
      const res = await t().as(null, 'GET', '/open/v1/plans', undefined, { host: 'data.example.cn' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const body = openPlansResponseSchema.parse(res.json());
      const ids = body.plans.map((p) => p.id);
      expect(ids).toContain(plan.planId);
      expect(ids).not.toContain(unpublished.planId);
      expect(body.plans.find((p) => p.id === plan.planId)).toMatchObject({
        title: plan.title,
        year: 2024,
        projectCount: 2,
        links: { projectsCsv: `http://data.example.cn/open/v1/plans/${plan.planId}/projects.csv` },
      });
    });

    it('answers projects.json with the ledger figures of the same day, statuses in words', async () => {
      const { plan, admin } = await buildReportedPlan(t());
      const res = await t().as(null, 'GET', `/open/v1/plans/${plan.planId}/projects.json`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const body = openProjectsResponseSchema.parse(res.json());
      const ledger = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/ledger?asOf=${body.asOf}`)).json();
      expect(body.asOf).toBe('2024-12-31');
      expect(body.projects.map((p) => p.name)).toEqual(plan.projects.map((p) => p.name));
      for (const line of ledger.items) {
        const project = body.projects.find((p) => p.id === line.projectId);
        expect(project).toMatchObject({ progress: line.progress, expected: line.expected, status: line.status });
      }
      expect(body.projects[0]).toMatchObject({ progress: 0.5, category: '城乡建设', leadUnits: [plan.projects[0]!.leadUnitName], statusText: '严重滞后' });
      expect(body.projects[0]!.lastUpdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(body.projects[1]).toMatchObject({ progress: 0, lastUpdate: null });
    });

    it('answers projects.csv as UTF-8 with BOM, CRLF, Chinese headers and one row per published project', async () => {
      const { plan } = await buildReportedPlan(t());
      const res = await t().as(null, 'GET', `/open/v1/plans/${plan.planId}/projects.csv`, undefined, { host: 'data.example.cn' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('2024年民生实事项目进度_2024-12-31.csv')}`);
      expect([...res.rawPayload.subarray(0, 3)]).toEqual(BOM);
      const lines = csvLines(res.rawPayload);
      expect(lines.at(-1)).toBe('');
      expect(lines[0]).toBe(PROJECTS_CSV_HEADER.join(','));
      expect(lines[0]).toContain('完成进度（%）');
      const rows = lines.slice(1, -1);
      expect(rows).toHaveLength(2);
      const first = plan.projects[0]!;
      // no cell of these rows holds a comma, so a plain split reads them
      const cells = rows[0]!.split(',');
      expect(cells.slice(0, 7)).toEqual(['1', first.name, '城乡建设', first.leadUnitName, first.coUnits[0]!.name, cells[5], '50']);
      expect(cells[5]).toMatch(/^2024-\d{2}-\d{2}$/);
      expect(cells[8]).toBe('严重滞后');
      expect(cells.slice(10)).toEqual([String(first.id), `http://data.example.cn/public/projects/${first.id}`]);
      expect(rows[1]!.split(',').slice(0, 2)).toEqual(['2', plan.projects[1]!.name]);
    });

    it('answers targets with the original promise beside the approved change, in JSON and CSV', async () => {
      const { plan } = await buildReportedPlan(t());
      const json = await t().as(null, 'GET', `/open/v1/plans/${plan.planId}/targets.json`);
      expect(json.statusCode).toBe(200);
      const body = openTargetsResponseSchema.parse(json.json());
      expect(body.targets).toEqual([
        expect.objectContaining({ projectSeq: 1, label: '新改建充电桩', baselineValue: 110, targetValue: 110, actualValue: 55, unit: '座', progress: 0.5 }),
        expect.objectContaining({ projectSeq: 2, label: '新改建充电桩', baselineValue: 110, targetValue: 120, actualValue: null, unit: '座', progress: null }),
      ]);
      const csv = await t().as(null, 'GET', `/open/v1/plans/${plan.planId}/targets.csv`);
      expect([...csv.rawPayload.subarray(0, 3)]).toEqual(BOM);
      const lines = csvLines(csv.rawPayload);
      expect(lines[0]).toBe(TARGETS_CSV_HEADER.join(','));
      expect(lines.slice(1, -1)).toEqual([
        `1,${plan.projects[0]!.name},新改建充电桩,110,110,55,座,50,${plan.projects[0]!.id}`,
        `2,${plan.projects[1]!.name},新改建充电桩,110,120,,座,,${plan.projects[1]!.id}`,
      ]);
    });

    it('does not find a plan that is not published, in any format', async () => {
      const plan = await buildPlan(t(), { lockBaseline: true });
      for (const file of ['projects.json', 'projects.csv', 'targets.json', 'targets.csv']) {
        const res = await t().as(null, 'GET', `/open/v1/plans/${plan.planId}/${file}`);
        expect(res.statusCode, file).toBe(404);
        expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('清单') });
        expect(res.headers['access-control-allow-origin']).toBe('*');
      }
      expect((await t().as(null, 'GET', '/open/v1/plans/999999/projects.json')).statusCode).toBe(404);
      expect((await t().as(null, 'GET', '/open/v1/nothing-here')).statusCode).toBe(404);
    });

    it('describes every open data route in the OpenAPI document under 公开数据', async () => {
      const doc = (await t().as(null, 'GET', '/api/docs/json')).json();
      const open = Object.entries(doc.paths as Record<string, { get?: { tags?: string[] } }>).filter(([path]) => path.startsWith('/open/v1/'));
      expect(open.map(([path]) => path).sort()).toEqual([
        '/open/v1/plans',
        '/open/v1/plans/{id}/projects.csv',
        '/open/v1/plans/{id}/projects.json',
        '/open/v1/plans/{id}/targets.csv',
        '/open/v1/plans/{id}/targets.json',
      ]);
      for (const [, route] of open) expect(route.get?.tags).toEqual(['公开数据']);
    });

    it('lets any site ask before reading (CORS preflight for GET)', async () => {
      const res = await t().app.inject({
        method: 'OPTIONS',
        url: '/open/v1/plans',
        headers: { origin: 'https://news.example.com', 'access-control-request-method': 'GET' },
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(String(res.headers['access-control-allow-methods'])).toContain('GET');
    });

    it('documents the API on a public page: endpoints, fields, limit, licence and the published plans', async () => {
      const { plan } = await buildReportedPlan(t());
      const res = await t().as(null, 'GET', '/public/open-data', undefined, { host: 'data.example.cn' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      for (const text of ['公开数据', '/plans/{清单编号}/projects.csv', 'baselineValue', '原承诺值', '每分钟最多 1000 次', 'Retry-After', '注明', 'UTF-8']) {
        expect(res.body, text).toContain(text);
      }
      expect(res.body).toContain(`href="http://data.example.cn/open/v1/plans/${plan.planId}/projects.csv"`);
      expect(res.body).toContain(plan.title);
    });
  },
  { OPEN_DATA_RATE_LIMIT: '1000' },
);

describeEachDialect(
  'open data rate limit',
  (t) => {
    it('answers 429 with a Chinese message and Retry-After past the limit, per client address', async () => {
      const address = '203.0.113.7';
      const get = (remoteAddress: string) => t().app.inject({ method: 'GET', url: '/open/v1/plans', remoteAddress });
      for (let i = 0; i < 3; i++) expect((await get(address)).statusCode).toBe(200);
      const refused = await get(address);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^访问过于频繁，请 \d+ (秒|分钟)后再试。$/) });
      const wait = Number(refused.headers['retry-after']);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(86_400);
      expect(refused.headers['access-control-allow-origin']).toBe('*');
      // another address is not held back by this one
      expect((await get('203.0.113.8')).statusCode).toBe(200);
    });
    // a day-long window: the four requests cannot straddle two windows (no timing in the test)
  },
  { OPEN_DATA_RATE_LIMIT: '3', OPEN_DATA_RATE_WINDOW_SECONDS: '86400' },
);
