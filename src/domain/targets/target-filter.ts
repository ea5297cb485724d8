import type { QuantityMatch } from '../numbers/quantity.finder';
import { isRankUnit, isTimeUnit } from '../numbers/quantity-units';

/** Why a number in a project's content is not a target; null when it may be one. */
export type NonTargetReason = 'no-unit' | 'time' | 'rank' | 'ordinal' | 'code' | 'quoted-name' | 'article' | 'name' | 'baseline';

const OPENING_QUOTES = '“‘「『《〔【';
const CLOSING_QUOTES = '”’」』》〕】';

/**
 * Inside “…”, 《…》, 〔…〕 and the like, numbers are part of a name (“15分钟健身圈”, “两项补贴”, 〔2024〕) — unless
 * the quotes hold the whole item (“新建3所公办幼儿园”), which some lists do with every task.
 */
function isInsideQuotes(text: string, from: number, offset: number): boolean {
  const opening = text[from] ?? '';
  if (OPENING_QUOTES.includes(opening) || opening === '"') {
    const close = CLOSING_QUOTES[OPENING_QUOTES.indexOf(opening)] ?? '"';
    const end = text.indexOf(close, from + 1);
    const isWholeItem = end > offset && /^[\s。；;，,]*$/.test(text.slice(end + 1).split('\n')[0] ?? '');
    if (isWholeItem && !text.slice(from + 1, end).includes(opening)) return isInsideQuotes(text, from + 1, offset);
  }
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

/**
 * 二期 / 三期 after a name (金龙寺河二期, 实施二期工程) names a phase of a works, not a count of sessions;
 * it is a count only after a verb that holds sessions (举办培训班二期 is rare, 开展…3期 uses digits).
 */
const SESSION_VERB_BEFORE = /(?:举办|开展|开办|组织|培训|开设|举行|共计|累计|共|办|每年|每季度|每月)$/;
/** 二次 followed by a word (二次改造, 二次供水, 二次报销) means "second-time" or is part of a term. */
const WORD_AFTER = /^[\u4e00-\u9fff]/;

function isOrdinalWord(text: string, match: QuantityMatch): boolean {
  if (!match.isChineseNumeral || match.upperValue !== undefined) return false;
  if (match.unit === '期' && /^[一二三四五六七八九]$/.test(match.numberText)) {
    return !SESSION_VERB_BEFORE.test(text.slice(Math.max(0, match.start - 4), match.start));
  }
  if (match.unit === '次' && match.numberText === '二') {
    const isQualified = match.isMinimum || match.isMaximum || match.isApproximate;
    return !isQualified && WORD_AFTER.test(text[match.end] ?? '');
  }
  return false;
}

/** 三公里就业圈, 省级三公里充分就业社区: a distance in Chinese numerals glued to a noun names a scheme. */
const DISTANCE_UNITS = /^(?:公里|千米|米)$/;
const NOT_A_NAME_AFTER = /^(?:的|以|左右|长|宽|高|深|范围|内|外|处|之)/;
/** 五台、三台 after a place (夏庄街道三台新校区) or before a count (子午、五台3个街道): a place name. */
const PLACE_BEFORE = /(?:街道|镇|乡)$/;
/** 实现十个街镇全覆盖: a span of coverage in Chinese numerals, not something to deliver. */
const COVERAGE_AFTER = /^[^，,；;。、]{1,8}全覆盖/;

function isNameNumeral(text: string, match: QuantityMatch, from: number): boolean {
  if (!match.isChineseNumeral) return false;
  const after = text.slice(match.end);
  if (DISTANCE_UNITS.test(match.unit) && /^[\u4e00-\u9fff]/.test(after) && !NOT_A_NAME_AFTER.test(after)) return true;
  if (/^\s*[0-9０-９]/.test(after)) return true;
  if (PLACE_BEFORE.test(text.slice(Math.max(from, match.numberStart - 2), match.numberStart))) return true;
  return COVERAGE_AFTER.test(after);
}

/** A number that is the old value of a change (由每人每月820元提高到…): the target is the new one. */
const CHANGE_TO = /^(?:的标准)?(?:提高|增加|提升|增长|上调|调整|调增|扩大)(?:到|至|为)/;

/**
 * Whether a number found in a project's content is no target: years and other dates or durations
 * (2024年, 三年行动计划, 15分钟), grades (一级), ordinals (第二水厂, 金龙寺河二期, 二次改造), codes and names (S338, 101公交线路,
 * numbers inside quotes), the article 一 (推行一个试点社区) and the old value of a raised standard.
 * `from` is where the sub-item starts, so quotes are counted within it.
 */
export function nonTargetReason(text: string, match: QuantityMatch, from: number): NonTargetReason | null {
  if (match.unit === '') return 'no-unit';
  if (isTimeUnit(match.unit)) return 'time';
  if (isRankUnit(match.unit)) return 'rank';
  const before = text[match.numberStart - 1] ?? '';
  const after = text[match.numberEnd] ?? '';
  if (before === '第' || isOrdinalWord(text, match)) return 'ordinal';
  if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return 'code';
  if (isInsideQuotes(text, from, match.numberStart)) return 'quoted-name';
  if (match.isChineseNumeral && match.value === 1 && /^[一壹]$/.test(match.numberText)) return 'article';
  if (isNameNumeral(text, match, from)) return 'name';
  if (CHANGE_TO.test(text.slice(match.end)) && /由(?:每[^，。；]{1,4})?$/.test(text.slice(Math.max(from, match.start - 8), match.start))) {
    return 'baseline';
  }
  return null;
}
