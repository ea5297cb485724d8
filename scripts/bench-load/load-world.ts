import { addDays, isoWeekOf, weekRange } from '../../src/domain/calendar';
import { valueFlags } from '../../src/domain/status';
import type { Actor } from '../../src/server/auth/actor';
import { confirmAndLockBaseline, loadDemoProjects } from '../../src/server/bootstrap/demo-data.plan';
import type { LoadedDemoProject } from '../../src/server/bootstrap/demo-data.plan';
import { demoDateFor, demoWeeks, factorFor, paceFor, paceOptions, seedOf, simulateProject } from '../../src/server/bootstrap/demo-data.scenario';
import { demoTexts } from '../../src/server/bootstrap/demo-data.texts';
import type { AppContext } from '../../src/server/context';
import { draftToNotice } from '../../src/server/modules/imports/notice-draft.service';
import { commitNoticeImport } from '../../src/server/modules/imports/notice-import.service';
import { insertDemoAccounts } from '../../src/server/bootstrap/demo-data.users';
import { insertWeeklyRows } from './load-world.repo';
import type { WeeklyRow } from './load-world.repo';

/**
 * The data of the load benchmark, built through the server's own services where a clerk would (notice import,
 * target confirmation, baseline lock) and in bulk where a year of clerks would (weekly history, drafts).
 */

const DISTRICTS = [
  '历下区',
  '市中区',
  '槐荫区',
  '天桥区',
  '历城区',
  '长清区',
  '章丘区',
  '济阳区',
  '莱芜区',
  '钢城区',
  '平阴县',
  '商河县',
  '任城区',
  '兖州区',
  '曲阜市',
  '邹城市',
  '微山县',
  '鱼台县',
  '金乡县',
  '嘉祥县',
  '汶上县',
  '泗水县',
  '梁山县',
  '张店区',
  '淄川区',
  '博山区',
  '临淄区',
  '周村区',
  '桓台县',
  '高青县',
  '沂源县',
  '泰山区',
  '岱岳区',
  '新泰市',
  '肥城市',
  '宁阳县',
  '东平县',
  '兰山区',
  '罗庄区',
  '河东区',
  '郯城县',
  '兰陵县',
  '沂水县',
  '平邑县',
  '费县',
  '蒙阴县',
  '莒南县',
  '临沭县',
  '沂南县',
  '东昌府区',
];
const BUREAUS = ['住建局', '教体局', '卫健局', '民政局', '交通运输局', '水利局', '人社局', '城管局', '生态环境分局', '农业农村局', '市场监管局', '文旅局'];
const CONTENTS = [
  (n: number) => `新改建充电桩${40 + (n % 90)}座，年底前全部建成投用。`,
  (n: number) => `改造老旧小区${5 + (n % 20)}个，惠及居民${800 + (n % 13) * 150}户。`,
  (n: number) => `新建城市书房${3 + (n % 8)}处，6月底前完成选址。`,
  (n: number) => `完成农村公路提升改造${20 + (n % 60)}公里。`,
  (n: number) => `新增城镇就业${2000 + (n % 9) * 250}人，城镇登记失业率控制在3%以内。`,
  (n: number) => `新建改扩建幼儿园${2 + (n % 5)}所，新增学位${600 + (n % 7) * 90}个。`,
  (n: number) => `为${1000 + (n % 11) * 100}名困难老年人提供居家养老服务，新建社区食堂${4 + (n % 6)}处。`,
  // nothing measurable: the 督查室 gives it four milestones before locking the baseline
  () => '推进社区综合服务设施提档升级，打造一刻钟便民生活圈。',
];

export interface PlanSize {
  planId: number;
  projects: number;
  targets: number;
  milestones: number;
  weeklyUpdates: number;
  weeklyValues: number;
}

function noticeBody(title: string, year: number, districts: string[], perDistrict: number, bureaus: string[]) {
  const projects = districts.flatMap((district, d) =>
    Array.from({ length: perDistrict }, (_, i) => {
      const n = d * perDistrict + i;
      const lead = `${district}${bureaus[i % bureaus.length]}`;
      const co = [`${district}财政局`, ...(i % 3 === 0 ? [`${district}${bureaus[(i + 5) % bureaus.length]}`] : [])];
      return {
        seq: n + 1,
        name: `${district}民生实事第${i + 1}项`,
        content: CONTENTS[n % CONTENTS.length]!(n),
        leadUnits: [lead],
        coUnits: co,
        category: null,
        location: district,
        deadline: null,
        investment: null,
      };
    }),
  );
  return {
    fileName: `${title}.txt`,
    plan: { title, docNumber: `鲁民生〔${year}〕${projects.length}号`, issuer: '省政府办公厅', year, issueDate: `${year}-01-10` },
    projects,
    corrections: [],
  };
}

