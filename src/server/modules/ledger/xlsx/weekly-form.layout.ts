import type { WeeklyFormInput } from '../../../../contract/ledger.contract';

/**
 * Where things are on the 周报 sheet. The builder writes and the reader finds them by these labels, so a unit
 * may copy the sheet, add rows of text or fill several projects in one workbook without breaking the import.
 */
export const WEEKLY_FORM_SHEET_NAME = '周报';

/** The key area: label in column A, value in column B. */
export const PROJECT_LABEL = '项目编号';
export const PROJECT_CELL = { row: 2, column: 'B' } as const;
export const WEEK_LABEL = '周次';
export const WEEK_CELL = { row: 3, column: 'B' } as const;

/** Column A of the header row that opens each table; the rows below it carry an id in column A. */
export const TARGET_HEADER_LABEL = '指标ID';
export const MILESTONE_HEADER_LABEL = '节点ID';

/** Target table columns. */
export const TARGET_COLUMNS = {
  id: 'A',
  label: 'B',
  unit: 'C',
  target: 'D',
  previous: 'E',
  actual: 'F',
  reason: 'G',
} as const;

/** Milestone table columns: the title spans B:E, the completion date sits under 本周累计 so fill cells line up. */
export const MILESTONE_COLUMNS = { id: 'A', title: 'B', completedOn: 'F' } as const;

export type WeeklyTextField = 'progressText' | 'problemsText' | 'nextStepsText';

/** The three text blocks: label in column A, text in the merged B:G cell. */
export const TEXT_FIELDS: { field: WeeklyTextField; label: string; required: boolean }[] = [
  { field: 'progressText', label: '本周进展', required: true },
  { field: 'problemsText', label: '存在问题', required: false },
  { field: 'nextStepsText', label: '下步计划', required: false },
];
export const TEXT_VALUE_COLUMN = 'B';

/** A cell as Excel shows it: sheet name, 1-based row, column letter. */
export interface CellLocation {
  sheet: string;
  row: number;
  column: string;
}

/** Where each value of a read form came from, so the caller can report semantic errors at the right cell. */
export interface WeeklyFormLocations {
  project: CellLocation;
  week: CellLocation;
  /** 本周累计 cell per target id */
  values: Record<number, CellLocation>;
  /** 说明 cell per target id (a reason is needed when a value goes down or jumps) */
  reasons: Record<number, CellLocation>;
  /** 完成日期 cell per milestone id */
  milestones: Record<number, CellLocation>;
  texts: Record<WeeklyTextField, CellLocation>;
}

/** A weekly form read from one sheet, with the cell of every value. */
export type WeeklyFormRead = WeeklyFormInput & { sheet: string; locations: WeeklyFormLocations };
