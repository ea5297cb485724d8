import { recogniseHeaderRow } from './notice-columns';
import type { NoticeColumn, NoticeColumnMap } from './notice-columns';
import { compactText } from './notice-header.parser';
import { describeLocation, locationNumber } from './notice-location';
import { NoticeParseError } from './notice.types';
import type { NoticeProject, NoticeWarning, SourceLocation } from './notice.types';
import { splitUnitCell } from './unit-name';

/** One row of the attachment table: each cell as its lines, and where the row starts. */
export interface NoticeTableRow {
  cells: string[][];
  location: SourceLocation;
  /** the section heading the row is listed under, when the caller knows it */
  category?: string;
}

/** A section row inside a table ("一、就业和社会保障（4项）", often merged across the row): its title. */
function sectionRowTitle(row: NoticeTableRow): string | null {
  const texts = row.cells.map((cell) => compactText(cell.join(''))).filter((text) => text !== '');
  const distinct = texts.filter((text, index) => texts.indexOf(text) === index);
  const only = distinct[0];
  if (distinct.length !== 1 || only === undefined) return null;
  const match = /^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}(?:部分|类)[、：:\s]?)(.+)$/.exec(only);
  return match?.[1] === undefined ? null : match[1].replace(/[（(][0-9一二三四五六七八九十]+项[）)]$/, '').trim();
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

function cellLines(row: NoticeTableRow, column: NoticeColumn | null): string[] {
  if (column === null) return [];
  return (row.cells[column.index] ?? []).map((line) => line.trim()).filter((line) => line !== '');
}

function shortLocation(location: SourceLocation): string {
  const number = locationNumber(location);
  return number === null ? describeLocation(location) : `第 ${number} 行`;
}

function parseSeq(row: NoticeTableRow, columns: NoticeColumnMap): number {
  const raw = compactText(cellLines(row, columns.seq).join(''));
  const where = describeLocation(row.location);
  const at = { ...row.location, column: columns.seq.label };
  if (raw === '') {
    throw new NoticeParseError(`${where}：缺少序号，请在“${columns.seq.label}”列填写数字（如 1、2、3）。`, at);
  }
  const digits = raw.replace(FULL_WIDTH_DIGIT, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/^[（(]?(\d+)[）)]?[.、．]?$/, '$1');
  if (!/^\d+$/.test(digits) || Number(digits) === 0) {
    throw new NoticeParseError(`${where}：序号“${raw}”不是数字，请在“${columns.seq.label}”列填写阿拉伯数字（如 1、2、3）。`, at);
  }
  return Number(digits);
}

function buildProject(row: NoticeTableRow, columns: NoticeColumnMap, seq: number, warnings: NoticeWarning[]): NoticeProject {
  const where = `${describeLocation(row.location)}（序号 ${seq}）`;
  const name = cellLines(row, columns.name).map(compactText).join('');
  if (name === '') {
    throw new NoticeParseError(`${where}：缺少项目名称，请在“${columns.name.label}”列填写。`, {
      ...row.location,
      column: columns.name.label,
    });
  }
  const leadUnits = splitUnitCell(cellLines(row, columns.lead));
  if (leadUnits.length === 0) {
    throw new NoticeParseError(`${where}：缺少主办单位，请在“${columns.lead.label}”列填写至少一个牵头负责的单位。`, {
      ...row.location,
      column: columns.lead.label,
    });
  }
  const content = cellLines(row, columns.content).join('\n');
  const line = locationNumber(row.location);
  if (content === '') {
    warnings.push({ line, message: `${where}：“${columns.content.label}”为空，导入后请补充项目内容和目标。` });
  }
  const coUnits = splitUnitCell(cellLines(row, columns.co)).filter((unit) => {
    if (!leadUnits.includes(unit)) return true;
    warnings.push({ line, message: `${where}：“${unit}”既是主办单位又是协办单位，已只按主办单位导入。` });
    return false;
  });
  const project: NoticeProject = { seq, name, content, leadUnits, coUnits, source: row.location };
  if (row.category !== undefined) project.category = row.category;
  return project;
}

function numberingWarnings(projects: NoticeProject[]): NoticeWarning[] {
  const warnings: NoticeWarning[] = [];
  const first = projects[0];
  if (first !== undefined && first.seq !== 1) {
    warnings.push({ line: locationNumber(first.source), message: `序号从 ${first.seq} 开始，而不是从 1 开始，请确认前面的项目没有遗漏。` });
  }
  for (let i = 1; i < projects.length; i += 1) {
    const previous = projects[i - 1];
    const current = projects[i];
    if (previous === undefined || current === undefined || current.seq === previous.seq + 1) continue;
    const where = describeLocation(current.source);
    const message =
      current.seq > previous.seq
        ? `${where}：序号不连续，${previous.seq} 之后是 ${current.seq}，请确认中间的项目没有遗漏。`
        : `${where}：序号 ${current.seq} 排在 ${previous.seq} 之后，顺序不对，请核对序号。`;
    warnings.push({ line: locationNumber(current.source), message });
  }
  return warnings;
}

/**
 * Turns the rows below the header into projects, with the rules both the text and the table readers share:
 * empty rows and repeated header rows are skipped; 序号 must be a unique number; 项目名称 and 主办单位 are
 * required; units are split and normalised; odd but usable input (gaps in numbering, empty content) is a warning.
 */
export function buildNoticeProjects(
  rows: NoticeTableRow[],
  columns: NoticeColumnMap,
  headerLocation: SourceLocation,
): { projects: NoticeProject[]; warnings: NoticeWarning[] } {
  const projects: NoticeProject[] = [];
  const warnings: NoticeWarning[] = [];
  const seen = new Map<number, SourceLocation>();
  let category: string | undefined;
  for (const tableRow of rows) {
    const isEmpty = tableRow.cells.every((cell) => cell.every((line) => line.trim() === ''));
    if (isEmpty || recogniseHeaderRow(tableRow.cells.map((cell) => cell.join(''))) !== null) continue;
    const section = sectionRowTitle(tableRow);
    if (section !== null) {
      category = section;
      continue;
    }
    const row = tableRow.category === undefined && category !== undefined ? { ...tableRow, category } : tableRow;
    const seq = parseSeq(row, columns);
    const earlier = seen.get(seq);
    if (earlier !== undefined) {
      throw new NoticeParseError(`${describeLocation(row.location)}：序号 ${seq} 重复（${shortLocation(earlier)}已有），请核对序号，每个项目的序号应唯一。`, {
        ...row.location,
        column: columns.seq.label,
      });
    }
    seen.set(seq, row.location);
    projects.push(buildProject(row, columns, seq, warnings));
  }
  if (projects.length === 0) {
    throw new NoticeParseError(`${describeLocation(headerLocation)}：项目汇总表只有表头，没有项目行。请在表头下方逐行填写项目。`, headerLocation);
  }
  return { projects, warnings: [...warnings, ...numberingWarnings(projects)] };
}
