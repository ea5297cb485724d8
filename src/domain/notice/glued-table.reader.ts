import type { DraftColumnKind } from './draft-columns';
import { draftColumnKind } from './draft-columns';
import type { TextTable, TextTableRow } from './text-table.reader';
import { DEPARTMENT_START, UNIT_SUFFIX } from './unit-clause';

/**
 * A table whose text was extracted with every cell run together — no separators, no line breaks between
 * cells — as document-sharing sites serve a .docx or .pdf:
 *
 *   序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建…个。何海平教育局经开区各街道2促进…
 *
 * The header is recognised word by word; rows start at the next sequence number; in each row the cells are
 * found by what they are: the name is the short phrase before the content's first verb, the content runs to a
 * full stop, then come the leader's name (when the header has a 领导 column) and a run of unit names, read by
 * their endings (局, 街道, 公司…). One number may hold several sub-rows (content + leader + units each).
 * Page numbers the site puts at line starts ("2、") are dropped and the lines joined.
 */

const HEADER_WORDS = [
  '序号',
  '序號',
  '项目名称',
  '事项名称',
  '实事名称',
  '任务名称',
  '项目内容',
  '主要内容',
  '建设内容',
  '工作内容',
  '目标任务',
  '主要任务',
  '工作任务',
  '分管领导',
  '牵头领导',
  '责任领导',
  '牵头单位',
  '责任单位',
  '主办单位',
  '配合单位',
  '协同单位',
  '协办单位',
  '完成时限',
  '完成时间',
  '建设地点',
  '备注',
  '类别',
];
const HEADER_WORD = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(${HEADER_WORDS.join('|')})`);
/** where a project's content starts after its short name */
const CONTENT_VERB =
  /^(实施|落实|完成|推进|新建|新增|建设|开展|提升|改造|加快|全面|为|对|在|支持|打造|建成|实现|扩大|启动|持续|组织|确保|提供|继续|深入|免费|改扩建|新改扩建|新改建|改建|扩建|投入|计划|力争|争取|开工|优化|完善|整治|增加|发放|培训)/;
const PAGE_MARK = /^\s*\d{1,3}、(?=\S)/;
const MAX_UNIT = 14;
/** characters that end a unit name and never start one */
const SUFFIX_ONLY = /^[局委办处室科厅馆]/;

interface Tail {
  start: number;
  end: number;
  person: string | null;
  units: string[];
}

function readHeader(text: string, at: number): { kinds: DraftColumnKind[]; labels: string[]; end: number } | null {
  const labels: string[] = [];
  let pos = at;
  for (;;) {
    const match = HEADER_WORD.exec(text.slice(pos, pos + 16));
    if (match === null) break;
    labels.push(match[0]);
    pos += match[0].length;
  }
  const kinds = labels.map((label) => draftColumnKind(label) ?? 'other');
  if (labels.length < 3 || kinds[0] !== 'seq' || !(kinds.includes('name') || kinds.includes('content'))) return null;
  if (!kinds.includes('lead')) return null;
  return { kinds, labels, end: pos };
}

/** A unit name at pos: the shortest that ends like a unit and leaves a text where another unit or the end follows. */
function unitAt(text: string, pos: number): string | null {
  const rest = text.slice(pos);
  if (CONTENT_VERB.test(rest) || SUFFIX_ONLY.test(rest) || /^[0-9０-９，,。；;、“”"]/.test(rest)) return null;
  let fallback: string | null = null;
  for (let length = 2; length <= MAX_UNIT && pos + length <= text.length; length += 1) {
    const candidate = text.slice(pos, pos + length);
    if (/[，,。；;、“”"0-9０-９]/.test(candidate)) break;
    if (/[（(]/.test(candidate) && !/[）)]/.test(candidate)) continue;
    if (!UNIT_SUFFIX.test(candidate)) continue;
    const bracket = /^[（(][^（）()]{1,10}[）)]/.exec(text.slice(pos + length));
    const unit = candidate + (bracket?.[0] ?? '');
    const after = text.slice(pos + unit.length);
    if (after === '' || CONTENT_VERB.test(after) || /^[0-9０-９]/.test(after) || !SUFFIX_ONLY.test(after)) {
      if (!SUFFIX_ONLY.test(after)) return unit;
    }
    fallback ??= unit;
  }
  return fallback;
}

function unitRun(text: string, pos: number): { units: string[]; end: number } {
  const units: string[] = [];
  let at = pos;
  for (;;) {
    const unit = unitAt(text, at);
    if (unit === null) break;
    units.push(unit);
    at += unit.length;
  }
  return { units, end: at };
}

/** A leader and units after a full stop (or at the row end): "何海平教育局经开区各街道". */
function tailAt(text: string, pos: number, hasLeader: boolean, persons: Map<string, number>): Tail | null {
  const options: Array<Tail & { score: number }> = [];
  for (const length of hasLeader ? [3, 2] : [0]) {
    const person = text.slice(pos, pos + length);
    if (hasLeader && !/^[\u4e00-\u9fff]+$/.test(person)) continue;
    const run = unitRun(text, pos + length);
    if (run.units.length === 0) continue;
    const after = text.slice(run.end);
    const atEnd = after === '' || CONTENT_VERB.test(after) || /^[0-9０-９]/.test(after);
    if (!atEnd) continue;
    const known = persons.get(person) ?? 0;
    const looksLikeUnit = DEPARTMENT_START.test(run.units[0] ?? '') ? 1 : 0;
    if (known + looksLikeUnit === 0) continue;
    options.push({ start: pos, end: run.end, person: hasLeader ? person : null, units: run.units, score: known + looksLikeUnit + length * 0.1 });
  }
  return options.sort((a, b) => b.score - a.score)[0] ?? null;
}

/** Splits the glued row text into sub-rows: content sentences followed by a tail. */
function readRow(text: string, hasLeader: boolean, persons: Map<string, number>): { contents: string[]; tails: Tail[] } {
  const contents: string[] = [];
  const tails: Tail[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!/[。；;]/.test(text[i] ?? '')) continue;
    const tail = tailAt(text, i + 1, hasLeader, persons);
    if (tail === null) continue;
    contents.push(text.slice(from, i + 1));
    tails.push(tail);
    from = tail.end;
    i = tail.end - 1;
  }
  if (from < text.length) contents.push(text.slice(from));
  return { contents: contents.map((c) => c.trim()).filter((c) => c !== ''), tails };
}

function splitName(first: string): { name: string; content: string } {
  for (let at = 4; at <= Math.min(20, first.length - 2); at += 1) {
    if (CONTENT_VERB.test(first.slice(at)) && !/[，,。；;]/.test(first.slice(0, at))) return { name: first.slice(0, at), content: first.slice(at) };
  }
  const clause = /^[^，,。；;]{2,20}/.exec(first)?.[0] ?? first.slice(0, 20);
  return { name: clause, content: first };
}

/** The row texts: each starts at the next sequence number (1, 2, 3…) followed by a character, not a measure. */
function splitRows(body: string): Array<{ seq: number; text: string }> {
  const rows: Array<{ seq: number; start: number; textStart: number }> = [];
  let expected = 1;
  let from = 0;
  for (;;) {
    const pattern = new RegExp(
      `(?<![0-9０-９.第])${expected}(?![0-9０-９.%％])(?=[\\u4e00-\\u9fff“"])(?![个所座处人户名家条项公里米万亿元台辆套间张次场床只栋幢亩吨期批件支块片年月日号岁级天倍])`,
      'g',
    );
    pattern.lastIndex = from;
    const match = pattern.exec(body);
    if (match === null) break;
    rows.push({ seq: expected, start: match.index, textStart: match.index + match[0].length });
    from = match.index + match[0].length;
    expected += 1;
  }
  return rows.map((row, index) => ({ seq: row.seq, text: body.slice(row.textStart, rows[index + 1]?.start ?? body.length) }));
}

