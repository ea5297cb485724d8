import type { DraftRow } from './notice-draft.types';

/** Measure words that follow a number inside a target ("500个"), so the number is not an item number. */
const MEASURE_WORDS = '个所座家处条项万亿千百人台辆套间张米公里平方户名位次场批年月日号元倍期';
/** "4完善…", "4. 完善…", "４、完善…" at the start of a text: an item number of a run-on list. */
const LEADING_ITEM_NUMBER = new RegExp(`^[ \\t\\u3000]*[0-9０-９]{1,2}[ \\t\\u3000]*(?:[.．、][ \\t\\u3000]*|(?=[\\u4e00-\\u9fff])(?![${MEASURE_WORDS}]))`);
/** The same, after a space or the end of a sentence: where the next item of a run-on list likely starts. */
const NEXT_ITEM = new RegExp(`(?<=[\\s。；;）)])[ \\t\\u3000]*[0-9０-９]{1,2}[ \\t\\u3000]*(?:[.．、]|(?=[\\u4e00-\\u9fff])(?![${MEASURE_WORDS}]))`, 'g');
const SECTION_NUMBER = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[、．.])[ \t\u3000]*/;
const MISSING_LEAD = /未(找到|写明)(牵头|主办|责任)单位|没有牵头单位/;
const SECTION_COUNT = /[（(][0-9０-９一二三四五六七八九十]+项[）)][ \t\u3000]*$/;

/** The text without an item number in front ("4完善社区养老" → "完善社区养老"). */
export function stripItemNumber(text: string): string {
  return text.replace(LEADING_ITEM_NUMBER, '').trim();
}

/** The first sentence of a content, as a project name: up to the first 。；，：or bracket, at most 40 characters. */
export function firstSentence(content: string): string {
  const text = stripItemNumber(content.trim());
  const end = text.search(/[。；;，,：:\n（(【]/);
  return (end === -1 ? text : text.slice(0, end)).trim().slice(0, 40);
}

/** What a row marked as a heading becomes: "一、促进就业（3项）" → "促进就业". */
export function headingText(row: Pick<DraftRow, 'name' | 'content'>): string {
  const source = row.name.trim() || (row.content.split('\n').find((line) => line.trim() !== '') ?? '');
  return source
    .replace(SECTION_NUMBER, '')
    .replace(SECTION_COUNT, '')
    .replace(/[：:。]$/, '')
    .trim()
    .slice(0, 100);
}

/** Where a row that holds two items of a run-on list probably splits (the "4" of "…500个 4完善…"), or null. */
export function suggestSplitAt(content: string): number | null {
  for (const match of content.matchAll(NEXT_ITEM)) {
    const at = match.index + (match[0].length - match[0].trimStart().length);
    if (at > 0) return at;
  }
  const lineBreak = content.indexOf('\n');
  return lineBreak > 0 ? lineBreak + 1 : null;
}

/** Units of two rows, each once, in order. */
export function unionUnits(first: string[], second: string[]): string[] {
  return [...first, ...second.filter((unit) => !first.includes(unit))];
}

/**
 * Why a row needs the clerk's eye: the reader's doubts until the clerk marks it checked, and, always,
 * what the import would refuse (no lead unit, no name).
 */
export function rowDoubts(row: DraftRow): string[] {
  const doubts: string[] = [];
  if (!row.isChecked) {
    // the reader's "未找到牵头单位" is answered once the clerk has put a lead unit in
    doubts.push(...row.warnings.filter((warning) => row.leadUnits.length === 0 || !MISSING_LEAD.test(warning)));
    if (row.warnings.length === 0 && row.confidence < 1) doubts.push('识别把握不大，请核对');
  }
  if (row.name.trim() === '') doubts.push('缺少项目名称');
  // the reader usually said so already ("未找到牵头单位…"); say it once
  if (row.leadUnits.length === 0 && !doubts.some((doubt) => MISSING_LEAD.test(doubt))) doubts.push('缺少主办单位，请补填');
  return doubts;
}

export const hasDoubts = (row: DraftRow): boolean => rowDoubts(row).length > 0;

/** Sequence numbers 1…n in grid order; rows whose number does not change keep their identity. */
export function renumber(rows: DraftRow[]): DraftRow[] {
  return rows.map((row, index) => (row.seq === index + 1 ? row : { ...row, seq: index + 1 }));
}

/** The two parts of a content cut at a character; the separator at the cut ("…8处；提升…") belongs to neither. */
export function splitParts(content: string, at: number): { head: string; tail: string } {
  return {
    head: content
      .slice(0, at)
      .replace(/[；;，,、\s]+$/, '')
      .trim(),
    tail: stripItemNumber(content.slice(at)),
  };
}

/**
 * A row cut in two at a character of its content: the first part keeps the row, the second becomes a new
 * row named after its first sentence. Both carry the units (a run-on list often names them once, at the end)
 * and a doubt, so the clerk checks them. Null when either part would be empty.
 */
export function splitRow(row: DraftRow, at: number, newKey: string): [DraftRow, DraftRow] | null {
  const { head, tail } = splitParts(row.content, at);
  if (head === '' || tail === '') return null;
  const doubt = `由原第 ${row.seq} 项拆分而来，请核对名称和主办、协办单位`;
  const warnings = [...row.warnings.filter((warning) => !warning.startsWith('由原第')), doubt];
  return [
    { ...row, content: head, warnings, isChecked: false },
    { ...row, key: newKey, origin: null, name: firstSentence(tail), content: tail, investment: null, warnings, isChecked: false },
  ];
}

/** A row and the next as one: contents joined line by line, units united, doubts kept. */
export function mergeRows(first: DraftRow, second: DraftRow): DraftRow {
  return {
    ...first,
    name: first.name.trim() === '' ? second.name : first.name,
    content: [first.content, second.content].filter((part) => part.trim() !== '').join('\n'),
    leadUnits: unionUnits(first.leadUnits, second.leadUnits),
    coUnits: unionUnits(first.coUnits, second.coUnits).filter((unit) => !unionUnits(first.leadUnits, second.leadUnits).includes(unit)),
    location: first.location ?? second.location,
    deadline: first.deadline ?? second.deadline,
    investment: first.investment === null && second.investment === null ? null : (first.investment ?? 0) + (second.investment ?? 0),
    confidence: Math.min(first.confidence, second.confidence),
    warnings: unionUnits(first.warnings, second.warnings),
    isChecked: first.isChecked && second.isChecked,
  };
}

/** An empty row for the clerk to fill, inserted below another. */
export function blankRowAfter(row: DraftRow, key: string): DraftRow {
  return {
    key,
    origin: null,
    seq: row.seq + 1,
    name: '',
    content: '',
    leadUnits: [],
    coUnits: [],
    category: row.category,
    location: null,
    deadline: null,
    investment: null,
    confidence: 1,
    warnings: [],
    sourceLabel: null,
    isChecked: true,
  };
}
