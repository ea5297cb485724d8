import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import type { LedgerItem, LedgerSheetData, ProjectStatus } from '../../../../contract/ledger.contract';
import {
  ALIGN_CENTER,
  ALIGN_LEFT,
  FILL_HEADER,
  FONT_BODY,
  FONT_HEADER,
  FONT_SUBTITLE,
  FONT_TITLE,
  GREY_TEXT,
  STATUS_COLOURS,
  STATUS_LABELS,
  applyA4Landscape,
  formatChineseDate,
  heightForLines,
  keepBlocksOnOnePage,
  solidFill,
  styleCell,
  workbookToBuffer,
  wrappedLineCount,
} from './xlsx-style.helpers';

/** Columns of the 专项工作台账, left to right; `group` puts a column under a merged two-row header. */
const COLUMNS = [
  { header: '序号', width: 5 },
  { header: '项目名称', width: 18 },
  { header: '主办单位', width: 12 },
  { header: '协办单位', width: 14 },
  { header: '指标', width: 16, group: '目标指标' },
  { header: '目标值', width: 8, group: '目标指标' },
  { header: '单位', width: 6, group: '目标指标' },
  { header: '累计完成', width: 8, group: '目标指标' },
  { header: '完成率', width: 8, group: '目标指标' },
  { header: '计划进度', width: 8, group: '总体进度' },
  { header: '实际进度', width: 8, group: '总体进度' },
  { header: '状态', width: 10 },
  { header: '本周进展', width: 30 },
  { header: '存在问题', width: 20 },
  { header: '下步计划', width: 20 },
] as const;

/** 1-based column numbers of the target sub-table (指标 … 完成率); every other column is per project. */
const TARGET_COLUMNS = [5, 6, 7, 8, 9];
const LAST_COLUMN = 'O';
const HEADER_ROWS: [number, number] = [3, 4];
const FIRST_DATA_ROW = 5;
const PERCENT = '0.0%';
const DASH = '—';

function writeTitleRows(sheet: Worksheet, data: LedgerSheetData): void {
  sheet.mergeCells(`A1:${LAST_COLUMN}1`);
  const title = sheet.getCell('A1');
  title.value = `${data.planTitle}专项工作台账`;
  title.font = FONT_TITLE;
  title.alignment = ALIGN_CENTER;
  sheet.getRow(1).height = 36;

  sheet.mergeCells('A2:F2');
  sheet.mergeCells(`G2:${LAST_COLUMN}2`);
  const docNumber = sheet.getCell('A2');
  docNumber.value = data.docNumber ?? '';
  docNumber.font = FONT_SUBTITLE;
  docNumber.alignment = { horizontal: 'left', vertical: 'middle' };
  const asOf = sheet.getCell('G2');
  asOf.value = `截至${formatChineseDate(data.asOf)}`;
  asOf.font = FONT_SUBTITLE;
  asOf.alignment = { horizontal: 'right', vertical: 'middle' };
  sheet.getRow(2).height = 22;
}

function writeHeader(sheet: Worksheet): void {
  const [top, bottom] = HEADER_ROWS;
  COLUMNS.forEach((column, index) => {
    const number = index + 1;
    for (const row of [top, bottom]) styleCell(sheet.getCell(row, number), FONT_HEADER, ALIGN_CENTER, FILL_HEADER);
    if ('group' in column) {
      sheet.getCell(top, number).value = column.group;
      sheet.getCell(bottom, number).value = column.header;
    } else {
      sheet.getCell(top, number).value = column.header;
      sheet.mergeCells(top, number, bottom, number);
    }
  });
  // Merge each group's top cells once the whole group is written.
  const groups = new Map<string, number[]>();
  COLUMNS.forEach((column, index) => {
    if ('group' in column) groups.set(column.group, [...(groups.get(column.group) ?? []), index + 1]);
  });
  for (const numbers of groups.values()) sheet.mergeCells(top, Math.min(...numbers), top, Math.max(...numbers));
  sheet.getRow(top).height = 22;
  sheet.getRow(bottom).height = 22;
}

function statusValue(status: ProjectStatus, notReported: boolean): CellValue {
  const label = STATUS_LABELS[status];
  if (!notReported) return label;
  const colour = STATUS_COLOURS[status].font;
  return {
    richText: [
      { text: label, font: { ...FONT_BODY, color: { argb: colour } } },
      { text: '（未报送）', font: { ...FONT_BODY, color: { argb: colour === 'FFFFFFFF' ? 'FFE8E8E8' : GREY_TEXT } } },
    ],
  };
}

/** Values of the per-project columns, keyed by 1-based column number. */
function projectValues(item: LedgerItem): Map<number, CellValue> {
  return new Map<number, CellValue>([
    [1, item.seq],
    [2, item.name],
    [3, item.leadUnits.join('、')],
    [4, item.coUnits.length > 0 ? item.coUnits.join('、') : DASH],
    [10, item.expected],
    [11, item.progress],
    [12, statusValue(item.status, item.notReported)],
    [13, item.latest?.progressText ?? ''],
    [14, item.latest?.problemsText ?? ''],
    [15, item.latest?.nextStepsText ?? ''],
  ]);
}

