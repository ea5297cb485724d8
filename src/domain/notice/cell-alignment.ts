import type { DraftColumnKind } from './draft-columns';
import { isUnitCell, joinBrokenUnits, seqOfCell } from './draft-columns';

/**
 * Puts the cells of one table row under the header's columns when the row has fewer or more cells than the
 * header: a web table copied one cell per line loses empty cells and merged (rowspan) cells, and a cell that
 * runs over several lines becomes several lines. The cells keep their order; each column takes a run of
 * zero or more of them, and the split that best fits what each column holds wins (dynamic programming).
 */

const MAX_SPAN: Record<DraftColumnKind, number> = {
  seq: 1,
  name: 4,
  content: 40,
  lead: 8,
  co: 12,
  category: 2,
  location: 4,
  deadline: 2,
  investment: 2,
  other: 3,
};

const isShort = (line: string, limit: number) => line.length <= limit;
/** 徐国江: a leader's name in a 分管领导 column, never a project's content */
const isPersonLike = (line: string) => /^[\u4e00-\u9fff]{2,3}$/.test(line) && !isUnitCell(line);

/** Content is sentences: a short phrase without punctuation or numbers is more likely a name or category cell. */
function contentLineFit(line: string): number {
  if (isPersonLike(line)) return -3;
  if (isUnitCell(line) && line.length < 20) return -0.8;
  if (line.length > 25) return 1.5;
  if (/[。；;，,、0-9０-９]/.test(line) || line.length > 14) return 1;
  return line.length <= 8 ? -0.3 : 0.4;
}

/** How well a run of lines fits a column: higher is better; an empty run is what a missing cell costs. */
export function columnFit(kind: DraftColumnKind, lines: string[]): number {
  const n = lines.length;
  const units = lines.every((line) => isUnitCell(line));
  const joined = lines.join('');
  switch (kind) {
    case 'seq':
      return n === 0 ? -6 : n === 1 && seqOfCell(lines[0] ?? '') !== null ? 6 : -10;
    case 'name':
      if (n === 0) return -3;
      if (lines.some((line) => seqOfCell(line) !== null)) return -10;
      // 新(改)建村卫生室 ends like a unit (室) but a lead column is where units go
      if (units && n === 1 && joined.length <= 12) return 1.5;
      // "城市用气" + "提升工程": a short name a narrow cell broke over lines
      if (n > 1 && joined.length <= 20 && lines.every((line) => !/[，,。；;]/.test(line))) return 2.5 - (n - 1) * 0.2;
      return isShort(joined, 50) ? 2.5 - (n - 1) * 0.5 : -2 * n;
    case 'content':
      if (n === 0) return -1.5;
      return lines.reduce((sum, line) => sum + contentLineFit(line), 0);
    case 'lead':
    case 'co': {
      const names = joinBrokenUnits(lines);
      const allUnits = names.every((line) => isUnitCell(line));
      if (kind === 'lead') return n === 0 ? -3 : allUnits ? 3 + (names.length - 1) * 0.05 - (n - names.length) * 0.2 : -4 * n;
      return n === 0 ? 0 : allUnits ? 2.5 + (names.length - 1) * 0.4 - (n - names.length) * 0.2 : -4 * n;
    }
    case 'category':
      return n === 0 ? 0 : n === 1 && isShort(joined, 16) && !units && seqOfCell(joined) === null ? 1 : -3 * n;
    case 'location':
      // a place is often a town or 街道 — a unit-like name is fine here
      return n === 0 ? 0 : n === 1 && isShort(joined, 40) ? (units ? 0.3 : 0.5) : -2 * n;
    case 'deadline':
      return n === 0 ? 0 : n === 1 && /[月年底前日季]|\d{4}/.test(joined) && isShort(joined, 30) ? 2 : -3 * n;
    case 'investment':
      return n === 0 ? 0 : n === 1 && /^[0-9.,，]+\s*(万元|亿元|万|亿|元)?$/.test(joined) ? 2 : -3 * n;
    default:
      return n === 0 ? 0 : n === 1 && isShort(joined, 30) ? 1.2 : -3 * n;
  }
}

