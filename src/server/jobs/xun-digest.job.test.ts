import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, describeEachDialect } from '../test-support/test-app';
import type { Session } from '../test-support/test-app';
import { projectIdBySeq, signedInUser } from '../test-support/factories';
import { JOB_TIMEZONE, nextXunDigestRun, runXunDigests, XUN_DIGEST_CRON } from './xun-digest.job';
import { XUN_DIGEST_JOB_USER } from './xun-digest.claim';

/** 08:30 Beijing time is 00:30 UTC. */
const at = (iso: string) => new Date(iso);

describe('xun digest schedule', () => {
  it('fires at 08:30 Asia/Shanghai on the 1st, 11th and 21st', () => {
    expect(XUN_DIGEST_CRON).toBe('30 8 1,11,21 * *');
    expect(JOB_TIMEZONE).toBe('Asia/Shanghai');
    expect(nextXunDigestRun(at('2024-06-01T00:30:00Z'))?.toISOString()).toBe('2024-06-11T00:30:00.000Z');
    expect(nextXunDigestRun(at('2024-06-11T00:29:00Z'))?.toISOString()).toBe('2024-06-11T00:30:00.000Z');
    expect(nextXunDigestRun(at('2024-06-12T03:00:00Z'))?.toISOString()).toBe('2024-06-21T00:30:00.000Z');
    // After the 21st the next 旬 starts on the 1st of the next month (and year).
    expect(nextXunDigestRun(at('2024-12-21T01:00:00Z'))?.toISOString()).toBe('2025-01-01T00:30:00.000Z');
    // 23:00 UTC on 31 May is already 07:00 on 1 June in Beijing: today's 08:30 is next.
    expect(nextXunDigestRun(at('2024-05-31T23:00:00Z'))?.toISOString()).toBe('2024-06-01T00:30:00.000Z');
  });
});

describeEachDialect('xun digest job', (t) => {
  let admin: Session;
  let leaderIds: number[] = [];
  let disabledId: number;

  const digestsOf = (periodStart: string) =>
    t().ctx.db.selectFrom('xun_digest').select(['user_id', 'period_end', 'label', 'content_json']).where('period_start', '=', periodStart).orderBy('user_id').execute();

  it('sets up two active leaders and a disabled one', async () => {
    admin = await t().login('admin', ADMIN_PASSWORD);
    const leader = await signedInUser(t(), admin, 'xunleader1', 'leader', null);
    await signedInUser(t(), admin, 'xunleader2', 'leader', null);
    await signedInUser(t(), admin, 'xunleader3', 'leader', null);
    const users = await t().ctx.db.selectFrom('user').select(['id', 'username', 'version']).where('role', '=', 'leader').orderBy('id').execute();
    const third = users.find((u) => u.username === 'xunleader3')!;
    disabledId = third.id;
    const disabled = await t().as(admin, 'PATCH', `/api/v1/users/${third.id}`, { isDisabled: true, version: third.version });
    expect(disabled.statusCode).toBe(200);
    leaderIds = users.filter((u) => u.id !== disabledId).map((u) => u.id);
    const me = (await t().as(leader, 'GET', '/api/v1/auth/me')).json().user.id as number;
    expect((await t().as(admin, 'PUT', `/api/v1/projects/${await projectIdBySeq(t(), 1)}/leaders`, { userIds: [me] })).statusCode).toBe(200);
  });

  it('does nothing for the new 旬 before 08:30 of its first day', async () => {
    const result = await runXunDigests(t().ctx, at('2024-06-11T00:29:59Z'));
    expect(result).toMatchObject({ isDue: false, created: [], existing: 0 });
    expect(result.xun.start).toBe('2024-06-11');
    expect(await digestsOf('2024-06-11')).toHaveLength(0);
    expect(await digestsOf('2024-06-01')).toHaveLength(0);
  });

  it('creates one dated digest per active leader at 08:30, none for the disabled one', async () => {
    const result = await runXunDigests(t().ctx, at('2024-06-11T00:30:00Z'));
    expect(result).toMatchObject({ isDue: true, existing: 0, failed: [] });
    expect(result.created).toHaveLength(leaderIds.length);
    const rows = await digestsOf('2024-06-11');
    expect(rows.map((r) => r.user_id)).toEqual(leaderIds);
    expect(rows.some((r) => r.user_id === disabledId)).toBe(false);
    expect(rows[0]).toMatchObject({ period_end: '2024-06-20', label: '2024年6月中旬' });
    const content = JSON.parse(rows[0]!.content_json) as { asOf: string; items: { mine: boolean }[] };
    expect(content.asOf).toBe('2024-06-11');
    expect(content.items).toMatchObject([{ mine: true }]);
    const audit = await t().ctx.db.selectFrom('audit_log').select('username').where('entity', '=', 'xun_digest').execute();
    expect(audit).toHaveLength(leaderIds.length);
    expect(audit.every((a) => a.username === XUN_DIGEST_JOB_USER)).toBe(true);
  });

  it('running again (or catching up later in the 旬) keeps one digest per leader', async () => {
    const again = await runXunDigests(t().ctx, at('2024-06-11T00:30:00Z'));
    expect(again).toMatchObject({ isDue: true, created: [], existing: leaderIds.length });
    const later = await runXunDigests(t().ctx, at('2024-06-15T02:00:00Z'));
    expect(later).toMatchObject({ created: [], existing: leaderIds.length });
    expect(await digestsOf('2024-06-11')).toHaveLength(leaderIds.length);
  });

  it('catches up a 旬 whose 08:30 passed while the server was down', async () => {
    const result = await runXunDigests(t().ctx, at('2024-06-23T06:00:00Z'));
    expect(result.xun.start).toBe('2024-06-21');
    expect(result.created).toHaveLength(leaderIds.length);
    const rows = await digestsOf('2024-06-21');
    expect(rows.map((r) => r.user_id)).toEqual(leaderIds);
    expect(JSON.parse(rows[0]!.content_json).asOf).toBe('2024-06-23');
  });

  it('two concurrent runs still yield one digest per leader', async () => {
    const [a, b] = await Promise.all([runXunDigests(t().ctx, at('2024-07-01T00:30:00Z')), runXunDigests(t().ctx, at('2024-07-01T00:31:00Z'))]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    expect(a.created.length + b.created.length).toBe(leaderIds.length);
    expect(a.existing + b.existing).toBe(leaderIds.length);
    expect(await digestsOf('2024-07-01')).toHaveLength(leaderIds.length);
  });

  it('the leader sees the scheduled digests as dated records', async () => {
    const leader = await t().login('xunleader1', 'Unit#2024pass');
    const list = await t().as(leader, 'GET', '/api/v1/me/xun-digests');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((d: { periodStart: string }) => d.periodStart)).toEqual(['2024-07-01', '2024-06-21', '2024-06-11']);
  });
});
