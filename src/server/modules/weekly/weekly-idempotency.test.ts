import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { buildProject, buildUnitUser } from '../../test-support/factories';
import { weeklyDraftBody } from '../../test-support/reporting.factories';
import { forgetOldIdempotencyKeys } from '../../http/idempotency';

const WEEK = '2024-W23';

describeEachDialect('weekly writes with an Idempotency-Key: a retry never writes twice', (t) => {
  const draft = weeklyDraftBody;
  const keyed = (key: string) => ({ 'idempotency-key': key });

  /** A project with a locked baseline, a 联络员 of its lead unit and a saved draft of WEEK. */
  async function withDraft() {
    const p = await buildProject(t(), { lockBaseline: true });
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const saved = await t().as(econ, 'PUT', `/api/v1/projects/${p.id}/weekly/${WEEK}`, draft(p.targetIds[0]!, 46, 0));
    if (saved.statusCode !== 200) throw new Error(saved.body);
    return { p, econ, targetId: p.targetIds[0]!, updateId: saved.json().id as number, version: saved.json().version as number };
  }

  const revisions = (projectId: number) =>
    t().ctx.db.selectFrom('weekly_update').select(['id', 'revision', 'status']).where('project_id', '=', projectId).where('week', '=', WEEK).execute();
  const audits = (action: string, entityIds: number[]) =>
    t()
      .ctx.db.selectFrom('audit_log')
      .select('id')
      .where('entity', '=', 'weekly_update')
      .where('action', '=', action)
      .where(
        'entity_id',
        'in',
        entityIds.map((id) => String(id)),
      )
      .execute();

  it('answers a repeated submission with the first response and submits once', async () => {
    const { p, econ, updateId, version } = await withDraft();
    const key = crypto.randomUUID();
    const first = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'submitted', revision: 1 });
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key));
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    // without the key the same retry is a conflict with itself: the key is what makes it safe
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version })).statusCode).toBe(409);
    expect(await revisions(p.id)).toEqual([{ id: updateId, revision: 1, status: 'submitted' }]);
    expect(await audits('submit', [updateId])).toHaveLength(1);
  });

  it('answers a repeated correction with the first response and makes one new revision', async () => {
    const { p, econ, updateId, version } = await withDraft();
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version })).statusCode).toBe(200);
    const key = crypto.randomUUID();
    const first = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/correct`, {}, keyed(key));
    expect(first.json()).toMatchObject({ status: 'draft', revision: 2 });
    const retry = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/correct`, {}, keyed(key));
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect((await revisions(p.id)).map((r) => r.revision).sort()).toEqual([1, 2]);
  });

  it('answers a repeated first save of a draft with the first response instead of a version conflict', async () => {
    const p = await buildProject(t(), { lockBaseline: true });
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const key = crypto.randomUUID();
    const url = `/api/v1/projects/${p.id}/weekly/${WEEK}`;
    const first = await t().as(econ, 'PUT', url, draft(p.targetIds[0]!, 46, 0), keyed(key));
    expect(first.json()).toMatchObject({ version: 1, values: [{ actual: 46 }] });
    const retry = await t().as(econ, 'PUT', url, draft(p.targetIds[0]!, 46, 0), keyed(key));
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await revisions(p.id)).toHaveLength(1);
  });

  it('refuses the same key with a different request (422, in Chinese) and writes nothing', async () => {
    const { p, econ, targetId, updateId, version } = await withDraft();
    const key = crypto.randomUUID();
    const url = `/api/v1/projects/${p.id}/weekly/${WEEK}`;
    const first = await t().as(econ, 'PUT', url, draft(targetId, 50, version), keyed(key));
    expect(first.statusCode).toBe(200);
    const other = await t().as(econ, 'PUT', url, draft(targetId, 60, version), keyed(key));
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(other.json().error.message).toContain('已用于另一项内容不同的操作');
    // the same key on another route is another request too
    const submit = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version: first.json().version }, keyed(key));
    expect(submit.statusCode).toBe(422);
    const now = (await t().as(econ, 'GET', `/api/v1/projects/${p.id}/weekly?week=${WEEK}`)).json();
    expect(now).toMatchObject({ status: 'draft', version: first.json().version, values: [{ actual: 50 }] });
  });

  it('writes once when two copies of a request arrive at the same time', async () => {
    const { p, econ, updateId, version } = await withDraft();
    const key = crypto.randomUUID();
    const submits = await Promise.all([1, 2, 3].map(() => t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key))));
    expect(submits.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(new Set(submits.map((r) => r.body)).size).toBe(1);
    expect(await audits('submit', [updateId])).toHaveLength(1);

    const correctKey = crypto.randomUUID();
    const corrections = await Promise.all([1, 2, 3].map(() => t().as(econ, 'POST', `/api/v1/weekly/${updateId}/correct`, {}, keyed(correctKey))));
    expect(corrections.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(new Set(corrections.map((r) => r.json().id)).size).toBe(1);
    expect((await revisions(p.id)).map((r) => r.revision).sort()).toEqual([1, 2]);
  });

  it('keeps keys per user and refuses a malformed key', async () => {
    const { p, econ, updateId, version } = await withDraft();
    const colleague = await buildUnitUser(t(), p.leadUnitId);
    const key = crypto.randomUUID();
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key))).statusCode).toBe(200);
    // a colleague's request with the same key is the colleague's own: it runs (and meets the version check)
    const theirs = await t().as(colleague, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key));
    expect(theirs.statusCode).toBe(409);
    const bad = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/correct`, {}, keyed('短'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Idempotency-Key');
    expect(await revisions(p.id)).toHaveLength(1);
  });

  it('stores nothing for a refused write, so its retry runs again', async () => {
    const { econ, updateId, version } = await withDraft();
    const key = crypto.randomUUID();
    const stale = () => t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version: version + 5 }, keyed(key));
    expect((await stale()).statusCode).toBe(409);
    expect(await t().ctx.db.selectFrom('idempotency_key').select('id').where('key', '=', key).execute()).toEqual([]);
    const again = await stale();
    expect(again.statusCode).toBe(409);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    const ok = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(crypto.randomUUID()));
    expect(ok.statusCode).toBe(200);
    const rows = await t().ctx.db.selectFrom('idempotency_key').select(['route', 'status_code']).where('user_id', '=', econ.id).execute();
    expect(rows).toEqual([{ route: 'POST /api/v1/weekly/:id/submit', status_code: 200 }]);
  });

  it('forgets a key after a day (the hourly job): a retry a day later is an ordinary request again', async () => {
    const { econ, updateId, version } = await withDraft();
    const key = crypto.randomUUID();
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key))).statusCode).toBe(200);
    const stored = () => t().ctx.db.selectFrom('idempotency_key').select('key').where('key', '=', key).execute();
    // an hour later the answer is still kept
    await forgetOldIdempotencyKeys(t().ctx, new Date(Date.now() + 3_600_000));
    expect(await stored()).toHaveLength(1);
    expect((await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key))).headers['idempotent-replayed']).toBe('true');
    // a day and a minute later it is gone, and the same request meets the week as it now is (already submitted)
    expect(await forgetOldIdempotencyKeys(t().ctx, new Date(Date.now() + 86_460_000))).toBeGreaterThanOrEqual(1);
    expect(await stored()).toHaveLength(0);
    const late = await t().as(econ, 'POST', `/api/v1/weekly/${updateId}/submit`, { version }, keyed(key));
    expect(late.statusCode).toBe(409);
    expect(late.headers['idempotent-replayed']).toBeUndefined();
  });
});
