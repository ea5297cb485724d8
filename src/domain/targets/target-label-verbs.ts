/**
 * Reading verbs at the edges of a phrase: the verb (or chain of verbs) that opens it, whether it is only a verb,
 * preposition or conjunction (then what is counted follows the number), a place before a verb.
 */

import { stripLeadingWords } from './target-label-strip';
import { LEADING_VERBS, LEADING_WORDS } from './target-label-words';

/** Prepositions before the number: 为8名…开展, 对20户…进行. */
const PREPOSITION = /^(?:免费|无偿)?(?:为|对|给|向|帮助|帮扶|组织|在)(?:全区|全市|全县|全镇|辖区|全体)?$/;

/** A place before the number (推进G237国道沿线3个镇卫生院…): what is counted follows the number. */
const LOCATIVE_END = /(?:沿线|沿岸|周边|周围|辖区内?|境内|范围内|区域内|城区内)$/;

/** Conjunctions that may stand alone before a number in a list (…、376个广播室和752只喇叭). */
const CONJUNCTION_ONLY = /^(?:和|及|与|以及|或|并|、)$/;

/** True when the words before a number are only a conjunction of a list (…和752只喇叭). */
export function isConjunctionOnly(label: string): boolean {
  return CONJUNCTION_ONLY.test(label);
}

/**
 * True when the words before a number are only a verb, a preposition or a conjunction, so the counted noun
 * follows it.
 */
export function isVerbOnly(label: string): boolean {
  return label === '' || LEADING_VERBS.has(label) || isVerbChain(label) || PREPOSITION.test(label) || LOCATIVE_END.test(label) || CONJUNCTION_ONLY.test(label);
}

function longestVerbAt(rest: string): string {
  let best = '';
  for (const candidate of LEADING_VERBS) {
    if (candidate.length > best.length && rest.startsWith(candidate)) best = candidate;
  }
  return best;
}

/** Joiners between verbs of one chain: 建设、完善, 实施并完成, 新建和改造. */
const VERB_JOINER = /^(?:、|并|和|及|与|或)/;

/**
 * The longest verb (or two chained: 开工 + 建设, 建成、改造) that opens a phrase, '' when none does. A joiner
 * (、 并 和) between two verbs belongs to the chain only when a verb follows it.
 */
export function leadingVerb(phrase: string): string {
  let verb = '';
  for (let rest = phrase, links = 0; links < 2; links += 1) {
    const joiner = links > 0 ? (VERB_JOINER.exec(rest)?.[0] ?? '') : '';
    const best = longestVerbAt(rest.slice(joiner.length));
    if (best === '') break;
    verb += joiner + best;
    rest = rest.slice(joiner.length + best.length);
  }
  return verb;
}

/**
 * True when a phrase is verbs only, chained directly or by a joiner (改造提升, 新建改造提升, 建设、完善,
 * 实施并完成): it stands before the number as one verb, and what is counted follows the number.
 */
export function isVerbChain(phrase: string): boolean {
  let rest = phrase;
  let count = 0;
  while (rest !== '') {
    const joiner = count > 0 ? (VERB_JOINER.exec(rest)?.[0] ?? '') : '';
    const verb = longestVerbAt(rest.slice(joiner.length));
    if (verb === '') return false;
    rest = rest.slice(joiner.length + verb.length);
    count += 1;
  }
  return count > 0;
}

/** True when a phrase ends with a verb of more than the verb alone (为老年人投保, 免费提供). */
export function endsWithVerb(phrase: string): boolean {
  for (const verb of LEADING_VERBS) {
    if (verb.length >= 2 && phrase.length > verb.length && phrase.endsWith(verb)) return true;
  }
  return false;
}

/** Adverbs between a place and its verb (城区再新建): not part of a label. */
const ADVERB_END = /(?:再次|继续|再|又|还|另|将|共|新)$/;

/**
 * A short place or scope, then a verb, right before the number (城区再新建1个农贸市场, 在A镇建设3处…):
 * returns the place (adverbs and 在 dropped) and the verb, or null when the phrase is not of that form.
 */
export function placeThenVerb(phrase: string): { place: string; verb: string } | null {
  for (let at = 1; at < phrase.length && at <= 8; at += 1) {
    const verb = phrase.slice(at);
    if (!LEADING_VERBS.has(verb)) continue;
    const place = stripLeadingWords(phrase.slice(0, at).replace(/^在/, '').replace(ADVERB_END, ''));
    if (/[、，,和及与的]/.test(place) || place.length > 6) return null;
    return { place: LEADING_WORDS.includes(place) ? '' : place, verb };
  }
  return null;
}
