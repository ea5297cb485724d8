import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import { DEMO_PASSWORD, DEMO_SEED_ACTION, seedDemoData } from './demo-data';
import { demoDateFor } from './demo-data.scenario';
import { SAMPLE_NOTICE } from './first-start';

interface LedgerItem {
  seq: number;
  status: 'completed' | 'on_track' | 'behind' | 'seriously_behind';
  notReported: boolean;
  progress: number;
  expected: number;
  latest: { week: string; progressText: string } | null;
}

it('puts the demo date of a past plan year in its autumn, and of the current year at today', () => {
  expect(demoDateFor(2024, new Date('2026-11-29T06:00:00Z'))).toBe('2024-10-15');
  expect(demoDateFor(2026, new Date('2026-11-29T06:00:00Z'))).toBe('2026-11-29');
  expect(demoDateFor(2026, new Date('2026-12-31T10:00:00Z'))).toBe('2026-12-31');
});

describeEachDialect(
  'demo data (MINSHENG_SAMPLE=demo)',
  (t) => {
    it('creates demo accounts for every role and unit, marked as demo, with the accounts file readable by the owner only', async () => {
      const users = await t()
        .ctx.db.selectFrom('user')
        .select(['username', 'display_name', 'role', 'must_change_password'])
        .where('username', 'like', 'demo-%')
        .execute();
      const units = await t().ctx.db.selectFrom('unit').select('id').execute();
      expect(users).toHaveLength(6 + 2 * units.length);
      expect(users.every((u) => u.display_name.endsWith('（演示）') && u.must_change_password === 0)).toBe(true);
      expect(new Set(users.map((u) => u.role))).toEqual(new Set(['supervisor', 'leader', 'unit_manager', 'unit_staff', 'security_admin', 'auditor']));
      const file = path.join(t().config.dataDir, 'demo-accounts.txt');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8')).toContain(DEMO_PASSWORD);
    });

    it('confirms the targets and locks the baseline through the services (audited)', async () => {
      const plan = await t().ctx.db.selectFrom('plan').select(['baseline_locked_by']).executeTakeFirstOrThrow();
      expect(plan.baseline_locked_by).toBe('demo-supervisor');
      const proposed = await t().ctx.db.selectFrom('target').select('id').where('status', '=', 'proposed').execute();
      expect(proposed).toHaveLength(0);
      const audit = await t().ctx.db.selectFrom('audit_log').select('action').where('action', 'in', ['confirm', 'lock_baseline', DEMO_SEED_ACTION]).execute();
      expect(audit.filter((a) => a.action === 'lock_baseline')).toHaveLength(1);
      expect(audit.filter((a) => a.action === DEMO_SEED_ACTION)).toHaveLength(1);
    });

    it('shows a realistic mix of statuses in the master ledger at the demo date', async () => {
      const session = await t().login('demo-supervisor', DEMO_PASSWORD);
      const planId = (await t().ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
      // the past year's demo ends its ledger on the demo date: the plan opens as of it without choosing a date
      const res = await t().as(session, 'GET', `/api/v1/plans/${planId}/ledger`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ asOf: '2024-10-15', isYearOver: true });
      const items = res.json<{ items: LedgerItem[] }>().items;
      const count = (status: LedgerItem['status']) => items.filter((i) => i.status === status).length;
      const mix = {
        completed: count('completed'),
        on_track: count('on_track'),
        behind: count('behind'),
        seriously_behind: count('seriously_behind'),
        notReported: items.filter((i) => i.notReported).length,
      };
      console.log(`demo status mix [${t().dialect}]`, JSON.stringify(mix));
      expect(mix.completed).toBeGreaterThanOrEqual(1);
      expect(mix.on_track).toBeGreaterThanOrEqual(10);
      expect(mix.behind).toBeGreaterThanOrEqual(3);
      expect(mix.seriously_behind).toBeGreaterThanOrEqual(1);
      expect(mix.seriously_behind).toBeLessThanOrEqual(3);
      expect(mix.notReported).toBeGreaterThanOrEqual(2);
      expect(mix.notReported).toBeLessThanOrEqual(4);
      expect(items.every((i) => i.latest !== null && i.latest.progressText.length > 0)).toBe(true);
    });

    it('keeps the weekly ledger invariants: one current revision per week, reviewed by the 督查室, a review queue and co-unit notes', async () => {
      const db = t().ctx.db;
      const updates = await db
        .selectFrom('weekly_update')
        .select(['project_id', 'week', 'status', 'is_current', 'revision', 'reviewed_by', 'is_late'])
        .execute();
      const current = new Map<string, number>();
      for (const u of updates) if (u.is_current) current.set(`${u.project_id}:${u.week}`, (current.get(`${u.project_id}:${u.week}`) ?? 0) + 1);
      expect([...current.values()].every((n) => n === 1)).toBe(true);
      expect(updates.filter((u) => u.status === 'accepted').every((u) => u.reviewed_by === 'demo-supervisor')).toBe(true);
      expect(updates.some((u) => u.revision === 2)).toBe(true);
      expect(updates.filter((u) => u.is_late).length).toBeGreaterThanOrEqual(1);
      const session = await t().login('demo-supervisor', DEMO_PASSWORD);
      const planId = (await db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
      const queue = await t().as(session, 'GET', `/api/v1/plans/${planId}/review-queue`);
      expect(queue.json<{ items: unknown[] }>().items.length).toBeGreaterThanOrEqual(1);
      expect((await db.selectFrom('co_unit_note').select('id').execute()).length).toBeGreaterThanOrEqual(3);
      const flagged = await db.selectFrom('weekly_value').select(['flags', 'reason']).where('flags', '!=', '').execute();
      expect(flagged.every((v) => v.reason)).toBe(true);
    });

    it('lets a unit user sign in with the demo password and see its project timeline', async () => {
      const session = await t().login('demo-u01-staff', DEMO_PASSWORD);
      const project = await t().ctx.db.selectFrom('project').select('id').where('seq', '=', 1).executeTakeFirstOrThrow();
      const res = await t().as(session, 'GET', `/api/v1/projects/${project.id}/timeline`);
      expect(res.statusCode).toBe(200);
      expect(res.json<{ items: unknown[] }>().items.length).toBeGreaterThan(30);
    });

    it('does nothing the second time (idempotent)', async () => {
      const before = await t().ctx.db.selectFrom('weekly_update').select('id').execute();
      const result = await seedDemoData(t().ctx, t().config, { info: () => {}, warn: () => {} }, SAMPLE_NOTICE);
      expect(result.isNewlySeeded).toBe(false);
      expect(result.demoDate).toBe('2024-10-15');
      expect(await t().ctx.db.selectFrom('weekly_update').select('id').execute()).toHaveLength(before.length);
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