/** The glued table in a text, or null when there is no header run together with its cells. */
export function readGluedTable(raw: string): TextTable | null {
  const lines = raw.split('\n');
  const headerLineIndex = lines.findIndex((line) => /序[号號](项目|事项|实事|任务|主要|工作)/.test(line.replace(/\s/g, '')));
  if (headerLineIndex < 0) return null;
  const joined = lines
    .slice(headerLineIndex)
    .map((line) => line.replace(PAGE_MARK, '').replace(/\s+/g, ''))
    .join('');
  const firstLine = (lines[headerLineIndex] ?? '').replace(PAGE_MARK, '').replace(/\s+/g, '');
  const headerAt = joined.search(/序[号號](项目|事项|实事|任务|主要|工作)/);
  if (headerAt < 0 || headerAt >= firstLine.length) return null;
  const header = readHeader(joined, headerAt);
  if (header === null) return null;
  const headerText = joined.slice(headerAt, header.end);
  const body = joined.slice(header.end).split(headerText).join('');
  const rows = splitRows(body);
  if (rows.length < 2) return null;
  const hasLeader = header.labels.some((label) => /领导/.test(label));
  // a leader heads several rows: names seen at more than one full stop are people
  const persons = new Map<string, number>();
  if (hasLeader) {
    for (const match of body.matchAll(/[。；;]([\u4e00-\u9fff]{3})/g)) {
      for (const name of [match[1] ?? '', (match[1] ?? '').slice(0, 2)]) persons.set(name, (persons.get(name) ?? 0) + 1);
    }
    for (const [name, count] of persons) persons.set(name, count >= 2 ? 2 : 0);
  }
  const at = (kind: DraftColumnKind) => header.kinds.indexOf(kind);
  const leaderIndex = header.labels.findIndex((label) => /领导/.test(label));
  const table: TextTable = { headerLine: headerLineIndex + 1, kinds: header.kinds, labels: header.labels, rows: [], layout: 'delimited' };
  rows.forEach((row, index) => {
    const { contents, tails } = readRow(row.text, hasLeader, persons);
    const columns: string[][] = header.kinds.map(() => []);
    const [first, ...rest] = contents;
    const { name, content } = splitName(first ?? '');
    if (at('seq') >= 0) columns[at('seq')] = [String(row.seq)];
    if (at('name') >= 0) columns[at('name')] = [name];
    const contentIndex = at('content') >= 0 ? at('content') : at('name');
    columns[contentIndex] = [...(contentIndex === at('name') ? [name] : []), ...(at('name') >= 0 ? [content] : [first ?? '']), ...rest].filter((c) => c !== '');
    if (at('name') >= 0 && at('content') < 0) columns[contentIndex] = [name];
    if (leaderIndex >= 0) columns[leaderIndex] = tails.map((tail) => tail.person ?? '').filter((p) => p !== '');
    const leads = tails.map((tail) => tail.units[0] ?? '').filter((unit) => unit !== '');
    const cos = tails.flatMap((tail) => tail.units.slice(1));
    if (at('co') >= 0) {
      columns[at('lead')] = leads;
      columns[at('co')] = cos;
    } else {
      columns[at('lead')] = [...leads, ...cos];
    }
    const isLast = index === rows.length - 1;
    const tableRow: TextTableRow = { line: headerLineIndex + 1, columns, category: null, isUneven: true };
    if (isLast && tails.length === 0) tableRow.isCutOff = true;
    table.rows.push(tableRow);
  });
  return table;
}
