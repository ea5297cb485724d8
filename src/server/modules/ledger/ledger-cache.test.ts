import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cachedRead } from '../../db/read-cache';
import { readDataVersion, SNAPSHOT_QUERIES } from '../../db/data-version.repo';
import { adminSession, buildPlan, buildUnitUser } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { createTestApp, describeEachDialect } from '../../test-support/test-app';
import type { TestApp } from '../../test-support/test-app';
import { buildLedger } from './ledger.service';
import type { Actor } from '../../auth/actor';

const reader: Actor = { id: 0, username: 'test', displayName: '测试', role: 'supervisor', unitId: null, ip: null };

/**
 * The master ledger is kept in memory while the data is unchanged (src/server/db/read-cache.ts): never older than the
 * database, also when another server process on the same database wrote the change.
 */
describeEachDialect('ledger kept while the data is unchanged', (t) => {
  let second: TestApp;
  beforeAll(async () => {
    second = await createTestApp(t().dialect, {}, { shareDatabaseOf: t() });
  });
  afterAll(async () => {
    await second?.close();
  });

  it('answers from memory while nothing changed, and shows a week accepted through another server at once', async () => {
    // four projects: a ledger big enough to be sent compressed (over 1 KB)
    const plan = await buildPlan(t(), { lockBaseline: true, projects: [{}, {}, {}, {}] });
    const project = plan.projects[0]!;
    const admin = await adminSession(t());
    const first = await buildLedger(t().ctx, reader, plan.planId, { asOf: '2024-06-30' });
    const again = await buildLedger(t().ctx, reader, plan.planId, { asOf: '2024-06-30' });
    expect(again.items).toBe(first.items);
    expect(first.items[0]).toMatchObject({ projectId: project.id, notReported: true, progress: 0 });
    expect(() => (first.items as unknown[]).push({})).toThrow(TypeError);
    // the route's JSON is built once for the kept ledger and is the same text the next time
    const url = `/api/v1/plans/${plan.planId}/ledger?asOf=2024-06-30`;
    const [a, b] = [await t().as(admin, 'GET', url), await t().as(admin, 'GET', url)];
    expect(b.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(b.body).toBe(a.body);
    expect(b.json()).toMatchObject({ asOf: '2024-06-30', isYearOver: true, items: [{ projectId: project.id, notReported: true }, {}, {}, {}] });
    // a browser that accepts gzip gets the same JSON compressed
    const zipped = await t().as(admin, 'GET', url, undefined, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zlib.gunzipSync(zipped.rawPayload).toString()).toBe(a.body);
    expect((await t().as(admin, 'GET', url, undefined, { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();

    // the other process records and accepts week 25 (the week before 2024-06-30's week)
    await buildWeek(second, await buildUnitUser(second, project.leadUnitId), admin, project.id, '2024-W25', { actual: 55 });
    const res = await t().as(admin, 'GET', url);
    const line = res.json().items.find((i: { projectId: number }) => i.projectId === project.id);
    expect(line).toMatchObject({ notReported: false, progress: 0.5 });
    expect(line.targets[0]).toMatchObject({ actual: 55 });
  });

  it('computes once for simultaneous readers and again after a write through this server', async () => {
    let computed = 0;
    const compute = async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { computed };
    };
    const key = `test:${Math.random()}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => cachedRead(t().ctx.db, key, compute)));
    expect(computed).toBe(1);
    expect(new Set(answers).size).toBe(1);
    await buildUnitUser(t(), (await buildPlan(t())).projects[0]!.leadUnitId);
    expect(await cachedRead(t().ctx.db, key, compute)).toEqual({ computed: 2 });
    // a failed computation is not kept
    await expect(cachedRead(t().ctx.db, `${key}:x`, () => Promise.reject(new Error('数据库不可用')))).rejects.toThrow('数据库不可用');
    expect(await cachedRead(t().ctx.db, `${key}:x`, compute)).toEqual({ computed: 3 });
  });

  it('reads a data version that moves with every commit (on PostgreSQL by each snapshot function engines have)', async () => {
    const write = () => buildPlan(t());
    if (t().dialect === 'sqlite') {
      const before = await readDataVersion(t().ctx.db);
      expect(await readDataVersion(t().ctx.db)).toBe(before);
      await write();
      expect(await readDataVersion(t().ctx.db)).not.toBe(before);
      return;
    }
    for (const query of SNAPSHOT_QUERIES) {
      const before = (await query.execute(t().ctx.db)).rows[0]!.v;
      expect(before).toMatch(/^\d+:\d+:/);
      await write();
      expect((await query.execute(t().ctx.db)).rows[0]!.v).not.toBe(before);
    }
  });
});
