import type { QuantityMatch } from '../numbers/quantity.finder';
import { isRankUnit, isTimeUnit } from '../numbers/quantity-units';

/** Why a number in a project's content is not a target; null when it may be one. */
export type NonTargetReason =
  | 'no-unit'
  | 'time'
  | 'rank'
  | 'ordinal'
  | 'code'
  | 'quoted-name'
  | 'article'
  | 'baseline';

const OPENING_QUOTES = '“‘「『《〔【';
const CLOSING_QUOTES = '”’」』》〕】';

/** Inside “…”, 《…》, 〔…〕 and the like, numbers are part of a name (“15分钟健身圈”, “两项补贴”, 〔2024〕). */
function isInsideQuotes(text: string, from: number, offset: number): boolean {
  let depth = 0;
  let straightQuotes = 0;
  for (let i = from; i < offset; i += 1) {
    const ch = text[i] ?? '';
    if (OPENING_QUOTES.includes(ch)) depth += 1;
    else if (CLOSING_QUOTES.includes(ch) && depth > 0) depth -= 1;
    else if (ch === '"') straightQuotes += 1;
  }
  return depth > 0 || straightQuotes % 2 === 1;
}

/** A number that is the old value of a change (由每人每月820元提高到…): the target is the new one. */
const CHANGE_TO = /^(?:的标准)?(?:提高|增加|提升|增长|上调|调整|调增|扩大)(?:到|至|为)/;

/**
 * Whether a number found in a project's content is no target: years and other dates or durations
 * (2024年, 三年行动计划, 15分钟), grades (一级), ordinals (第二水厂), codes and names (S338, 101公交线路,
 * numbers inside quotes), the article 一 (推行一个试点社区) and the old value of a raised standard.
 * `from` is where the sub-item starts, so quotes are counted within it.
 */
export function nonTargetReason(text: string, match: QuantityMatch, from: number): NonTargetReason | null {
  if (match.unit === '') return 'no-unit';
  if (isTimeUnit(match.unit)) return 'time';
  if (isRankUnit(match.unit)) return 'rank';
  const before = text[match.numberStart - 1] ?? '';
  const after = text[match.numberEnd] ?? '';
  if (before === '第') return 'ordinal';
  if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return 'code';
  if (isInsideQuotes(text, from, match.numberStart)) return 'quoted-name';
  if (match.isChineseNumeral && match.value === 1 && /^[一壹]$/.test(match.numberText)) return 'article';
  if (CHANGE_TO.test(text.slice(match.end)) && /由(?:每[^，。；]{1,4})?$/.test(text.slice(Math.max(from, match.start - 8), match.start))) {
    return 'baseline';
  }
  return null;
}
