/**
 * The crash test's world, built through the server's own services (the way the factories build a test's data): one
 * plan of `units × projectsPerUnit` projects each with the target 新改建充电桩110座 and a locked baseline, one 联络员 per
 * lead unit, and a saved draft for every project and week, ready to be submitted over HTTP.
 */
import type { Actor } from '../../src/server/auth/actor';
import { inBatches } from '../lib/http-session';
import type { AppContext } from '../../src/server/context';
import { draftToNotice } from '../../src/server/modules/imports/notice-draft.service';
import { commitNoticeImport } from '../../src/server/modules/imports/notice-import.service';
import { listProjectRows, loadProjectUnits } from '../../src/server/modules/projects/projects.repo';
import { confirmAllOfProject, lockBaseline } from '../../src/server/modules/targets/baseline.service';
import { listTargetRows } from '../../src/server/modules/targets/targets.repo';
import { findCredentials, updateUser } from '../../src/server/modules/users/users.repo';
import { createUser } from '../../src/server/modules/users/users.service';
import { writeDraft } from '../../src/server/modules/weekly/weekly.service';
import { findCurrentUpdate } from '../../src/server/modules/weekly/weekly.repo';

export const CRASH_PASSWORD = 'Crash#2024pass';
const YEAR = 2024;

export interface CrashUser {
  id: number;
  username: string;
}

/** One submission to send: the draft, its version, the 联络员 who sends it. */
export interface CrashSubmission {
  updateId: number;
  version: number;
  projectId: number;
  week: string;
  username: string;
  userId: number;
}

export interface CrashWorld {
  planId: number;
  users: CrashUser[];
  submissions: CrashSubmission[];
}

/** ISO weeks of the plan's year: W10, W11, … */
export const crashWeeks = (count: number) => Array.from({ length: count }, (_, i) => `${YEAR}-W${String(10 + i).padStart(2, '0')}`);

async function officeActor(ctx: AppContext): Promise<Actor> {
  const admin = await findCredentials(ctx.db, 'admin');
  if (!admin) throw new Error('crash world: the first-start admin is missing');
  return { id: admin.id, username: 'admin', displayName: '系统管理员', role: 'admin', unitId: null, ip: null };
}

export async function buildCrashWorld(ctx: AppContext, opts: { units: number; projectsPerUnit: number; weeks: string[] }): Promise<CrashWorld> {
  const office = await officeActor(ctx);
  const unitName = (u: number) => `压测主办局${String(u + 1).padStart(3, '0')}`;
  const projects = Array.from({ length: opts.units * opts.projectsPerUnit }, (_, i) => ({
    seq: i + 1,
    name: `压测项目${i + 1}`,
    content: '新改建充电桩110座，年底前全部建成投用。',
    leadUnits: [unitName(i % opts.units)],
    coUnits: ['压测协办镇'],
    category: null,
    location: null,
    deadline: null,
    investment: null,
  }));
  const fileName = '压测清单.txt';
  const body = {
    fileName,
    plan: { title: `${YEAR}年压测民生实事清单`, docNumber: `压测〔${YEAR}〕1号`, issuer: '压测开发区管委会', year: YEAR, issueDate: `${YEAR}-01-10` },
    projects,
    corrections: [],
  };
  const { planId } = await commitNoticeImport(ctx, office, draftToNotice(body), fileName);
  const rows = await listProjectRows(ctx.db, planId);
  const leads = await loadProjectUnits(
    ctx.db,
    rows.map((r) => r.id),
  );
  for (const row of rows) await confirmAllOfProject(ctx, office, row.id);
  await lockBaseline(ctx, office, planId);

  const leadUnitIds = [...new Set(rows.map((r) => leads.get(r.id)?.find((u) => u.role === 'lead')?.id ?? 0))];
  const users = await inBatches(leadUnitIds, 4, async (unitId, i) => {
    const username = `crash${String(i + 1).padStart(3, '0')}`;
    const created = await createUser(ctx, office, { username, displayName: `压测联络员${i + 1}`, role: 'unit_staff', unitId, password: CRASH_PASSWORD });
    // the admin-set password would have to be changed at first sign-in; these accounts sign in straight away
    await updateUser(ctx.db, created.id, { must_change_password: 0 });
    return { id: created.id, username, unitId };
  });

  const submissions: CrashSubmission[] = [];
  for (const row of rows) {
    const leadId = leads.get(row.id)?.find((u) => u.role === 'lead')?.id;
    const user = users.find((u) => u.unitId === leadId);
    if (!user) throw new Error(`crash world: project ${row.seq} has no 联络员`);
    const actor: Actor = { id: user.id, username: user.username, displayName: user.username, role: 'unit_staff', unitId: user.unitId, ip: null };
    const target = (await listTargetRows(ctx.db, row.id)).find((t) => t.kind !== 'standard');
    if (!target) throw new Error(`crash world: project ${row.seq} has no target`);
    await ctx.db.transaction().execute(async (trx) => {
      for (const [w, week] of opts.weeks.entries()) {
        const input = {
          values: [{ targetId: target.id, actual: 5 * (w + 1), reason: '压测：按周累计' }],
          milestones: [],
          progressText: `${week} 新建充电桩5座，累计${5 * (w + 1)}座`,
          problemsText: '',
          nextStepsText: '继续推进',
          coUnitIds: [],
          version: null,
        };
        await writeDraft(trx, actor, row.id, week, input);
      }
    });
    for (const week of opts.weeks) {
      const update = await findCurrentUpdate(ctx.db, row.id, week);
      if (!update) throw new Error(`crash world: no draft of project ${row.seq} ${week}`);
      submissions.push({ updateId: update.id, version: update.version, projectId: row.id, week, username: user.username, userId: user.id });
    }
  }
  return { planId, users: users.map(({ id, username }) => ({ id, username })), submissions };
}
