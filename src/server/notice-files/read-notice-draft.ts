import { readNoticeDraft } from '../../domain/notice/notice-draft.reader';
import { NoticeParseError } from '../../domain/notice/notice.types';
import type { ParsedNotice } from '../../domain/notice/notice.types';
import { decodeNoticeText, detectNoticeFileKind, MAX_NOTICE_FILE_BYTES, readNoticeFile } from './read-notice-file';

/** Cells as tab-separated lines, quoted where a cell has line breaks (as Excel copies them). */
function rowsAsText(rows: string[][]): string {
  const quote = (cell: string) => (/[\n\t"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((cells) => cells.map(quote).join('\t')).join('\n');
}

async function docxText(data: Buffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { readHtmlBlocks } = await import('./mammoth-html.reader');
  const html = (await mammoth.convertToHtml({ buffer: data })).value;
  return readHtmlBlocks(html)
    .map((block) => (block.kind === 'paragraph' ? block.text : rowsAsText(block.rows)))
    .join('\n');
}

async function xlsxText(data: Buffer): Promise<string> {
  const ExcelJS = (await import('exceljs')).default;
  const { cellValueText } = await import('./read-xlsx-notice');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets.find((ws) => ws.rowCount > 0) ?? workbook.worksheets[0];
  if (sheet === undefined) return '';
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(cellValueText(row.getCell(c).value));
    rows.push(cells);
  }
  return rowsAsText(rows);
}

/**
 * Reads a notice file for the correction grid: what the strict readers accept is read exactly as before;
 * anything else (another layout, a row without a lead unit) goes through the general reader, which flags its
 * doubts instead of refusing. Only a file with no list of projects at all is refused.
 */
export async function readNoticeDraftFile(data: Buffer, fileName: string): Promise<ParsedNotice> {
  if (data.length > MAX_NOTICE_FILE_BYTES || data.length === 0) return readNoticeFile(data, fileName);
  const kind = detectNoticeFileKind(data, fileName);
  if (kind === 'text') return readNoticeDraft(decodeNoticeText(data, fileName));
  try {
    return await readNoticeFile(data, fileName);
  } catch (error) {
    if (!(error instanceof NoticeParseError)) throw error;
    const text = kind === 'docx' ? await docxText(data).catch(() => '') : await xlsxText(data).catch(() => '');
    if (text.trim() === '') throw error;
    return readNoticeDraft(text);
  }
}

/** Reads pasted text (web page, WeChat, cells copied from Excel/WPS) for the correction grid. */
export function readNoticeDraftText(text: string): ParsedNotice {
  return readNoticeDraft(text);
}
