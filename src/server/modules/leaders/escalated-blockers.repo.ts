import type { Kysely } from 'kysely';
import type { EscalatedBlocker } from '../../../contract/leaders.contract';
import type { DB } from '../../db/schema';

/**
 * 提请领导协调: unsettled blockers escalated to the leader — those of his projects, and those of projects no leader
 * has been assigned to yet (so an escalation never goes unseen). Oldest escalation first.
 */
export async function loadEscalatedBlockers(db: Kysely<DB>, leaderId: number): Promise<EscalatedBlocker[]> {
  const rows = await db
    .selectFrom('blocker')
    .innerJoin('project', 'project.id', 'blocker.project_id')
    .select([
      'blocker.id',
      'blocker.project_id',
      'blocker.kind',
      'blocker.description',
      'blocker.needed_from',
      'blocker.status',
      'blocker.raised_by',
      'blocker.raised_at',
      'blocker.escalated_at',
      'project.plan_id',
      'project.seq',
      'project.name',
    ])
    .where('blocker.escalated_to_leader', '=', 1)
    .where('blocker.status', 'in', ['open', 'in_progress'])
    .where('project.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('blocker.project_id', 'in', eb.selectFrom('project_leader').select('project_leader.project_id').where('project_leader.user_id', '=', leaderId)),
        eb('blocker.project_id', 'not in', eb.selectFrom('project_leader').select('project_leader.project_id')),
      ]),
    )
    .orderBy('blocker.escalated_at')
    .orderBy('blocker.id')
    .execute();
  const ids = rows.map((r) => r.id);
  const instructions = ids.length
    ? await db.selectFrom('instruction').select(['target_id', 'status']).where('target_kind', '=', 'blocker').where('target_id', 'in', ids).execute()
    : [];
  return rows.map((r) => {
    const onIt = instructions.filter((i) => i.target_id === r.id);
    return {
      id: r.id,
      projectId: r.project_id,
      planId: r.plan_id,
      projectSeq: r.seq,
      projectName: r.name,
      kind: r.kind,
      description: r.description,
      neededFrom: r.needed_from || null,
      status: r.status,
      raisedBy: r.raised_by,
      raisedAt: r.raised_at,
      escalatedAt: r.escalated_at,
      instructions: onIt.length,
      openInstructions: onIt.filter((i) => i.status !== 'closed').length,
    };
  });
}
