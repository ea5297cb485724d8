import { alignCells } from './cell-alignment';
import { readGluedTable } from './glued-table.reader';
import type { DraftColumnKind } from './draft-columns';
import { draftColumnKind, recogniseDraftHeader, seqOfCell } from './draft-columns';

/**
 * Tables as they arrive in text: copied from a web page with one cell per line, flattened with `|`, or
 * tab-separated rows (cells pasted from Excel/WPS, where a cell with line breaks is quoted).
 */

export interface TextTableRow {
  /** 1-based line where the row starts */
  line: number;
  /** the lines of each column, by column index */
  columns: string[][];
  /** the category heading or merged category cell the row sits under */
  category: string | null;
  /** the row had more or fewer cells than the header, so they were placed by their content */
  isUneven: boolean;
  /** text of the lines that continue this row without a number of their own (a second sub-task) */
  continued?: string[];
  /** the last row of a text that stops in the middle of it */
  isCutOff?: boolean;
}

export interface TextTable {
  headerLine: number;
  kinds: DraftColumnKind[];
  labels: string[];
  rows: TextTableRow[];
  layout: 'cell-per-line' | 'delimited';
}

interface Line {
  text: string;
  number: number;
}

const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|类)[、：:\s]?)\s*(.{1,30})$/;
/** A line that ends a table: the signature block, the date, 抄送, a new attachment. */
const TABLE_END = /^(附件\s*\d|抄送|印发|[0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$|[（(]此件)/;

function headingOf(text: string): string | null {
  const match = HEADING.exec(text.trim());
  if (match === null) return null;
  return (
    (match[1] ?? '')
      .replace(/[（(][0-9０-９一二三四五六七八九十]+(?:项|件|个)[）)]\s*$/, '')
      .replace(/[：:。]$/, '')
      .trim() || null
  );
}

/** Splits a pasted tab-separated text into rows of cells, honouring Excel's quoted cells ("a\nb"). */
export function parseTabRows(text: string): Array<{ cells: string[]; line: number }> {
  const rows: Array<{ cells: string[]; line: number }> = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
      if (ch === '\n') line += 1;
    } else if (ch === '"' && cell === '') inQuotes = true;
    else if (ch === '\t') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else cell += ch;
  }
  cells.push(cell);
  rows.push({ cells, line: rowLine });
  return rows;
}

function delimitedCells(text: string): string[] | null {
  if ((text.match(/\|/g) ?? []).length >= 2) {
    return text
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map((cell) => cell.trim());
  }
  return null;
}

