import crypto from 'node:crypto';
import type { Actor } from '../auth/actor';
import type { Role } from '../db/schema';
import { DUTY_ADMIN_ROLES } from '../../contract/common.contract';
import { draftToNotice } from '../modules/imports/notice-draft.service';
import { commitNoticeImport } from '../modules/imports/notice-import.service';
import { loadProjectUnits } from '../modules/projects/projects.repo';
import { listProjectRows } from '../modules/projects/projects.repo';
import { listUnitRows } from '../modules/units/units.repo';
import { confirmAllOfProject, lockBaseline } from '../modules/targets/baseline.service';
import { getProjectTargets } from '../modules/targets/targets.service';
import { createUser } from '../modules/users/users.service';
import { ADMIN_PASSWORD } from './test-app';
import type { Session, TestApp } from './test-app';

/**
 * Test data built through the services, the way a clerk would make it: each test builds what it needs, with names
 * of its own, so it does not depend on the bundled notice or on the test before it (any `it` runs alone).
 */

export const USER_PASSWORD = 'Unit#2024pass';

/** A short suffix that keeps names of one test apart from another's in the same database. */
export const uniqueSuffix = () => crypto.randomBytes(3).toString('hex');

/** The first-start admin as an actor for service calls. */
export async function officeActor(t: TestApp): Promise<Actor> {
  const admin = await t.ctx.db.selectFrom('user').select(['id', 'username', 'display_name']).where('username', '=', 'admin').executeTakeFirstOrThrow();
  return { id: admin.id, username: admin.username, displayName: admin.display_name, role: 'admin', unitId: null, ip: null };
}

export interface ProjectSpec {
  name?: string;
  /** 项目内容及工作目标: the numbers in it become proposed targets */
  content?: string;
  lead?: string;
  co?: string[];
  category?: string | null;
}

export interface BuiltProject {
  id: number;
  seq: number;
  planId: number;
  name: string;
  leadUnitId: number;
  leadUnitName: string;
  coUnits: { id: number; name: string }[];
  targetIds: number[];
}

export interface BuiltPlan {
  planId: number;
  year: number;
  title: string;
  projects: BuiltProject[];
}

/**
 * A plan imported through the notice-import service, with units named uniquely for this call. With
 * `lockBaseline`, the 督查室 confirms every proposed target and locks the baseline (weekly ledgers need it).
 */
export async function buildPlan(t: TestApp, opts: { year?: number; projects?: ProjectSpec[]; lockBaseline?: boolean } = {}): Promise<BuiltPlan> {
  const s = uniqueSuffix();
  const year = opts.year ?? 2024;
  const specs = opts.projects ?? [{}];
  const title = `测试清单${s}`;
  const projects = specs.map((spec, i) => ({
    seq: i + 1,
    name: spec.name ?? `测试项目${s}-${i + 1}`,
    content: spec.content ?? '新改建充电桩110座，年底前全部建成投用。',
    leadUnits: [spec.lead ?? `区测试主办局${s}`],
    coUnits: spec.co ?? [`测试协办镇${s}`],
    category: spec.category ?? null,
    location: null,
    deadline: null,
    investment: null,
  }));
  const actor = await officeActor(t);
  const body = {
    fileName: `${title}.txt`,
    plan: { title, docNumber: `测开发〔${year}〕${s}号`, issuer: '测试开发区管委会', year, issueDate: `${year}-01-10` },
    projects,
    corrections: [],
  };
  const { planId } = await commitNoticeImport(t.ctx, actor, draftToNotice(body), body.fileName);
  const rows = await listProjectRows(t.ctx.db, planId);
  const units = await loadProjectUnits(
    t.ctx.db,
    rows.map((r) => r.id),
  );
  const unitNames = new Map((await listUnitRows(t.ctx.db)).map((u) => [u.id, u.name]));
  const built: BuiltProject[] = [];
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    const refs = units.get(row.id) ?? [];
    const lead = refs.find((u) => u.role === 'lead');
    if (!lead) throw new Error(`factory: project ${row.seq} has no lead unit`);
    if (opts.lockBaseline) await confirmAllOfProject(t.ctx, actor, row.id);
    const targets = await getProjectTargets(t.ctx, actor, row.id);
    built.push({
      id: row.id,
      seq: row.seq,
      planId,
      name: row.name,
      leadUnitId: lead.id,
      leadUnitName: unitNames.get(lead.id) ?? '',
      coUnits: refs.filter((u) => u.role === 'co').map((u) => ({ id: u.id, name: unitNames.get(u.id) ?? '' })),
      targetIds: targets.targets.map((x) => x.id),
    });
  }
  if (opts.lockBaseline) await lockBaseline(t.ctx, actor, planId);
  return { planId, year, title, projects: built };
}

