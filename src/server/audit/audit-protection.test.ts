import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { sealAudit, SETTLE_MS, verifyAuditChain } from './audit-chain';
import { adminSession, buildPlan } from '../test-support/factories';
import { describeEachDialect } from '../test-support/test-app';

const DAY = 86_400_000;

describeEachDialect('audit log: append-only in the database, kept at least 180 days', (t) => {
  it('refuses to change or delete a recent row, but still lets the sealer seal it', async () => {
    await buildPlan(t(), { year: 2024 });
    const db = t().ctx.db;
    const row = await db.selectFrom('audit_log').selectAll().where('action', '=', 'import').executeTakeFirstOrThrow();
    await expect(sql`update audit_log set summary = ${'改过'} where id = ${row.id}`.execute(db)).rejects.toThrow(/审计日志只能追加，不能修改/);
    await expect(sql`update audit_log set username = ${'someone'}, chain_seq = ${999_999} where id = ${row.id}`.execute(db)).rejects.toThrow(/只能追加/);
    await expect(sql`delete from audit_log where id = ${row.id}`.execute(db)).rejects.toThrow(/审计日志至少保留180天，不能删除/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/至少保留180天/);
    if (t().dialect === 'postgres') await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/审计日志不能清空/);
    const after = await db.selectFrom('audit_log').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(after.summary).toBe(row.summary);

    // sealing is the one update allowed: from unsealed to sealed, content untouched — and only once
    expect(await sealAudit(db, new Date(Date.now() + SETTLE_MS + 1000))).toBeGreaterThan(0);
    const sealed = await db.selectFrom('audit_log').select(['chain_seq', 'chain_hash']).where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(sealed.chain_seq).not.toBeNull();
    await expect(sql`update audit_log set chain_hash = ${'0'.repeat(64)} where id = ${row.id}`.execute(db)).rejects.toThrow(/只能追加/);
    expect((await verifyAuditChain(db)).broken).toBeNull();
  });

  it('lets a row older than 180 days go, and only such a row', async () => {
    await adminSession(t());
    const db = t().ctx.db;
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
    // rows written long ago (an update that back-dates a row would be refused, so they are written with that date)
    for (const [action, daysAgo] of [
      ['probe_old_dated', 181],
      ['probe_recent_dated', 179],
    ] as const) {
      await db
        .insertInto('audit_log')
        .values({
          at: at(daysAgo),
          user_id: null,
          username: 'system',
          action,
          entity: 'system',
          entity_id: null,
          summary: `${daysAgo}天前`,
          before_json: null,
          after_json: null,
          ip: null,
        })
        .execute();
    }
    await sql`delete from audit_log where action = ${'probe_old_dated'}`.execute(db);
    await expect(sql`delete from audit_log where action = ${'probe_recent_dated'}`.execute(db)).rejects.toThrow(/至少保留180天/);
    const left = await db.selectFrom('audit_log').select('action').where('action', 'like', 'probe_%_dated').execute();
    expect(left.map((r) => r.action)).toEqual(['probe_recent_dated']);
  });
});
