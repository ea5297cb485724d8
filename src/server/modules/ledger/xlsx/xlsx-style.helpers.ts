import type { Alignment, Borders, Cell, Fill, Font, Workbook, Worksheet } from 'exceljs';
import { SHANGHAI_OFFSET_MS } from '../../../../domain/calendar';
import type { ProjectStatus } from '../../../../contract/ledger.contract';

/**
 * The shared look of every workbook Minsheng hands to a government office: 仿宋 body, 黑体 header,
 * 宋体 title, thin borders everywhere and an A4 landscape print layout.
 */

/** Fonts installed on every Chinese Windows/WPS desktop; 方正小标宋 is not, so titles use bold 宋体. */
export const FONT_TITLE: Partial<Font> = { name: '宋体', size: 20, bold: true };
export const FONT_SUBTITLE: Partial<Font> = { name: '仿宋', size: 12 };
export const FONT_HEADER: Partial<Font> = { name: '黑体', size: 11, bold: true };
export const FONT_BODY: Partial<Font> = { name: '仿宋', size: 11 };
export const GREY_TEXT = 'FF8C8C8C';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BORDER_THIN: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const ALIGN_CENTER: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
export const ALIGN_LEFT: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
export const ALIGN_LEFT_TOP: Partial<Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };

/** A solid fill of an ARGB colour. */
export function solidFill(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export const FILL_HEADER = solidFill('FFD9D9D9');

/** Chinese status labels, as the notice's ledger speaks (序时推进 = on the schedule pace). */
export const STATUS_LABELS: Record<ProjectStatus, string> = {
  completed: '已完成',
  on_track: '序时推进',
  behind: '滞后',
  seriously_behind: '严重滞后',
};

/** Status colours of DESIGN.md §6; white text where the fill is dark. */
export const STATUS_COLOURS: Record<ProjectStatus, { fill: string; font: string }> = {
  completed: { fill: 'FF1677FF', font: 'FFFFFFFF' },
  on_track: { fill: 'FF52C41A', font: 'FF000000' },
  behind: { fill: 'FFFAAD14', font: 'FF000000' },
  seriously_behind: { fill: 'FFFF4D4F', font: 'FFFFFFFF' },
};

/** '2024-06-07' → '2024年6月7日'. */
export function formatChineseDate(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** An ISO-8601 UTC timestamp as Beijing time 'YYYY-MM-DD HH:mm'. */
export function formatShanghaiTime(timestamp: string): string {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return timestamp;
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A number without float noise: 46 → '46', 0.30000000000000004 → '0.3'. */
export function formatPlainNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** Styles one table cell: border, font, alignment, optional fill. */
export function styleCell(cell: Cell, font: Partial<Font>, alignment: Partial<Alignment>, fill?: Fill): void {
  cell.font = font;
  cell.alignment = alignment;
  cell.border = BORDER_THIN;
  if (fill !== undefined) cell.fill = fill;
}

/** Display width of a text in Excel character units: CJK and full-width characters count double. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uffff]/.test(char) ? 2 : 1;
  return width;
}

/** How many lines a wrapped text needs in a column of `columnWidth` characters. */
export function wrappedLineCount(text: string, columnWidth: number): number {
  // Excel loses about one character of each column to the cell padding.
  const usable = Math.max(1, columnWidth - 1);
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}

/** Row height in points for a number of lines of 11 pt text; Excel and LibreOffice do not auto-fit on open. */
export function heightForLines(lines: number, fontSize = 11): number {
  return Math.max(1, lines) * fontSize * 1.45 + 6;
}

export interface PageSetupOptions {
  headerRows: [number, number];
  lastColumn: string;
  lastRow: number;
}

/** A4 landscape, one page wide, repeated header rows, 第 N 页 共 M 页 footer; freezes the header. */
export function applyA4Landscape(sheet: Worksheet, options: PageSetupOptions): void {
  const [, headerEnd] = options.headerRows;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${options.headerRows[0]}:${headerEnd}`,
    printArea: `A1:${options.lastColumn}${options.lastRow}`,
  };
  sheet.headerFooter = { oddFooter: '&C&"仿宋"&10第 &P 页 共 &N 页' };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerEnd, topLeftCell: `A${headerEnd + 1}`, activeCell: `A${headerEnd + 1}` }];
}

/** Serialises a workbook to a Node Buffer. */
export async function workbookToBuffer(workbook: Workbook): Promise<Buffer> {
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A4 landscape with the margins of applyA4Landscape, in points. */
const A4_LANDSCAPE_PRINTABLE = { width: (11.69 - 1.0) * 72, height: (8.27 - 1.2) * 72 };
/** Print engines differ a little in how they scale; break early rather than split a block. */
const PAGE_SAFETY = 0.92;

/**
 * Adds manual page breaks so that no block of rows (a project with its merged target rows) is split across
 * two printed pages. Estimates the fit-to-width scale from the column widths, as Excel does.
 */
export function keepBlocksOnOnePage(sheet: Worksheet, blocks: { first: number; last: number }[], headerRows: [number, number]): void {
  const columnPoints = sheet.columns.reduce((sum, column) => sum + ((column.width ?? 8.43) * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, A4_LANDSCAPE_PRINTABLE.width / columnPoints);
  const pageHeight = (A4_LANDSCAPE_PRINTABLE.height / scale) * PAGE_SAFETY;
  const heightOf = (first: number, last: number) => {
    let height = 0;
    for (let row = first; row <= last; row += 1) height += sheet.getRow(row).height ?? 15;
    return height;
  };
  const repeatedHeader = heightOf(headerRows[0], headerRows[1]);
  let used = heightOf(1, headerRows[1]);
  let rowsOnPage = 0;
  for (const block of blocks) {
    const height = heightOf(block.first, block.last);
    if (used + height > pageHeight && rowsOnPage > 0) {
      sheet.getRow(block.first - 1).addPageBreak();
      used = repeatedHeader;
      rowsOnPage = 0;
    }
    used += height;
    rowsOnPage += 1;
  }
}
