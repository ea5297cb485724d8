import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** A project as its site board shows it, only while it is active in a published plan (else undefined). */
export function findBoardProject(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('project')
    .innerJoin('plan', 'plan.id', 'project.plan_id')
    .select([
      'project.id',
      'project.name',
      'project.content',
      'project.deadline',
      'plan.title as planTitle',
      'plan.year as planYear',
      'plan.issuer as planIssuer',
    ])
    .where('project.id', '=', projectId)
    .where('project.status', '=', 'active')
    .where('plan.published_at', 'is not', null)
    .executeTakeFirst();
}