/** Import a plan of `districts × perDistrict` projects, confirm every target and lock the baseline. */
async function importPlan(ctx: AppContext, actor: Actor, title: string, year: number, districts: string[], perDistrict: number, bureaus: string[]) {
  const body = noticeBody(title, year, districts, perDistrict, bureaus);
  const { planId } = await commitNoticeImport(ctx, actor, draftToNotice(body), body.fileName);
  await confirmAndLockBaseline(ctx, actor, planId, year);
  return { planId, loaded: await loadDemoProjects(ctx.db, planId) };
}

/** One accepted (or submitted) week of a project, with the demo's texts and its plausibility flags. */
function weekRow(
  p: LoadedDemoProject,
  week: string,
  actuals: Map<number, number>,
  previous: Map<number, number> | undefined,
  opts: {
    status: 'accepted' | 'submitted' | 'draft';
    revision: number;
    isCurrent: boolean;
    variant: number;
    pace: ReturnType<typeof paceFor>;
    completedOn: Map<number, string>;
  },
): WeeklyRow {
  const { start, end } = weekRange(week);
  const friday = addDays(start, 4);
  const texts = demoTexts(p.project, opts.pace, actuals, opts.variant, []);
  const submittedAt = `${friday}T08:30:00.000Z`;
  return {
    update: {
      project_id: p.project.id,
      week,
      status: opts.status,
      revision: opts.revision,
      is_current: opts.isCurrent ? 1 : 0,
      progress_text: texts.progressText,
      problems_text: texts.problemsText,
      next_steps_text: texts.nextStepsText,
      co_unit_ids_json: JSON.stringify(p.coUnits.map((u) => u.id)),
      submitted_at: opts.status === 'draft' ? null : submittedAt,
      submitted_by: opts.status === 'draft' ? null : 'load-staff',
      is_late: 0,
      reviewed_at: opts.status === 'accepted' ? `${addDays(start, 6)}T02:00:00.000Z` : null,
      reviewed_by: opts.status === 'accepted' ? 'load-supervisor' : null,
      review_comment: null,
      updated_by: 'load-staff',
      created_at: `${start}T01:00:00.000Z`,
      updated_at: submittedAt,
      public_at: null,
      public_by: null,
    },
    values: p.project.targets.map((t) => {
      const actual = actuals.get(t.id) ?? 0;
      const flags = valueFlags({ previous: previous?.get(t.id) ?? null, actual, target: t.value, kind: t.kind, direction: t.direction, unit: t.unit });
      return { target_id: t.id, actual, reason: flags.length ? '已核实，数据以统计部门口径为准。' : null, flags: flags.join(',') };
    }),
    milestones: p.project.milestones.map((m) => {
      const day = opts.completedOn.get(m.id);
      return { milestone_id: m.id, completed_on: day !== undefined && day <= end ? day : null };
    }),
  };
}

/**
 * A province-size plan of the current year: `districts × perDistrict` projects led by district bureaus, each with a
 * year of accepted weekly ledgers up to last week (the demo's simulated paces), 3 % of weeks corrected once
 * (revision 2), and in the last week 8 % not reported and 5 % still waiting for review.
 */
