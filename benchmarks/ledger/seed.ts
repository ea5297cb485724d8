/**
 * Bulk fixture for the ledger benchmark: plans of projects with units, targets (linear trajectories), milestones
 * and a year of accepted weekly updates with cumulative values. Written straight into the database through Kysely
 * in batched multi-row inserts inside one transaction per plan; ids are assigned here (max(id) + n) so no row needs
 * a RETURNING round trip. This is fixture data, not user input.
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema';
import { planTrajectory } from '../../src/server/modules/targets/trajectory-plan';

export const YEAR = 2024;
export const WEEKS = 52;
export const TARGETS_PER_PROJECT = 4;
export const MILESTONES_PER_PROJECT = 2;
export const UNITS_PER_DISTRICT = 40;

/** Rows per multi-row INSERT: keeps each statement well under SQLite's 32 766 and PostgreSQL's 65 535 parameters. */
const PARAMS_PER_STATEMENT = 20_000;

type TableName = keyof DB;

async function insertBatched<T extends TableName>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const size = Math.max(1, Math.floor(PARAMS_PER_STATEMENT / Object.keys(first).length));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely's overloads cannot follow a generic table name; the rows are typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

async function nextId(db: Kysely<DB>, table: 'unit' | 'plan' | 'project' | 'target' | 'milestone' | 'weekly_update'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** 'YYYY-Www' for week 1..52 of the benchmark year (2024-W01 starts on Monday 2024-01-01). */
const weekName = (w: number) => `${YEAR}-W${String(w).padStart(2, '0')}`;
const weekFriday = (w: number) => new Date(Date.UTC(YEAR, 0, 1 + (w - 1) * 7 + 4, 8, 0, 0)).toISOString();

/** A district's units, once per district; returns their ids. */
export async function seedUnits(db: Kysely<DB>, district: number): Promise<number[]> {
  const first = await nextId(db, 'unit');
  const now = new Date().toISOString();
  const rows: Insertable<DB['unit']>[] = [];
  for (let i = 0; i < UNITS_PER_DISTRICT; i++) {
    rows.push({ id: first + i, name: `基准区${district}单位${i + 1}`, kind: 'department', parent_id: null, created_at: now, updated_at: now });
  }
  await insertBatched(db, 'unit', rows);
  return rows.map((r) => Number(r.id));
}

export interface SeedCounts {
  projects: number;
  targets: number;
  updates: number;
  values: number;
}

/**
 * One plan with `projects` projects, each with a lead and a co unit from `units`, 4 quantity targets, 2 milestones
 * and 52 accepted weeks. Progress pace differs by project so statuses vary (some on track, some behind).
 */
export async function seedPlan(db: Kysely<DB>, title: string, projects: number, units: number[]): Promise<{ planId: number; counts: SeedCounts }> {
  const now = new Date().toISOString();
  const deadline = `${YEAR}-12-31`;
  return db.transaction().execute(async (trx) => {
    const planId = await nextId(trx, 'plan');
    await trx
      .insertInto('plan')
      .values({
        id: planId,
        title,
        doc_number: null,
        issuer: '基准测试',
        year: YEAR,
        issue_date: `${YEAR}-01-05`,
        status: 'active',
        baseline_locked_at: now,
        baseline_locked_by: 'bench',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const [projectBase, targetBase, milestoneBase, updateBase] = await Promise.all([
      nextId(trx, 'project'),
      nextId(trx, 'target'),
      nextId(trx, 'milestone'),
      nextId(trx, 'weekly_update'),
    ]);
    const projectRows: Insertable<DB['project']>[] = [];
    const unitRows: Insertable<DB['project_unit']>[] = [];
    const targetRows: Insertable<DB['target']>[] = [];
    const milestoneRows: Insertable<DB['milestone']>[] = [];
    const updateRows: Insertable<DB['weekly_update']>[] = [];
    const valueRows: Insertable<DB['weekly_value']>[] = [];
    const weeklyMilestoneRows: Insertable<DB['weekly_milestone']>[] = [];
    const trajectories = new Map<number, string>();
    for (let p = 0; p < projects; p++) {
      const projectId = projectBase + p;
      const lead = units[p % units.length] ?? 0;
      const co = units[(p + 7) % units.length] ?? 0;
      projectRows.push({
        id: projectId,
        plan_id: planId,
        seq: p + 1,
        name: `基准项目${p + 1}：新建公共服务设施`,
        content: `建设公共服务设施，完成年度目标（基准数据 ${p + 1}）。`,
        deadline,
        status: 'active',
        liaison_name: '张三',
        liaison_phone: '0537-1234567',
        created_at: now,
        updated_at: now,
      });
      unitRows.push({ project_id: projectId, unit_id: lead, role: 'lead', sort_order: 1 }, { project_id: projectId, unit_id: co, role: 'co', sort_order: 1 });
      // pace 0.55..1.15 of the plan: spreads statuses over completed / on_track / behind / seriously_behind
      const pace = 0.55 + ((p * 37) % 61) / 100;
      for (let t = 0; t < TARGETS_PER_PROJECT; t++) {
        const value = 10 + ((p * 13 + t * 29) % 200);
        if (!trajectories.has(value))
          trajectories.set(value, JSON.stringify(planTrajectory(YEAR, { value, kind: 'quantity', direction: 'increase', dueDate: deadline }, 'linear')));
        targetRows.push({
          id: targetBase + p * TARGETS_PER_PROJECT + t,
          project_id: projectId,
          parent_id: null,
          seq: t + 1,
          label: `指标${t + 1}`,
          value,
          unit: '个',
          kind: 'quantity',
          direction: 'increase',
          weight: 1,
          due_date: deadline,
          is_min: 0,
          is_approx: 0,
          source_text: `完成${value}个`,
          confidence: 0.9,
          status: 'confirmed',
          trajectory_shape: 'linear',
          trajectory_json: trajectories.get(value) ?? '[]',
          baseline_json: null,
          created_at: now,
          updated_at: now,
        });
      }
      for (let m = 0; m < MILESTONES_PER_PROJECT; m++) {
        milestoneRows.push({
          id: milestoneBase + p * MILESTONES_PER_PROJECT + m,
          project_id: projectId,
          seq: m + 1,
          title: m === 0 ? '完成招标' : '竣工验收',
          due_date: m === 0 ? `${YEAR}-06-30` : deadline,
          source_text: null,
          status: 'confirmed',
          baseline_json: null,
          completed_at: null,
          created_at: now,
          updated_at: now,
        });
      }
      for (let w = 1; w <= WEEKS; w++) {
        const updateId = updateBase + p * WEEKS + (w - 1);
        const at = weekFriday(w);
        updateRows.push({
          id: updateId,
          project_id: projectId,
          week: weekName(w),
          status: 'accepted',
          revision: 1,
          is_current: 1,
          progress_text: `第${w}周推进施工。`,
          problems_text: '无',
          next_steps_text: '继续推进。',
          co_unit_ids_json: `[${co}]`,
          submitted_at: at,
          submitted_by: 'bench',
          is_late: 0,
          reviewed_at: at,
          reviewed_by: 'bench',
          review_comment: null,
          updated_by: 'bench',
          created_at: at,
          updated_at: at,
        });
        for (let t = 0; t < TARGETS_PER_PROJECT; t++) {
          const target = targetRows[p * TARGETS_PER_PROJECT + t];
          const actual = Math.min(Math.round((Number(target?.value ?? 0) * pace * w) / WEEKS), Number(target?.value ?? 0) * 2);
          valueRows.push({ update_id: updateId, target_id: targetBase + p * TARGETS_PER_PROJECT + t, actual, reason: null, flags: '' });
        }
        for (let m = 0; m < MILESTONES_PER_PROJECT; m++) {
          const doneWeek = m === 0 ? 24 : Math.round(WEEKS / pace);
          weeklyMilestoneRows.push({
            update_id: updateId,
            milestone_id: milestoneBase + p * MILESTONES_PER_PROJECT + m,
            completed_on: w >= doneWeek ? `${YEAR}-${m === 0 ? '06-14' : '12-20'}` : null,
          });
        }
      }
    }
    await insertBatched(trx, 'project', projectRows);
    await insertBatched(trx, 'project_unit', unitRows);
    await insertBatched(trx, 'target', targetRows);
    await insertBatched(trx, 'milestone', milestoneRows);
    await insertBatched(trx, 'weekly_update', updateRows);
    await insertBatched(trx, 'weekly_value', valueRows);
    await insertBatched(trx, 'weekly_milestone', weeklyMilestoneRows);
    return { planId, counts: { projects, targets: targetRows.length, updates: updateRows.length, values: valueRows.length } };
  });
}
