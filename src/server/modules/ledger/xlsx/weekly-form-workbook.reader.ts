import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { WorkbookError } from '../../../../contract/ledger.contract';
import { cellText, readOptionalDate, readOptionalNumber, readProjectId, readWeek } from './weekly-form-cell.parsers';
import type { CellRead } from './weekly-form-cell.parsers';
import {
  MILESTONE_COLUMNS,
  MILESTONE_HEADER_LABEL,
  PROJECT_CELL,
  PROJECT_LABEL,
  TARGET_COLUMNS,
  TARGET_HEADER_LABEL,
  TEXT_FIELDS,
  TEXT_VALUE_COLUMN,
  WEEK_CELL,
  WEEK_LABEL,
} from './weekly-form.layout';
import type { CellLocation, WeeklyFormLocations, WeeklyFormRead, WeeklyTextField } from './weekly-form.layout';
import { zipBombRefusal } from '../../../notice-files/zip-entries';

/** The result of reading an uploaded workbook: forms of the sheets without errors, and every error found. */
export interface WeeklyFormWorkbookRead {
  forms: WeeklyFormRead[];
  errors: WorkbookError[];
}

/** Reads one sheet, collecting errors with their exact cells. */
class SheetReader {
  readonly errors: WorkbookError[] = [];

  constructor(readonly sheet: Worksheet) {}

  at(row: number, column: string): CellLocation {
    return { sheet: this.sheet.name, row, column };
  }

  text(row: number, column: string): string {
    return cellText(this.sheet.getCell(`${column}${row}`).value);
  }

  fail(row: number, column: string, message: string): void {
    this.errors.push({ ...this.at(row, column), message });
  }

  /** Runs a cell parser; on failure records the error and returns undefined. */
  read<T>(row: number, column: string, parse: (value: ExcelJS.CellValue) => CellRead<T>): T | undefined {
    const result = parse(this.sheet.getCell(`${column}${row}`).value);
    if (result.ok) return result.value;
    this.fail(row, column, result.message);
    return undefined;
  }

  /** The first row whose column A starts with a label, searching from a row on. */
  findRow(label: string, from = 1): number | null {
    for (let row = from; row <= this.sheet.rowCount; row += 1) {
      if (this.text(row, 'A').startsWith(label)) return row;
    }
    return null;
  }

  /** Rows below a header row that carry a whole-number id in column A; stops at the first row without one. */
  idRows(headerRow: number): { row: number; id: number }[] {
    const rows: { row: number; id: number }[] = [];
    for (let row = headerRow + 1; row <= this.sheet.rowCount; row += 1) {
      const id = this.text(row, 'A');
      if (!/^\d+$/.test(id)) break;
      rows.push({ row, id: Number(id) });
    }
    return rows;
  }

  /** Records an error for an id seen twice in one table; returns whether the id is new. */
  isFirst(seen: Set<number>, row: number, id: number, what: string): boolean {
    if (!seen.has(id)) {
      seen.add(id);
      return true;
    }
    this.fail(row, 'A', `${what}“${id}”重复出现，请勿复制行`);
    return false;
  }

  /** Missing table header: the layout was changed, so nothing below can be trusted. */
  missingHeader(label: string): void {
    this.fail(1, 'A', `工作表中找不到“${label}”表头，请使用平台导出的周报表，不要删除或改动表头`);
  }
}

function readTargets(reader: SheetReader, locations: WeeklyFormLocations): WeeklyFormRead['values'] {
  const header = reader.findRow(TARGET_HEADER_LABEL);
  if (header === null) {
    reader.missingHeader(TARGET_HEADER_LABEL);
    return [];
  }
  const values: WeeklyFormRead['values'] = [];
  const seen = new Set<number>();
  const c = TARGET_COLUMNS;
  for (const { row, id } of reader.idRows(header)) {
    if (!reader.isFirst(seen, row, id, '指标ID')) continue;
    const actual = reader.read(row, c.actual, (value) => readOptionalNumber(value, '本周累计'));
    const reason = reader.text(row, c.reason);
    locations.values[id] = reader.at(row, c.actual);
    locations.reasons[id] = reader.at(row, c.reason);
    if (actual !== undefined) values.push({ targetId: id, actual, reason: reason === '' ? null : reason });
  }
  return values;
}

function readMilestones(reader: SheetReader, locations: WeeklyFormLocations): WeeklyFormRead['milestones'] {
  const header = reader.findRow(MILESTONE_HEADER_LABEL);
  if (header === null) {
    reader.missingHeader(MILESTONE_HEADER_LABEL);
    return [];
  }
  const milestones: WeeklyFormRead['milestones'] = [];
  const seen = new Set<number>();
  const column = MILESTONE_COLUMNS.completedOn;
  for (const { row, id } of reader.idRows(header)) {
    if (!reader.isFirst(seen, row, id, '节点ID')) continue;
    const completedOn = reader.read(row, column, (value) => readOptionalDate(value, '完成日期'));
    locations.milestones[id] = reader.at(row, column);
    if (completedOn !== undefined) milestones.push({ milestoneId: id, completedOn });
  }
  return milestones;
}

