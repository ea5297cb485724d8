import type { DraftColumnKind } from './draft-columns';
import { isUnitCell, seqOfCell } from './draft-columns';

/**
 * Puts the cells of one table row under the header's columns when the row has fewer or more cells than the
 * header: a web table copied one cell per line loses empty cells and merged (rowspan) cells, and a cell that
 * runs over several lines becomes several lines. The cells keep their order; each column takes a run of
 * zero or more of them, and the split that best fits what each column holds wins (dynamic programming).
 */

const MAX_SPAN: Record<DraftColumnKind, number> = {
  seq: 1, name: 4, content: 40, lead: 8, co: 12, category: 2, location: 4, deadline: 2, investment: 2, other: 3,
};

const isShort = (line: string, limit: number) => line.length <= limit;
/** 徐国江: a leader's name in a 分管领导 column, never a project's content */
const isPersonLike = (line: string) => /^[\u4e00-\u9fff]{2,3}$/.test(line) && !isUnitCell(line);

/** Content is sentences: a short phrase without punctuation or numbers is more likely a name or category cell. */
function contentLineFit(line: string): number {
  if (isPersonLike(line)) return -3;
  if (isUnitCell(line) && line.length < 20) return -0.8;
  if (line.length > 25) return 1.5;
  return /[。；;，,、0-9０-９]/.test(line) || line.length > 14 ? 1 : 0.4;
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
      return isShort(joined, 50) ? 2.5 - (n - 1) * 0.5 : -2 * n;
    case 'content':
      if (n === 0) return -1.5;
      return lines.reduce((sum, line) => sum + contentLineFit(line), 0);
    case 'lead':
      return n === 0 ? -3 : units ? 3 + (n - 1) * 0.05 : -4 * n;
    case 'co':
      return n === 0 ? 0 : units ? 2.5 + (n - 1) * 0.4 : -4 * n;
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

/**
 * Best monotone assignment of lines to columns (each column a run of ≥ 0 consecutive lines). With
 * `allowOverflow`, trailing lines may stay outside every column at a cost.
 */
export function alignCells(lines: string[], kinds: DraftColumnKind[], allowOverflow = false): Alignment {
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
