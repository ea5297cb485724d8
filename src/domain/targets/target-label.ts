/**
 * Turning the words around a number into a short label (新改建充电桩, 处置率). The word lists
 * (target-label-words.ts) are what livelihood notices use around targets; they only ever shorten a phrase taken
 * from the source. Verbs at the edges of a phrase are read in target-label-verbs.ts.
 */

import { stripLeadingWords, stripRepeatedly } from './target-label-strip';
import { isVerbChain, leadingVerb } from './target-label-verbs';
import { FRAMING_ONLY, GENERIC_VERBS, LEADING_VERBS, LEADING_WORDS, NAME_VERBS, TRAILING_WORDS } from './target-label-words';

/** The verb inside a noun phrase after the number, splitting who is served from what they get. */
const SERVICE_VERB = /(进行|开展|提供|实施|实现|落实|发放|安装|配备|配置|开通|建立|打造)/;
const KEPT_SERVICE_VERBS = new Set(['发放', '安装', '配备', '配置', '开通', '建立', '打造']);
/**
 * 开展 and 实现 are kept for people or places served (为8名妇女开展“两癌”检查 → 妇女开展“两癌”检查, 帮助N名青年
 * 实现就业), not after 对, where the thing counted is what the work is done to (对10个路口开展“微改造” →
 * 路口“微改造”). 进行, 提供 and 实施 are light verbs whose object says it all (老人上门随访服务).
 */
const SERVED_VERBS = new Set(['开展', '实现']);
const OBJECT_BEFORE = /对(?:全区|全市|全县|全镇|辖区)?$/;
/** A verb followed by 工程/项目 names a works (空调安装工程): the phrase is one noun, not who + what. */
const NOMINAL_AFTER_VERB = /^(?:工程|项目|工作|活动)/;
/**
 * Verbs that change the counted thing itself (安装, 配备, 打造): when nothing or 对 stands before the number
 * (对28所食堂安装平台, 14个街道打造精品工程), what is counted is the thing, named by what is done to it.
 */
const THING_VERBS = new Set(['安装', '配备', '配置', '开通', '建立', '打造']);
/** 为/给 before the number: the counted are people served, named first (独居老人安装火灾探测报警器). */
const BENEFICIARY_BEFORE = /(?:为|给|帮助|帮|向|替)(?:全区|全市|全县|全镇|辖区|全体)?$/;

/** The phrase before a number reduced to what is counted: 全年完成区级食品安全抽检检测 → 食品安全抽检检测. */
export function labelBeforeNumber(phrase: string): string {
  // 改造提升, 新建改造提升: a chain of verbs keeps its last verb (提升 is no predicate before the number here)
  const leading = stripRepeatedly(phrase, LEADING_WORDS, true);
  if (isVerbChain(leading)) return leading;
  let label = stripRepeatedly(stripRepeatedly(phrase, TRAILING_WORDS, false), LEADING_WORDS, true);
  label = stripRepeatedly(dropLocativeFrame(label), LEADING_WORDS, true);
  label = stripRepeatedly(label, TRAILING_WORDS, false);
  // What is left may be framing only (计划为 → 计划, 继续按照 → 按照): then nothing names the target here.
  return LEADING_WORDS.includes(label) || FRAMING_ONLY.has(label) ? '' : afterEnumeration(dropYearAfterVerb(label));
}

/** 开设2022年暑托班 → 开设暑托班: a year right after the verb dates the task, it does not name it. */
function dropYearAfterVerb(label: string): string {
  const verb = leadingVerb(label);
  if (verb === '') return label;
  const year = /^(?:19|20)\d{2}年度?(?:的)?/.exec(label.slice(verb.length));
  const rest = year === null ? '' : label.slice(verb.length + year[0].length);
  return rest.length >= 2 ? `${verb}${rest}` : label;
}

/** 旧管网、水表等供水设施改造 → 供水设施改造: the examples before 等 do not name the target. */
function afterEnumeration(label: string): string {
  const at = label.lastIndexOf('等');
  const rest = at >= 0 ? label.slice(at + 1) : '';
  return rest.length >= 2 && !/^(?:级|次|同|待|候)/.test(rest) ? rest : label;
}

/** “新建5所公办幼儿园” read as a whole item: a quote left open or closed alone is dropped from its label. */
export function withBalancedQuotes(label: string): string {
  let result = label;
  if (/^[“"]/.test(result) && !/[”"]/.test(result.slice(1))) result = result.slice(1);
  if (/[”"]$/.test(result) && !/[“"]/.test(result.slice(0, -1))) result = result.slice(0, -1);
  // the whole task quoted (“新建公办幼儿园”): the quotes mark the item, not a name
  const whole = /^“([^“”]+)”$/.exec(result);
  return whole !== null && leadingVerb(whole[1] ?? '') !== '' ? (whole[1] ?? result) : result;
}

/**
 * 在龙亭镇实施农村公路生命防护工程 → 龙亭镇农村公路生命防护工程: a place framed by 在 and a verb is kept
 * with what is done there; the frame itself names nothing.
 */
