import { CHINESE_NUMERAL_CHARS, readChineseNumber, toHalfWidthDigits } from './chinese-number.reader';
import { unitAt } from './quantity-units';

/** One number in a text, with what is needed to judge it: unit, qualifiers and where it stands. */
export interface QuantityMatch {
  /** the number as read, 万/亿 applied: "11.3万人" → 113000 */
  value: number;
  /** the unit as written after the number: 人 / 公里 / 人次 / % …; '' when none follows */
  unit: string;
  /** 70.5% / 70.5％ / 百分之七十: value 70.5, unit % */
  isPercent: boolean;
  /** 不少于/不低于/至少/超过/达到（超过）… before, 以上 or 余 after: the value is a minimum */
  isMinimum: boolean;
  /** 不超过/不高于 before, 以内/以下 after: the value is a maximum */
  isMaximum: boolean;
  /** 约/大约/近/将近 before, 左右 after: the value is approximate */
  isApproximate: boolean;
  /** the upper end of a range (3-5个, 3至5个); value is then the lower end */
  upperValue?: number;
  /** the number as written, e.g. "11.3万", "一百五十", "百分之七十" */
  numberText: string;
  /** written in Chinese numerals (一百五十), not digits */
  isChineseNumeral: boolean;
  /** start of the whole phrase, leading qualifier included ("约11.3万人" starts at 约) */
  start: number;
  /** start of the number itself */
  numberStart: number;
  /** end (exclusive) of the number with its multiplier, before the unit */
  numberEnd: number;
  /** end (exclusive) of the phrase: unit and 以上/左右 included */
  end: number;
}

