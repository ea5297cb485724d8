import { normaliseUnitName } from './unit-name';

/**
 * The unit clause of a numbered item, in the forms real notices use:
 * （牵头单位：…） （责任单位：…） （主办单位：…；协办单位：…） （牵头单位：A、B；共同责任单位：C）
 * 牵头领导：姓名，责任单位：… （a 牵头领导 is a person, never a unit）, and （A牵头，B、C配合）.
 */

const LEAD_KEYS = '牵头责任单位|主要责任单位|主体责任单位|牵头单位|牵头部门|主办单位|主办部门|主责单位|主责部门|承办单位|实施单位|责任单位|责任部门|责任主体';
const CO_KEYS = '共同责任单位|其他责任单位|配合单位|配合部门|协办单位|协办部门|参与单位|参与部门|协助单位|协同单位|协同部门|协作单位|配合责任单位|相关单位';
const PERSON_KEYS = '主管市领导|主管领导|牵头领导|责任领导|分管领导|牵头区领导|牵头市领导|牵头县领导|包保领导|联系领导|牵头负责人|主要责任人|主要负责人|责任人';
const KEY = new RegExp(`(${PERSON_KEYS}|${CO_KEYS}|${LEAD_KEYS})\\s*[:：]`, 'g');
const STRONG_LEAD = /^(牵头|主办|主责|主要|主体|承办)/;
/** "（区教育局牵头，区财政局、各镇配合）" */
const VERB_FORM = /[（(]([^（）()]{2,80}?)牵头[，,；;、\s]*(?:([^（）()]{2,200}?)(?:配合|协同|参与|协助|协办))?[）)]/;

/** The end of a unit name: what departments, towns and companies are called. */
export const UNIT_SUFFIX =
  /(局|委|办|院|部|中心|公司|政府|街道|镇|乡|队|所|站|会|处|厅|室|馆|行|集团|办事处|管委会|园区|园|区|县|市|社区|村|团|组|科|校|学校|医院|台|社|联|库|场|企业|单位|部门)$/;

/** how district departments and companies usually begin: tells a unit from the end of a person's name */
export const DEPARTMENT_START =
  /^(区|县|市|镇|乡|各|相关|教育|教体|民政|人社|住建|卫健|卫生|财政|交通|水利|水务|城管|公安|市场|生态|环保|自然|资规|规划|农业|农村|农业农村|商务|应急|医保|退役|司法|体育|文旅|文体|文广|文化|发改|工信|经信|科技|统计|审计|林业|税务|残联|妇联|团|总工会|工会|红十字|城投|供电|电力|消防|数据|大数据|行政|政务|气象|园林|环卫|机关|国资|融媒|宣传|组织|人武|街道|社区|经开|高新|开发|管委|投资|建设|城建|轨道|水投|国有|供水|燃气|邮政|移动|电信|联通|疾控|医院|人民|中心)/;

export interface UnitClause {
  lead: string[];
  co: string[];
  /** 牵头领导 and the like: people, kept for the record, never units */
  people: string[];
  /** offsets of the clause in the item text (with its brackets) */
  start: number;
  end: number;
  /** true when read from the weak "A牵头，B配合" form or a bare bracket of unit names */
  isGuessed: boolean;
  /** where an item closes each of its sub-tasks with its own clause: every clause's place, in order */
  parts?: Array<{ start: number; end: number }>;
}

const EMPTY_MARK = /^(无|\/|／|-|—|——|暂无|空)$/;

/** Splits a unit list written by people: 、，,；; / spaces between names, and 及/和 between two full names. */
export function splitUnitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth += 1;
    if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
    if (depth === 0 && /[、，,；;／\n\t]/.test(ch)) {
      parts.push(current);
      current = '';
    } else if (depth === 0 && /[\s\u3000]/.test(ch) && UNIT_SUFFIX.test(current.trim())) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const units: string[] = [];
  for (const part of parts) {
    for (const piece of splitConjunction(part)) {
      const name = normaliseUnitName(piece)
        .replace(/^(由|以|是)/, '')
        .replace(/(等|等单位|等部门|等相关单位)$/, '')
        .replace(/^[：:。.]+|[：:。.]+$/g, '');
      if (name === '' || EMPTY_MARK.test(name)) continue;
      const previous = units[units.length - 1];
      if (previous !== undefined && name.startsWith('（')) units[units.length - 1] = previous + name;
      else if (!units.includes(name)) units.push(name);
    }
  }
  return units;
}

function splitConjunction(part: string): string[] {
  const match = /^(.{2,}?)(?:及|和|与)(.{2,})$/.exec(part.trim());
  if (match === null || !UNIT_SUFFIX.test(match[1] ?? '') || !UNIT_SUFFIX.test(match[2] ?? '')) return [part];
  return [match[1] ?? '', ...splitConjunction(match[2] ?? '')];
}

