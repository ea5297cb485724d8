import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import type { Session } from '../test-support/test-app';
import { adminSession, buildProject, buildUser, USER_PASSWORD } from '../test-support/factories';
import { auditMark } from '../test-support/reporting.factories';
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
  /** This test's digests of the 旬 starting on `periodStart` (other tests' leaders have theirs in the same table). */
  const digestsOf = (periodStart: string, userIds: number[]) =>
    t()
      .ctx.db.selectFrom('xun_digest')
      .select(['user_id', 'period_end', 'label', 'content_json'])
      .where('period_start', '=', periodStart)
      .where('user_id', 'in', userIds)
      .orderBy('user_id')
      .execute();

  /**
   * Two active leaders and a disabled one of this test, the first following a project of its own. The job serves
   * every active leader, so the leaders earlier tests left active are disabled first: this test's are the only ones.
   */
  async function setup() {
    const admin = await adminSession(t());
    const others = await t().ctx.db.selectFrom('user').select(['id', 'version']).where('role', '=', 'leader').where('is_disabled', '=', 0).execute();
    for (const other of others) {
      const res = await t().as(admin, 'PATCH', `/api/v1/users/${other.id}`, { isDisabled: true, version: other.version });
      if (res.statusCode !== 200) throw new Error(res.body);
    }
    const leader = await buildUser(t(), 'leader', null);
    const leader2 = await buildUser(t(), 'leader', null);
    const third = await buildUser(t(), 'leader', null);
    const thirdVersion = (await t().ctx.db.selectFrom('user').select('version').where('id', '=', third.id).executeTakeFirstOrThrow()).version;
    const disabled = await t().as(admin, 'PATCH', `/api/v1/users/${third.id}`, { isDisabled: true, version: thirdVersion });
    const project = await buildProject(t());
    const me = (await t().as(leader, 'GET', '/api/v1/auth/me')).json().user.id as number;
    const assigned = await t().as(admin, 'PUT', `/api/v1/projects/${project.id}/leaders`, { userIds: [me] });
    return { admin, leader, leaderIds: [leader.id, leader2.id], disabledId: third.id, mine: [leader.id, leader2.id, third.id], disabled, assigned };
  }

  it('sets up two active leaders and a disabled one', async () => {
    const { disabled, assigned } = await setup();
    expect(disabled.statusCode).toBe(200);
    expect(assigned.statusCode).toBe(200);
  });

  it('does nothing for the new 旬 before 08:30 of its first day', async () => {
    const { mine } = await setup();
    const result = await runXunDigests(t().ctx, at('2024-06-11T00:29:59Z'));
    expect(result).toMatchObject({ isDue: false, created: [], existing: 0 });
    expect(result.xun.start).toBe('2024-06-11');
    expect(await digestsOf('2024-06-11', mine)).toHaveLength(0);
    expect(await digestsOf('2024-06-01', mine)).toHaveLength(0);
  });

  it('creates one dated digest per active leader at 08:30, none for the disabled one', async () => {
    const { leaderIds, disabledId, mine } = await setup();
    const mark = await auditMark(t());
    const result = await runXunDigests(t().ctx, at('2024-06-11T00:30:00Z'));
    expect(result).toMatchObject({ isDue: true, existing: 0, failed: [] });
    expect(result.created).toHaveLength(leaderIds.length);
    const rows = await digestsOf('2024-06-11', mine);
    expect(rows.map((r) => r.user_id)).toEqual(leaderIds);
    expect(rows.some((r) => r.user_id === disabledId)).toBe(false);
    expect(rows[0]).toMatchObject({ period_end: '2024-06-20', label: '2024年6月中旬' });
    const content = JSON.parse(rows[0]!.content_json) as { asOf: string; items: { mine: boolean }[] };
    expect(content.asOf).toBe('2024-06-11');
    expect(content.items).toMatchObject([{ mine: true }]);
    const audit = await t().ctx.db.selectFrom('audit_log').select('username').where('entity', '=', 'xun_digest').where('id', '>', mark).execute();
    expect(audit).toHaveLength(leaderIds.length);
    expect(audit.every((a) => a.username === XUN_DIGEST_JOB_USER)).toBe(true);
    // each leader is told once that the digest is ready
    const told = await t()
      .ctx.db.selectFrom('notification')
      .innerJoin('notification_event', 'notification_event.id', 'notification.event_id')
      .select(['notification.user_id', 'notification_event.link'])
      .where('notification_event.kind', '=', 'xun_digest_ready')
      .where('notification.user_id', 'in', leaderIds)
      .where('notification_event.title', 'like', '2024年6月中旬%')
      .orderBy('notification.user_id')
      .execute();
    expect(told).toEqual(leaderIds.map((id) => ({ user_id: id, link: '/leader' })));
  });

  it('running again (or catching up later in the 旬) keeps one digest per leader', async () => {
    const { leaderIds, mine } = await setup();
    await runXunDigests(t().ctx, at('2024-06-11T00:30:00Z'));
    const again = await runXunDigests(t().ctx, at('2024-06-11T00:30:00Z'));
    expect(again).toMatchObject({ isDue: true, created: [], existing: leaderIds.length });
    const later = await runXunDigests(t().ctx, at('2024-06-15T02:00:00Z'));
    expect(later).toMatchObject({ created: [], existing: leaderIds.length });
    expect(await digestsOf('2024-06-11', mine)).toHaveLength(leaderIds.length);
  });

  it('makes no digest and tells nobody when no plan runs that day (only 2024 plans, a day of 2027)', async () => {
    const { mine } = await setup();
    const result = await runXunDigests(t().ctx, at('2027-03-01T00:30:00Z'));
    expect(result).toMatchObject({ isDue: true, noRunningPlan: true, created: [], existing: 0 });
    expect(await digestsOf('2027-03-01', mine)).toEqual([]);
  });

  it('catches up a 旬 whose 08:30 passed while the server was down', async () => {
    const { leaderIds, mine } = await setup();
    const result = await runXunDigests(t().ctx, at('2024-06-23T06:00:00Z'));
    expect(result.xun.start).toBe('2024-06-21');
    expect(result.created).toHaveLength(leaderIds.length);
    const rows = await digestsOf('2024-06-21', mine);
    expect(rows.map((r) => r.user_id)).toEqual(leaderIds);
    expect(JSON.parse(rows[0]!.content_json).asOf).toBe('2024-06-23');
  });

  it('two concurrent runs still yield one digest per leader', async () => {
    const { leaderIds, mine } = await setup();
    const [a, b] = await Promise.all([runXunDigests(t().ctx, at('2024-07-01T00:30:00Z')), runXunDigests(t().ctx, at('2024-07-01T00:31:00Z'))]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    expect(a.created.length + b.created.length).toBe(leaderIds.length);
    expect(a.existing + b.existing).toBe(leaderIds.length);
    expect(await digestsOf('2024-07-01', mine)).toHaveLength(leaderIds.length);
  });

  it('the leader sees the scheduled digests as dated records', async () => {
    const { leader: first } = await setup();
    for (const now of ['2024-06-11T00:30:00Z', '2024-06-23T06:00:00Z', '2024-07-01T00:30:00Z']) await runXunDigests(t().ctx, at(now));
    const leader: Session = await t().login(first.username, USER_PASSWORD);
    const list = await t().as(leader, 'GET', '/api/v1/me/xun-digests');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((d: { periodStart: string }) => d.periodStart)).toEqual(['2024-07-01', '2024-06-21', '2024-06-11']);
  });
});
