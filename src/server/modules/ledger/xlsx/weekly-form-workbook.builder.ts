import ExcelJS from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import { formatWeekChinese, isValidWeek } from '../../../../domain/calendar';
import type { WeeklyFormData } from '../../../../contract/ledger.contract';
import {
  MILESTONE_COLUMNS,
  MILESTONE_HEADER_LABEL,
  PROJECT_CELL,
  PROJECT_LABEL,
  TARGET_COLUMNS,
  TARGET_HEADER_LABEL,
  TEXT_FIELDS,
  WEEKLY_FORM_SHEET_NAME,
  WEEK_CELL,
  WEEK_LABEL,
} from './weekly-form.layout';
import {
  ALIGN_CENTER,
  ALIGN_LEFT,
  ALIGN_LEFT_TOP,
  FILL_HEADER,
  FONT_BODY,
  FONT_HEADER,
  GREY_TEXT,
  formatChineseDate,
  solidFill,
  styleCell,
  workbookToBuffer,
} from './xlsx-style.helpers';

const FILL_INPUT = solidFill('FFFFFFCC');
const FILL_LOCKED = solidFill('FFF2F2F2');
const FONT_ID = { ...FONT_BODY, size: 9, color: { argb: GREY_TEXT } };
const FONT_SECTION = { ...FONT_HEADER, size: 12 };

const INSTRUCTIONS = [
  '填写说明：1. 只填写浅黄色单元格，灰色单元格（项目编号、周次、指标ID、节点ID等）请勿修改，也不要增删行列。',
  '2. “本周累计”填写截至本周末的累计完成值，只填数字（如 46），单位见“单位”列；数值比上周下降或明显异常时，须在“说明”列写明原因。',
  '3. 节点完成日期按 YYYY-MM-DD 填写（如 2024-06-05），未完成留空。4. “本周进展”必填。',
  '5. 一个单位有多个项目时，可把各项目导出的“周报”工作表放在同一个文件中一并导入。',
].join('\n');

/** Borders, font and fill of one form cell; input cells are unlocked so the sheet protection leaves them open. */
function formCell(sheet: Worksheet, address: string, value: CellValue, options: { input?: boolean; header?: boolean; top?: boolean } = {}): Cell {
  const cell = sheet.getCell(address);
  const fill = options.input === true ? FILL_INPUT : options.header === true ? FILL_HEADER : FILL_LOCKED;
  const alignment = options.header === true ? ALIGN_CENTER : options.top === true ? ALIGN_LEFT_TOP : ALIGN_LEFT;
  styleCell(cell, options.header === true ? FONT_HEADER : FONT_BODY, alignment, fill);
  cell.value = value;
  if (options.input === true) cell.protection = { locked: false };
  return cell;
}

/** Styles a range, merges it and writes the value into its top-left cell. */
function mergedCell(sheet: Worksheet, range: string, value: CellValue, options: Parameters<typeof formCell>[3] = {}): Cell {
  const [from, to] = range.split(':') as [string, string];
  const first = sheet.getCell(from);
  const last = sheet.getCell(to);
  for (let row = Number(first.row); row <= Number(last.row); row += 1) {
    for (let column = first.col; column <= last.col; column += 1) formCell(sheet, sheet.getCell(row, column).address, null, options);
  }
  sheet.mergeCells(range);
  return formCell(sheet, from, value, options);
}

function section(sheet: Worksheet, row: number, title: string): void {
  sheet.mergeCells(`A${row}:G${row}`);
  const cell = sheet.getCell(`A${row}`);
  cell.value = title;
  cell.font = FONT_SECTION;
  cell.alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.getRow(row).height = 24;
}

function writeKeyArea(sheet: Worksheet, form: WeeklyFormData): void {
  mergedCell(sheet, 'A1:G1', INSTRUCTIONS, { top: true }).font = { ...FONT_BODY, size: 10, color: { argb: 'FF595959' } };
  sheet.getRow(1).height = 84;
  const period = `${formatChineseDate(form.weekStart)}至${formatChineseDate(form.weekEnd)}`;
  const rows = [
    { row: PROJECT_CELL.row, label: PROJECT_LABEL, key: form.projectId as CellValue, caption: '项目名称', text: `${form.seq}、${form.projectName}` },
    {
      row: WEEK_CELL.row,
      label: WEEK_LABEL,
      key: form.week as CellValue,
      caption: '报送周期',
      text: `${isValidWeek(form.week) ? formatWeekChinese(form.week).replace(/（.*）$/, '') : form.week}（${period}）`,
    },
  ];
  for (const line of rows) {
    formCell(sheet, `A${line.row}`, line.label, { header: true });
    formCell(sheet, `B${line.row}`, line.key).alignment = ALIGN_CENTER;
    formCell(sheet, `C${line.row}`, line.caption, { header: true });
    mergedCell(sheet, `D${line.row}:G${line.row}`, line.text);
    sheet.getRow(line.row).height = 24;
  }
  sheet.getCell(`${WEEK_CELL.column}${WEEK_CELL.row}`).numFmt = '@';
}

