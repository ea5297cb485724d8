import type { NoticeCorrection, NoticeDraftBody, NoticeDraftPlan, NoticeDraftProject } from '../../../contract/imports.contract';
import type { DraftField, DraftState } from './notice-draft.types';

type CellValue = string | number | string[] | null;

const ROW_FIELDS: ReadonlyArray<DraftField | 'seq'> = ['seq', 'category', 'name', 'content', 'leadUnits', 'coUnits', 'location', 'deadline', 'investment'];
const PLAN_FIELDS: ReadonlyArray<keyof NoticeDraftPlan> = ['title', 'docNumber', 'issuer', 'year', 'issueDate'];
const MAX_CORRECTIONS = 5000;
const MAX_TEXT = 20000;

/** A cell as text for the audit: units joined with 、 as the notice writes them, empty → null. */
function asText(value: CellValue): string | null {
  if (value === null) return null;
  const text = Array.isArray(value) ? value.join('、') : String(value);
  if (text === '') return null;
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function cellChanges(seq: number | null, field: string, before: CellValue, after: CellValue): NoticeCorrection[] {
  const from = asText(before);
  const to = asText(after);
  return from === to ? [] : [{ seq, field, before: from, after: to }];
}

/**
 * What the clerk changed, for the audit: plan header fields, then the list operations in the order done,
 * then every cell of a row read from the notice that now differs from what was read (seq is the row's
 * number as read).
 */
export function draftCorrections(state: DraftState): NoticeCorrection[] {
  const corrections: NoticeCorrection[] = [];
  for (const field of PLAN_FIELDS) {
    corrections.push(...cellChanges(null, `plan.${field}`, state.source.plan[field], state.plan[field]));
  }
  corrections.push(...state.operations);
  for (const row of state.rows) {
    const read = row.origin === null ? undefined : state.source.projects[row.origin];
    if (read === undefined) continue;
    for (const field of ROW_FIELDS) corrections.push(...cellChanges(read.seq, field, read[field], row[field]));
    if (row.isChecked && read.warnings.length > 0) {
      corrections.push({ seq: read.seq, field: 'checked', before: read.warnings.join('；'), after: '已核对' });
    }
  }
  return corrections.slice(0, MAX_CORRECTIONS);
}

/** The corrected draft as the server takes it for preview and commit. */
export function draftBody(state: DraftState): NoticeDraftBody {
  const projects: NoticeDraftProject[] = state.rows.map(({ key: _key, origin: _origin, isChecked: _checked, ...project }) => project);
  return { fileName: state.source.fileName, plan: state.plan, projects, corrections: draftCorrections(state) };
}
