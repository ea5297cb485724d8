import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { formatWeekChinese, isValidWeek } from '../../../../domain/calendar';
import type { WeeklyExportData, WeeklyExportRow } from '../../../../contract/ledger.contract';
import {
  ALIGN_CENTER,
  ALIGN_LEFT,
  FILL_HEADER,
  FONT_BODY,
  FONT_HEADER,
  FONT_SUBTITLE,
  FONT_TITLE,
  GREY_TEXT,
  applyA4Landscape,
  formatChineseDate,
  formatPlainNumber,
  formatShanghaiTime,
  heightForLines,
  solidFill,
  styleCell,
  workbookToBuffer,
  wrappedLineCount,
} from './xlsx-style.helpers';

const COLUMNS = [
  { header: '序号', width: 5 },
  { header: '项目名称', width: 18 },
  { header: '主办单位', width: 13 },
  { header: '报送状态', width: 13 },
  { header: '报送时间', width: 11 },
  { header: '指标完成情况', width: 28 },
  { header: '本周进展', width: 30 },
  { header: '存在问题', width: 22 },
  { header: '下步计划', width: 22 },
] as const;

const LAST_COLUMN = 'I';
const HEADER_ROW = 3;
const STATUS_COLUMN = 4;

/** Chinese labels of a submission's state in the week. */
export const SUBMISSION_STATUS_LABELS: Record<WeeklyExportRow['status'], string> = {
  none: '未报送',
  draft: '草稿',
  submitted: '已报送',
  returned: '已退回',
  accepted: '已通过',
};

/** Light fills so a printed page still shows who has not delivered. */
const STATUS_STYLES: Record<WeeklyExportRow['status'], { fill: string; font: string }> = {
  none: { fill: 'FFFFCCC7', font: 'FFA8071A' },
  draft: { fill: 'FFF5F5F5', font: 'FF595959' },
  submitted: { fill: 'FFE6F4FF', font: 'FF0958D9' },
  returned: { fill: 'FFFFF1B8', font: 'FFAD6800' },
  accepted: { fill: 'FFD9F7BE', font: 'FF237804' },
};

/** '新改建充电桩：46/110座', one line per target; '—' when the project has no measurable target. */
function targetLines(row: WeeklyExportRow): string {
  if (row.values.length === 0) return '—';
  return row.values
    .map((value) => `${value.label}：${value.actual === null ? '未填' : formatPlainNumber(value.actual)}/${formatPlainNumber(value.target)}${value.unit}`)
    .join('\n');
}

function statusText(row: WeeklyExportRow): string {
  return `${SUBMISSION_STATUS_LABELS[row.status]}${row.isLate ? '（逾期）' : ''}`;
}

/** '2024年第23周'; the dates go in the 报送周期 line below the title. */
function weekLabel(data: WeeklyExportData): string {
  return isValidWeek(data.week) ? formatWeekChinese(data.week).replace(/（.*）$/, '') : data.week;
}

function writeTitle(sheet: Worksheet, data: WeeklyExportData): void {
  sheet.mergeCells(`A1:${LAST_COLUMN}1`);
  const title = sheet.getCell('A1');
  title.value = `${data.planTitle} ${weekLabel(data)} 周台账汇总`;
  title.font = FONT_TITLE;
  title.alignment = ALIGN_CENTER;
  sheet.getRow(1).height = 36;

  const count = (predicate: (row: WeeklyExportRow) => boolean) => data.rows.filter(predicate).length;
  const delivered = count((row) => row.status === 'submitted' || row.status === 'accepted');
  sheet.mergeCells('A2:E2');
  sheet.mergeCells(`F2:${LAST_COLUMN}2`);
  const summary = sheet.getCell('A2');
  summary.value = `应报${data.rows.length}项，已报送${delivered}项，未报送${count((row) => row.status === 'none')}项，逾期${count((row) => row.isLate)}项`;
  summary.font = FONT_SUBTITLE;
  summary.alignment = { horizontal: 'left', vertical: 'middle' };
  const period = sheet.getCell('F2');
  period.value = `报送周期：${formatChineseDate(data.weekStart)}至${formatChineseDate(data.weekEnd)}`;
  period.font = FONT_SUBTITLE;
  period.alignment = { horizontal: 'right', vertical: 'middle' };
  sheet.getRow(2).height = 22;
}

function writeRow(sheet: Worksheet, rowNumber: number, row: WeeklyExportRow): void {
  const values: CellValue[] = [
    row.seq,
    row.projectName,
    row.leadUnits.join('、'),
    statusText(row),
    row.submittedAt === null ? '—' : formatShanghaiTime(row.submittedAt),
    targetLines(row),
    row.progressText,
    row.problemsText,
    row.nextStepsText,
  ];
  let lines = 1;
  values.forEach((value, index) => {
    const cell = sheet.getCell(rowNumber, index + 1);
    const centred = index === 0 || index === 3 || index === 4;
    styleCell(cell, FONT_BODY, centred ? ALIGN_CENTER : ALIGN_LEFT);
    cell.value = value;
    if (typeof value === 'string') lines = Math.max(lines, wrappedLineCount(value, COLUMNS[index]?.width ?? 10));
  });
  const status = sheet.getCell(rowNumber, STATUS_COLUMN);
  const style = STATUS_STYLES[row.status];
  status.fill = solidFill(style.fill);
  status.font = { ...FONT_BODY, bold: row.status === 'none' || row.isLate, color: { argb: row.isLate ? 'FFCF1322' : style.font } };
  if (row.status === 'none') {
    for (const column of [7, 8, 9]) sheet.getCell(rowNumber, column).font = { ...FONT_BODY, color: { argb: GREY_TEXT } };
  }
  sheet.getRow(rowNumber).height = Math.min(409, Math.round(heightForLines(lines)));
}

/**
 * Builds the per-week export of every lead unit's submission (周台账汇总): who delivered, when, the target
 * values as 'label：actual/target unit' and the three texts, styled like the master ledger.
 */
export async function buildWeeklyExportWorkbook(data: WeeklyExportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Minsheng 民生实事督办平台';
  const sheet = workbook.addWorksheet('周台账汇总', { properties: { defaultRowHeight: 20 } });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  writeTitle(sheet, data);

  COLUMNS.forEach((column, index) => {
    const cell = sheet.getCell(HEADER_ROW, index + 1);
    styleCell(cell, FONT_HEADER, ALIGN_CENTER, FILL_HEADER);
    cell.value = column.header;
  });
  sheet.getRow(HEADER_ROW).height = 26;

  data.rows.forEach((row, index) => {
    writeRow(sheet, HEADER_ROW + 1 + index, row);
  });
  const lastRow = Math.max(HEADER_ROW, HEADER_ROW + data.rows.length);
  applyA4Landscape(sheet, { headerRows: [HEADER_ROW, HEADER_ROW], lastColumn: LAST_COLUMN, lastRow });
  return workbookToBuffer(workbook);
}