function writeTargets(sheet: Worksheet, form: WeeklyFormData, startRow: number): number {
  section(sheet, startRow, `一、目标指标（${form.planTitle}）`);
  const header = startRow + 1;
  const titles = [TARGET_HEADER_LABEL, '指标', '单位', '目标值', '上周累计', '本周累计（填写）', '说明（数值下降或异常时必填）'];
  titles.forEach((title, index) => {
    formCell(sheet, `${String.fromCharCode(65 + index)}${header}`, title, { header: true });
  });
  sheet.getRow(header).height = 30;
  let row = header + 1;
  if (form.targets.length === 0) {
    mergedCell(sheet, `A${row}:G${row}`, '本项目无量化指标，无需填写。').alignment = ALIGN_CENTER;
    return row + 1;
  }
  for (const target of form.targets) {
    const c = TARGET_COLUMNS;
    formCell(sheet, `${c.id}${row}`, target.targetId).font = FONT_ID;
    formCell(sheet, `${c.label}${row}`, target.label);
    formCell(sheet, `${c.unit}${row}`, target.unit).alignment = ALIGN_CENTER;
    formCell(sheet, `${c.target}${row}`, target.target).alignment = ALIGN_CENTER;
    formCell(sheet, `${c.previous}${row}`, target.previous ?? '—').alignment = ALIGN_CENTER;
    const actual = formCell(sheet, `${c.actual}${row}`, target.actual, { input: true });
    actual.alignment = ALIGN_CENTER;
    actual.dataValidation = {
      type: 'decimal',
      operator: 'between',
      formulae: [-1e12, 1e12],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '请填写数字',
      error: '“本周累计”只能填写数字，例如 46。',
    };
    formCell(sheet, `${c.reason}${row}`, null, { input: true });
    sheet.getRow(row).height = 30;
    row += 1;
  }
  return row;
}

function writeMilestones(sheet: Worksheet, form: WeeklyFormData, startRow: number): number {
  section(sheet, startRow, '二、节点完成情况');
  const header = startRow + 1;
  formCell(sheet, `A${header}`, MILESTONE_HEADER_LABEL, { header: true });
  mergedCell(sheet, `B${header}:E${header}`, '节点', { header: true });
  mergedCell(sheet, `F${header}:G${header}`, '完成日期（YYYY-MM-DD，未完成留空）', { header: true });
  sheet.getRow(header).height = 24;
  let row = header + 1;
  if (form.milestones.length === 0) {
    mergedCell(sheet, `A${row}:G${row}`, '本项目无节点，无需填写。').alignment = ALIGN_CENTER;
    return row + 1;
  }
  for (const milestone of form.milestones) {
    formCell(sheet, `${MILESTONE_COLUMNS.id}${row}`, milestone.milestoneId).font = FONT_ID;
    mergedCell(sheet, `${MILESTONE_COLUMNS.title}${row}:E${row}`, milestone.title);
    const date = mergedCell(sheet, `${MILESTONE_COLUMNS.completedOn}${row}:G${row}`, milestone.completedOn, { input: true });
    date.numFmt = '@';
    date.alignment = ALIGN_CENTER;
    sheet.getRow(row).height = 24;
    row += 1;
  }
  return row;
}

function writeTexts(sheet: Worksheet, form: WeeklyFormData, startRow: number): number {
  section(sheet, startRow, '三、工作情况');
  let row = startRow + 1;
  for (const { field, label, required } of TEXT_FIELDS) {
    formCell(sheet, `A${row}`, required ? `${label}（必填）` : label, { header: true });
    mergedCell(sheet, `B${row}:G${row}`, form[field], { input: true, top: true });
    sheet.getRow(row).height = 96;
    row += 1;
  }
  return row;
}

/**
 * Builds the fillable weekly form (周报) of one project and week: a locked key area (B2 项目编号, B3 周次),
 * the targets with last week's values, the milestones and the three texts; only the yellow cells are open.
 */
export async function buildWeeklyFormWorkbook(form: WeeklyFormData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Minsheng 民生实事督办平台';
  const sheet = workbook.addWorksheet(WEEKLY_FORM_SHEET_NAME, { properties: { defaultRowHeight: 20 } });
  sheet.columns = [8, 26, 8, 10, 10, 14, 30].map((width) => ({ width }));
  writeKeyArea(sheet, form);
  let row = writeTargets(sheet, form, 5);
  row = writeMilestones(sheet, form, row + 1);
  const lastRow = writeTexts(sheet, form, row + 1) - 1;

  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printArea: `A1:G${lastRow}`,
  };
  sheet.headerFooter = { oddFooter: '&C&"仿宋"&10第 &P 页 共 &N 页' };
  // No password: the lock only guards against slips; a unit that must change layout can unprotect it.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatRows: true, formatColumns: true });
  return workbookToBuffer(workbook);
}