export interface Alignment {
  /** the lines each column took, by column index */
  columns: string[][];
  /** lines past the last column that no column could take: a second sub-row under one merged number */
  overflow: string[];
  score: number;
}

/** What a line left over after the last column costs: more than any column would lose by taking it. */
const OVERFLOW_COST = -2.5;

/** What a sub-row (a second set of cells under one merged number and name) costs beyond its cells' fit. */
const SUB_ROW_COST = -2;

function align(lines: string[], kinds: DraftColumnKind[], allowOverflow: boolean): Alignment {
  const n = lines.length;
  const w = kinds.length;
  const best: number[][] = Array.from({ length: w + 1 }, () => Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: w + 1 }, () => Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= w; j += 1) {
    const kind = kinds[j - 1] ?? 'other';
    for (let i = 0; i <= n; i += 1) {
      for (let p = Math.max(0, i - MAX_SPAN[kind]); p <= i; p += 1) {
        const previous = best[j - 1]![p]!;
        if (previous === -Infinity) continue;
        const score = previous + columnFit(kind, lines.slice(p, i));
        if (score > best[j]![i]!) {
          best[j]![i] = score;
          from[j]![i] = p;
        }
      }
    }
  }
  let end = n;
  let score = best[w]![n]!;
  if (allowOverflow) {
    for (let i = 0; i < n; i += 1) {
      const withOverflow = best[w]![i]! + OVERFLOW_COST * (n - i);
      if (withOverflow > score) {
        score = withOverflow;
        end = i;
      }
    }
  }
  const columns: string[][] = Array.from({ length: w }, () => []);
  let i = end;
  for (let j = w; j >= 1; j -= 1) {
    const p = from[j]![i]!;
    columns[j - 1] = lines.slice(p, i);
    i = p;
  }
  return { columns, overflow: lines.slice(end), score };
}

export interface AlignOptions {
  /** trailing lines may stay outside every column, at a cost */
  allowOverflow?: boolean;
  /** the columns from this index on may repeat: sub-rows sharing one merged number and name */
  repeatFrom?: number;
}

/**
 * Best monotone assignment of lines to columns (each column a run of ≥ 0 consecutive lines). With
 * `repeatFrom`, up to three sub-rows may follow, each taking the columns from that index again; their lines
 * are added to the same columns.
 */
export function alignCells(lines: string[], kinds: DraftColumnKind[], options: AlignOptions | boolean = {}): Alignment {
  const { allowOverflow = false, repeatFrom } = typeof options === 'boolean' ? { allowOverflow: options } : options;
  let best = align(lines, kinds, allowOverflow);
  if (repeatFrom === undefined || repeatFrom <= 0 || repeatFrom >= kinds.length) return best;
  const tail = kinds.slice(repeatFrom);
  // a sub-row is a task of its own: without a content column to hold it, there is none
  const contentAt = tail.indexOf('content');
  if (contentAt < 0) return best;
  for (let repeats = 1; repeats <= 3; repeats += 1) {
    const extended = [...kinds, ...Array.from({ length: repeats }, () => tail).flat()];
    if (extended.length > lines.length + tail.length) break;
    const candidate = align(lines, extended, allowOverflow);
    const score = candidate.score + SUB_ROW_COST * repeats;
    if (score <= best.score) continue;
    const blocks = Array.from({ length: repeats }, (_, r) => candidate.columns[kinds.length + r * tail.length + contentAt] ?? []);
    if (blocks.some((block) => !block.some((line) => line.length >= 6 && !isUnitCell(line)))) continue;
    const columns = kinds.map((_, index) => candidate.columns[index] ?? []);
    candidate.columns.slice(kinds.length).forEach((column, index) => {
      const target = repeatFrom + (index % tail.length);
      columns[target] = [...(columns[target] ?? []), ...column];
    });
    best = { columns, overflow: candidate.overflow, score };
  }
  return best;
}
