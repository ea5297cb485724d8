import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { AssessmentResponse } from '../../../contract/assessment.contract';
import {
  ALIGN_CENTER,
  ALIGN_LEFT,
  FILL_HEADER,
  FONT_BODY,
  FONT_HEADER,
  FONT_SUBTITLE,
  FONT_TITLE,
  applyA4Landscape,
  columnLetter,
  formatChineseDate,
  styleCell,
  workbookToBuffer,
} from '../ledger/xlsx/xlsx-style.helpers';

function titleRows(sheet: Worksheet, lastColumn: string, title: string, asOf: string): void {
  sheet.mergeCells(`A1:${lastColumn}1`);
  const cell = sheet.getCell('A1');
  cell.value = title;
  cell.font = FONT_TITLE;
  cell.alignment = ALIGN_CENTER;
  sheet.getRow(1).height = 36;
  sheet.mergeCells(`A2:${lastColumn}2`);
  const sub = sheet.getCell('A2');
  sub.value = `截至${formatChineseDate(asOf)}`;
  sub.font = FONT_SUBTITLE;
  sub.alignment = { horizontal: 'right', vertical: 'middle' };
}

function headerRow(sheet: Worksheet, headers: string[], widths: number[]): void {
  headers.forEach((h, i) => {
    const cell = sheet.getCell(3, i + 1);
    cell.value = h;
    styleCell(cell, FONT_HEADER, ALIGN_CENTER, FILL_HEADER);
    sheet.getColumn(i + 1).width = widths[i];
  });
  sheet.getRow(3).height = 30;
}

/**
 * The league table workbook: sheet 考核排名 (rank, unit, points per criterion, month total, year total) and sheet
 * 扣分说明 (per unit and criterion the facts behind the points).
 */
export async function buildAssessmentWorkbook(data: AssessmentResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const monthLabel = `${Number(data.month.slice(5))}月`;

  const table = workbook.addWorksheet('考核排名');
  const headers = ['排名', '单位', '牵头项目数', ...data.criteria.map((c) => `${c.label}（${c.weight}分）`), `${monthLabel}得分`, '年度累计得分'];
  const last = columnLetter(headers.length);
  titleRows(table, last, `${data.planTitle}单位考核排名（${data.year}年${monthLabel}）`, data.asOf);
  headerRow(table, headers, [6, 22, 8, ...data.criteria.map(() => 12), 10, 10]);
  data.rows.forEach((row, i) => {
    const values = [row.rank, row.unitName, row.projects, ...row.month.criteria.map((c) => c.points), row.month.total, row.year.total];
    values.forEach((v, j) => {
      const cell = table.getCell(4 + i, j + 1);
      cell.value = v;
      styleCell(cell, FONT_BODY, j === 1 ? ALIGN_LEFT : ALIGN_CENTER);
    });
  });
  applyA4Landscape(table, { headerRows: [3, 3], lastColumn: last, lastRow: 3 + data.rows.length });

  const facts = workbook.addWorksheet('扣分说明');
  titleRows(facts, 'F', `${data.planTitle}单位考核扣分说明（${data.year}年${monthLabel}）`, data.asOf);
  headerRow(facts, ['单位', '考核指标', '分值', '得分', '考核情况', '扣分事项'], [22, 18, 8, 8, 24, 60]);
  let r = 4;
  for (const row of data.rows) {
    for (const c of row.month.criteria) {
      const values = [row.unitName, c.label, c.weight, c.points, c.summary, c.deductions.length ? c.deductions.join('；') : '无'];
      values.forEach((v, j) => {
        const cell = facts.getCell(r, j + 1);
        cell.value = v;
        styleCell(cell, FONT_BODY, j >= 4 || j === 0 ? ALIGN_LEFT : ALIGN_CENTER);
      });
      r += 1;
    }
  }
  applyA4Landscape(facts, { headerRows: [3, 3], lastColumn: 'F', lastRow: r - 1 });
  return workbookToBuffer(workbook);
}
