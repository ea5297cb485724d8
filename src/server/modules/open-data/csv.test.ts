import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV for spreadsheets', () => {
  it('starts with the UTF-8 byte-order mark and ends every line, the last too, with CRLF', () => {
    const bytes = Buffer.from(toCsv(['项目名称', '进度'], [['充电桩', 45.5]]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toBe('项目名称,进度\r\n充电桩,45.5\r\n');
  });

  it('quotes commas, quotes and line breaks so the cells read back unchanged', () => {
    const cells = ['区住建局、区城管局', '含"其中"的,文字', '第一行\n第二行', ' 前后空格 ', '普通'];
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [cells]);
    expect(parseCsv(csv.slice(1))).toEqual([['a', 'b', 'c', 'd', 'e'], cells]);
  });

  it('writes empty cells for null and keeps negative numbers as numbers, but defuses text formulas', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
