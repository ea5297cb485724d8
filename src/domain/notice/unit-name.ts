/** What kind of organisation a unit is; drives grouping in the units directory. */
export type UnitKind = 'department' | 'town' | 'enterprise' | 'external';

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
/** \s covers the ideographic space U+3000 and NBSP; zero-width characters are added explicitly. */
const ANY_WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]+/g;

/**
 * Canonical spelling of a unit name, so that "区组织部 (人力资源部)" and "区组织部（人力资源部）" are one unit:
 * half-width parentheses become full-width, every whitespace is removed, full-width letters and digits
 * become half-width.
 */
export function normaliseUnitName(raw: string): string {
  return raw
    .replace(ANY_WHITESPACE, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .trim();
}

/**
 * A best guess of the unit kind from its name; an administrator can correct it later.
 * Towns end in 镇/乡/街道 (optionally followed by 人民政府/办事处); companies contain 公司/集团;
 * units of the city or province dispatched to the district (市…/省…, 支队/大队) are external.
 */
export function guessUnitKind(name: string): UnitKind {
  const unit = normaliseUnitName(name);
  if (/(镇|乡|街道)(人民政府|政府|办事处)?$/.test(unit)) return 'town';
  if (/公司|集团/.test(unit)) return 'enterprise';
  if (/^[市省]/.test(unit) || /支队|大队/.test(unit)) return 'external';
  return 'department';
}

/** Separators people type between several units written on one line (outside parentheses). */
const INLINE_SEPARATORS = new Set(['、', '，', ',', '；', ';']);

function splitOutsideParentheses(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line) {
    if (ch === '（' || ch === '(') depth += 1;
    if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
    if (depth === 0 && INLINE_SEPARATORS.has(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function hasOpenParenthesis(name: string): boolean {
  const opened = (name.match(/（/g) ?? []).length;
  const closed = (name.match(/）/g) ?? []).length;
  return opened > closed;
}

/**
 * The units of one table cell, one per line. A line that starts with an opening parenthesis ("（人力资源部）")
 * or follows an unclosed parenthesis continues the previous unit. Units separated by 、 or ， on one line
 * are split. Names are normalised; duplicates within the cell are kept once, in first-seen order.
 */
export function splitUnitCell(lines: string[]): string[] {
  const units: string[] = [];
  for (const line of lines) {
    for (const part of splitOutsideParentheses(line)) {
      const name = normaliseUnitName(part);
      if (name === '') continue;
      const previous = units[units.length - 1];
      if (previous !== undefined && (name.startsWith('（') || hasOpenParenthesis(previous))) {
        units[units.length - 1] = previous + name;
      } else {
        units.push(name);
      }
    }
  }
  return units.filter((unit, index) => units.indexOf(unit) === index);
}
