import type { Kysely } from 'kysely';
import type { WeeklyView } from '../../../contract/weekly.contract';
import { weekRange } from '../../../domain/calendar';
import type { DB } from '../../db/schema';
import type { Actor, ProjectUnitRef } from '../../policies/policy-actor';
import { weeklyUpdatePermissions } from '../../policies/weekly-update.policy';
import { attachmentView } from '../../storage/file-transfer';
import { projectDeadlines } from '../plans/plan-deadlines';
import { listMilestoneRows, listTargetRows } from '../targets/targets.repo';
import { listAttachments, listCoUnitNotes, listReportedCompletions, listReportedValues, loadMilestoneCompletions, loadValues } from './weekly.repo';
import type { WeeklyUpdate } from './weekly.repo';

export type { AttachmentView } from '../../storage/file-transfer';
export type { WeeklyView };

/** A weekly attachment row as the API shows it. */
/** A weekly attachment as the API shows it, with whether the 督查室 published it on the portal. */
export const toAttachmentView = (a: Parameters<typeof attachmentView>[1] & { public_at?: string | null }) => ({
  ...attachmentView('attachments', a),
  publicAt: a.public_at ?? null,
});

/** Who reads the weeks: the views carry what this actor may do on each (`permissions`). */
export interface WeeklyViewer {
  actor: Actor;
  units: readonly ProjectUnitRef[];
}

/** One week of a project to show: its update (the current or an older revision), or null for a fresh form. */
export interface WeekToShow {
  week: string;
  update: WeeklyUpdate | null;
}

/** Rows of many updates, by update id. */
function byUpdate<T extends { update_id: number | null }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    if (row.update_id === null) continue;
    const list = map.get(row.update_id);
    if (list) list.push(row);
    else map.set(row.update_id, [row]);
  }
  return map;
}

/** The last value of each key among rows of weeks before `week` (rows oldest first: a later week, then a later revision, wins). */
function latestBefore<R extends { week: string }, K, V>(rows: readonly R[], week: string, entry: (row: R) => [K, V | null]): Map<K, V> {
  const latest = new Map<K, V>();
  for (const row of rows) {
    if (row.week >= week) break;
    const [key, value] = entry(row);
    if (value !== null) latest.set(key, value);
  }
  return latest;
}

/**
 * The rows the views of some weeks of one project need, loaded together: one query per kind of row (targets, values,
 * milestones, attachments, co-unit notes, what was reported before, the deadlines), however many weeks are shown.
 */
export async function loadWeeklyRows(db: Kysely<DB>, projectId: number, weeks: readonly WeekToShow[]) {
  const lastWeek = weeks
    .map((w) => w.week)
    .sort()
    .at(-1)!;
  const ids = weeks.flatMap((w) => (w.update ? [w.update.id] : []));
  const [targets, milestones, reportedValues, reportedCompletions, deadlines, values, completions, attachments, notes] = await Promise.all([
    listTargetRows(db, projectId),
    listMilestoneRows(db, projectId),
    listReportedValues(db, projectId, lastWeek),
    listReportedCompletions(db, projectId, lastWeek),
    projectDeadlines(db, projectId),
    loadValues(db, ids),
    loadMilestoneCompletions(db, ids),
    listAttachments(db, ids),
    listCoUnitNotes(db, projectId, [...new Set(weeks.map((w) => w.week))]),
  ]);
  return { targets, milestones, reportedValues, reportedCompletions, deadlines, values, completions, attachments, notes };
}

export type WeeklyRows = Awaited<ReturnType<typeof loadWeeklyRows>>;

/** The views of some weeks of one project (see loadWeeklyRows). */
export async function buildWeeklyViews(db: Kysely<DB>, viewer: WeeklyViewer, projectId: number, weeks: readonly WeekToShow[]): Promise<WeeklyView[]> {
  if (weeks.length === 0) return [];
  return composeWeeklyViews(await loadWeeklyRows(db, projectId, weeks), viewer, projectId, weeks);
}

/**
 * The views of weeks from rows already loaded for them. A week whose update row changed only in its own columns
 * (status, submission, review, version) is composed again from the same rows with the new update row.
 */
export function composeWeeklyViews(rows: WeeklyRows, viewer: WeeklyViewer, projectId: number, weeks: readonly WeekToShow[]): WeeklyView[] {
  const { targets, milestones, reportedValues, reportedCompletions, deadlines, values, completions, attachments, notes } = rows;
  const valuesOf = byUpdate(values);
  const completionsOf = byUpdate(completions);
  const attachmentsOf = byUpdate(attachments);
  const tracked = targets.filter((t) => t.kind !== 'standard');

  return weeks.map(({ week, update }): WeeklyView => {
    const previous = latestBefore(reportedValues, week, (r) => [r.target_id, r.actual]);
    const ownValues = update ? (valuesOf.get(update.id) ?? []) : [];
    const ownCompletions = update ? (completionsOf.get(update.id) ?? []) : [];
    // a saved week shows what it says; a new week starts from the milestones already reported done
    const doneBefore = update ? null : latestBefore(reportedCompletions, week, (r) => [r.milestone_id, r.completed_on]);
    const range = weekRange(week);
    return {
      id: update?.id ?? null,
      projectId,
      week,
      weekStart: range.start,
      weekEnd: range.end,
      dueAt: deadlines.weekly(week).dueAt,
      status: update?.status ?? 'draft',
      revision: update?.revision ?? 1,
      values: tracked.map((t) => {
        const v = ownValues.find((x) => x.target_id === t.id);
        return {
          targetId: t.id,
          label: t.label,
          unit: t.unit,
          target: t.value,
          previous: previous.get(t.id) ?? null,
          actual: v?.actual ?? null,
          reason: v?.reason ?? null,
          flags: v?.flags ? v.flags.split(',') : [],
        };
      }),
      milestones: milestones.map((m) => ({
        milestoneId: m.id,
        title: m.title,
        completedOn: doneBefore ? (doneBefore.get(m.id) ?? null) : (ownCompletions.find((c) => c.milestone_id === m.id)?.completed_on ?? null),
      })),
      progressText: update?.progress_text ?? '',
      problemsText: update?.problems_text ?? '',
      nextStepsText: update?.next_steps_text ?? '',
      coUnitIds: update ? (JSON.parse(update.co_unit_ids_json) as number[]) : [],
      attachments: (update ? (attachmentsOf.get(update.id) ?? []) : []).map(toAttachmentView),
      coUnitNotes: notes.filter((n) => n.week === week),
      submittedAt: update?.submitted_at ?? null,
      submittedBy: update?.submitted_by ?? null,
      isLate: Boolean(update?.is_late),
      reviewedAt: update?.reviewed_at ?? null,
      reviewedBy: update?.reviewed_by ?? null,
      reviewComment: update?.review_comment ?? null,
      publicAt: update?.public_at ?? null,
      updatedAt: update?.updated_at ?? null,
      updatedBy: update?.updated_by ?? null,
      version: update?.version ?? 0,
      permissions: weeklyUpdatePermissions(viewer.actor, viewer.units, update),
    };
  });
}

/** The view of one week of a project (a fresh form when `update` is null). */
export async function buildWeeklyView(db: Kysely<DB>, viewer: WeeklyViewer, projectId: number, week: string, update: WeeklyUpdate | null): Promise<WeeklyView> {
  const [view] = await buildWeeklyViews(db, viewer, projectId, [{ week, update }]);
  return view!;
}
