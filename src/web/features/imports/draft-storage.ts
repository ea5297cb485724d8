import type { DraftState } from './notice-draft.types';

/** One draft per signed-in user and browser, so a reload (or a crash) loses nothing the clerk typed. */
const storageKey = (userId: number): string => `minsheng.notice-draft.v1.${userId}`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Enough of the shape to trust a stored draft written by this version of the page. */
function isDraftState(value: unknown): value is DraftState {
  if (!isRecord(value) || value.version !== 1) return false;
  const { source, plan, rows, operations } = value;
  return (
    isRecord(source) &&
    Array.isArray(source.projects) &&
    isRecord(plan) &&
    Array.isArray(rows) &&
    rows.every((row) => isRecord(row) && typeof row.key === 'string' && Array.isArray(row.leadUnits)) &&
    Array.isArray(operations) &&
    typeof value.nextKey === 'number'
  );
}

/** The stored draft, or null when there is none or it is unreadable. */
export function loadDraft(userId: number): DraftState | null {
  try {
    const text = window.localStorage.getItem(storageKey(userId));
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    return isDraftState(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the browser refused (storage full or disabled). */
export function saveDraft(userId: number, state: DraftState | null): boolean {
  try {
    if (state === null) window.localStorage.removeItem(storageKey(userId));
    else window.localStorage.setItem(storageKey(userId), JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
