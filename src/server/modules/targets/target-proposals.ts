import type { Kysely } from 'kysely';
import { extractTargets } from '../../../domain/targets/extract-targets';
import type { AuditActor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors';
import { deleteProjectTargetsAndMilestones, hasReviewedTargetsOrMilestones, insertMilestoneRow, insertTargetRow, writeRevision } from './targets.repo';
import { planTrajectory } from './trajectory-plan';

interface ProjectText {
  id: number;
  seq: number;
  /** helps name a target whose own words are only a verb (覆盖约11.3万人) */
  name: string;
  content: string;
  deadline: string;
}

/**
 * Read targets and milestones out of a project's text and store them as proposals for the lead unit and the
 * 督查室 to review. Returns how many of each were proposed.
 */
export async function proposeTargets(trx: Kysely<DB>, actor: AuditActor, project: ProjectText, year: number): Promise<{ targets: number; milestones: number }> {
  const extraction = extractTargets(project.content, { projectName: project.name });
  const ids: number[] = [];
  for (const [index, t] of extraction.targets.entries()) {
    let trajectory: ReturnType<typeof planTrajectory> = [];
    try {
      trajectory = planTrajectory(year, { value: t.value, kind: t.kind, direction: 'increase', dueDate: project.deadline }, 'linear');
    } catch (error) {
      // An unusable deadline leaves the proposal without a plan; the reviewer sets one.
      if (!(error instanceof AppError)) throw error;
    }
    const id = await insertTargetRow(trx, {
      project_id: project.id,
      parent_id: t.parent === undefined ? null : (ids[t.parent] ?? null),
      seq: index + 1,
      label: t.label,
      value: t.value,
      unit: t.unit,
      kind: t.kind,
      direction: 'increase',
      weight: 1,
      due_date: project.deadline,
      is_min: t.min ? 1 : 0,
      is_approx: t.approx ? 1 : 0,
      source_text: t.text,
      confidence: t.confidence,
      status: 'proposed',
      trajectory_shape: 'linear',
      trajectory_json: JSON.stringify(trajectory),
      baseline_json: null,
    });
    ids.push(id);
    await writeRevision(trx, 'target', id, actor.username, 'propose');
  }
  for (const [index, m] of extraction.milestones.entries()) {
    const id = await insertMilestoneRow(trx, {
      project_id: project.id,
      seq: index + 1,
      title: m.title,
      due_date: project.deadline,
      source_text: m.text,
      status: 'proposed',
      baseline_json: null,
      completed_at: null,
    });
    await writeRevision(trx, 'milestone', id, actor.username, 'propose');
  }
  const counts = { targets: extraction.targets.length, milestones: extraction.milestones.length };
  if (counts.targets + counts.milestones > 0) {
    await writeAudit(trx, actor, {
      action: 'propose',
      entity: 'project',
      entityId: project.id,
      summary: `从项目 ${project.seq} 的内容中提取 ${counts.targets} 个目标、${counts.milestones} 个节点（待确认）`,
    });
  }
  return counts;
}

/**
 * After the text of a project changed in a corrected notice: proposals nobody confirmed yet are read again;
 * confirmed or locked targets are left for people to revise (the import preview tells them).
 */
export async function refreshProposals(trx: Kysely<DB>, actor: AuditActor, project: ProjectText, year: number, isLocked: boolean): Promise<boolean> {
  if (isLocked) return false;
  if (await hasReviewedTargetsOrMilestones(trx, project.id)) return false;
  await deleteProjectTargetsAndMilestones(trx, project.id);
  await proposeTargets(trx, actor, project, year);
  return true;
}
