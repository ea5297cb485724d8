import type { NoticeCorrection, NoticeDraft } from '../../../contract/imports.contract';
import { blankRowAfter, firstSentence, headingText, mergeRows, renumber, splitRow } from './draft-rows';
import type { DraftAction, DraftRow, DraftState } from './notice-draft.types';

const MAX_TEXT = 20000;
const clip = (text: string): string => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

/** The grid's starting point: every project of the draft as read, in order. */
export function draftStateFrom(source: NoticeDraft): DraftState {
  return {
    version: 1,
    source,
    plan: { ...source.plan },
    rows: source.projects.map((project, index) => ({ ...project, key: `r${index}`, origin: index, isChecked: false })),
    operations: [],
    nextKey: source.projects.length,
  };
}

function withRows(state: DraftState, rows: DraftRow[], operation?: NoticeCorrection): DraftState {
  return { ...state, rows: renumber(rows), operations: operation ? [...state.operations, operation] : state.operations };
}

function replaceRow(state: DraftState, key: string, update: (row: DraftRow) => DraftRow): DraftState {
  return { ...state, rows: state.rows.map((row) => (row.key === key ? update(row) : row)) };
}

/**
 * The heading row leaves the list; the rows below it that sat in the same section (same category as the
 * heading row had) take the heading as their category, up to the next section.
 */
function markHeading(state: DraftState, index: number, row: DraftRow): DraftState {
  const category = headingText(row);
  const rows = [...state.rows];
  for (let below = index + 1; below < rows.length; below += 1) {
    const next = rows[below];
    if (next === undefined || next.category !== row.category) break;
    rows[below] = { ...next, category: category || null };
  }
  rows.splice(index, 1);
  return withRows(state, rows, { seq: row.seq, field: 'heading', before: clip(row.name || row.content), after: category });
}

/** Every change the clerk can make to the draft; pure, so the grid, the cards and the tests share it. */
export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  if (action.type === 'plan') return { ...state, plan: { ...state.plan, ...action.patch } };
  const index = state.rows.findIndex((row) => row.key === action.key);
  const row = state.rows[index];
  if (row === undefined) return state;

  switch (action.type) {
    case 'edit':
      return replaceRow(state, action.key, (current) => ({ ...current, ...action.patch }));
    case 'check':
      return replaceRow(state, action.key, (current) => ({ ...current, isChecked: true }));
    case 'nameFromContent': {
      const name = firstSentence(row.content);
      return name === '' ? state : replaceRow(state, action.key, (current) => ({ ...current, name }));
    }
    case 'split': {
      const parts = splitRow(row, action.at, `r${state.nextKey}`);
      if (parts === null) return state;
      const rows = [...state.rows];
      rows.splice(index, 1, ...parts);
      const operation = { seq: row.seq, field: 'split', before: clip(row.content), after: clip(`${parts[0].content}\n——拆分为——\n${parts[1].content}`) };
      return { ...withRows(state, rows, operation), nextKey: state.nextKey + 1 };
    }
    case 'merge': {
      const next = state.rows[index + 1];
      if (next === undefined) return state;
      const merged = mergeRows(row, next);
      const rows = [...state.rows];
      rows.splice(index, 2, merged);
      const before = `第 ${row.seq} 项“${row.name}”；第 ${next.seq} 项“${next.name}”`;
      return withRows(state, rows, { seq: row.seq, field: 'merge', before: clip(before), after: clip(merged.name) });
    }
    case 'heading':
      return markHeading(state, index, row);
    case 'delete':
      return withRows(
        state,
        state.rows.filter((current) => current.key !== action.key),
        { seq: row.seq, field: 'delete', before: clip(row.name || row.content), after: null },
      );
    case 'insert': {
      const rows = [...state.rows];
      rows.splice(index + 1, 0, blankRowAfter(row, `r${state.nextKey}`));
      return { ...withRows(state, rows, { seq: row.seq + 1, field: 'insert', before: null, after: '' }), nextKey: state.nextKey + 1 };
    }
  }
}

/** Actions that reshape the list (worth an undo step), as opposed to typing in a cell. */
export const isStructural = (action: DraftAction): boolean =>
  ['split', 'merge', 'heading', 'delete', 'insert', 'nameFromContent', 'check'].includes(action.type);
