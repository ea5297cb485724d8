import { simplifyNoticeText } from '../notice/traditional-text';
import { findQuantities } from '../numbers/quantity.finder';
import type { QuantityMatch } from '../numbers/quantity.finder';
import { isCommonUnit } from '../numbers/quantity-units';
import { splitContentSegments } from './sub-item.splitter';
import type { ContentSegment } from './sub-item.splitter';
import { nonTargetReason } from './target-filter';
import { readTargetKind } from './target-kind';
import {
  endsWithVerb,
  headNoun,
  isConjunctionOnly,
  isVerbChain,
  isVerbOnly,
  labelAroundNumber,
  labelBeforeNumber,
  leadingVerb,
  listedBeforeNumber,
  nameTopic,
  placeThenVerb,
  stripLeadingWords,
  withBalancedQuotes,
} from './target-label';
import type { ExtractedMilestone, ExtractedTarget, TargetExtraction, TargetKind } from './target.types';

/** Context that improves labels; extraction works without it. */
export interface ExtractTargetsOptions {
  /** the project's name: completes a label that is only a verb (覆盖约11.3万人 → 覆盖居民长期护理保险) */
  projectName?: string;
}

const CLAUSE_BREAK = /[，,；;。：:！？!?\n（()）]/;
const SENTENCE_BREAK = /[。；;\n]/;
const NOUN_STOP = /[，,；;。：:！？!?\n（()）]/;
const YEAR_PREFIX = /^(?:19|20)\d{2}年度?(?:底前|前|内|底)?[，,]?/;
/** Measure nouns a project has of its own (总投资, 建筑面积, 全长): the amount belongs to the noun after 的. */
const MEASURE_NOUN_END = /(?:总投资|投资额|投资|总面积|建筑面积|占地面积|用地面积|面积|全长|总长度?|长度|总规模|规模|总库容|库容)$/;
const RESTATED = /^的?(?:任务目标|目标任务|工作目标|目标要求|目标)/;
/** 长/宽/高/深 ending a label (建设长), not the verbs 延长, 加宽, 增高. */
const DIMENSION_END = /(?<![延加增成拓放提])(?:长|宽|高|深)度?$/;
/** 的 after the number, past further dimensions of the same thing (长1575米宽40米的). */
const DIMENSIONS_THEN_DE = /^(?:[长宽高深]度?约?[0-9.]+(?:米|公里|千米))*的/;
const PEOPLE_UNIT = /^(?:人|户|名|人次|户次)$/;
const LENGTH_UNIT = /^(?:公里|千米|米|延米|延长米)$/;
/** A stretch named by its ends: 小河桥至花船子, 吉阳路—礼阳路. */
const ROUTE = /^[^、，,]{2,}(?:至|到|—|－|-)[^、，,]{2,}$/;
/** 服务人次达200万以上, 用户数突破33万: a count noun names the amount; the unit is the one it counts. */
const COUNT_NOUN_BEFORE = /(人次|人数|(?<!用)户数|个数|次数|数|量)(?:达到|达|突破|超过|为)$/;
const UNIT_OF_COUNT_NOUN: Readonly<Record<string, string>> = { 人次: '人次', 人数: '人', 户数: '户', 个数: '个', 次数: '次' };

/** A large number written without a unit after a count noun (用户数突破33万): the target's unit, or null. */
function countNounUnit(content: string, match: QuantityMatch, from: number): string | null {
  if (match.isChineseNumeral || !/[万亿萬億]$/.test(match.numberText)) return null;
  const noun = COUNT_NOUN_BEFORE.exec(content.slice(Math.max(from, match.start - 12), match.start));
  return noun === null ? null : (UNIT_OF_COUNT_NOUN[noun[1] ?? ''] ?? '');
}

/** What is kept of one segment while reading it left to right. */
interface SegmentState {
  targets: ExtractedTarget[];
  /** index (in the whole list) of the last top-level target, for 其中 */
  lastTopLevel: number | null;
  /** 其中 opens a scope until the end of the sentence: its start and the parent index */
  childScope: { sentenceStart: number; parent: number } | null;
  /** end of the previous kept target, so two targets of one clause get their own spans */
  previousEnd: number;
  /** a 由…提高到 baseline just dropped: the label is taken from before it */
  baselineStart: number | null;
  /** A、B…分别达到 x 和 y: the labels still to give to the values that follow */
  respectively: string[];
  /** 1条总长度约25公里: the measure noun the next amount is of */
  measureForNext: string | null;
}

/** What the targets read before tell the next one, when its own words name nothing. */
interface Carried {
  /** 改造老旧小区58个、2.25万户: a bare amount after 、 counts what the one before it counts */
  shared: string | null;
  /** 空间形象提升（约3000平方米）: an amount alone in brackets measures the phrase before them */
  bracketOwner: { label: string; start: number } | null;
  /** the measure noun left by the target before (总长度) */
  measure: string | null;
}

