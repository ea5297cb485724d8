import { simplifyNoticeText } from '../notice/traditional-text';
import { findQuantities } from '../numbers/quantity.finder';
import type { QuantityMatch } from '../numbers/quantity.finder';
import { isCommonUnit } from '../numbers/quantity-units';
import { splitContentSegments } from './sub-item.splitter';
import type { ContentSegment } from './sub-item.splitter';
import { nonTargetReason } from './target-filter';
import { readTargetKind } from './target-kind';
import { isConjunctionOnly, isVerbOnly, labelAroundNumber, labelBeforeNumber, listedBeforeNumber, nameTopic, placeThenVerb } from './target-label';
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
  const state: SegmentState = { targets: [], lastTopLevel: null, childScope: null, previousEnd: segment.bodyStart, baselineStart: null };
  const matches = findQuantities(content)
    .filter((match) => match.numberStart >= segment.bodyStart && match.numberStart < segment.bodyEnd);
  const reasons = matches.map((match) => nonTargetReason(content, match, segment.bodyStart));
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
  const tailAt = labelText.lastIndexOf('、');
  const tailLabel = tailAt >= 0 ? labelBeforeNumber(labelText.slice(tailAt + 1)) : label;

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
  if (noun !== '' && isVerbOnly(tailLabel) && kind.kind !== 'standard') {
    if (tailAt >= 0) start += tailAt + 1;
    // …村居广播室和752只喇叭: the conjunction joins the list, the target starts at the number.
    if (isConjunctionOnly(tailLabel)) start = match.start;
    return reading([labelAroundNumber(tailLabel, noun, labelText)], match.end + noun.length);
  }
  // 总投资7.58亿元的县医院迁建项目: an amount of something's own measure, named by what it belongs to.
  const measure = MEASURE_NOUN_END.exec(label);
  if (measure !== null && kind.kind === 'quantity' && content[match.end] === '的') {
    const owner = nounAfter(content, { ...match, end: match.end + 1 }, nounLimit);
    if (owner.length >= 2) return reading([`${owner}${measure[0]}`], match.end + 1 + owner.length);
  }
  // 城区再新建1个农贸市场: a short place before the verb stays, the counted noun follows the number.
  const placed = noun !== '' && kind.kind === 'quantity' ? placeThenVerb(tailLabel) : null;
  if (placed !== null) {
    if (tailAt >= 0) start += tailAt + 1;
    return reading([`${placed.place}${labelAroundNumber(placed.verb, noun)}`], match.end + noun.length);
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
  if (isVerbOnly(label)) {
    const fallback = /^(?:人|名|人次|户)$/.test(match.unit) ? '人数' : '数量';
    return reading([`${label}${topic !== '' ? topic : fallback}`], match.end, topic !== '' ? 0.9 : 0.6);
  }
  const isDistributed = /(?:均|都)[^、]*$/.test(before) && label.includes('、');
  const parts = label.split('、').map(labelBeforeNumber);
  return reading(isDistributed && parts.every((part) => part.length >= 2) ? parts : [label]);
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

  const reading = readLabels(content, match, start, nounLimit, state.baselineStart, options);
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
      label,
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