function readTexts(reader: SheetReader, locations: WeeklyFormLocations): Record<WeeklyTextField, string> {
  const texts: Record<WeeklyTextField, string> = { progressText: '', problemsText: '', nextStepsText: '' };
  for (const { field, label, required } of TEXT_FIELDS) {
    const row = reader.findRow(label, WEEK_CELL.row + 1);
    if (row === null) {
      reader.missingHeader(label);
      continue;
    }
    locations.texts[field] = reader.at(row, TEXT_VALUE_COLUMN);
    // Keep the unit's line breaks, drop only the padding around the whole text.
    texts[field] = cellText(reader.sheet.getCell(`${TEXT_VALUE_COLUMN}${row}`).value).replace(/\r\n?/g, '\n');
    if (required && texts[field] === '') reader.fail(row, TEXT_VALUE_COLUMN, `“${label}”不能为空`);
  }
  return texts;
}

/** Whether a sheet is a weekly form: the key labels sit in A2 and A3 as the builder wrote them. */
function isWeeklyFormSheet(sheet: Worksheet): boolean {
  const label = (row: number) => cellText(sheet.getCell(`A${row}`).value);
  return label(PROJECT_CELL.row) === PROJECT_LABEL && label(WEEK_CELL.row) === WEEK_LABEL;
}

function readSheet(sheet: Worksheet): { form: WeeklyFormRead | null; errors: WorkbookError[] } {
  const reader = new SheetReader(sheet);
  const locations: WeeklyFormLocations = {
    project: reader.at(PROJECT_CELL.row, PROJECT_CELL.column),
    week: reader.at(WEEK_CELL.row, WEEK_CELL.column),
    values: {},
    reasons: {},
    milestones: {},
    texts: {
      progressText: reader.at(0, TEXT_VALUE_COLUMN),
      problemsText: reader.at(0, TEXT_VALUE_COLUMN),
      nextStepsText: reader.at(0, TEXT_VALUE_COLUMN),
    },
  };
  const projectId = reader.read(PROJECT_CELL.row, PROJECT_CELL.column, (value) => readProjectId(value, PROJECT_LABEL));
  const week = reader.read(WEEK_CELL.row, WEEK_CELL.column, (value) => readWeek(value, WEEK_LABEL));
  const values = readTargets(reader, locations);
  const milestones = readMilestones(reader, locations);
  const texts = readTexts(reader, locations);
  if (reader.errors.length > 0 || projectId === undefined || week === undefined) return { form: null, errors: reader.errors };
  return { form: { sheet: sheet.name, projectId, week, values, milestones, ...texts, locations }, errors: [] };
}

const NOT_XLSX = '无法读取该文件：请上传由平台导出、用 Excel 或 WPS 填写后保存的 .xlsx 文件（不支持 .xls、.et 或加密文件）';

/**
 * Reads every weekly form sheet (A2 项目编号 / A3 周次) of an uploaded workbook. Only structure is checked here —
 * numbers, dates, weeks, required cells, duplicates — each error naming its sheet, row and column; whether the
 * project, week and values make sense is for the caller, who gets every value's cell in `locations`.
 * A file that is not a readable .xlsx gives one error with an empty sheet, row 0 and no column.
 */
export async function readWeeklyFormWorkbook(data: Buffer): Promise<WeeklyFormWorkbookRead> {
  const bomb = zipBombRefusal(data);
  if (bomb)
    return {
      forms: [],
      errors: [{ sheet: '', row: 0, column: '', message: `无法读取该文件：${bomb}，不是正常的 Excel 文件。请用 Excel 或 WPS 重新保存后上传` }],
    };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { forms: [], errors: [{ sheet: '', row: 0, column: '', message: NOT_XLSX }] };
  }
  const sheets = workbook.worksheets.filter(isWeeklyFormSheet);
  if (sheets.length === 0) {
    const first = workbook.worksheets[0]?.name ?? '';
    const message = '文件中没有周报工作表：A2 应为“项目编号”、A3 应为“周次”。请先在平台导出周报表，填写后再导入';
    return { forms: [], errors: [{ sheet: first, row: PROJECT_CELL.row, column: 'A', message }] };
  }

  const forms: WeeklyFormRead[] = [];
  const errors: WorkbookError[] = [];
  const firstSheetOf = new Map<string, string>();
  for (const sheet of sheets) {
    const result = readSheet(sheet);
    errors.push(...result.errors);
    if (result.form === null) continue;
    const key = `${result.form.projectId}|${result.form.week}`;
    const earlier = firstSheetOf.get(key);
    if (earlier !== undefined) {
      errors.push({ ...result.form.locations.project, message: `项目编号 ${result.form.projectId} 的 ${result.form.week} 周报与工作表“${earlier}”重复` });
      continue;
    }
    firstSheetOf.set(key, sheet.name);
    forms.push(result.form);
  }
  return { forms, errors };
}
