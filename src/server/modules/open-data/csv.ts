/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so Excel and LibreOffice read the Chinese as
 * UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote, a line break or edge spaces.
 */

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A cell starting with these is run as a formula by spreadsheets (CSV injection); a leading quote mark keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, the header row, then one line per row, every line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