/** Lines the tallest per-project text needs once wrapped. */
function projectLines(values: Map<number, CellValue>): number {
  let lines = 1;
  for (const [column, value] of values) {
    if (typeof value !== 'string') continue;
    lines = Math.max(lines, wrappedLineCount(value, COLUMNS[column - 1]?.width ?? 10));
  }
  return lines;
}

function writeProject(sheet: Worksheet, item: LedgerItem, firstRow: number): number {
  const rowCount = Math.max(1, item.targets.length);
  const lastRow = firstRow + rowCount - 1;
  const bodyFont = item.notReported ? { ...FONT_BODY, color: { argb: GREY_TEXT } } : FONT_BODY;

  // Style every cell first so the borders of merged ranges survive on every edge.
  for (let row = firstRow; row <= lastRow; row += 1) {
    for (let column = 1; column <= COLUMNS.length; column += 1) {
      const centred = column === 1 || (column >= 5 && column <= 12 && column !== 5);
      styleCell(sheet.getCell(row, column), FONT_BODY, centred ? ALIGN_CENTER : ALIGN_LEFT);
    }
  }

  const values = projectValues(item);
  for (const [column, value] of values) {
    const cell = sheet.getCell(firstRow, column);
    cell.value = value;
    if (column === 10 || column === 11) cell.numFmt = PERCENT;
    if (column >= 13) cell.font = bodyFont;
    if (rowCount > 1) sheet.mergeCells(firstRow, column, lastRow, column);
  }
  const status = sheet.getCell(firstRow, 12);
  status.fill = solidFill(STATUS_COLOURS[item.status].fill);
  status.font = { ...FONT_BODY, color: { argb: STATUS_COLOURS[item.status].font } };

  const targetHeights: number[] = [];
  for (let index = 0; index < rowCount; index += 1) {
    const target = item.targets[index];
    const row = firstRow + index;
    const [label, targetValue, unit, actual, rate] = TARGET_COLUMNS.map((column) => sheet.getCell(row, column));
    if (label === undefined || targetValue === undefined || unit === undefined || actual === undefined || rate === undefined) continue;
    if (target === undefined) {
      label.value = DASH;
      label.alignment = ALIGN_CENTER;
      for (const cell of [targetValue, unit, actual, rate]) cell.value = DASH;
      targetHeights.push(heightForLines(1));
      continue;
    }
    label.value = target.label;
    targetValue.value = target.target;
    unit.value = target.unit;
    actual.value = target.actual ?? DASH;
    rate.value = target.progress ?? DASH;
    if (target.progress !== null) rate.numFmt = PERCENT;
    targetHeights.push(heightForLines(Math.max(wrappedLineCount(target.label, COLUMNS[4].width), wrappedLineCount(target.unit, COLUMNS[6].width))));
  }

  // The merged project cells must fit in the sum of the target rows; stretch the rows evenly if not.
  const needed = heightForLines(projectLines(values));
  const total = targetHeights.reduce((sum, height) => sum + height, 0);
  const extra = needed > total ? (needed - total) / rowCount : 0;
  targetHeights.forEach((height, index) => {
    sheet.getRow(firstRow + index).height = Math.min(409, Math.round(height + extra));
  });
  return lastRow + 1;
}

function statusSummary(items: LedgerItem[]): string {
  const count = (status: ProjectStatus) => items.filter((item) => item.status === status).length;
  const parts = (Object.keys(STATUS_LABELS) as ProjectStatus[]).map((status) => `${STATUS_LABELS[status]}${count(status)}项`);
  const notReported = items.filter((item) => item.notReported).length;
  return `共${items.length}项：${parts.join('，')}；本周未报送${notReported}项。计划进度为按时间序列应完成的进度，实际进度为各指标完成率的综合（封顶100%）。`;
}

/**
 * Builds the 督查室's master ledger (专项工作台账) as .xlsx in the official layout: title and 截至 rows, a
 * merged two-row header, one row per target with the project cells merged across them, status colours,
 * frozen header and an A4 landscape print setup.
 */
export async function buildLedgerWorkbook(data: LedgerSheetData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Minsheng 民生实事督办平台';
  workbook.created = new Date(`${data.asOf}T00:00:00Z`);
  const sheet = workbook.addWorksheet('专项工作台账', { properties: { defaultRowHeight: 20 } });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));

  writeTitleRows(sheet, data);
  writeHeader(sheet);
  let row = FIRST_DATA_ROW;
  const blocks: { first: number; last: number }[] = [];
  for (const item of data.items) {
    const next = writeProject(sheet, item, row);
    blocks.push({ first: row, last: next - 1 });
    row = next;
  }

  const noteRow = row;
  sheet.mergeCells(`A${noteRow}:${LAST_COLUMN}${noteRow}`);
  const note = sheet.getCell(`A${noteRow}`);
  note.value = `说明：${statusSummary(data.items)}`;
  note.font = { ...FONT_BODY, size: 10 };
  note.alignment = ALIGN_LEFT;
  sheet.getRow(noteRow).height = 30;

  blocks.push({ first: noteRow, last: noteRow });
  applyA4Landscape(sheet, { headerRows: HEADER_ROWS, lastColumn: LAST_COLUMN, lastRow: noteRow });
  keepBlocksOnOnePage(sheet, blocks, HEADER_ROWS);
  return workbookToBuffer(workbook);
}
