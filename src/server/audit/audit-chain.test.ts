import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { adminSession, buildPlan } from '../test-support/factories';
import { describeEachDialect } from '../test-support/test-app';
import type { TestApp } from '../test-support/test-app';
import { sealAudit, SETTLE_MS, verifyAuditChain } from './audit-chain';

/** What someone with the database's owner rights can do: switch off the append-only guard (migration 0025). */
async function dropAuditGuard(t: TestApp): Promise<void> {
  if (t.dialect === 'sqlite') {
    await sql`drop trigger audit_log_append_only`.execute(t.ctx.db);
    await sql`drop trigger audit_log_retention`.execute(t.ctx.db);
  } else {
    await sql`alter table audit_log disable trigger audit_log_guard`.execute(t.ctx.db);
  }
}

describeEachDialect('tamper-evident audit: a hash chain over every settled row', (t) => {
  const later = () => new Date(Date.now() + SETTLE_MS + 1000);

  it('seals the rows once, verifies the chain, and names a row changed in the database by hand', async () => {
    await buildPlan(t(), { year: 2024 });
    await adminSession(t());
    const first = await sealAudit(t().ctx.db, later());
    expect(first).toBeGreaterThan(0);
    expect(await sealAudit(t().ctx.db, later())).toBe(0);
    const ok = await verifyAuditChain(t().ctx.db);
    expect(ok).toMatchObject({ broken: null, unsealedOld: 0 });
    expect(ok.sealed).toBeGreaterThanOrEqual(first);

    const victim = await t().ctx.db.selectFrom('audit_log').select(['id', 'chain_seq']).where('action', '=', 'import').orderBy('id').executeTakeFirstOrThrow();
    // the database itself refuses the change (append-only guard); someone with owner rights may switch it off
    await expect(sql`update audit_log set summary = ${'篡改后的内容'} where id = ${victim.id}`.execute(t().ctx.db)).rejects.toThrow(/审计日志只能追加/);
    await dropAuditGuard(t());
    await sql`update audit_log set summary = ${'篡改后的内容'} where id = ${victim.id}`.execute(t().ctx.db);
    expect((await verifyAuditChain(t().ctx.db)).broken).toEqual({ id: victim.id, chainSeq: victim.chain_seq });
  });
});

describeEachDialect('tamper-evident audit: a deleted row breaks the chain', (t) => {
  it('names the row after a sealed row deleted by hand', async () => {
    await buildPlan(t(), { year: 2024 });
    await adminSession(t());
    await sealAudit(t().ctx.db, new Date(Date.now() + SETTLE_MS + 1000));
    expect((await verifyAuditChain(t().ctx.db)).broken).toBeNull();
    const rows = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['id', 'chain_seq'])
      .where('chain_seq', 'is not', null)
      .orderBy('chain_seq')
      .limit(3)
      .execute();
    await expect(sql`delete from audit_log where id = ${rows[1]!.id}`.execute(t().ctx.db)).rejects.toThrow(/至少保留180天/);
    await dropAuditGuard(t());
    await sql`delete from audit_log where id = ${rows[1]!.id}`.execute(t().ctx.db);
    expect((await verifyAuditChain(t().ctx.db)).broken).toEqual({ id: rows[2]!.id, chainSeq: rows[2]!.chain_seq });
  });
});
