import type { NoticeCorrection, NoticeDraft, NoticeDraftPlan, NoticeDraftProject } from '../../../contract/imports.contract';

/** One row of the correction grid: a draft project plus what the grid needs to follow it through edits. */
export interface DraftRow extends NoticeDraftProject {
  /** stable React key; survives split, merge and renumbering */
  key: string;
  /** index of the project in the draft as read; null for a row the clerk split off or inserted */
  origin: number | null;
  /** the clerk has looked at the reader's doubts and accepts the row */
  isChecked: boolean;
}

/** The cells a clerk edits directly. */
export type DraftField = 'name' | 'content' | 'leadUnits' | 'coUnits' | 'category' | 'location' | 'deadline' | 'investment';

export type DraftRowPatch = Partial<Pick<NoticeDraftProject, DraftField>>;

/** The draft being corrected, as kept in localStorage. */
export interface DraftState {
  version: 1;
  /** the draft exactly as the server read it: the "before" of every correction */
  source: NoticeDraft;
  plan: NoticeDraftPlan;
  rows: DraftRow[];
  /** split / merge / heading / delete / insert, in the order the clerk did them */
  operations: NoticeCorrection[];
  nextKey: number;
}

export type DraftAction =
  | { type: 'plan'; patch: Partial<NoticeDraftPlan> }
  | { type: 'edit'; key: string; patch: DraftRowPatch }
  | { type: 'split'; key: string; at: number }
  | { type: 'merge'; key: string }
  | { type: 'nameFromContent'; key: string }
  | { type: 'heading'; key: string }
  | { type: 'delete'; key: string }
  | { type: 'insert'; key: string }
  | { type: 'check'; key: string };

/** The optional columns, shown only when some row has a value. */
export interface OptionalColumns {
  hasLocation: boolean;
  hasDeadline: boolean;
  hasInvestment: boolean;
}
