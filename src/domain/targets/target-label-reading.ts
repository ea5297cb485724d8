import type { QuantityMatch } from '../numbers/quantity.finder';
import type { ExtractTargetsOptions } from './extract-targets';
import { readTargetKind } from './target-kind';
import { headNoun, labelAroundNumber, labelBeforeNumber, listedBeforeNumber, nameTopic } from './target-label';
import { endsWithVerb, isConjunctionOnly, isVerbChain, isVerbOnly, leadingVerb, placeThenVerb } from './target-label-verbs';
import type { TargetKind } from './target.types';

/**
 * Reading the words around one number into target label(s): the counted noun after the measure word, the phrase
 * before the number, a per-unit standard, a measure of one thing, parallel labels. extract-targets.ts walks the
 * numbers of a content and calls readLabels for each.
 */

const SENTENCE_BREAK = /[。；;\n]/;
const NOUN_STOP = /[，,；;。：:！？!?\n（()）]/;
/** Measure nouns a project has of its own (总投资, 建筑面积, 全长): the amount belongs to the noun after 的. */
const MEASURE_NOUN_END = /(?:总投资|投资额|投资|总面积|建筑面积|占地面积|用地面积|面积|全长|总长度?|长度|总规模|规模|总库容|库容)$/;
/** 长/宽/高/深 ending a label (建设长), not the verbs 延长, 加宽, 增高. */
const DIMENSION_END = /(?<![延加增成拓放提])(?:长|宽|高|深)度?$/;
/** 的 after the number, past further dimensions of the same thing (长1575米宽40米的). */
const DIMENSIONS_THEN_DE = /^(?:[长宽高深]度?约?[0-9.]+(?:米|公里|千米))*的/;
const PEOPLE_UNIT = /^(?:人|户|名|人次|户次)$/;
const LENGTH_UNIT = /^(?:公里|千米|米|延米|延长米)$/;
/** A stretch named by its ends: 小河桥至花船子, 吉阳路—礼阳路. */
const ROUTE = /^[^、，,]{2,}(?:至|到|—|－|-)[^、，,]{2,}$/;

/** What the targets read before tell the next one, when its own words name nothing. */
export interface Carried {
  /** 改造老旧小区58个、2.25万户: a bare amount after 、 counts what the one before it counts */
  shared: string | null;
  /** 空间形象提升（约3000平方米）: an amount alone in brackets measures the phrase before them */
  bracketOwner: { label: string; start: number } | null;
  /** the measure noun left by the target before (总长度) */
  measure: string | null;
}

/**
 * The noun phrase right after the unit (2家中心村卫生室), up to punctuation or the next number that may be a
 * target. A closed bracket inside it belongs to it (人乳头瘤病毒(HPV)疫苗的女生); one it starts with does not.
 */
export function nounAfter(content: string, match: QuantityMatch, limit: number): string {
  let end = match.end;
  while (end < limit) {
    const ch = content[end] ?? '';
    if ((ch === '（' || ch === '(') && end > match.end) {
      const close = content.slice(end, limit).search(/[）)]/);
      const inside = close > 0 ? content.slice(end + 1, end + close) : '';
      if (close > 0 && !/[（(，,；;。\n]/.test(inside)) {
        end += close + 1;
        continue;
      }
    }
    if (NOUN_STOP.test(ch)) break;
    // 6条市政道路、建成天桥: a 、 or 并 followed by a verb starts the next task
    if ((ch === '、' || ch === '并') && leadingVerb(content.slice(end + 1, limit)) !== '') break;
    end += 1;
  }
  // A bracket closing the phrase glosses it (2个社区（光明社区、吉祥社区）): not part of what is counted.
  const phrase = content.slice(match.end, end).replace(/[（(][^（()）]*[）)]$/, '');
  if (/^[、的和及与]/.test(phrase) || phrase === '') return '';
  return phrase.replace(/[和及与、]+$/, '');
}

/** 发放助餐补贴 → 助餐补贴: the verb between a per-unit phrase and the number is not part of the label. */
function stripVerb(phrase: string): string {
  return phrase.replace(/^(?:发放|给予|享受|提供)/, '');
}

/** How one number reads as target(s): kind, label(s), the source span and the confidence so far. */
export interface LabelReading {
  kind: TargetKind;
  labels: string[];
  start: number;
  end: number;
  confidence: number;
  /** a measure noun between this number and the next one (1条总长度约25公里) */
  measureForNext?: string;
}

/**
 * 1条总长度约25公里，途经…的输水管道: the noun after the count is the measure of the next amount; what is counted
 * is named after the last 的 of the sentence. Returns that name and the measure, or null.
 */
