import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * The targets of a plan's projects with their locked baseline (原承诺), in the order the master ledger lists them
 * per project (target number), so each row pairs with the ledger's figures of the same target.
 */
export function listPlanTargetBaselines(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('target')
    .innerJoin('project', 'project.id', 'target.project_id')
    .select(['target.id', 'target.project_id', 'target.parent_id', 'target.kind', 'target.label', 'target.baseline_json'])
    .where('project.plan_id', '=', planId)
    .orderBy('target.seq')
    .execute();
}
