/**
 * Reads one number written the way Chinese official documents write it: Arabic digits (half- or
 * full-width, optional thousands commas, decimals), Chinese numerals (一/两/十/百/千/万/亿, 〇/零,
 * financial 壹贰叁…), decimals written with 点, and 万/亿 multipliers after either form.
 */

/** Chinese digits, including the financial (大写) forms and 两, which only ever means 2. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Every character a Chinese numeral may consist of (used by the quantity finder to find numeral runs). */
export const CHINESE_NUMERAL_CHARS = `${Object.keys(CHINESE_DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(BIG_UNITS).join('')}`;

const ARABIC = /^([0-9]+(?:,[0-9]{3})*)(?:\.([0-9]+))?([百千万亿萬億]*)$/;
const ARABIC_MULTIPLIERS: Readonly<Record<string, number>> = { 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Full-width digits and punctuation to ASCII, so both spellings read alike. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0C]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * `digits.fraction × 10^power` computed on the decimal string, so "11.3万" is exactly 113000
 * (11.3 × 10000 in floating point is 113000.00000000001).
 */
export function scaleDecimal(integerDigits: string, fractionDigits: string, power: number): number {
  const padded = fractionDigits.padEnd(power, '0');
  const whole = `${integerDigits}${padded.slice(0, power)}`;
  const rest = padded.slice(power);
  return Number(rest === '' ? whole : `${whole}.${rest}`);
}

function readArabic(text: string): number | null {
  const match = ARABIC.exec(text);
  if (!match) return null;
  const [, integer = '', fraction = '', multipliers = ''] = match;
  let power = 0;
  for (const ch of multipliers) power += ARABIC_MULTIPLIERS[ch] ?? 0;
  return scaleDecimal(integer.replace(/,/g, ''), fraction, power);
}

/** "二〇二四" → 2024: a run of bare digits is read digit by digit, as years and codes are written. */
function readDigitString(text: string): number | null {
  const digits = [...text].map((ch) => CHINESE_DIGITS[ch]);
  if (digits.some((digit) => digit === undefined)) return null;
  return Number(digits.join(''));
}

/**
 * The positional reading: 二十三万四千五百六十七. Also the spoken short form where a digit follows a
 * unit of a hundred or more without 零 (一百五 = 150, 三万五 = 35000), as notices sometimes write it.
 */
function readChineseInteger(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastUnit = 0;
  let hasZeroGap = false;
  let previousBig = Infinity;
  for (const ch of text) {
    const digitValue = CHINESE_DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (digitValue !== undefined) {
      if (digit !== null) return null;
      if (digitValue === 0) {
        hasZeroGap = true;
        continue;
      }
      digit = digitValue;
    } else if (small !== undefined) {
      if (small >= lastSmall) return null;
      if (digit === null) {
        // 十 opens a number (十五, 十万) or follows 零 (一百零十 is not written); 百/千 need a digit.
        if (small !== 10 || section !== 0 || hasZeroGap) return null;
        digit = 1;
      }
      section += digit * small;
      lastSmall = small;
      lastUnit = small;
      digit = null;
      hasZeroGap = false;
    } else if (big !== undefined) {
      const value = section + (digit ?? 0);
      if (value === 0 && !(big === 1e8 && total > 0 && previousBig === 1e4)) return null;
      if (value >= 1e4 && big === 1e4) return null;
      if (big >= previousBig && !(big === 1e8 && previousBig === 1e4)) return null;
      total = big === 1e8 ? (total + value) * big : total + value * big;
      previousBig = big;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastUnit = big;
      hasZeroGap = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    section += !hasZeroGap && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  }
  return total + section;
}

function readChinese(text: string): number | null {
  const point = text.indexOf('点');
  if (point < 0) {
    const isDigitString = [...text].every((ch) => CHINESE_DIGITS[ch] !== undefined);
    if (isDigitString) return [...text].length === 1 ? (CHINESE_DIGITS[text] ?? null) : readDigitString(text);
    return readChineseInteger(text);
  }
  // 三点五万: integer part, digits after 点 one by one, then an optional 万/亿 multiplier.
  const match = /^(.+?)点([^点万萬亿億]+)([万萬亿億]*)$/.exec(text);
  if (!match) return null;
  const [, integerText = '', fractionText = '', multipliers = ''] = match;
  const integer = readChineseInteger(integerText);
  const fraction = readDigitString(fractionText);
  if (integer === null || fraction === null) return null;
  let power = 0;
  for (const ch of multipliers) power += ARABIC_MULTIPLIERS[ch] ?? 0;
  const fractionDigits = [...fractionText].map((ch) => String(CHINESE_DIGITS[ch] ?? 0)).join('');
  return scaleDecimal(String(integer), fractionDigits, power);
}

/**
 * The number a whole text denotes, or null when it is not exactly one number.
 * "110" → 110, "11.3万" → 113000, "一百一十" → 110, "两千" → 2000, "三点五" → 3.5, "二〇二四" → 2024,
 * "壹佰贰拾" → 120, "1,200" → 1200, "１５" → 15. Surrounding whitespace is ignored.
 */
export function readChineseNumber(text: string): number | null {
  const trimmed = toHalfWidthDigits(text.trim());
  if (trimmed === '') return null;
  if (/^[0-9]/.test(trimmed)) return readArabic(trimmed);
  return readChinese(trimmed);
}