/** Where the clause starts: at its opening bracket when the key sits right inside one. */
function clauseStart(text: string, keyAt: number): number {
  const before = text.slice(Math.max(0, keyAt - 3), keyAt);
  const bracket = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('), before.lastIndexOf('【'), before.lastIndexOf('['));
  return bracket >= 0 ? keyAt - before.length + bracket : keyAt;
}

/** The end of a keyed clause: its closing bracket, else the end of the text. */
function clauseEnd(text: string, start: number): number {
  const opener = text[start];
  if (opener === '（' || opener === '(' || opener === '【' || opener === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i += 1) {
      const ch = text[i] ?? '';
      if ('（(【['.includes(ch)) depth += 1;
      if ('）)】]'.includes(ch)) {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
  }
  return text.length;
}

function keyedClause(text: string): UnitClause | null {
  const keys = [...text.matchAll(KEY)];
  const first = keys[0];
  if (first === undefined) return null;
  const start = clauseStart(text, first.index);
  const end = clauseEnd(text, start);
  const inside = keys.filter((key) => key.index < end);
  const hasStrongLead = inside.some((key) => STRONG_LEAD.test(key[1] ?? '') && new RegExp(`^(${LEAD_KEYS})$`).test(key[1] ?? ''));
  const clause: UnitClause = { lead: [], co: [], people: [], start, end, isGuessed: false };
  inside.forEach((key, index) => {
    const valueEnd = Math.min(inside[index + 1]?.index ?? end, end);
    const value = text.slice(key.index + key[0].length, valueEnd).replace(/[）)】\]]\s*[。.；;]?\s*$/, '');
    const name = key[1] ?? '';
    if (new RegExp(`^(${PERSON_KEYS})$`).test(name)) {
      clause.people.push(
        ...value
          .split(/[、，,；;]/)
          .map((p) => p.trim())
          .filter((p) => p !== ''),
      );
    } else if (new RegExp(`^(${CO_KEYS})$`).test(name) || (hasStrongLead && /^责任/.test(name))) {
      clause.co.push(...splitUnitList(value).filter((unit) => !clause.co.includes(unit)));
    } else {
      clause.lead.push(...splitUnitList(value).filter((unit) => !clause.lead.includes(unit)));
    }
  });
  return clause;
}

/** A bracket at the very end holding only unit names: "…改造老旧小区12个。（区住建局、区财政局）". */
function bareUnitBracket(text: string): UnitClause | null {
  const match = /[（(]([^（）()]{2,120})[）)][。.；;\s]*$/.exec(text);
  if (match === null) return null;
  const units = splitUnitList(match[1] ?? '');
  if (units.length === 0 || !units.every((unit) => UNIT_SUFFIX.test(unit) && unit.length <= 30 && !/\d/.test(unit))) return null;
  // "活动功能区(红色教育区、党代表工作室)" explains a word; units in a bracket are departments, towns, companies
  if (units.filter((unit) => DEPARTMENT_START.test(unit)).length * 2 < units.length) return null;
  return { lead: units, co: [], people: [], start: match.index, end: text.length, isGuessed: true };
}

/**
 * Finds the unit clause of an item: the keyed form first, then "A牵头，B配合", then a trailing bracket of
 * unit names. Returns null when the item names no unit at all.
 */
export function findUnitClause(text: string): UnitClause | null {
  const keyed = keyedClause(text);
  if (keyed !== null) return withLaterClauses(text, keyed);
  const verb = VERB_FORM.exec(text);
  if (verb !== null) {
    return {
      lead: splitUnitList(verb[1] ?? ''),
      co: splitUnitList(verb[2] ?? ''),
      people: [],
      start: verb.index,
      end: verb.index + verb[0].length,
      isGuessed: true,
    };
  }
  return bareUnitBracket(text) ?? responsibleBy(text);
}

/** "由镇公路站负责的道路硬化项目", "由区住建局牵头负责": the unit a sentence names as responsible (a guess). */
function responsibleBy(text: string): UnitClause | null {
  const match = /由([^，,。；;的由]{2,24}?)(?:牵头)?负责/.exec(text);
  if (match === null) return null;
  const units = splitUnitList(match[1] ?? '');
  if (units.length === 0 || !units.every((unit) => UNIT_SUFFIX.test(unit) && !/\d/.test(unit))) return null;
  return { lead: units, co: [], people: [], start: match.index, end: match.index, isGuessed: true };
}

/**
 * "…工程建设。（牵头责任单位：水利局；配合单位：有关乡镇）。打造街头游园9个。（牵头责任单位：城管局…）": an item
 * whose sub-tasks each close with a bracketed clause has the units of all of them.
 */
function withLaterClauses(text: string, first: UnitClause): UnitClause {
  const parts = [{ start: first.start, end: first.end }];
  const merged: UnitClause = { ...first, lead: [...first.lead], co: [...first.co], people: [...first.people] };
  let from = first.end;
  while (from < text.length && /[（(【[]/.test(text[first.start] ?? '')) {
    const rest = text.slice(from);
    const next = keyedClause(rest);
    if (next === null || !/[（(【[]/.test(rest[next.start] ?? '')) break;
    parts.push({ start: from + next.start, end: from + next.end });
    for (const unit of next.lead) if (!merged.lead.includes(unit)) merged.lead.push(unit);
    for (const unit of next.co) if (!merged.co.includes(unit)) merged.co.push(unit);
    merged.people.push(...next.people.filter((person) => !merged.people.includes(person)));
    from += next.end;
  }
  if (parts.length === 1) return first;
  merged.co = merged.co.filter((unit) => !merged.lead.includes(unit));
  merged.end = parts[parts.length - 1]?.end ?? first.end;
  merged.parts = parts;
  return merged;
}

/** True when the text has a keyed unit clause (牵头单位：/责任单位：…). */
export function hasUnitKey(text: string): boolean {
  return new RegExp(`(${CO_KEYS}|${LEAD_KEYS})\\s*[:：]`).test(text);
}
