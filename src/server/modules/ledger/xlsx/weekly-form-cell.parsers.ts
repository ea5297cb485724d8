import type { CellValue } from 'exceljs';
import { dayNumberOf, isValidWeek } from '../../../../domain/calendar';
import { cellValueText } from '../../../notice-files/read-xlsx-notice';

/**
 * Structural readers of single form cells. Each returns the value or a Chinese message that quotes what the
 * cell holds; the caller adds the sheet, row and column.
 */
export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

/** Trimmed display text of a cell; full-width digits and spaces normalised so 「４６」 reads as 46. */
export function cellText(value: CellValue): string {
  return cellValueText(value)
    .replace(/[\uff10-\uff19\uff0e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}

/** Shortens a quoted cell text so a pasted paragraph does not flood the error list. */
function quote(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** The number inside a cell, including a formula's cached result. */
function numericValue(value: CellValue): number | null {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  return null;
}

const NUMBER_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number or an empty cell (null); thousands separators are accepted, words are not. */
export function readOptionalNumber(value: CellValue, label: string): CellRead<number | null> {
  const number = numericValue(value);
  if (number !== null) {
    return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, message: `“${label}”应为数字` };
  }
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  const compact = text.replace(/[,，\s]/g, '');
  if (NUMBER_TEXT.test(compact)) return { ok: true, value: Number(compact) };
  return { ok: false, message: `“${label}”应为数字，现为“${quote(text)}”` };
}

/** The 项目编号 key: a positive whole number, required. */
export function readProjectId(value: CellValue, label: string): CellRead<number> {
  const text = cellText(value);
  if (text === '') return { ok: false, message: `“${label}”不能为空，请使用平台导出的周报表，不要修改灰色单元格` };
  const number = readOptionalNumber(value, label);
  if (!number.ok || number.value === null || !Number.isInteger(number.value) || number.value <= 0) {
    return { ok: false, message: `“${label}”应为正整数，现为“${quote(text)}”` };
  }
  return { ok: true, value: number.value };
}

/** The 周次 key: an existing ISO week 'YYYY-Www', required. */
export function readWeek(value: CellValue, label: string): CellRead<string> {
  const text = cellText(value).toUpperCase();
  if (text === '') return { ok: false, message: `“${label}”不能为空，应为 YYYY-Www 格式，例如 2024-W23` };
  if (!isValidWeek(text)) return { ok: false, message: `“${label}”格式不正确，应为 YYYY-Www（例如 2024-W23），现为“${quote(text)}”` };
  return { ok: true, value: text };
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
/** Excel serial day 25569 is 1970-01-01; only plausible dates (1970–2099) are taken as serials. */
const EXCEL_EPOCH_SERIAL = 25569;
const SERIAL_RANGE: [number, number] = [25569, 73051];

/** A completion date 'YYYY-MM-DD' or an empty cell (null); Excel dates, serials and 2024/6/5 are accepted. */
export function readOptionalDate(value: CellValue, label: string): CellRead<string | null> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: `“${label}”不是有效日期` };
    return { ok: true, value: value.toISOString().slice(0, 10) };
  }
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  const serial = numericValue(value);
  if (serial !== null && Number.isInteger(serial) && serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1]) {
    return { ok: true, value: new Date((serial - EXCEL_EPOCH_SERIAL) * 86_400_000).toISOString().slice(0, 10) };
  }
  const malformed = { ok: false as const, message: `“${label}”应为 YYYY-MM-DD 格式的日期（例如 2024-06-05），现为“${quote(text)}”` };
  const match = DATE_TEXT.exec(text);
  if (match === null) return malformed;
  const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  try {
    dayNumberOf(date);
  } catch {
    return { ok: false, message: `“${label}”日期不存在：“${quote(text)}”` };
  }
  return { ok: true, value: date };
}
