import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { findHeaderRowIndex, headerNotFoundError } from '../../domain/notice/notice-columns';
import { parseNoticeTable } from '../../domain/notice/notice-table.parser';
import { NoticeParseError } from '../../domain/notice/notice.types';
import type { ParsedNotice } from '../../domain/notice/notice.types';

/** Plain text of a cell: rich text joined, formulas by their cached result, hyperlinks by their text. */
export function cellValueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValueText(value.result ?? null);
  if ('hyperlink' in value) return cellValueText(value.text);
  return '';
}

interface SheetTable {
  name: string;
  rows: string[][];
  rowNumbers: number[];
}

function readSheet(sheet: Worksheet): SheetTable {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const columnCount = sheet.columnCount;
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= columnCount; column += 1) {
      cells.push(cellValueText(row.getCell(column).value).replace(/\r\n?/g, '\n'));
    }
    rows.push(cells);
    rowNumbers.push(rowNumber);
  }
  return { name: sheet.name, rows, rowNumbers };
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new NoticeParseError('无法读取 Excel 文件：文件可能已损坏或受密码保护。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。');
  }
  return workbook;
}

/**
 * Reads a notice table from a workbook (.xlsx): every sheet is scanned for the header row and the first
 * sheet that has one is parsed. Locations read 「工作表“X”第 N 行」 with the real Excel row number.
 */
export async function readXlsxNotice(data: Buffer): Promise<ParsedNotice> {
  const workbook = await loadWorkbook(data);
  const sheets = workbook.worksheets.map(readSheet);
  const withHeader = sheets.find((sheet) => findHeaderRowIndex(sheet.rows) >= 0);
  if (withHeader !== undefined) {
    return parseNoticeTable(withHeader.rows, { sheet: withHeader.name, rowNumbers: withHeader.rowNumbers });
  }
  const isEmpty = sheets.every((sheet) => sheet.rows.every((cells) => cells.every((cell) => cell.trim() === '')));
  if (isEmpty) throw new NoticeParseError('文件为空：工作簿中没有任何内容。请选择填写了项目汇总表的文件。');
  const names = sheets.map((sheet) => `“${sheet.name}”`).join('、');
  const notFound = headerNotFoundError();
  throw new NoticeParseError(`工作表${names}中都${notFound.message}`, {});
}
