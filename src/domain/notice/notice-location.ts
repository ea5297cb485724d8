import type { SourceLocation } from './notice.types';

/**
 * The place in Chinese, as a user finds it in the file:
 * 「第 12 行」 for a text notice, 「工作表“汇总表”第 5 行」 for a workbook, 「表格第 5 行」 for a Word table.
 */
export function describeLocation(location: SourceLocation): string {
  if (location.sheet !== undefined) {
    return location.row !== undefined ? `工作表“${location.sheet}”第 ${location.row} 行` : `工作表“${location.sheet}”`;
  }
  if (location.row !== undefined) return `表格第 ${location.row} 行`;
  if (location.line !== undefined) return `第 ${location.line} 行`;
  return '文件';
}

/** The line (text) or row (table) number used for warnings, which carry a single number. */
export function locationNumber(location: SourceLocation): number | null {
  return location.line ?? location.row ?? null;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