export async function buildProvincePlan(ctx: AppContext, actor: Actor, opts: { districts: number; perDistrict: number; year: number }): Promise<PlanSize> {
  const districts = DISTRICTS.slice(0, opts.districts);
  const { planId, loaded } = await importPlan(ctx, actor, `${opts.year}年全省重点民生实事（压测）`, opts.year, districts, opts.perDistrict, BUREAUS);
  const demoDate = demoDateFor(opts.year);
  const { weeks, lastFullWeek } = demoWeeks(opts.year, demoDate);
  const startDate = `${opts.year}-01-01`;
  let updates = 0;
  let values = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < loaded.length; i += 50) {
      const rows: WeeklyRow[] = [];
      for (const [k, p] of loaded.slice(i, i + 50).entries()) {
        const index = i + k;
        const pace = paceFor(index % 27, 27);
        const factor = factorFor(paceOptions(p.project, weeks, lastFullWeek, startDate, demoDate), pace);
        const series = simulateProject(p.project, weeks, startDate, demoDate, pace, factor, seedOf(p.project) + index);
        let previous: Map<number, number> | undefined;
        for (const [w, week] of weeks.entries()) {
          const actuals = series.actuals.get(week) ?? new Map<number, number>();
          const common = { variant: w, pace, completedOn: series.completedOn };
          if (week === lastFullWeek && index % 12 === 5) continue; // not reported
          const status = week === lastFullWeek && index % 20 === 7 ? 'submitted' : 'accepted';
          if ((index * 53 + w * 7) % 33 === 0) {
            rows.push(weekRow(p, week, actuals, previous, { ...common, status: 'accepted', revision: 1, isCurrent: false }));
            rows.push(weekRow(p, week, actuals, previous, { ...common, status, revision: 2, isCurrent: true }));
          } else rows.push(weekRow(p, week, actuals, previous, { ...common, status, revision: 1, isCurrent: true }));
          previous = actuals;
        }
      }
      await insertWeeklyRows(trx, rows);
      updates += rows.length;
      values += rows.reduce((n, r) => n + r.values.length, 0);
    }
  });
  return {
    planId,
    projects: loaded.length,
    targets: loaded.reduce((n, l) => n + l.project.targets.length, 0),
    milestones: loaded.reduce((n, l) => n + l.project.milestones.length, 0),
    weeklyUpdates: updates,
    weeklyValues: values,
  };
}

export interface Draft {
  id: number;
  username: string;
}

/**
 * The submission world: a plan of the current year with `users` lead units (one unit user each, with the demo
 * password) leading `perUnit` projects each, and a complete, plausible draft for every week up to this one
 * (each request of the benchmark submits one of them). Returns the drafts in an interleaved order.
 */
export async function buildSubmissionWorld(
  ctx: AppContext,
  actor: Actor,
  opts: { users: number; perUnit: number; year: number },
): Promise<{ planId: number; usernames: string[]; drafts: Draft[] }> {
  // one "district" per unit: the unit is the district's 住建局, leading perUnit projects
  const districts = Array.from({ length: opts.users }, (_, i) => `压测${String(i + 1).padStart(3, '0')}区`);
  const { planId, loaded } = await importPlan(ctx, actor, `${opts.year}年重点民生实事（报送压测）`, opts.year, districts, opts.perUnit, ['住建局']);
  const weeks = demoWeeks(opts.year, demoDateFor(opts.year)).weeks;
  weeks.push(isoWeekOf(demoDateFor(opts.year)));
  const unitIds = [...new Set(loaded.map((l) => l.leadUnitIds[0]!))];
  const usernameOf = new Map(unitIds.map((id, i) => [id, `load-u${String(i + 1).padStart(3, '0')}`]));
  // the demo's account writer: one shared hash, no forced password change, an audit row each
  await insertDemoAccounts(
    ctx.db,
    actor,
    [...usernameOf].map(([unitId, username]) => ({ username, displayName: `${username}（压测）`, role: 'unit_staff' as const, unitId, unitName: null })),
  );
  const drafts: Draft[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of loaded) {
      const completedOn = new Map<number, string>();
      const rows = weeks.map((week, w) => {
        const actuals = new Map(
          p.project.targets.map((t) => [t.id, t.kind === 'rate' ? Math.min(t.value, 90) : Math.round((t.value * (w + 1)) / (weeks.length + 4))]),
        );
        return weekRow(p, week, actuals, undefined, { status: 'draft', revision: 1, isCurrent: true, variant: w, pace: 'on_track', completedOn });
      });
      const ids = await insertWeeklyRows(trx, rows);
      const username = usernameOf.get(p.leadUnitIds[0]!)!;
      for (const id of ids) drafts.push({ id, username });
    }
  });
  // interleave users so that consecutive requests come from different units
  drafts.sort((a, b) => (a.id % 997) - (b.id % 997) || a.id - b.id);
  return { planId, usernames: [...usernameOf.values()], drafts };
}