/** One project in a plan of its own (lead unit, one co-unit, the target 新改建充电桩110座 by default). */
export async function buildProject(t: TestApp, opts: ProjectSpec & { year?: number; lockBaseline?: boolean } = {}): Promise<BuiltProject> {
  const { year, lockBaseline: lock, ...spec } = opts;
  const plan = await buildPlan(t, { year, lockBaseline: lock, projects: [spec] });
  return plan.projects[0]!;
}

export interface UnitUser extends Session {
  id: number;
  username: string;
  unitId: number | null;
  role: Role;
}

/** A user created by the users service and signed in (the admin-set password changed first, as a real first login must). */
export async function buildUser(t: TestApp, role: Role, unitId: number | null, name?: string): Promise<UnitUser> {
  const username = name ?? `${role.replace('_', '')}${uniqueSuffix()}`;
  // 三员 accounts are the 安全管理员's to create (三员分立): the factory acts in that role for them
  const creator = { ...(await officeActor(t)), role: DUTY_ADMIN_ROLES.includes(role) ? ('security_admin' as const) : ('admin' as const) };
  const created = await createUser(t.ctx, creator, { username, displayName: username, role, unitId, password: 'First#2024pw' });
  const first = await t.login(username, 'First#2024pw');
  const changed = await t.as(first, 'POST', '/api/v1/auth/password', { currentPassword: 'First#2024pw', newPassword: USER_PASSWORD });
  if (changed.statusCode !== 200) throw new Error(`password ${username}: ${changed.body}`);
  return { ...first, id: created.id, username, unitId, role };
}

/** A unit user (联络员 by default) of the given unit. */
export const buildUnitUser = (t: TestApp, unitId: number, role: 'unit_staff' | 'unit_manager' = 'unit_staff', name?: string) =>
  buildUser(t, role, unitId, name);

/** The admin session of the test app (first start's admin). */
export const adminSession = (t: TestApp) => t.login('admin', ADMIN_PASSWORD);

// Lookups in the bundled sample notice, for tests that check the sample itself.

export async function unitIdByName(t: TestApp, name: string): Promise<number> {
  const row = await t.ctx.db.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export async function projectIdBySeq(t: TestApp, seq: number): Promise<number> {
  const row = await t.ctx.db.selectFrom('project').select('id').where('seq', '=', seq).orderBy('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Create a user through the admin API and sign them in, changing the admin-set password first
 * (as a real first login must). Returns the ready session.
 */
export async function signedInUser(t: TestApp, admin: Session, username: string, role: Role, unitName: string | null): Promise<Session> {
  const unitId = unitName ? await unitIdByName(t, unitName) : null;
  const created = await t.as(admin, 'POST', '/api/v1/users', { username, displayName: username, role, unitId, password: 'First#2024pw' });
  if (created.statusCode !== 200) throw new Error(`create ${username}: ${created.body}`);
  const first = await t.login(username, 'First#2024pw');
  const changed = await t.as(first, 'POST', '/api/v1/auth/password', { currentPassword: 'First#2024pw', newPassword: USER_PASSWORD });
  if (changed.statusCode !== 200) throw new Error(`password ${username}: ${changed.body}`);
  return first;
}
