import { weekRange } from '../../../domain/calendar';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { listMilestoneRows, listTargetRows } from '../targets/targets.repo';
import { attachmentView } from '../../storage/file-transfer';
import { projectDeadlines } from '../plans/plan-deadlines';
import { listAttachments, listCoUnitNotes, loadMilestoneCompletions, loadValues, previousActuals, previousCompletions } from './weekly.repo';
import type { WeeklyUpdate } from './weekly.repo';

export type { AttachmentView } from '../../storage/file-transfer';

/** A weekly attachment row as the API shows it. */
export const toAttachmentView = (a: Parameters<typeof attachmentView>[1]) => attachmentView('attachments', a);

export async function buildWeeklyView(db: Kysely<DB>, projectId: number, week: string, update: WeeklyUpdate | null) {
  const [targets, milestones, previous, doneBefore] = await Promise.all([
    listTargetRows(db, projectId),
    listMilestoneRows(db, projectId),
    previousActuals(db, projectId, week),
    previousCompletions(db, projectId, week),
  ]);
  const ids = update ? [update.id] : [];
  const [values, completions, attachments, notes] = await Promise.all([
    loadValues(db, ids),
    loadMilestoneCompletions(db, ids),
    listAttachments(db, ids),
    listCoUnitNotes(db, projectId, week),
  ]);
  const range = weekRange(week);
  return {
    id: update?.id ?? null,
    projectId,
    week,
    weekStart: range.start,
    weekEnd: range.end,
    dueAt: (await projectDeadlines(db, projectId)).weekly(week).dueAt,
    status: update?.status ?? 'draft',
    revision: update?.revision ?? 1,
    values: targets
      .filter((t) => t.kind !== 'standard')
      .map((t) => {
        const v = values.find((x) => x.target_id === t.id);
        return { targetId: t.id, label: t.label, unit: t.unit, target: t.value, previous: previous.get(t.id) ?? null, actual: v?.actual ?? null, reason: v?.reason ?? null, flags: v?.flags ? v.flags.split(',') : [] };
      }),
    // a saved week shows what it says; a new week starts from the milestones already reported done
    milestones: milestones.map((m) => ({
      milestoneId: m.id,
      title: m.title,
      completedOn: update ? (completions.find((c) => c.milestone_id === m.id)?.completed_on ?? null) : (doneBefore.get(m.id) ?? null),
    })),
    progressText: update?.progress_text ?? '',
    problemsText: update?.problems_text ?? '',
    nextStepsText: update?.next_steps_text ?? '',
    coUnitIds: update ? (JSON.parse(update.co_unit_ids_json) as number[]) : [],
    attachments: attachments.map(toAttachmentView),
    coUnitNotes: notes,
    submittedAt: update?.submitted_at ?? null,
    submittedBy: update?.submitted_by ?? null,
    isLate: Boolean(update?.is_late),
    reviewedAt: update?.reviewed_at ?? null,
    reviewedBy: update?.reviewed_by ?? null,
    reviewComment: update?.review_comment ?? null,
    updatedAt: update?.updated_at ?? null,
    updatedBy: update?.updated_by ?? null,
    version: update?.version ?? 0,
  };
}

export type WeeklyView = Awaited<ReturnType<typeof buildWeeklyView>>;
