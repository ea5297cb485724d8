import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { AuditActor } from '../auth/actor';
import { ROLE_LABELS } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { writeAudit } from '../audit/audit.writer';
import { nowIso } from '../context';
import type { DB, Role } from '../db/schema';

/**
 * The one password of every demo account. Public on purpose (printed, in the README of a demo): demo accounts
 * exist only on demo installations and must never be created on a production database.
 */
export const DEMO_PASSWORD = 'Demo#2024ms';
export const DEMO_SUFFIX = '（演示）';
export const DEMO_USER_PREFIX = 'demo-';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
}

/** The demo's 分管领导: demo-leader oversees the whole list, the other two their fields (see demo-data.steering-leaders). */
export const DEMO_LEADERS = ['demo-leader', 'demo-leader2', 'demo-leader3'] as const;

/** demo-supervisor, the demo leaders, demo-security and demo-auditor, and for every unit (by id order) demo-uNN-manager and demo-uNN-staff. */
export function demoAccountsFor(units: { id: number; name: string }[]): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { username: 'demo-supervisor', displayName: `督查室 王督查${DEMO_SUFFIX}`, role: 'supervisor', unitId: null, unitName: null },
    { username: 'demo-leader', displayName: `分管领导 李区长${DEMO_SUFFIX}`, role: 'leader', unitId: null, unitName: null },
    { username: 'demo-leader2', displayName: `分管领导 赵副区长${DEMO_SUFFIX}`, role: 'leader', unitId: null, unitName: null },
    { username: 'demo-leader3', displayName: `分管领导 陈副区长${DEMO_SUFFIX}`, role: 'leader', unitId: null, unitName: null },
    // 三员分立: the 系统管理员 is the first-start `admin`; the other two duties have their own accounts
    { username: 'demo-security', displayName: `安全管理员 孙工${DEMO_SUFFIX}`, role: 'security_admin', unitId: null, unitName: null },
    { username: 'demo-auditor', displayName: `审计管理员 周工${DEMO_SUFFIX}`, role: 'auditor', unitId: null, unitName: null },
  ];
  units.forEach((unit, index) => {
    const code = `u${String(index + 1).padStart(2, '0')}`;
    accounts.push({
      username: `demo-${code}-manager`,
      displayName: `${unit.name}负责人${DEMO_SUFFIX}`,
      role: 'unit_manager',
      unitId: unit.id,
      unitName: unit.name,
    });
    accounts.push({
      username: `demo-${code}-staff`,
      displayName: `${unit.name}联络员${DEMO_SUFFIX}`,
      role: 'unit_staff',
      unitId: unit.id,
      unitName: unit.name,
    });
  });
  return accounts;
}

/** Insert the demo accounts that do not exist yet (one shared hash: they share the public password). Returns username → id. */
export async function insertDemoAccounts(trx: Kysely<DB>, actor: AuditActor, accounts: DemoAccount[]): Promise<Map<string, number>> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const existing = await trx.selectFrom('user').select(['id', 'username']).where('username', 'like', `${DEMO_USER_PREFIX}%`).execute();
  const ids = new Map(existing.map((u) => [u.username, u.id]));
  const now = nowIso();
  for (const account of accounts) {
    if (ids.has(account.username)) continue;
    const row = await trx
      .insertInto('user')
      .values({
        username: account.username,
        display_name: account.displayName,
        password_hash: hash,
        role: account.role,
        unit_id: account.unitId,
        is_disabled: 0,
        // demo convenience: no forced change at first login (the password is public anyway)
        must_change_password: 0,
        locked_until: null,
        last_login_at: null,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(account.username, row.id);
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'user',
      entityId: row.id,
      summary: `生成演示账号 ${account.username}（${ROLE_LABELS[account.role]}）`,
      after: { username: account.username, displayName: account.displayName, role: account.role, unitId: account.unitId },
    });
  }
  return ids;
}

/** The demo accounts present in the database, for printing. */
export async function listDemoAccounts(db: Kysely<DB>): Promise<DemoAccount[]> {
  const rows = await db
    .selectFrom('user')
    .leftJoin('unit', 'unit.id', 'user.unit_id')
    .select(['user.username', 'user.display_name', 'user.role', 'user.unit_id', 'unit.name as unit_name'])
    .where('user.username', 'like', `${DEMO_USER_PREFIX}%`)
    .orderBy('user.id')
    .execute();
  return rows.map((r) => ({ username: r.username, displayName: r.display_name, role: r.role, unitId: r.unit_id, unitName: r.unit_name }));
}

/** The accounts as a text table (also the content of DATA_DIR/demo-accounts.txt). */
export function formatDemoAccounts(accounts: DemoAccount[], demoDate: string | null): string {
  const lines = [
    '民生实事督办平台 — 演示账号（仅用于演示环境，切勿在生产环境使用）',
    `统一密码：${DEMO_PASSWORD}`,
    ...(demoDate ? [`演示日期：${demoDate}（专项台账请选择截至日期 ${demoDate}，或调用 /api/v1/plans/:id/ledger?asOf=${demoDate}）`] : []),
    '',
    ...accounts.map((a) => `${a.username.padEnd(22)} ${ROLE_LABELS[a.role]}\t${a.unitName ?? ''}\t${a.displayName}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Write DATA_DIR/demo-accounts.txt readable by the owner only. */
export function writeDemoAccountsFile(dataDir: string, content: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'demo-accounts.txt');
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return file;
}
