import type { AssessmentRubric, AssessmentRubricInput } from '../../../contract/assessment.contract';
import { CRITERION_LABELS, DEFAULT_RUBRIC, type RubricCriterion, rubricProblem } from '../../../domain/assessment';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import { type AppContext, nowIso } from '../../context';
import { updateVersioned } from '../../db/versioned-update';
import { badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canEditRubric, canReadAssessment } from '../../policies/assessment.policy';
import type { DB } from '../../db/schema';
import type { Kysely } from 'kysely';
import { findPlanForAssessment, findRubric, insertRubric } from './assessment.repo';

/** The rubric a plan is scored with: the saved one, or the default every plan starts with. */
export async function loadRubric(db: Kysely<DB>, planId: number): Promise<{ criteria: RubricCriterion[]; version: number }> {
  const row = await findRubric(db, planId);
  if (!row) return { criteria: [...DEFAULT_RUBRIC], version: 0 };
  return { criteria: JSON.parse(row.criteria_json) as RubricCriterion[], version: row.version };
}

const labelled = (criteria: RubricCriterion[]) => criteria.map((c) => ({ ...c, label: CRITERION_LABELS[c.key] }));

export async function getRubric(ctx: AppContext, actor: Actor, planId: number): Promise<AssessmentRubric> {
  if (!canReadAssessment(actor)) throw forbidden('您没有查看单位考核的权限。');
  if (!(await findPlanForAssessment(ctx.db, planId))) throw notFound('清单');
  const { criteria, version } = await loadRubric(ctx.db, planId);
  return { planId, criteria: labelled(criteria), isDefault: version === 0, version, permissions: { canEdit: canEditRubric(actor) } };
}

/** The 督查室 saves a plan's rubric; the weights must sum to 100 (refused with the sum otherwise). */
export async function saveRubric(ctx: AppContext, actor: Actor, planId: number, input: AssessmentRubricInput): Promise<AssessmentRubric> {
  if (!canEditRubric(actor)) throw forbidden('只有督查室可以修改考核细则。');
  const plan = await findPlanForAssessment(ctx.db, planId);
  if (!plan) throw notFound('清单');
  const problem = rubricProblem(input.criteria);
  if (problem) throw badRequest(problem, { field: 'criteria' });
  const criteria = input.criteria.map((c) => ({ key: c.key, weight: c.weight }));
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findRubric(trx, planId);
    const before = existing ? JSON.parse(existing.criteria_json) : DEFAULT_RUBRIC;
    if (!existing) {
      if (input.version !== 0) throw versionConflict('考核细则');
      // two first saves at once: the plan's unique row refuses the second, which is told to reload
      await insertRubric(trx, planId, JSON.stringify(criteria), actor.username, nowIso()).catch(() => {
        throw versionConflict('考核细则');
      });
    } else if (
      !(await updateVersioned(trx, 'assessment_rubric', existing.id, input.version, { criteria_json: JSON.stringify(criteria), updated_by: actor.username }))
    ) {
      throw versionConflict('考核细则');
    }
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'assessment_rubric',
      entityId: planId,
      summary: `修改清单“${plan.title}”的考核细则`,
      before,
      after: criteria,
    });
  });
  return getRubric(ctx, actor, planId);
}
