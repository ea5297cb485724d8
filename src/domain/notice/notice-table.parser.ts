import { headerNotFoundError, recogniseHeaderRow, requireColumns } from './notice-columns';
import { completeNoticeHeader, extractNoticeHeader } from './notice-header.parser';
import { buildNoticeProjects } from './notice-project.builder';
import type { NoticeTableRow } from './notice-project.builder';
import { NoticeParseError } from './notice.types';
import type { NoticePlanHeader, ParsedNotice, SourceLocation } from './notice.types';

/** Where a table comes from: the sheet name of a workbook, header found elsewhere, real row numbers. */
export interface NoticeTableContext {
  /** workbook sheet name; locations then read 「工作表“X”第 N 行」, else 「表格第 N 行」 */
  sheet?: string;
  /** header already read from outside the table (e.g. Word paragraphs before it); wins over the table's own */
  header?: Partial<NoticePlanHeader>;
  /** 1-based row number of each row as the user sees it (Excel row); defaults to position + 1 */
  rowNumbers?: number[];
}

function rowLocation(index: number, ctx: NoticeTableContext): SourceLocation {
  const row = ctx.rowNumbers?.[index] ?? index + 1;
  return ctx.sheet !== undefined ? { sheet: ctx.sheet, row } : { row };
}

/**
 * Parses an attachment table given as a matrix of cell texts (line breaks inside a cell as "\n").
 * The header row may put its columns in any order (协办单位 optional); rows above it are title rows and
 * feed the plan header (caption, year); empty rows are skipped.
 */
export function parseNoticeTable(rows: string[][], ctx: NoticeTableContext = {}): ParsedNotice {
  const hasContent = rows.some((cells) => cells.some((cell) => cell.trim() !== ''));
  if (!hasContent) {
    const where = ctx.sheet !== undefined ? `工作表“${ctx.sheet}”` : '表格';
    throw new NoticeParseError(`${where}为空：没有任何内容，请选择填写了项目汇总表的文件。`, ctx.sheet ? { sheet: ctx.sheet } : {});
  }
  const headerIndex = rows.findIndex((cells) => recogniseHeaderRow(cells) !== null);
  const found = headerIndex >= 0 ? recogniseHeaderRow(rows[headerIndex] ?? []) : null;
  if (found === null) throw headerNotFoundError(ctx.sheet !== undefined ? { sheet: ctx.sheet } : {});
  const headerLocation = rowLocation(headerIndex, ctx);
  const columns = requireColumns(found, headerLocation);

  const titleLines = rows.slice(0, headerIndex).flatMap((cells) => {
    const distinct = cells.map((cell) => cell.trim()).filter((cell, i, all) => cell !== '' && all.indexOf(cell) === i);
    return distinct.flatMap((cell) => cell.split(/\r\n|\r|\n/));
  });
  const { header, warnings: headerWarnings } = completeNoticeHeader(ctx.header, extractNoticeHeader(titleLines));

  const tableRows: NoticeTableRow[] = rows.slice(headerIndex + 1).map((cells, offset) => ({
    cells: cells.map((cell) => cell.split(/\r\n|\r|\n/)),
    location: rowLocation(headerIndex + 1 + offset, ctx),
  }));
  const { projects, warnings } = buildNoticeProjects(tableRows, columns, headerLocation);
  return { plan: header, projects, warnings: [...headerWarnings, ...warnings] };
}
