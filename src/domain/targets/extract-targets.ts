import { simplifyNoticeText } from '../notice/traditional-text';
import { findQuantities } from '../numbers/quantity.finder';
import type { QuantityMatch } from '../numbers/quantity.finder';
import { isCommonUnit } from '../numbers/quantity-units';
import { splitContentSegments } from './sub-item.splitter';
import type { ContentSegment } from './sub-item.splitter';
import { nonTargetReason } from './target-filter';
import { headNoun, labelBeforeNumber, withBalancedQuotes } from './target-label';
import { stripLeadingWords } from './target-label-strip';
import { isVerbChain, isVerbOnly, leadingVerb } from './target-label-verbs';
import type { ExtractedMilestone, ExtractedTarget, TargetExtraction } from './target.types';
import { parallelLabels, readLabels } from './target-label-reading';
import type { Carried } from './target-label-reading';

/** Context that improves labels; extraction works without it. */
export interface ExtractTargetsOptions {
  /** the project's name: completes a label that is only a verb (覆盖约11.3万人 → 覆盖居民长期护理保险) */
  projectName?: string;
}

const CLAUSE_BREAK = /[，,；;。：:！？!?\n（()）]/;
const SENTENCE_BREAK = /[。；;\n]/;
const YEAR_PREFIX = /^(?:19|20)\d{2}年度?(?:底前|前|内|底)?[，,]?/;
const RESTATED = /^的?(?:任务目标|目标任务|工作目标|目标要求|目标)/;
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

function minConfidence(...values: number[]): number {
  return Math.min(1, ...values);
}

function readSegment(content: string, segment: ContentSegment, firstIndex: number, options: ExtractTargetsOptions): ExtractedTarget[] {
  const state: SegmentState = {
    targets: [],
    lastTopLevel: null,
    childScope: null,
    previousEnd: segment.bodyStart,
    baselineStart: null,
    respectively: [],
    measureForNext: null,
  };
  const matches = findQuantities(content).filter((match) => match.numberStart >= segment.bodyStart && match.numberStart < segment.bodyEnd);
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
