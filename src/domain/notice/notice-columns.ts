import { compactText } from './notice-header.parser';
import { describeLocation } from './notice-location';
import { NoticeParseError } from './notice.types';
import type { SourceLocation } from './notice.types';

/** The columns of the attachment table (项目汇总表). */
export type NoticeColumnKind = 'seq' | 'name' | 'content' | 'lead' | 'co';

/** Column index (0-based) and the header text as written in the file, per kind. */
export interface NoticeColumn {
  index: number;
  label: string;
}

export type NoticeColumnMap = Record<Exclude<NoticeColumnKind, 'co'>, NoticeColumn> & { co: NoticeColumn | null };

/** The standard header text of each column, used in messages. */
export const COLUMN_LABELS: Record<NoticeColumnKind, string> = {
  seq: '序号',
  name: '项目名称',
  content: '项目内容及工作目标',
  lead: '主办单位',
  co: '协办单位',
};

const COLUMN_ALIASES: Record<NoticeColumnKind, string> = {
  seq: '序号',
  name: '项目名称（或 名称/项目）',
  content: '项目内容及工作目标（或 项目内容/工作目标/目标任务/建设内容）',
  lead: '主办单位（或 牵头单位/责任单位）',
  co: '协办单位（或 配合单位/协助单位）',
};

/** The column map of rows built in the fixed order 序号, 名称, 内容, 主办, 协办, with the labels messages use. */
export function positionalColumns(labels: Record<NoticeColumnKind, string> = COLUMN_LABELS): NoticeColumnMap {
  return {
    seq: { index: 0, label: labels.seq },
    name: { index: 1, label: labels.name },
    content: { index: 2, label: labels.content },
    lead: { index: 3, label: labels.lead },
    co: { index: 4, label: labels.co },
  };
}

/** The column a header cell names, or null when the text is not a known column title. */
export function columnKindOf(cell: string): NoticeColumnKind | null {
  const text = compactText(cell).replace(/[*＊:：]/g, '');
  if (text === '' || text.length > 14) return null;
  if (/^(序号|序|编号|序列号)$/.test(text)) return 'seq';
  if (/^(项目名称|项目名|名称|项目|实事名称|实事项目|民生实事项目|民生实事名称)$/.test(text)) return 'name';
  if (/^(主办|牵头|责任|主责|承办)(单位|部门)?$/.test(text)) return 'lead';
  if (/^(协办|配合|参与|协助|协作|配合协办)(单位|部门)?$/.test(text)) return 'co';
  if (/内容|目标|任务/.test(text)) return 'content';
  return null;
}

/** Which columns a row names, when it is a header row (at least three known column titles). */
export function recogniseHeaderRow(cells: string[]): Partial<Record<NoticeColumnKind, NoticeColumn>> | null {
  const found: Partial<Record<NoticeColumnKind, NoticeColumn>> = {};
  cells.forEach((cell, index) => {
    const kind = columnKindOf(cell);
    if (kind !== null && found[kind] === undefined) found[kind] = { index, label: compactText(cell) };
  });
  return Object.keys(found).length >= 3 ? found : null;
}

/** Index of the first header row in a table, or -1. */
export function findHeaderRowIndex(rows: string[][]): number {
  return rows.findIndex((cells) => recogniseHeaderRow(cells) !== null);
}

/** The column map of a header row; throws naming the missing column (协办单位 is optional). */
export function requireColumns(found: Partial<Record<NoticeColumnKind, NoticeColumn>>, location: SourceLocation): NoticeColumnMap {
  const required: Array<Exclude<NoticeColumnKind, 'co'>> = ['seq', 'name', 'content', 'lead'];
  const missing = required.filter((kind) => found[kind] === undefined);
  if (missing.length > 0) {
    const names = missing.map((kind) => `“${COLUMN_LABELS[kind]}”`).join('、');
    const hints = missing.map((kind) => COLUMN_ALIASES[kind]).join('；');
    throw new NoticeParseError(`${describeLocation(location)}：项目汇总表的表头缺少${names}列。请在表头补上该列：${hints}。`, {
      ...location,
      column: missing.map((kind) => COLUMN_LABELS[kind]).join('、'),
    });
  }
  const { seq, name, content, lead } = found as Required<typeof found>;
  return { seq, name, content, lead, co: found.co ?? null };
}

/** Thrown when no header row exists at all: the file is not a notice, or its table lacks a header. */
export function headerNotFoundError(location: SourceLocation = {}, options: { isTextNotice?: boolean } = {}): NoticeParseError {
  const where = location.sheet !== undefined ? `${describeLocation(location)}中` : '';
  const numbered = options.isTextNotice ? '也没有按“1. 项目内容（牵头单位：…；配合单位：…）”逐条编号的项目清单。' : '';
  return new NoticeParseError(
    `${where}未找到项目汇总表：需要含有 序号、项目名称、项目内容及工作目标、主办单位 的表头（协办单位可选）；${numbered}` +
      '请确认选择的是民生实事通知原文或其附件汇总表。',
    location,
  );
}
