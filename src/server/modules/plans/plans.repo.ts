import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

const planColumns = [
  'plan.id',
  'plan.title',
  'plan.doc_number as docNumber',
  'plan.issuer',
  'plan.year',
  'plan.issue_date as issueDate',
  'plan.status',
  'plan.version',
] as const;

function selectPlans(db: Kysely<DB>) {
  return db
    .selectFrom('plan')
    .select(planColumns)
    .select((eb) =>
      eb
        .selectFrom('project')
        .select((p) => p.fn.countAll<number>().as('n'))
        .whereRef('project.plan_id', '=', 'plan.id')
        .where('project.status', '=', 'active')
        .as('projectCount'),
    );
}

export type PlanRecord = NonNullable<Awaited<ReturnType<typeof findPlanRow>>>;

const withCount = <T extends { projectCount: number | null }>(row: T) => ({ ...row, projectCount: Number(row.projectCount ?? 0) });

export async function listPlanRows(db: Kysely<DB>) {
  const rows = await selectPlans(db).orderBy('plan.year', 'desc').orderBy('plan.id', 'desc').execute();
  return rows.map(withCount);
}

export async function findPlanRow(db: Kysely<DB>, id: number) {
  const row = await selectPlans(db).where('plan.id', '=', id).executeTakeFirst();
  return row && withCount(row);
}
