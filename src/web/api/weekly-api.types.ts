/** Shapes of the weekly ledger routes (docs/API.md, "Weekly ledger (issue 4)"). */

export type WeeklyStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
/** 'none' when nothing was started for the week yet */
export type TodoStatus = WeeklyStatus | 'none';
/** decrease 低于上周 · jump 异常跳增 · over_total 超出总量 */
export type ValueFlag = 'decrease' | 'jump' | 'over_total';
export type ProjectStatus = 'completed' | 'on_track' | 'behind' | 'seriously_behind';

export interface WeeklyValue {
  targetId: number;
  label: string;
  unit: string;
  target: number;
  /** the last accepted cumulative actual, null before the first report */
  previous: number | null;
  actual: number | null;
  reason: string | null;
  flags: string[];
}

export interface WeeklyMilestone {
  milestoneId: number;
  title: string;
  /** YYYY-MM-DD */
  completedOn: string | null;
}

export interface Attachment {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  isImage: boolean;
  /** /api/v1/attachments/:id */
  url: string;
  thumbUrl: string | null;
}

export interface CoUnitNote {
  id: number;
  projectId: number;
  week: string;
  unitId: number;
  unitName: string;
  text: string;
  author: string;
  updatedAt: string;
  version: number;
}

export interface WeeklyUpdate {
  /** null for a fresh form nobody has saved yet */
  id: number | null;
  projectId: number;
  /** YYYY-Www */
  week: string;
  weekStart: string;
  weekEnd: string;
  dueAt: string;
  status: WeeklyStatus;
  revision: number;
  values: WeeklyValue[];
  milestones: WeeklyMilestone[];
  progressText: string;
  problemsText: string;
  nextStepsText: string;
  coUnitIds: number[];
  attachments: Attachment[];
  coUnitNotes: CoUnitNote[];
  submittedAt: string | null;
  submittedBy: string | null;
  isLate: boolean;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  version: number;
}

/** The body of PUT /projects/:id/weekly/:week (autosave). */
export interface WeeklyDraftInput {
  values: { targetId: number; actual: number | null; reason?: string | null }[];
  milestones: { milestoneId: number; completedOn: string | null }[];
  progressText: string;
  problemsText: string;
  nextStepsText: string;
  coUnitIds: number[];
  version: number;
}

export interface TodoItem {
  projectId: number;
  seq: number;
  name: string;
  planId: number;
  role: 'lead' | 'co';
  updateId: number | null;
  status: TodoStatus;
  isLate: boolean;
  isOverdue: boolean;
}

export interface TodoResponse {
  week: string;
  dueAt: string;
  items: TodoItem[];
}

export interface ReviewQueueItem {
  updateId: number;
  projectId: number;
  seq: number;
  name: string;
  week: string;
  submittedAt: string;
  isLate: boolean;
  flags: string[];
}

export interface LedgerTarget {
  label: string;
  unit: string;
  target: number;
  actual: number | null;
  progress?: number | null;
}

export interface LedgerItem {
  projectId: number;
  seq: number;
  name: string;
  leadUnits: string[];
  coUnits: string[];
  /** 0–1, capped */
  progress: number;
  /** 0–1, expected by the trajectory at asOf */
  expected: number;
  status: ProjectStatus;
  notReported: boolean;
  forecast: number | null;
  latest: { week: string; progressText: string; problemsText: string; nextStepsText: string } | null;
  targets: LedgerTarget[];
}

export interface LedgerResponse {
  asOf: string;
  items: LedgerItem[];
}

export interface WorkbookError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface WeeklyImportResult {
  saved: { projectId: number; week: string }[];
}
