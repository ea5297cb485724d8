import ExcelJS from 'exceljs';
import type { SatisfactionSummary } from '../../../contract/satisfaction.contract';
import {
  ALIGN_CENTER,
  ALIGN_LEFT,
  FILL_HEADER,
  FONT_BODY,
  FONT_HEADER,
  FONT_SUBTITLE,
  FONT_TITLE,
  applyA4Landscape,
  styleCell,
  workbookToBuffer,
} from '../ledger/xlsx/xlsx-style.helpers';

export const SATISFACTION_HEADERS = ['序号', '项目名称', '牵头单位', '满意', '基本满意', '不满意', '评价总数', '满意率', '是否通过'];

/** The year-end 测评 table: one row per project, 满意率 = 满意 / 总数, 通过 when more than half are 满意. */
export async function buildSatisfactionWorkbook(data: SatisfactionSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('满意度测评');
  sheet.mergeCells('A1:I1');
  const title = sheet.getCell('A1');
  title.value = `${data.planTitle}群众满意度测评表（${data.year}年度）`;
  title.font = FONT_TITLE;
  title.alignment = ALIGN_CENTER;
  sheet.getRow(1).height = 36;
  sheet.mergeCells('A2:I2');
  const sub = sheet.getCell('A2');
  sub.value = `满意率 = 满意票数 ÷ 评价总数；满意率超过 50% 为通过。评价期：${data.periods[0] ?? ''} 至 ${data.currentPeriod}`;
  sub.font = FONT_SUBTITLE;
  sub.alignment = ALIGN_LEFT;
  const widths = [6, 36, 22, 8, 10, 8, 10, 10, 10];
  SATISFACTION_HEADERS.forEach((h, i) => {
    const cell = sheet.getCell(3, i + 1);
    cell.value = h;
    styleCell(cell, FONT_HEADER, ALIGN_CENTER, FILL_HEADER);
    sheet.getColumn(i + 1).width = widths[i];
  });
  const rows = [
    ...data.items.map((i) => [
      i.project.seq,
      i.project.name,
      i.leadUnitName ?? '',
      i.satisfied,
      i.basic,
      i.unsatisfied,
      i.total,
      i.satisfiedRate,
      i.total ? (i.passed ? '通过' : '未通过') : '未参评',
    ]),
    ['', '合计', '', data.totals.satisfied, data.totals.basic, data.totals.unsatisfied, data.totals.total, data.totals.satisfiedRate, ''],
  ];
  rows.forEach((values, r) => {
    values.forEach((v, j) => {
      const cell = sheet.getCell(4 + r, j + 1);
      // 满意率 as a percentage cell (Excel computes with it), blank when nobody rated
      if (j === 7) {
        cell.value = typeof v === 'number' ? v / 100 : '—';
        cell.numFmt = '0.0%';
      } else cell.value = v;
      styleCell(cell, FONT_BODY, j === 1 || j === 2 ? ALIGN_LEFT : ALIGN_CENTER);
    });
  });
  applyA4Landscape(sheet, { headerRows: [3, 3], lastColumn: 'I', lastRow: 3 + rows.length });
  return workbookToBuffer(workbook);
}