/**
 * The last clause break before `to`, skipping a closed bracket pair: in 新开通（调整）公交线路6条 the clause
 * starts at 新开通, while a number inside brackets starts its own clause after the opening one.
 */
function lastClauseBreak(text: string, pattern: RegExp, from: number, to: number): number {
  let depth = 0;
  for (let i = to - 1; i >= from; i -= 1) {
    const ch = text[i] ?? '';
    if (ch === '）' || ch === ')') depth += 1;
    else if ((ch === '（' || ch === '(') && depth > 0) depth -= 1;
    else if (depth === 0 && pattern.test(ch)) return i;
  }
  return -1;
}

/**
 * The noun phrase right after the unit (2家中心村卫生室), up to punctuation or the next number that may be a
 * target. A closed bracket inside it belongs to it (人乳头瘤病毒(HPV)疫苗的女生); one it starts with does not.
 */
function nounAfter(content: string, match: QuantityMatch, limit: number): string {
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

function minConfidence(...values: number[]): number {
  return Math.min(1, ...values);
}

function readSegment(
  content: string,
  segment: ContentSegment,
  firstIndex: number,
  options: ExtractTargetsOptions,
): ExtractedTarget[] {
  const state: SegmentState = {
    targets: [],
    lastTopLevel: null,
    childScope: null,
    previousEnd: segment.bodyStart,
    baselineStart: null,
    respectively: [],
    measureForNext: null,
  };
  const matches = findQuantities(content)
    .filter((match) => match.numberStart >= segment.bodyStart && match.numberStart < segment.bodyEnd);
  const reasons = matches.map((match, i) => {
    const reason = nonTargetReason(content, match, segment.bodyStart);
    const unit = reason === 'no-unit' ? countNounUnit(content, match, segment.bodyStart) : null;
    if (unit === null) return reason;
    matches[i] = { ...match, unit };
    return null;
  });
  matches.forEach((match, i) => {
    const reason = reasons[i] ?? null;
    if (reason === 'baseline') state.baselineStart = content.lastIndexOf('由', match.start);
    if (reason !== null) return;
    // A year, ordinal or quoted name after the number (初中一年级, “15分钟健身圈”) does not end what is counted.
    const next = matches.findIndex((candidate, j) => j > i && (reasons[j] === null || reasons[j] === 'baseline'));
    const nextStart = matches[next]?.start ?? segment.bodyEnd;
    readMatch(content, segment, match, Math.min(nextStart, segment.bodyEnd), firstIndex, state, options);
    state.baselineStart = null;
  });
  return state.targets;
}

/** How one number reads as target(s): kind, label(s), the source span and the confidence so far. */
interface LabelReading {
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
function parallelLabels(label: string): string[] {
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
function readLabels(
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
const PARALLEL_VALUE_AFTER = /^\s*(?:和|及|与|、|，|,)\s*(?:约|不少于|不低于)?[0-9０-９一二三四五六七八九十两]/;

/**
 * 建成滨江公园人行天桥、改造老城区路灯120盏: a 、 followed by a verb, after a task of its own (verb and
 * noun), starts the task the number belongs to. A chain of verbs (建成、改造) is no task of its own.
 */
function afterLastTaskBreak(content: string, start: number, to: number): number {
  for (let i = to - 1; i > start; i -= 1) {
    if (content[i] !== '、' || leadingVerb(content.slice(i + 1, to)) === '') continue;
    const before = stripLeadingWords(content.slice(start, i));
    if (before !== '' && leadingVerb(before) !== '' && !isVerbChain(before)) return i + 1;
  }
  return start;
}

/** What the targets before pass on to this number (see Carried). */
function carriedInto(content: string, match: QuantityMatch, start: number, segment: ContentSegment, state: SegmentState): Carried {
  const last = state.targets[state.targets.length - 1];
  const gap = content.slice(state.previousEnd, match.start);
  const isBareAfterComma = last !== undefined && content.slice(start, match.start).trim() === '' && /^\s*、\s*$/.test(gap);
  let bracketOwner: Carried['bracketOwner'] = null;
  const open = start - 1;
  const closesAfter = /^[）)]/.test(content.slice(match.end));
  if ((content[open] === '（' || content[open] === '(') && closesAfter && content.slice(start, match.start).trim() === '') {
    const from = Math.max(state.previousEnd, segment.bodyStart);
    const clauseBreak = lastClauseBreak(content, CLAUSE_BREAK, from, open);
    const phraseStart = Math.max(clauseBreak + 1, from);
    const label = headNoun(labelBeforeNumber(content.slice(phraseStart, open)));
    if (label.length >= 2 && !isVerbOnly(label)) bracketOwner = { label, start: phraseStart };
  }
  return { shared: isBareAfterComma ? (last?.label ?? null) : null, bracketOwner, measure: state.measureForNext };
}

function readMatch(
  content: string,
  segment: ContentSegment,
  match: QuantityMatch,
  nounLimit: number,
  firstIndex: number,
  state: SegmentState,
  options: ExtractTargetsOptions,
): void {
  const clauseBreak = lastClauseBreak(content, CLAUSE_BREAK, segment.bodyStart, match.start);
  const sentenceBreak = lastClauseBreak(content, SENTENCE_BREAK, segment.bodyStart, match.start);
  const sentenceStart = sentenceBreak + 1 > segment.bodyStart ? sentenceBreak + 1 : segment.bodyStart;
  let start = Math.max(clauseBreak + 1, state.previousEnd, segment.bodyStart);
  while (/[、\s，,；;]/.test(content[start] ?? '') && start < match.start) start += 1;
  start = afterLastTaskBreak(content, start, match.start);
  const opener = /^(?:其中|含)/.exec(content.slice(start, match.start));
  if (opener !== null) {
    start += opener[0].length;
    if (state.lastTopLevel !== null) state.childScope = { sentenceStart, parent: state.lastTopLevel };
  }
  const year = YEAR_PREFIX.exec(content.slice(start, match.start));
  if (year !== null) start += year[0].length;
  if (state.childScope !== null && state.childScope.sentenceStart !== sentenceStart) state.childScope = null;

  const after = content.slice(match.end);
  const isRestated = RESTATED.test(after);
  const sameUnitBefore = state.targets.some((target) => target.unit === match.unit);
  if (isRestated && sameUnitBefore) return;

  const carried = carriedInto(content, match, start, segment, state);
  const reading = readLabels(content, match, start, nounLimit, state.baselineStart, options, carried);
  state.measureForNext = reading.measureForNext ?? null;
  // A、B…分别达到40种和30种: each value gets its own label from the list
  const pending = state.respectively.shift();
  if (pending !== undefined && /^\s*(?:和|及|与|、|，|,)?\s*$/.test(content.slice(state.previousEnd, match.start))) {
    reading.labels = [pending];
    reading.kind = state.targets[state.targets.length - 1]?.kind ?? reading.kind;
  } else {
    state.respectively = [];
    const parallel = reading.labels.length === 1 && /分别/.test(content.slice(start, match.start)) ? parallelLabels(reading.labels[0] ?? '') : [];
    if (parallel.length >= 2 && PARALLEL_VALUE_AFTER.test(content.slice(match.end))) {
      reading.labels = parallel.slice(0, 1);
      state.respectively = parallel.slice(1);
    }
  }
  let confidence = reading.confidence;
  if (match.upperValue !== undefined) confidence = minConfidence(confidence, 0.7);
  if (isRestated) confidence = minConfidence(confidence, 0.7);
  if (!isCommonUnit(match.unit)) confidence = minConfidence(confidence, 0.8);
  if (match.isMaximum) confidence = minConfidence(confidence, 0.8);
  if (content.lastIndexOf('（', match.start) > content.lastIndexOf('）', match.start) && opener === null) {
    confidence = minConfidence(confidence, 0.8);
  }

  const parent = state.childScope?.parent;
  for (const label of reading.labels) {
    const target: ExtractedTarget = {
      label: withBalancedQuotes(label),
      value: match.value,
      unit: match.unit,
      kind: reading.kind,
      min: match.isMinimum,
      approx: match.isApproximate,
      text: content.slice(reading.start, reading.end),
      confidence,
    };
    if (parent !== undefined) target.parent = parent;
    state.targets.push(target);
    if (parent === undefined) state.lastTopLevel = firstIndex + state.targets.length - 1;
  }
  state.previousEnd = reading.end;
}

/**
 * Reads the measurable targets and the milestones out of a project's 项目内容及工作目标.
 * Sub-items (①②, ⑴, （1）, 1.) are read one by one; a sub-item without a target becomes a milestone.
 * Each target keeps the exact source span in `text` (content.indexOf(text) finds it), and a target read
 * after 其中 points to the one it is part of through `parent`.
 */
export function extractTargets(original: string, options: ExtractTargetsOptions = {}): TargetExtraction {
  // A Traditional notice (萬元, 戶) is read in Simplified form; labels and spans go back to its own characters.
  const simple = simplifyNoticeText(original);
  if (simple.text !== original) {
    const projectName = options.projectName === undefined ? undefined : simplifyNoticeText(options.projectName).text;
    const found = extractTargets(simple.text, { ...options, ...(projectName === undefined ? {} : { projectName }) });
    return {
      targets: found.targets.map((t) => ({ ...t, label: simple.restore(t.label), unit: simple.restore(t.unit), text: simple.restore(t.text) })),
      milestones: found.milestones.map((m) => ({ title: simple.restore(m.title), text: simple.restore(m.text) })),
    };
  }
  const content = original;
  const targets: ExtractedTarget[] = [];
  const milestones: ExtractedMilestone[] = [];
  for (const segment of splitContentSegments(content)) {
    const found = readSegment(content, segment, targets.length, options);
    targets.push(...found);
    if (found.length === 0 && segment.marker !== null) {
      const text = content.slice(segment.bodyStart, segment.bodyEnd);
      milestones.push({ title: text.replace(/\s*\n\s*/g, ''), text });
    }
  }
  return { targets, milestones };
}
