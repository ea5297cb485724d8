import sharp from 'sharp';
import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { describeEachDialect } from '../../test-support/test-app';
import { checkPublicRate } from '../../http/public-rate-limit';
import { AppError } from '../../errors';

describeEachDialect('public portal: only what the 督查室 published, progress as the ledger shows it', (t) => {
  /** A locked 2024 plan whose project 1 promises 110座 of chargers, a user of its lead unit, the 督查室. */
  async function setup() {
    const plan = await buildPlan(t(), { year: 2024, lockBaseline: true, projects: [{ content: '全区新改建充电桩110座。' }, {}] });
    const p = plan.projects[0]!;
    const office = await adminSession(t());
    const unit = await buildUnitUser(t(), p.leadUnitId);
    const version = (await t().as(office, 'GET', `/api/v1/plans/${plan.planId}`)).json().version as number;
    return { plan, p, office, unit, version };
  }
  const get = (url: string, headers: Record<string, string> = {}) => t().app.inject({ method: 'GET', url, headers });

  it('shows nothing of an unpublished plan; the 督查室 (not a unit) publishes it and every project appears as in the ledger', async () => {
    const { plan, p, office, unit, version } = await setup();
    await buildWeek(t(), unit, office, p.id, '2024-W20', { actual: 40 });
    expect((await get(`/public/plans/${plan.planId}`)).statusCode).toBe(404);
    expect((await get(`/public/projects/${p.id}`)).body).toContain('该页面不存在或尚未公开');
    expect((await get('/public')).body).not.toContain(plan.title);

    expect((await t().as(unit, 'PUT', `/api/v1/plans/${plan.planId}/publication`, { isPublished: true, version })).statusCode).toBe(403);
    const published = await t().as(office, 'PUT', `/api/v1/plans/${plan.planId}/publication`, { isPublished: true, version });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ publicUrl: `/public/plans/${plan.planId}` });

    expect((await get('/public')).body).toContain(plan.title);
    const page = await get(`/public/plans/${plan.planId}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toContain('public, max-age=60');
    const ledger = (await t().as(office, 'GET', `/api/v1/plans/${plan.planId}/ledger`)).json<{
      asOf: string;
      items: { seq: number; name: string; progress: number }[];
    }>();
    for (const item of ledger.items) {
      expect(page.body).toContain(item.name);
      expect(page.body).toContain(`完成 ${Math.round(item.progress * 1000) / 10}%`);
    }
    // the same page again: the browser's copy is still good
    const again = await get(`/public/plans/${plan.planId}`, { 'if-none-match': String(page.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('never shows a draft, an unpublished update or photo, by any guessed address; publishing is per update and per photo', async () => {
    const { plan, p, office, unit, version } = await setup();
    await t().as(office, 'PUT', `/api/v1/plans/${plan.planId}/publication`, { isPublished: true, version });
    const accepted = await buildWeek(t(), unit, office, p.id, '2024-W20', { actual: 40, photos: 2, progressText: '已完成城区段20座充电桩安装' });
    const draft = await buildWeek(t(), unit, office, p.id, '2024-W21', { actual: 50, photos: 1, status: 'draft', progressText: '草稿：内部讨论选址争议' });
    const submitted = await buildWeek(t(), unit, office, p.id, '2024-W22', { actual: 60, status: 'submitted', progressText: '待审：尚未审核的内容' });

    const before = (await get(`/public/projects/${p.id}`)).body;
    for (const secret of ['已完成城区段20座充电桩安装', '草稿：内部讨论选址争议', '待审：尚未审核的内容']) expect(before).not.toContain(secret);
    // a submitted (not accepted) update cannot be published; a unit cannot publish at all
    const refused = await t().as(office, 'PUT', `/api/v1/weekly/${submitted.updateId}/publication`, { isPublic: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('审核通过');
    expect((await t().as(unit, 'PUT', `/api/v1/weekly/${accepted.updateId}/publication`, { isPublic: true })).statusCode).toBe(403);

    expect((await t().as(office, 'PUT', `/api/v1/weekly/${accepted.updateId}/publication`, { isPublic: true })).statusCode).toBe(200);
    expect((await t().as(office, 'PUT', `/api/v1/attachments/${accepted.photoIds[0]}/publication`, { isPublic: true })).statusCode).toBe(200);
    // the draft's photo published by mistake still stays hidden: its update is not public
    expect((await t().as(office, 'PUT', `/api/v1/attachments/${draft.photoIds[0]}/publication`, { isPublic: true })).statusCode).toBe(200);

    const after = (await get(`/public/projects/${p.id}`)).body;
    expect(after).toContain('已完成城区段20座充电桩安装');
    expect(after).toContain(`/public/photos/${accepted.photoIds[0]}`);
    expect(after).not.toContain(`/public/photos/${accepted.photoIds[1]}`);
    expect(after).not.toContain('草稿：内部讨论选址争议');

    const photo = await get(`/public/photos/${accepted.photoIds[0]}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(photo.rawPayload).metadata()).exif).toBeUndefined();
    // guessing: every other attachment id nearby, the back-office file route without a session, the update's API
    for (let id = accepted.photoIds[0]! - 3; id <= draft.photoIds[0]! + 3; id++) {
      if (id === accepted.photoIds[0]) continue;
      expect((await get(`/public/photos/${id}`)).statusCode, `photo ${id}`).toBe(404);
      expect((await get(`/public/photos/${id}?thumb=1`)).statusCode, `thumb ${id}`).toBe(404);
    }
    expect((await get(`/api/v1/attachments/${draft.photoIds[0]}`)).statusCode).toBe(401);
    expect((await get(`/api/v1/projects/${p.id}/weekly?week=2024-W21`)).statusCode).toBe(401);
    expect((await get('/public/projects/abc')).statusCode).toBe(404);

    // withdrawn: gone again
    await t().as(office, 'PUT', `/api/v1/weekly/${accepted.updateId}/publication`, { isPublic: false });
    expect((await get(`/public/photos/${accepted.photoIds[0]}`)).statusCode).toBe(404);
    expect((await get(`/public/projects/${p.id}`)).body).not.toContain('已完成城区段20座充电桩安装');
  });

  it('shows the original promise beside an approved change with its reason', async () => {
    const { plan, p, office, unit, version } = await setup();
    await t().as(office, 'PUT', `/api/v1/plans/${plan.planId}/publication`, { isPublished: true, version });
    const targetId = p.targetIds[0]!;
    const request = await t().as(unit, 'POST', `/api/v1/targets/${targetId}/change-requests`, {
      changes: { value: 100 },
      reason: '两处选址因地下管网无法施工，经论证调减10座',
    });
    expect(request.statusCode).toBe(200);
    expect((await t().as(office, 'POST', `/api/v1/change-requests/${request.json().id}/approve`, {})).statusCode).toBe(200);
    const body = (await get(`/public/projects/${p.id}`)).body;
    expect(body).toContain('原承诺');
    expect(body).toMatch(/<td>110座<\/td><td>100座/);
    expect(body).toContain('原承诺 110座 → 变更为 100座');
    expect(body).toContain('两处选址因地下管网无法施工，经论证调减10座');
  });

  it('escapes what people wrote: a script in an update never becomes markup', async () => {
    const { plan, p, office, unit, version } = await setup();
    await t().as(office, 'PUT', `/api/v1/plans/${plan.planId}/publication`, { isPublished: true, version });
    const week = await buildWeek(t(), unit, office, p.id, '2024-W20', { actual: 10, progressText: '<script>alert(1)</script><img src=x onerror=alert(2)>' });
    await t().as(office, 'PUT', `/api/v1/weekly/${week.updateId}/publication`, { isPublic: true });
    const body = (await get(`/public/projects/${p.id}`)).body;
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).not.toContain('<script>alert(1)');
    expect(body).not.toContain('<img src=x');
  });

  it('limits public requests per bucket in the database: past the limit 429 with the wait', async () => {
    const bucket = `test:${Math.random()}`;
    const now = new Date('2030-01-01T00:00:10Z');
    await checkPublicRate(t().ctx, bucket, 2, 60, now);
    await checkPublicRate(t().ctx, bucket, 2, 60, now);
    const third = await checkPublicRate(t().ctx, bucket, 2, 60, now).catch((e: unknown) => e);
    expect(third).toBeInstanceOf(AppError);
    expect(third).toMatchObject({ code: 'RATE_LIMITED', statusCode: 429, details: { retryAfterSeconds: 50 } });
    expect((third as AppError).message).toContain('50 秒');
    // the next window starts afresh
    await expect(checkPublicRate(t().ctx, bucket, 2, 60, new Date('2030-01-01T00:01:00Z'))).resolves.toBeUndefined();
  });
});
