import type { WeeklyDraftInput, WeeklyUpdate } from '../../../contract/weekly.contract';
import { isBeyondHardBound } from '../../../domain/status/value-bounds';

/** What the weekly form edits: numbers stay text while typed so "46." or "1,200" survive until saved. */
export interface WeeklyDraft {
  values: { targetId: number; actual: string; reason: string }[];
  milestones: { milestoneId: number; completedOn: string | null }[];
  progressText: string;
  problemsText: string;
  nextStepsText: string;
  coUnitIds: number[];
}

/** A copy kept in localStorage so nothing typed is lost when the network fails. */
export interface StoredDraft {
  baseVersion: number;
  savedAt: string;
  draft: WeeklyDraft;
}

export function draftFromUpdate(update: WeeklyUpdate): WeeklyDraft {
  return {
    values: update.values.map((value) => ({
      targetId: value.targetId,
      actual: value.actual === null ? '' : String(value.actual),
      reason: value.reason ?? '',
    })),
    milestones: update.milestones.map((milestone) => ({
      milestoneId: milestone.milestoneId,
      completedOn: milestone.completedOn,
    })),
    progressText: update.progressText,
    problemsText: update.problemsText,
    nextStepsText: update.nextStepsText,
    coUnitIds: [...update.coUnitIds],
  };
}

/** `''` → null; `1,200` → 1200; anything not a number → NaN (shown as an input error, sent as null). */
export function parseActual(text: string): number | null {
  const cleaned = text.replace(/[,，\s]/g, '');
  if (cleaned === '') return null;
  return Number(cleaned);
}

export function isValidActual(text: string): boolean {
  const value = parseActual(text);
  return value === null || Number.isFinite(value);
}

export function draftToInput(draft: WeeklyDraft, version: number): WeeklyDraftInput {
  return {
    values: draft.values.map((value) => {
      const actual = parseActual(value.actual);
      return {
        targetId: value.targetId,
        actual: actual !== null && Number.isFinite(actual) ? actual : null,
        reason: value.reason.trim() || null,
      };
    }),
    milestones: draft.milestones,
    progressText: draft.progressText,
    problemsText: draft.problemsText,
    nextStepsText: draft.nextStepsText,
    coUnitIds: draft.coUnitIds,
    version,
  };
}

/**
 * The server's flags, checked early on the device so the 说明 field appears while typing: lower than last
 * week, above the target ×1.5, or more than 3× the target.
 */
export function localFlags(actualText: string, previous: number | null, target: number, unit = ''): string[] {
  const actual = parseActual(actualText);
  if (actual === null) return [];
  // the server's hard bounds (src/domain/status/value-bounds.ts), checked while typing
  if (isBeyondHardBound({ actual, target, unit })) return ['out_of_range'];
  const flags: string[] = [];
  if (previous !== null && actual < previous) flags.push('decrease');
  if (target > 0 && actual > target * 3) flags.push('jump');
  else if (target > 0 && actual > target * 1.5) flags.push('over_total');
  return flags;
}

function storageKey(projectId: number, week: string): string {
  return `minsheng.weekly.${projectId}.${week}`;
}

export function readStoredDraft(projectId: number, week: string): StoredDraft | null {
  try {
    const text = localStorage.getItem(storageKey(projectId, week));
    return text ? (JSON.parse(text) as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function writeStoredDraft(projectId: number, week: string, stored: StoredDraft): void {
  try {
    localStorage.setItem(storageKey(projectId, week), JSON.stringify(stored));
  } catch {
    // A full or disabled storage only loses the offline copy; the server save still runs.
  }
}

export function clearStoredDraft(projectId: number, week: string): void {
  try {
    localStorage.removeItem(storageKey(projectId, week));
  } catch {
    // see writeStoredDraft
  }
}

export function sameDraft(a: WeeklyDraft, b: WeeklyDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