const NUMBERED_NAME = /^[（(]?[0-9０-９]{1,3}[）)]?[.、．]?(?=[\u4e00-\u9fff“"])/;

/**
 * A row that belongs to the project above: merged 序号/名称 cells left empty ("| | 新建停车场3处 | 建设局 |"), a
 * numberless line in the 序号 column ("新增学位810个 | |||||"), or a row without a numbered name.
 */
function isContinuation(cells: string[], filled: string[], kinds: DraftColumnKind[], numberedNames: boolean): boolean {
  const seqIndex = kinds.indexOf('seq');
  const nameIndex = kinds.indexOf('name');
  if (seqIndex >= 0) {
    if (seqOfCell(cells[seqIndex] ?? '') !== null) return false;
    const nameEmpty = nameIndex < 0 || (cells[nameIndex] ?? '').trim() === '';
    return ((cells[seqIndex] ?? '').trim() === '' && nameEmpty) || filled.length <= Math.max(1, kinds.length / 3);
  }
  return numberedNames && !NUMBERED_NAME.test(cells[nameIndex] ?? '');
}

/** Adds a continuation row's cells to the project above: content lines, units, dates, each to its column. */
function mergeContinuation(previous: TextTableRow, cells: string[], filled: string[], kinds: DraftColumnKind[]): void {
  const ownIndex = kinds.map((_, index) => index).filter((index) => kinds[index] !== 'seq' && kinds[index] !== 'name');
  const hasContent = kinds.includes('content');
  const leading = cells.slice(0, ownIndex[0] ?? 0).every((cell) => cell.trim() === '');
  // the cells are in their places when the row is as wide as the header and the merged cells are empty
  const columns =
    cells.length === kinds.length && leading
      ? ownIndex.map((index) => ((cells[index] ?? '').trim() === '' ? [] : [(cells[index] ?? '').trim()]))
      : alignCells(filled, [...(hasContent ? [] : ['content' as const]), ...ownIndex.map((index) => kinds[index] ?? 'other')]).columns;
  const targets = [...(hasContent ? [] : [-1]), ...ownIndex];
  targets.forEach((index, at) => {
    const lines = columns[at] ?? [];
    if (lines.length === 0) return;
    if (index < 0 || kinds[index] === 'content') previous.continued = [...(previous.continued ?? []), ...lines];
    else previous.columns[index] = [...(previous.columns[index] ?? []), ...lines];
  });
}

type CellRow = { cells: string[]; line: number };

/**
 * "序号\t项目名称\t…\t1\t充电桩\t…\t2\t…": a table whose row breaks were lost, all cells on one line, is cut
 * back into rows as wide as its header, each starting at the next number.
 */
function unrollOneLine(rows: CellRow[]): CellRow[] {
  return rows.flatMap((row) => {
    if (row.cells.length < 6) return [row];
    for (let width = 2; width <= Math.min(14, row.cells.length / 2); width += 1) {
      const kinds = recogniseDraftHeader(row.cells.slice(0, width));
      const seqAt = kinds?.indexOf('seq') ?? -1;
      if (kinds === null || seqAt < 0 || seqOfCell(row.cells[width + seqAt] ?? '') !== 1) continue;
      const unrolled: CellRow[] = [{ cells: row.cells.slice(0, width), line: row.line }];
      for (let at = width; at < row.cells.length; at += width) {
        const cells = row.cells.slice(at, at + width);
        if (cells.some((cell) => cell.trim() !== '')) unrolled.push({ cells, line: row.line });
      }
      return unrolled;
    }
    return [row];
  });
}

/** "序号 项目名称 项目内容 牵头单位": a table whose cells are separated by spaces, one row per line. */
function spacedRows(text: string): CellRow[] | null {
  const lines = text.split('\n');
  const split = (line: string) => line.trim().split(/[ \u3000]+/);
  const headerAt = lines.findIndex((line) => split(line).length >= 3 && recogniseDraftHeader(split(line)) !== null);
  if (headerAt < 0) return null;
  const rows = lines.map((line, index) => ({
    cells: index === headerAt || seqOfCell(split(line)[0] ?? '') !== null ? split(line) : [line.trim()],
    line: index + 1,
  }));
  return rows.filter((row, index) => index >= headerAt && row.cells.length > 1).length >= 3 ? rows : null;
}

/** A table flattened with |, tabs or spaces, one row per line (or all on one). */
function readDelimited(text: string): TextTable | null {
  const isPipe = text.split('\n').filter((line) => delimitedCells(line) !== null).length >= 3;
  const isTab = /\t/.test(text);
  const spaced = isPipe || isTab ? null : spacedRows(text);
  if (!isPipe && !isTab && spaced === null) return null;
  const rows = unrollOneLine(
    isPipe
      ? text.split('\n').map((line, index) => ({ cells: delimitedCells(line) ?? [line], line: index + 1 }))
      : (spaced ?? parseTabRows(text).map((row) => ({ ...row, cells: row.cells.map((cell) => cell.trim()) }))),
  );
  const headerAt = rows.findIndex((row) => row.cells.length >= 2 && recogniseDraftHeader(row.cells) !== null);
  const header = rows[headerAt];
  if (header === undefined) return null;
  const kinds = recogniseDraftHeader(header.cells) ?? [];
  const table: TextTable = { headerLine: header.line, kinds, labels: header.cells, rows: [], layout: 'delimited' };
  const nameIndex = kinds.indexOf('name');
  // no 序号 column: the numbers are in the name cells ("1.城市人居环境提升项目"), and rows without one continue a project
  const numberedNames = !kinds.includes('seq') && nameIndex >= 0 && rows.filter((r) => NUMBERED_NAME.test(r.cells[nameIndex] ?? '')).length >= 2;
  let category: string | null = null;
  let gap = 0;
  for (const row of rows.slice(headerAt + 1)) {
    const filled = row.cells.filter((cell) => cell.trim() !== '' && !/^[-:\s]+$/.test(cell));
    if (filled.length === 0) continue;
    if (filled.length === 1 && row.cells.length < 2) {
      gap += 1;
      if (gap >= 2 || TABLE_END.test(filled[0] ?? '')) break;
      continue;
    }
    gap = 0;
    const distinct = [...new Set(filled)];
    const heading = distinct.length === 1 ? headingOf(distinct[0] ?? '') : null;
    if (heading !== null) {
      category = heading;
      continue;
    }
    if (recogniseDraftHeader(row.cells) !== null) continue;
    const previous = table.rows[table.rows.length - 1];
    if (previous !== undefined && isContinuation(row.cells, filled, kinds, numberedNames)) {
      mergeContinuation(previous, row.cells, filled, kinds);
      continue;
    }
    const isUneven = row.cells.length !== kinds.length;
    const columns = isUneven ? alignCells(filled, kinds).columns : row.cells.map((cell) => (cell === '' ? [] : cell.split('\n')));
    table.rows.push({ line: row.line, columns, category, isUneven });
  }
  return table.rows.length > 0 ? table : null;
}

/** "(万元)" under 总投资, "2023年" above 目标进度: header cells a web page broke over two lines. */
const HEADER_TAIL = /^[（(][^）)]{1,8}[）)]$/;
const HEADER_HEAD = /^((19|20)\d{2}年度?|年度|全年)$/;

/** Header cells each on their own line: the longest run of consecutive lines that are column titles. */
function findCellHeader(lines: Line[]): { at: number; width: number; labels: string[] } | null {
  for (let at = 0; at < lines.length; at += 1) {
    if (draftColumnKind(lines[at]?.text ?? '') === null) continue;
    const labels = [lines[at]?.text ?? ''];
    let width = 1;
    while (width < 18 && at + width < lines.length) {
      const next = lines[at + width]?.text ?? '';
      const after = lines[at + width + 1]?.text ?? '';
      if (HEADER_TAIL.test(next)) {
        labels[labels.length - 1] += next;
        width += 1;
        continue;
      }
      if (HEADER_HEAD.test(next) && draftColumnKind(after) !== null) {
        labels.push(next + after);
        width += 2;
        continue;
      }
      const isTitle = draftColumnKind(next) !== null;
      // "责任" + "单位", "建设起" + "止年限": a title a narrow header cell broke over lines
      const broken = isTitle
        ? 0
        : [2, 3].find((k) => {
            const parts = lines.slice(at + width, at + width + k).map((l) => l.text);
            return parts.length === k && parts.every((part) => part.length <= 6 && seqOfCell(part) === null) && draftColumnKind(parts.join('')) !== null;
          });
      if (broken !== undefined && broken > 0) {
        labels.push(
          lines
            .slice(at + width, at + width + broken)
            .map((l) => l.text)
            .join(''),
        );
        width += broken;
        continue;
      }
      // an unknown short title (备注, 责任科室) between known ones still belongs to the header
      const isUnknownTitle = !isTitle && next.length <= 8 && seqOfCell(next) === null && draftColumnKind(after) !== null;
      if (!isTitle && !isUnknownTitle) break;
      labels.push(next);
      width += 1;
    }
    const kinds = recogniseDraftHeader(labels);
    if (labels.length >= 3 && kinds !== null && kinds.includes('seq')) return { at, width, labels };
    at += width - 1;
  }
  return null;
}

/** A web table copied one cell per line: rows start at the line holding the next sequence number. */
function readCellPerLine(text: string): TextTable | null {
  const lines: Line[] = text
    .split('\n')
    // "序號 |" — a web table copied one cell per line with its border kept
    .map((raw, index) => ({
      text: raw
        .trim()
        .replace(/^\|\s*/, '')
        .replace(/\s*\|$/, '')
        .trim(),
      number: index + 1,
    }))
    .filter((line) => line.text !== '');
  const header = findCellHeader(lines);
  if (header === null) return null;
  const labels = header.labels;
  const kinds = recogniseDraftHeader(labels) ?? [];
  const seqIndex = kinds.indexOf('seq');
  const body = lines.slice(header.at + header.width);
  const starts: number[] = [];
  let expected = 1;
  body.forEach((line, index) => {
    const value = seqOfCell(line.text);
    const afterHeading = index > 0 && headingOf(body[index - 1]?.text ?? '') !== null;
    // a page that starts mid-table: the first row after the header carries its own number (24, 25…)
    if (value !== null && index === 0) {
      starts.push(index);
      expected = value + 1;
    } else if (value === expected || (value === 1 && afterHeading && starts.length > 0)) {
      starts.push(index);
      expected = value + 1;
    }
  });
  if (starts.length === 0) return null;
  const table: TextTable = { headerLine: lines[header.at]?.number ?? 1, kinds, labels, rows: [], layout: 'cell-per-line' };
  const before = kinds.slice(0, seqIndex);
  const rowKinds = [...kinds.slice(seqIndex), ...before];
  const segmentLengths: number[] = [];
  let category: string | null = null;
  let carried: string[][] = before.map(() => []);
  const firstStart = starts[0] ?? 0;
  const lead = body.slice(0, firstStart).map((l) => l.text);
  for (const text of lead) {
    const heading = headingOf(text);
    if (heading !== null) category = heading;
  }
  if (before.length > 0)
    carried = alignCells(
      lead.filter((t) => headingOf(t) === null),
      before,
    ).columns;
  starts.forEach((start, r) => {
    const isLast = r === starts.length - 1;
    let end = starts[r + 1] ?? body.length;
    if (isLast) {
      const limit = Math.max(...segmentLengths, 4) + 2;
      const stop = body.slice(start + 1, end).findIndex((l) => TABLE_END.test(l.text));
      end = Math.min(end, start + limit, stop >= 0 ? start + 1 + stop : end);
    }
    segmentLengths.push(end - start);
    let rowCategory = category;
    const segment: string[] = [];
    for (const line of body.slice(start, end)) {
      const heading = headingOf(line.text);
      if (heading !== null && segment.length > 1) category = heading;
      else segment.push(line.text);
    }
    const nameAt = rowKinds.indexOf('name');
    const repeatFrom = before.length === 0 && !isLast ? (nameAt >= 0 ? nameAt + 1 : 1) : undefined;
    const aligned = alignCells(segment, isLast ? kinds.slice(seqIndex) : rowKinds, {
      allowOverflow: before.length === 0 && !isLast,
      ...(repeatFrom === undefined ? {} : { repeatFrom }),
    });
    const own = aligned.columns.slice(0, kinds.length - seqIndex);
    const columns = [...carried, ...own];
    const categoryIndex = kinds.indexOf('category');
    if (categoryIndex >= 0 && (columns[categoryIndex]?.length ?? 0) > 0) rowCategory = columns[categoryIndex]?.join('') ?? rowCategory;
    if (categoryIndex >= 0 && (columns[categoryIndex]?.length ?? 0) === 0 && rowCategory !== null) columns[categoryIndex] = [rowCategory];
    if (categoryIndex >= 0) category = columns[categoryIndex]?.join('') ?? category;
    carried = isLast ? before.map(() => []) : aligned.columns.slice(kinds.length - seqIndex);
    const cellCount = segment.length + carried.flat().length;
    const row: TextTableRow = {
      line: body[start]?.number ?? 0,
      columns,
      category: rowCategory,
      isUneven: aligned.score === -Infinity || cellCount !== kinds.length,
    };
    if (aligned.overflow.length > 0) {
      row.continued = aligned.overflow;
      row.isUneven = true;
    }
    const leadIndex = kinds.indexOf('lead');
    if (isLast && end === body.length && cellCount < kinds.length && leadIndex >= 0 && (columns[leadIndex]?.length ?? 0) === 0) row.isCutOff = true;
    table.rows.push(row);
  });
  return table;
}

/** The project table in a text, in whichever serialisation it was copied, or null when there is none. */
export function findTextTable(text: string): TextTable | null {
  return readDelimited(text) ?? readCellPerLine(text) ?? readGluedTable(text);
}