const LOCATIVE_FRAME = /^在([^，,；;。、在]{2,10}?)(实施|建设|开展|推进|完成|新建|改造|建成|落实|打造|改建|扩建|新改建)(.{2,})$/;
function dropLocativeFrame(label: string): string {
  const frame = LOCATIVE_FRAME.exec(label);
  if (frame === null) return label;
  const place = stripLeadingWords(frame[1] ?? '');
  const verb = frame[2] ?? '';
  return `${LEADING_WORDS.includes(place) ? '' : place}${GENERIC_VERBS.has(verb) || verb === '推进' ? '' : verb}${frame[3] ?? ''}`;
}

/**
 * Names listed before the number that the number counts: examples closed by 等 (沿浦、宜山等8家, 人民大道等12条)
 * or as many names as the number says (西苑小区、金鑫二小区、宏昌小区三所). Returns the verb before the list
 * ('' when none) and the first name, or null when the phrase is no such list.
 */
export function listedBeforeNumber(phrase: string, value: number): { verb: string; first: string } | null {
  const trimmed = stripLeadingWords(phrase.trim());
  const verb = leadingVerb(trimmed);
  const list = trimmed.slice(verb.length);
  if (list.length < 2) return null;
  const items = list.replace(/等+$/, '').split(/[、和及与]/);
  const first = (items[0] ?? '').replace(/[（(][^（()）]*[）)]/g, '');
  if (/[^等]等$/.test(list) || /等等$/.test(list)) return { verb, first };
  const isName = (item: string) => item.length >= 2 && item.length <= 12 && !item.includes('等') && leadingVerb(item) === '';
  const endsWithVerb = [...LEADING_VERBS].some((word) => list.endsWith(word));
  const named = items.length >= 2 && items.length === value && items.every(isName) && !endsWithVerb;
  return named ? { verb, first } : null;
}

/** The last 的 of a phrase outside quotes (“家门口的青少年宫” is one name), -1 when none. */
function lastDeOutsideQuotes(phrase: string): number {
  let depth = 0;
  let found = -1;
  for (let i = 0; i < phrase.length; i += 1) {
    const ch = phrase[i] ?? '';
    if ('“‘「『《'.includes(ch)) depth += 1;
    else if ('”’」』》'.includes(ch) && depth > 0) depth -= 1;
    else if (ch === '的' && depth === 0) found = i;
  }
  return found;
}

/**
 * The head of a noun phrase: what follows the last 的 (群众乐于参与的文化活动 → 文化活动). A bare head of
 * two characters keeps its first short modifier (独居且行动不便瘫痪在床的老人 → 独居老人).
 */
export function headNoun(phrase: string): string {
  const at = lastDeOutsideQuotes(phrase);
  const head = at >= 0 ? phrase.slice(at + 1) : phrase;
  if (at < 0 || head.length < 2) return phrase;
  const modifier = phrase.slice(0, at).split(/[且、和及与]/)[0] ?? '';
  return head.length <= 2 && modifier.length <= 4 && modifier.length < at ? `${modifier}${head}` : head;
}

/**
 * The label when what is counted follows the number: 建设 + 2家 + 中心村卫生室 → 建设中心村卫生室;
 * 对 + 20户 + 失能…家庭进行适老化和智能化改造 → 失能…家庭适老化和智能化改造 (who, then what they get);
 * 对 + 28所 + 食堂安装验收平台 → 安装验收平台的食堂 (a thing, named by what is done to it). `before` is the
 * raw text before the number: after 为/给 the counted are people served, named first.
 */
export function labelAroundNumber(verb: string, nounPhrase: string, before = verb): string {
  const split = SERVICE_VERB.exec(nounPhrase);
  const isWorks = split !== null && NOMINAL_AFTER_VERB.test(nounPhrase.slice(split.index + split[0].length));
  if (split !== null && split.index > 0 && !isWorks) {
    const whoPhrase = nounPhrase.slice(0, split.index);
    const free = /(?:免费|无偿)$/.exec(whoPhrase)?.[0] ?? '';
    const who = headNoun(whoPhrase.slice(0, whoPhrase.length - free.length));
    const rest = afterEnumeration(nounPhrase.slice(split.index + split[0].length));
    const action = split[0];
    // 对28所食堂安装平台 → 安装平台的食堂: the thing counted, named by what is done to it.
    const forBeneficiary = BENEFICIARY_BEFORE.test(before.trim());
    if (THING_VERBS.has(action) && free === '' && !forBeneficiary && (verb === '' || /^对/.test(verb)) && rest.length >= 2) {
      return `${action}${rest}的${who}`;
    }
    const isKept = KEPT_SERVICE_VERBS.has(action) || (SERVED_VERBS.has(action) && !OBJECT_BEFORE.test(before.trim()));
    return `${who}${free}${isKept ? action : ''}${rest}`;
  }
  const isVerb = (LEADING_VERBS.has(verb) || isVerbChain(verb)) && !GENERIC_VERBS.has(verb);
  return `${isVerb ? verb : ''}${headNoun(nounPhrase)}`;
}

/** What a project is about, from its name, to complete a label that is only a verb (覆盖 → 覆盖居民长期护理保险). */
export function nameTopic(projectName: string | undefined): string {
  // a name that is itself a task sentence ("新建中小学15所、改扩建8所") names no topic
  if (projectName === undefined || /[0-9０-９、，,。；;]/.test(projectName) || projectName.length > 20) return '';
  const topic = stripRepeatedly(projectName.replace(/\s+/g, ''), NAME_VERBS, true).replace(/(?:项目|工程|工作|行动)$/, '');
  return topic.length >= 2 ? topic : '';
}