const ARABIC_NUMBER = /(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?/y;
/** 万/亿 after digits, and 千 (8千余户) — not the 千 of the units 千米, 千瓦, 千克, 千伏. */
const ARABIC_MULTIPLIER = /(?:千(?![米瓦克伏])[万萬]?|[万亿萬億]+)/y;
const CHINESE_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+(?:点[${CHINESE_NUMERAL_CHARS}]+)?`, 'y');
const RANGE_DASH = /[-－—–~～至到]/;
const PERCENT_SIGNS = new Set(['%', '％']);
const PER_UNIT_AFTER = /^[/／](?:千|万|百|每)?(?:人次|人|户|床|年|月|日|天|次|平方米|公里|亩|吨)/;

const MINIMUM_BEFORE = ['达到（超过）', '达到(超过)', '（超过）', '(超过)', '不少于', '不低于', '不小于', '至少', '超过', '多于', '高于'];
const MAXIMUM_BEFORE = ['不超过', '不高于', '不多于', '低于', '少于'];
const APPROXIMATE_BEFORE = ['大约', '约为', '将近', '接近', '约', '近'];

interface NumberToken {
  value: number;
  start: number;
  end: number;
  isChinese: boolean;
  isPercentWord: boolean;
}

/** The number starting exactly at `offset` (digits with 万/亿, Chinese numerals, 百分之…), or null. */
function numberAt(text: string, offset: number): NumberToken | null {
  const isPercentWord = text.startsWith('百分之', offset);
  const from = isPercentWord ? offset + 3 : offset;
  ARABIC_NUMBER.lastIndex = from;
  const arabic = ARABIC_NUMBER.exec(text);
  if (arabic) {
    let end = from + arabic[0].length;
    ARABIC_MULTIPLIER.lastIndex = end;
    const multiplier = ARABIC_MULTIPLIER.exec(text);
    if (multiplier) end += multiplier[0].length;
    const value = readChineseNumber(text.slice(from, end));
    return value === null ? null : { value, start: offset, end, isChinese: false, isPercentWord };
  }
  CHINESE_RUN.lastIndex = from;
  const chinese = CHINESE_RUN.exec(text);
  if (!chinese) return null;
  const value = readChineseNumber(chinese[0]);
  return value === null ? null : { value, start: offset, end: from + chinese[0].length, isChinese: true, isPercentWord };
}

function endsWithAny(text: string, end: number, words: readonly string[]): string | null {
  return words.find((word) => text.startsWith(word, end - word.length)) ?? null;
}

/** 约/近 are part of other words too (签约, 节约, 就近, 附近); those are not approximations. */
const NOT_APPROXIMATE = /(?:[签节预制合履公条特缔]约|[就附最邻靠亲]近)$/;

function approximateBefore(text: string, end: number): string | null {
  const word = endsWithAny(text, end, APPROXIMATE_BEFORE);
  if (word === null) return null;
  return NOT_APPROXIMATE.test(text.slice(Math.max(0, end - 2), end)) ? null : word;
}

function buildMatch(text: string, token: NumberToken): QuantityMatch {
  let cursor = token.end;
  let upperValue: number | undefined;
  const dash = text[cursor] ?? '';
  if (RANGE_DASH.test(dash)) {
    const upper = numberAt(text, cursor + 1);
    if (upper !== null && upper.isChinese === token.isChinese && upper.value > token.value) {
      upperValue = upper.value;
      cursor = upper.end;
    }
  }
  let isMinimum = false;
  let isMaximum = false;
  let isApproximate = false;
  if (text[cursor] === '余' || (text[cursor] === '多' && unitAt(text, cursor + 1) !== '')) {
    isMinimum = true;
    cursor += 1;
  }
  const numberEnd = upperValue === undefined ? token.end : cursor;
  let unit = '';
  const sign = text[cursor] ?? '';
  if (token.isPercentWord) {
    unit = '%';
  } else if (PERCENT_SIGNS.has(sign)) {
    unit = '%';
    cursor += 1;
  } else if (sign === '‰') {
    unit = '‰';
    cursor += 1;
  } else {
    unit = unitAt(text, cursor);
    // 推进 100 个老旧小区: one space between the number and its unit, as pages typeset it
    const spaced = unit === '' && /^[ \u00a0\u3000]$/.test(text[cursor] ?? '') ? unitAt(text, cursor + 1) : '';
    if (spaced !== '') {
      unit = spaced;
      cursor += 1;
    }
    cursor += unit.length;
    // 800人(次): a bracketed count qualifier is part of the unit as written
    const qualifier = unit === '' ? null : /^[（(](?:次|人次|户次)[）)]/.exec(text.slice(cursor));
    if (qualifier !== null) {
      unit += qualifier[0];
      cursor += qualifier[0].length;
    }
    // 5.5批次/千人, 30元/人: the unit per head or per period, written after a slash, belongs to the unit
    const per = unit === '' ? null : PER_UNIT_AFTER.exec(text.slice(cursor));
    if (per !== null) {
      unit += per[0];
      cursor += per[0].length;
    }
  }
  if (text.startsWith('以上', cursor)) {
    isMinimum = true;
    cursor += 2;
  } else if (text.startsWith('左右', cursor)) {
    isApproximate = true;
    cursor += 2;
  } else if (text.startsWith('以内', cursor) || text.startsWith('以下', cursor)) {
    isMaximum = true;
    cursor += 2;
  }
  let start = token.start;
  const minimum = endsWithAny(text, start, MINIMUM_BEFORE);
  const maximum = minimum === null ? endsWithAny(text, start, MAXIMUM_BEFORE) : null;
  const approximate = approximateBefore(text, start - (minimum ?? maximum ?? '').length);
  if (minimum !== null) isMinimum = true;
  if (maximum !== null) isMaximum = true;
  start -= (minimum ?? maximum ?? '').length;
  if (approximate !== null) {
    isApproximate = true;
    start -= approximate.length;
  }
  const match: QuantityMatch = {
    value: token.value,
    unit,
    isPercent: unit === '%',
    isMinimum,
    isMaximum,
    isApproximate,
    numberText: text.slice(token.start, numberEnd),
    isChineseNumeral: token.isChinese,
    start,
    numberStart: token.start,
    numberEnd,
    end: cursor,
  };
  if (upperValue !== undefined) match.upperValue = upperValue;
  return match;
}

/**
 * Every number in a text with its unit and qualifiers, left to right. Arabic numbers are reported even
 * without a unit (S338, 101公交线路 — the caller decides); Chinese numerals only when a unit or % follows,
 * since 一/万/千 also occur inside ordinary words (统一, 万家, 千方百计). Offsets index the original text.
 */
export function findQuantities(text: string): QuantityMatch[] {
  const normalised = toHalfWidthDigits(text);
  const matches: QuantityMatch[] = [];
  let offset = 0;
  while (offset < normalised.length) {
    const previous = normalised[offset - 1] ?? '';
    const current = normalised[offset] ?? '';
    // Start only at the beginning of a number: not in the middle of 338 or of 二十三 (nor of 3.5).
    const isInsideNumber = /[0-9]/.test(current) ? /[0-9.]/.test(previous) : previous !== '' && CHINESE_NUMERAL_CHARS.includes(previous);
    const token = isInsideNumber ? null : numberAt(normalised, offset);
    if (token === null) {
      offset += 1;
      continue;
    }
    const match = buildMatch(normalised, token);
    const hasUnit = match.unit !== '';
    if (!token.isChinese || hasUnit) matches.push({ ...match, numberText: text.slice(match.numberStart, match.numberEnd) });
    offset = Math.max(match.end, token.end);
  }
  return matches;
}
