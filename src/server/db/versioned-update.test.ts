import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import type { TestApp } from '../test-support/test-app';
import { deleteVersioned, updateVersioned } from './versioned-update';

const LONG_AGO = '2000-01-01T00:00:00.000Z';

async function insertPlan(t: TestApp, title: string): Promise<number> {
  const row = await t.ctx.db
    .insertInto('plan')
    .values({
      title,
      doc_number: null,
      issuer: null,
      year: 2024,
      issue_date: null,
      status: 'active',
      baseline_locked_at: null,
      baseline_locked_by: null,
      created_at: LONG_AGO,
      updated_at: LONG_AGO,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const planRow = (t: TestApp, id: number) => t.ctx.db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describeEachDialect('updateVersioned / deleteVersioned', (app) => {
  it('writes at the expected version: the changes, version + 1 and a fresh updated_at', async () => {
    const id = await insertPlan(app(), '版本写入');
    const before = await planRow(app(), id);
    expect(await updateVersioned(app().ctx.db, 'plan', id, before.version, { title: '版本写入（改）' })).toBe(true);
    const after = await planRow(app(), id);
    expect(after).toMatchObject({ title: '版本写入（改）', version: before.version + 1 });
    expect(after.updated_at > LONG_AGO).toBe(true);
  });

  it('refuses a stale version and leaves the row as it was', async () => {
    const id = await insertPlan(app(), '过期版本');
    const before = await planRow(app(), id);
    expect(await updateVersioned(app().ctx.db, 'plan', id, before.version + 1, { title: '不该写入' })).toBe(false);
    expect(await updateVersioned(app().ctx.db, 'plan', id, before.version - 1, { title: '不该写入' })).toBe(false);
    expect(await planRow(app(), id)).toEqual(before);
  });

  it('refuses a row that fails the extra condition, even at the right version', async () => {
    const id = await insertPlan(app(), '附加条件');
    const before = await planRow(app(), id);
    expect(await updateVersioned(app().ctx.db, 'plan', id, before.version, { title: '不该写入' }, { where: (eb) => eb('status', '=', 'archived') })).toBe(
      false,
    );
    expect(await planRow(app(), id)).toEqual(before);
    expect(await updateVersioned(app().ctx.db, 'plan', id, before.version, { title: '写入' }, { where: (eb) => eb('status', '=', 'active') })).toBe(true);
  });

  it("keeps updated_at with touch off, and writes at any version with 'any'", async () => {
    const id = await insertPlan(app(), '不动时间');
    const before = await planRow(app(), id);
    expect(await updateVersioned(app().ctx.db, 'plan', id, before.version, { issuer: '督查室' }, { touch: false })).toBe(true);
    expect(await planRow(app(), id)).toMatchObject({ issuer: '督查室', version: before.version + 1, updated_at: LONG_AGO });
    expect(await updateVersioned(app().ctx.db, 'plan', id, 'any', { issuer: null })).toBe(true);
    expect(await planRow(app(), id)).toMatchObject({ issuer: null, version: before.version + 2 });
  });

  it('finds a workday schedule by its year', async () => {
    const db = app().ctx.db;
    await db.insertInto('workday_schedule').values({ year: 2031, schedule_json: '{}', updated_by: 'admin', updated_at: LONG_AGO, version: 1 }).execute();
    expect(await updateVersioned(db, 'workday_schedule', 2031, 2, { updated_by: 'office' })).toBe(false);
    expect(await updateVersioned(db, 'workday_schedule', 2031, 1, { updated_by: 'office' })).toBe(true);
    const row = await db.selectFrom('workday_schedule').selectAll().where('year', '=', 2031).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ updated_by: 'office', version: 2 });
    expect(row.updated_at > LONG_AGO).toBe(true);
  });

  it('deletes only at the expected version', async () => {
    const id = await insertPlan(app(), '删除');
    const before = await planRow(app(), id);
    expect(await deleteVersioned(app().ctx.db, 'plan', id, before.version + 1)).toBe(false);
    expect(await planRow(app(), id)).toEqual(before);
    expect(await deleteVersioned(app().ctx.db, 'plan', id, before.version)).toBe(true);
    expect(await app().ctx.db.selectFrom('plan').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
  });
});
