/** Project status against the schedule pace (序时进度), DESIGN.md §6. */
export type ProjectStatus = 'completed' | 'on_track' | 'behind' | 'seriously_behind';

export interface LedgerTargetRow {
  label: string;
  unit: string;
  /** the target value (current plan; after an approved change the new value) */
  target: number;
  /** latest accepted cumulative actual, null when never reported */
  actual: number | null;
  /** actual ÷ target, raw (may exceed 1) */
  progress: number | null;
  kind: 'quantity' | 'rate' | 'increase' | 'standard';
}

/** One project line of the master ledger (专项工作台账). */
export interface LedgerItem {
  projectId: number;
  seq: number;
  name: string;
  leadUnits: string[];
  coUnits: string[];
  /** 0–1, capped */
  progress: number;
  /** 0–1 expected by the trajectory at asOf */
  expected: number;
  status: ProjectStatus;
  notReported: boolean;
  /** projected year-end progress 0–1+, null without enough history */
  forecast: number | null;
  latest: { week: string; progressText: string; problemsText: string; nextStepsText: string } | null;
  targets: LedgerTargetRow[];
}

export interface LedgerSheetData {
  planTitle: string;
  docNumber: string | null;
  year: number;
  /** 截至日期 YYYY-MM-DD */
  asOf: string;
  items: LedgerItem[];
}

/** Every unit's submission of one week, for the per-week export. */
export interface WeeklyExportRow {
  seq: number;
  projectName: string;
  leadUnits: string[];
  status: 'none' | 'draft' | 'submitted' | 'returned' | 'accepted';
  submittedAt: string | null;
  isLate: boolean;
  values: { label: string; unit: string; target: number; actual: number | null }[];
  progressText: string;
  problemsText: string;
  nextStepsText: string;
}

export interface WeeklyExportData {
  planTitle: string;
  week: string;
  weekStart: string;
  weekEnd: string;
  rows: WeeklyExportRow[];
}

/** The weekly form of one project and week, as exported for a unit to fill in Excel. */
export interface WeeklyFormData {
  planTitle: string;
  projectId: number;
  seq: number;
  projectName: string;
  week: string;
  weekStart: string;
  weekEnd: string;
  targets: { targetId: number; label: string; unit: string; target: number; previous: number | null; actual: number | null }[];
  milestones: { milestoneId: number; title: string; completedOn: string | null }[];
  progressText: string;
  problemsText: string;
  nextStepsText: string;
}

/** A filled form read back from Excel, before validation against the database. */
export interface WeeklyFormInput {
  projectId: number;
  week: string;
  values: { targetId: number; actual: number | null; reason: string | null }[];
  milestones: { milestoneId: number; completedOn: string | null }[];
  progressText: string;
  problemsText: string;
  nextStepsText: string;
}

/** A problem in an uploaded workbook, named by sheet, row and column as Excel shows them. */
export interface WorkbookError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}
