import { columnKindOf, headerNotFoundError, recogniseHeaderRow, requireColumns } from './notice-columns';
import { completeNoticeHeader, extractNoticeHeader } from './notice-header.parser';
import { looksLikeNumberedNotice, parseNumberedNotice } from './notice-numbered.parser';
import { buildNoticeProjects } from './notice-project.builder';
import type { NoticeTableRow } from './notice-project.builder';
import { NoticeParseError } from './notice.types';
import type { NoticeWarning, ParsedNotice } from './notice.types';

/** One table cell of the tab layout: its lines and the 1-based line where it starts. */
export interface NoticeTextCell {
  lines: string[];
  line: number;
}

/** A run of non-blank lines: either table cells (first line starts with a tab) or plain text. */
export interface NoticeTextBlock {
  line: number;
  isTable: boolean;
  cells: NoticeTextCell[];
  text: string[];
}

const CELL_START = /^[ \u3000]*\t\s*/;
const SEQ_LIKE = /^\s*[（(]?[0-9０-９]+[）)]?[.、．]?\s*$/;

/** Strips a BOM and unifies line endings. */
export function normaliseNoticeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits a notice copied from Word into blocks separated by blank lines. In a table block every cell
 * starts with a tab; a line without a leading tab continues the previous cell. A lone tab is an empty cell,
 * not a blank line.
 */
export function tokenizeNoticeText(text: string): NoticeTextBlock[] {
  const lines = normaliseNoticeText(text).split('\n');
  const blocks: NoticeTextBlock[] = [];
  let block: NoticeTextBlock | null = null;
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const isCellStart = CELL_START.test(raw);
    if (!isCellStart && raw.trim() === '') {
      block = null;
      return;
    }
    if (block === null) {
      block = { line: lineNumber, isTable: isCellStart, cells: [], text: [] };
      blocks.push(block);
    }
    block.text.push(raw);
    if (!block.isTable) return;
    const lastCell = block.cells[block.cells.length - 1];
    if (isCellStart || lastCell === undefined) {
      block.cells.push({ lines: [raw.replace(CELL_START, '')], line: lineNumber });
    } else {
      lastCell.lines.push(raw);
    }
  });
  return blocks;
}

function cellText(cell: NoticeTextCell): string {
  return cell.lines.join('');
}

/** Number of leading cells that are column titles (the header may share a block with the first row). */
function headerWidth(cells: NoticeTextCell[]): number {
  const width = cells.findIndex((cell) => columnKindOf(cellText(cell)) === null);
  return width < 0 ? cells.length : width;
}

/** Cuts the cells of table blocks into rows of the header's width; rows may lack trailing empty cells. */
function splitRows(cellRuns: NoticeTextCell[][], width: number): NoticeTableRow[] {
  const rows: NoticeTableRow[] = [];
  for (const cells of cellRuns) {
    let start = 0;
    while (start < cells.length) {
      let end = cells.length;
      if (cells.length - start > width) {
        const next = cells[start + width];
        if (next === undefined || !SEQ_LIKE.test(cellText(next))) {
          const first = cells[start];
          throw new NoticeParseError(
            `第 ${first?.line ?? 0} 行：这一行有 ${cells.length - start} 个单元格，比表头的 ${width} 列多。` +
              '每个单元格应以一个制表符开头，单元格内换行的续行不要以制表符开头。',
            { line: first?.line ?? 0 },
          );
        }
        end = start + width;
      }
      const rowCells = cells.slice(start, end);
      rows.push({ cells: rowCells.map((cell) => cell.lines), location: { line: rowCells[0]?.line ?? 0 } });
      start = end;
    }
  }
  return rows;
}

/**
 * Parses a notice saved as plain text from Word: header lines (文号, 发文机关, 标题, 日期), then the
 * attachment table in tab layout (see {@link tokenizeNoticeText}), or else a numbered list of projects
 * ("1. …（牵头单位：…；配合单位：…）", see {@link parseNumberedNotice}). Throws {@link NoticeParseError} with
 * the line number and what to fix.
 */
export function parseNoticeText(text: string): ParsedNotice {
  const normalised = normaliseNoticeText(text);
  if (normalised.trim() === '') {
    throw new NoticeParseError('文件为空：没有任何文字内容。请选择民生实事通知原文（.txt、.docx 或 .xlsx 文件）。');
  }
  const blocks = tokenizeNoticeText(normalised);
  const headerBlockIndex = blocks.findIndex((block) => block.isTable && recogniseHeaderRow(block.cells.map(cellText)) !== null);
  const headerBlock = blocks[headerBlockIndex];
  if (headerBlock === undefined) {
    if (looksLikeNumberedNotice(normalised)) return parseNumberedNotice(normalised);
    throw headerNotFoundError({}, { isTextNotice: true });
  }
  const width = headerWidth(headerBlock.cells);
  const found = recogniseHeaderRow(headerBlock.cells.slice(0, width).map(cellText));
  if (found === null) throw headerNotFoundError();
  const columns = requireColumns(found, { line: headerBlock.line });

  const preamble = normalised.split('\n').slice(0, headerBlock.line - 1);
  const { header, warnings: headerWarnings } = completeNoticeHeader(extractNoticeHeader(preamble));

  const warnings: NoticeWarning[] = [];
  const cellRuns: NoticeTextCell[][] = [headerBlock.cells.slice(width)];
  for (const block of blocks.slice(headerBlockIndex + 1)) {
    if (block.isTable) {
      cellRuns.push(block.cells);
    } else {
      const excerpt = block.text.join('').trim().slice(0, 20);
      warnings.push({ line: block.line, message: `第 ${block.line} 行：“${excerpt}”不在项目表格内，已忽略。` });
    }
  }
  const rows = splitRows(
    cellRuns.filter((cells) => cells.length > 0),
    width,
  );
  const built = buildNoticeProjects(rows, columns, { line: headerBlock.line });
  return { plan: header, projects: built.projects, warnings: [...headerWarnings, ...warnings, ...built.warnings] };
}