function countBeforeMeasure(content: string, match: QuantityMatch, noun: string, nounLimit: number): { owner: string; measure: string } | null {
  const measure = MEASURE_NOUN_END.exec(noun);
  if (measure === null || match.end + noun.length !== nounLimit) return null;
  const prefix = noun.slice(0, noun.length - measure[0].length).replace(/的$/, '');
  if (prefix.length >= 2) return { owner: prefix, measure: measure[0] };
  const sentenceEnd = content.slice(nounLimit).search(SENTENCE_BREAK);
  const sentence = content.slice(nounLimit, sentenceEnd < 0 ? content.length : nounLimit + sentenceEnd);
  const at = sentence.lastIndexOf('的');
  const owner = at < 0 ? '' : sentence.slice(at + 1).replace(/[，,、\s]+$/, '');
  return owner.length >= 2 && owner.length <= 15 && !/[0-9，,]/.test(owner) ? { owner, measure: measure[0] } : null;
}

/**
 * A、B…分别 before parallel values: 城市、农村低保标准 → 城市低保标准, 农村低保标准
 * (short parallel modifiers share the rest of the last one); [] when the label is no such list.
 */
export function parallelLabels(label: string): string[] {
  const parts = label.split('、').filter((part) => part !== '');
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1] ?? '';
  const heads = parts.slice(0, -1);
  const length = heads[0]?.length ?? 0;
  const isModifierList = length <= 4 && heads.every((part) => part.length === length) && last.length > length + 1;
  if (isModifierList) return [...heads.map((part) => `${part}${last.slice(length)}`), last];
  return parts.every((part) => part.length >= 2) ? parts : [];
}

/**
 * Chooses the label and span of a number from the words around it: a frequency (每学期开展1次心理辅导筛查),
 * the counted noun after the number (建设2家中心村卫生室), a per-unit standard (每人每年2元), a bare verb
 * completed by the project name (覆盖约11.3万人), or — most often — the phrase before the number, split
 * when one predicate covers several labels (A、B均比上年提高7.5%).
 */
