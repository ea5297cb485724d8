import type { QuantityMatch } from '../numbers/quantity.finder';
import type { TargetKind } from './target.types';

/** 每人每年, 每户每月, 每学期: a per-head or per-period rate right before the number makes it a standard. */
const PER_UNIT =
  /每(?:(?:人|户|名|位|生|床|亩|家|村|校|所|个|平方米|吨)?(?:每)?(?:学年|学期|季度|年|季|月|周|天|日|次)?|(?:学年|学期|季度|年|季|月)每(?:人|户|名|位|生|床|家|村|校|所|院|园|镇|站|个))$/;
/** 每人每月发放助餐补贴30元: a per-head amount of money named between the per-unit phrase and the number. */
const PER_HEAD_MONEY = /每(?:人|户|名|位|生|床|亩|家)(?:每(?:学年|学期|季度|年|季|月|周|天|日))?(?=(?:发放|补贴|补助|给予|享受|奖励|资助)[^，,；;。每]{0,10}$)/;
/**
 * 每学期开展1次, 每个小区组织开展1次演练 (per period, or per place with the verb that holds it): a frequency,
 * shown as a standard; a reviewer decides whether to track it.
 */
const FREQUENCY =
  /每(?:(?:学年|学期|季度|年|季|月|周|天|日)(?:至少|不少于)?(?:开展|组织|举办|进行|召开|检查|巡查|走访|更新)?|个?[\u4e00-\u9fff]{1,3}?(?:组织)?(?:开展|举办|进行|召开))$/;
const FREQUENCY_UNITS = new Set(['次', '场', '期', '轮', '遍']);
/** Raising a standard by x: 比上年提高7.5%, 提高20元 — not 提高到 (which names the level to reach). */
const RAISE = /(?:提高|增长|增加|上调|提升|增幅|涨幅)$/;
const RAISE_MONEY = /(?:比上年|较上年|同比)?(?:提高|上调|增加)$/;

/** How a number is read as a target, decided from the words right before it. */
export interface KindReading {
  kind: TargetKind;
  /** where the per-unit phrase (每人每年) starts, when there is one */
  perPhraseStart: number | null;
  /** where it ends; words between it and the number name the standard (每人每月发放助餐补贴30元) */
  perPhraseEnd: number | null;
  /** a frequency (每学期开展1次): kept as a standard, with lower confidence */
  isFrequency: boolean;
}

/**
 * The kind of a target: `increase` for a raise (比上年提高7.5%, 个百分点), `standard` for a per-unit rate
 * (每人每年2元, 2元/人) or a frequency, `rate` for other percentages, `quantity` otherwise.
 * `before` is the text of the clause up to the number's qualifier.
 */
export function readTargetKind(before: string, match: QuantityMatch, after: string): KindReading {
  const trimmed = before.trimEnd();
  const isShare = match.unit === '%' || match.unit === '‰';
  const plain = (kind: TargetKind): KindReading => ({ kind, perPhraseStart: null, perPhraseEnd: null, isFrequency: false });
  if (match.unit === '个百分点' || (isShare && RAISE.test(trimmed))) return plain('increase');
  if (match.unit === '元' && RAISE_MONEY.test(trimmed)) return plain('increase');
  const frequency = FREQUENCY_UNITS.has(match.unit) ? FREQUENCY.exec(trimmed) : null;
  if (frequency !== null) {
    return { kind: 'standard', perPhraseStart: frequency.index, perPhraseEnd: trimmed.length, isFrequency: true };
  }
  const perUnit = PER_UNIT.exec(trimmed) ?? (match.unit === '元' ? PER_HEAD_MONEY.exec(trimmed) : null);
  if (perUnit !== null && perUnit[0].length >= 2) {
    return { kind: 'standard', perPhraseStart: perUnit.index, perPhraseEnd: perUnit.index + perUnit[0].length, isFrequency: false };
  }
  if (/^[/／]/.test(after) || /[/／]/.test(match.unit)) return plain('standard');
  return plain(isShare ? 'rate' : 'quantity');
}