export function readLabels(
  content: string,
  match: QuantityMatch,
  clauseStart: number,
  nounLimit: number,
  baselineStart: number | null,
  options: ExtractTargetsOptions,
  carried: Carried = { shared: null, bracketOwner: null, measure: null },
): LabelReading {
  let start = clauseStart;
  const before = content.slice(start, baselineStart ?? match.start);
  const kind = readTargetKind(content.slice(start, match.start), match, content.slice(match.end));
  const noun = nounAfter(content, match, nounLimit);
  const reading = (labels: string[], end = match.end, confidence = 1): LabelReading => ({ kind: kind.kind, labels, start, end, confidence });

  const perStart = kind.perPhraseStart === null ? null : start + kind.perPhraseStart;
  const perEnd = kind.perPhraseEnd === null ? null : start + kind.perPhraseEnd;
  const namedAfterPer = perEnd !== null && !kind.isFrequency ? labelBeforeNumber(stripVerb(content.slice(perEnd, match.start))) : '';
  const labelText = perStart !== null && baselineStart === null ? content.slice(start, perStart) : before;
  const label = namedAfterPer !== '' ? namedAfterPer : labelBeforeNumber(labelText);
  // 建设、完善18处: a chain of verbs is one verb, not a list whose last item is the label
  const tailAt = isVerbChain(label) ? -1 : labelText.lastIndexOf('、');
  const tailLabel = tailAt >= 0 ? labelBeforeNumber(labelText.slice(tailAt + 1)) : label;

  const isBare = label === '' && perStart === null && baselineStart === null;
  if (isBare && noun === '' && carried.bracketOwner !== null) {
    start = carried.bracketOwner.start;
    return reading([carried.bracketOwner.label]);
  }
  if (isBare && noun === '' && carried.measure !== null) return reading([carried.measure]);
  if (isBare && noun === '' && carried.shared !== null) return reading([carried.shared]);

  if (kind.isFrequency && noun !== '') {
    start = perStart ?? start;
    return reading([labelAroundNumber('', noun)], match.end + noun.length, 0.6);
  }
  const topic = nameTopic(options.projectName);
  // 建成投用A、B等8家卫生院: the names are examples of what is counted; the label is the verb and the noun.
  const listed = kind.kind === 'quantity' && baselineStart === null ? listedBeforeNumber(labelText, match.value) : null;
  if (listed !== null && noun !== '') {
    return reading([labelAroundNumber(listed.verb, noun, labelText)], match.end + noun.length);
  }
  if (listed !== null) {
    // Nothing after the number names them: the project does, or the first example stands for the list.
    if (listed.verb !== '' && topic !== '') return reading([`${listed.verb}${topic}`], match.end, 0.9);
    return reading([`${listed.verb}${listed.first}等`], match.end, 0.7);
  }
  const beforeMeasure = noun !== '' && kind.kind === 'quantity' && isVerbOnly(tailLabel) ? countBeforeMeasure(content, match, noun, nounLimit) : null;
  if (beforeMeasure !== null) {
    if (tailAt >= 0) start += tailAt + 1;
    return { ...reading([labelAroundNumber(tailLabel, beforeMeasure.owner, labelText)], match.end + noun.length), measureForNext: beforeMeasure.measure };
  }
  // 在杭州主城区151所小学开展托管服务: a place after 在, then what is counted there
  const place = /^在([^，,、的]{2,8})$/.exec(tailLabel)?.[1] ?? '';
  if (noun !== '' && place !== '' && leadingVerb(place) === '' && kind.kind === 'quantity') {
    if (tailAt >= 0) start += tailAt + 1;
    return reading([`${place}${labelAroundNumber('', noun, labelText)}`], match.end + noun.length);
  }
  if (noun !== '' && isVerbOnly(tailLabel) && kind.kind !== 'standard') {
    if (tailAt >= 0) start += tailAt + 1;
    // …村居广播室和752只喇叭: the conjunction joins the list, the target starts at the number.
    if (isConjunctionOnly(tailLabel)) start = match.start;
    return reading([labelAroundNumber(tailLabel, noun, labelText)], match.end + noun.length);
  }
  // 总投资7.58亿元的县医院迁建项目: an amount of something's own measure, named by what it belongs to.
  // 建设长1575米宽40米的休闲绿道: each dimension of the noun after 的 (休闲绿道长, 休闲绿道宽).
  const measure = MEASURE_NOUN_END.exec(label) ?? DIMENSION_END.exec(label);
  const ownerAt = DIMENSIONS_THEN_DE.exec(content.slice(match.end))?.[0].length ?? 0;
  if (measure !== null && kind.kind === 'quantity' && ownerAt > 0) {
    const owner = nounAfter(content, { ...match, end: match.end + ownerAt }, ownerAt === 1 ? nounLimit : content.length);
    // the span stops before a further dimension, which is a target of its own
    if (owner.length >= 2) return reading([`${owner}${measure[0]}`], ownerAt === 1 ? match.end + 1 + owner.length : match.end);
  }
  // 4万人的饮水不安全问题: people counted by what is done for them, named after 的
  if (PEOPLE_UNIT.test(match.unit) && kind.kind === 'quantity' && content[match.end] === '的' && !isVerbOnly(label)) {
    const owner = headNoun(nounAfter(content, { ...match, end: match.end + 1 }, nounLimit));
    if (owner.length >= 2) return reading([owner], match.end + 1 + owner.length);
  }
  // 秦南路A桥至B路3.4公里道路拓宽改造工程: a stretch of road, then what is built on it
  if (LENGTH_UNIT.test(match.unit) && kind.kind === 'quantity' && ROUTE.test(label) && noun.length >= 2) {
    return reading([`${label}${headNoun(noun)}`], match.end + noun.length);
  }
  // 城区再新建1个农贸市场: a short place before the verb stays, the counted noun follows the number.
  const placed = noun !== '' && kind.kind === 'quantity' ? placeThenVerb(tailLabel) : null;
  if (placed !== null) {
    if (tailAt >= 0) start += tailAt + 1;
    return reading([`${placed.place}${labelAroundNumber(placed.verb, noun)}`], match.end + noun.length);
  }
  // 为80周岁以上老年人投保2.5万份意外伤害保险: a phrase ending in its verb, then what the verb gives.
  if (noun !== '' && kind.kind === 'quantity' && perStart === null && baselineStart === null && endsWithVerb(label)) {
    return reading([`${label}${headNoun(noun)}`], match.end + noun.length);
  }
  // 实现90%以上的建制村通公交: a share of what follows 的.
  if (kind.kind === 'rate' && isVerbOnly(label) && content[match.end] === '的') {
    const owner = nounAfter(content, { ...match, end: match.end + 1 }, nounLimit);
    if (owner.length >= 2) return reading([owner], match.end + 1 + owner.length);
  }
  // 随迁子女在常住地100%保障入学: a share followed by what it is a share of.
  if (kind.kind === 'rate' && label !== '' && !isVerbOnly(label) && /^(?![并和及与且或、的])[\u4e00-\u9fff“]/.test(noun) && noun.length <= 10) {
    return reading([`${label}${noun}`], match.end + noun.length);
  }
  if (label === '' && perStart !== null) {
    // 每人每年2元 with nothing before it: the per-unit phrase itself names the standard.
    start = perStart;
    const per = content.slice(perStart, match.start).trim();
    return reading([topic !== '' ? `${topic}（${per}）` : `${per}标准`]);
  }
  // 完成培训8万人次 in 开展劳动者职业技能培训: the project names what the bare verb does.
  if (label !== '' && topic.includes(label)) return reading([topic], match.end, 0.9);
  if (isVerbOnly(label)) {
    const fallback = /^(?:人|名|人次|户)$/.test(match.unit) ? '人数' : '数量';
    return reading([`${label}${topic !== '' ? topic : fallback}`], match.end, topic !== '' ? 0.9 : 0.6);
  }
  const isDistributed = /(?:均|都)[^、]*$/.test(before) && label.includes('、');
  const parts = label.split('、').map(labelBeforeNumber);
  return reading(isDistributed && parts.every((part) => part.length >= 2) ? parts : [label]);
}

/** Another value right after this one (40种和30种, 90%、85%): the values of a 分别 list. */
