/**
 * Turning the words around a number into a short label (新改建充电桩, 处置率). The word lists are what
 * livelihood notices use around targets; they only ever shorten a phrase taken from the source.
 */

/** Scope, time and framing words at the start of a phrase that say nothing about what is counted. */
const LEADING_WORDS = [
  '全年', '全区', '全市', '全县', '全镇', '年内', '今年', '当年', '年底前', '计划', '力争', '确保', '争取', '累计',
  '完成', '实现', '开展', '区级', '继续', '积极', '进一步', '持续', '按照', '免费', '其中', '含', '并', '同时',
  '且', '以及', '全面', '有序', '稳步', '着力', '切实',
];

/** Words that, left alone, frame a sentence without naming anything. */
const FRAMING_ONLY = new Set(['按照', '依据', '根据', '通过', '围绕', '对照']);

/** Predicate words at the end of a phrase, between what is counted and the number (处置率达到100%). */
const TRAILING_WORDS = [
  '均比上年提高', '均较上年提高', '比上年提高', '较上年提高', '比去年提高', '同比提高', '比上年增长', '较上年增长',
  '同比增长', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '增长至', '上调至', '上调到',
  '达到', '控制在', '保持在', '稳定在', '维持在', '保持', '维持', '不少于', '不低于', '至少', '超过', '分别', '提高', '提升', '增长', '上调',
  '总计', '共计', '累计', '均', '都', '达', '为', '到', '至', '共',
];

/** Verbs that may stand before the number when what is counted follows it (新建2处老年人食堂). */
const LEADING_VERBS = new Set([
  '建设', '新建', '改建', '扩建', '新改建', '改扩建', '建成', '打造', '举办', '开展', '实施', '完成', '培训', '安装',
  '改造', '新增', '增设', '配备', '创建', '培育', '发放', '提供', '组织', '招募', '开通', '更新', '购置', '设立',
  '设置', '新开', '开设', '建立', '选派', '招录', '救助', '资助', '筛查', '引进', '评选', '认定', '修缮', '维修',
  '提升', '整治', '治理', '新开工', '落实', '举行', '承办', '推出', '打通', '铺设', '栽植', '种植', '回收', '处置',
  '接种', '检测', '抽检', '走访', '帮扶', '慰问', '安置', '招生', '收治', '惠及', '覆盖', '服务', '带动', '吸纳',
  '帮助', '支持', '扶持', '新建改造', '建设改造', '提升改造', '改造提升',
]);

/** Generic verbs dropped from a label: 开展心理辅导筛查 is labelled 心理辅导筛查. */
const GENERIC_VERBS = new Set(['开展', '完成', '实现', '组织', '实施', '落实', '举行']);

/** Prepositions before the number: 为8名…开展, 对20户…进行. */
const PREPOSITION = /^(?:免费|无偿)?(?:为|对|给|向|帮助|帮扶|组织)(?:全区|全市|全县|全镇|辖区|全体)?$/;

/** A place before the number (推进G237国道沿线3个镇卫生院…): what is counted follows the number. */
const LOCATIVE_END = /(?:沿线|沿岸|周边|周围|辖区内?|境内|范围内|区域内|城区内)$/;

/** The verb inside a noun phrase after the number, splitting who is served from what they get. */
const SERVICE_VERB = /(进行|开展|提供|实施|实现|落实|发放|安装|配备|配置|开通|建立)/;
const KEPT_SERVICE_VERBS = new Set(['发放', '安装', '配备', '配置', '开通', '建立']);

/** Dates and batches that open a phrase (2024年, 12月底前, 第一批) and name no target. */
const LEADING_DATE =
  /^(?:(?:19|20)\d{2}年度?(?:底前|前|内|底)?|(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|份|中旬|上旬|下旬)?(?:前|内)?|第[一二三四五六七八九十\d]+批次?)[，,]?/;

function stripRepeatedly(text: string, words: readonly string[], atStart: boolean): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    rest = rest.trim();
    const year = atStart ? LEADING_DATE.exec(rest) : null;
    if (year !== null) {
      rest = rest.slice(year[0].length);
      changed = true;
      continue;
    }
    for (const word of words) {
      const hit = atStart ? rest.startsWith(word) : rest.endsWith(word);
      // Never strip a word that is the whole phrase: 新增 alone stays a verb, not an empty label.
      if (hit && rest.length > word.length) {
        rest = atStart ? rest.slice(word.length) : rest.slice(0, -word.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** The leading scope and framing words of a phrase removed (全区新改建充电桩 → 新改建充电桩). */
export function stripLeadingWords(phrase: string): string {
  return stripRepeatedly(phrase, LEADING_WORDS, true);
}

/** The phrase before a number reduced to what is counted: 全年完成区级食品安全抽检检测 → 食品安全抽检检测. */
export function labelBeforeNumber(phrase: string): string {
  let label = stripRepeatedly(stripRepeatedly(phrase, TRAILING_WORDS, false), LEADING_WORDS, true);
  label = stripRepeatedly(label, TRAILING_WORDS, false);
  // What is left may be framing only (计划为 → 计划, 继续按照 → 按照): then nothing names the target here.
  return LEADING_WORDS.includes(label) || FRAMING_ONLY.has(label) ? '' : afterEnumeration(label);
}

/** 旧管网、水表等供水设施改造 → 供水设施改造: the examples before 等 do not name the target. */
function afterEnumeration(label: string): string {
  const at = label.lastIndexOf('等');
  const rest = at >= 0 ? label.slice(at + 1) : '';
  return rest.length >= 2 && !/^(?:级|次|同|待|候)/.test(rest) ? rest : label;
}

/** True when the words before a number are only a verb or preposition, so the counted noun follows it. */
export function isVerbOnly(label: string): boolean {
  return label === '' || LEADING_VERBS.has(label) || PREPOSITION.test(label) || LOCATIVE_END.test(label);
}

/**
 * The head of a noun phrase: what follows the last 的 (群众乐于参与的文化活动 → 文化活动). A bare head of
 * two characters keeps its first short modifier (独居且行动不便瘫痪在床的老人 → 独居老人).
 */
function headNoun(phrase: string): string {
  const at = phrase.lastIndexOf('的');
  const head = at >= 0 ? phrase.slice(at + 1) : phrase;
  if (at < 0 || head.length < 2) return phrase;
  const modifier = phrase.slice(0, at).split(/[且、和及与]/)[0] ?? '';
  return head.length <= 2 && modifier.length <= 4 && modifier.length < at ? `${modifier}${head}` : head;
}

/**
 * The label when what is counted follows the number: 建设 + 2家 + 中心村卫生室 → 建设中心村卫生室;
 * 对 + 20户 + 失能…家庭进行适老化和智能化改造 → 失能…家庭适老化和智能化改造 (who, then what they get).
 */
export function labelAroundNumber(verb: string, nounPhrase: string): string {
  const split = SERVICE_VERB.exec(nounPhrase);
  if (split !== null && split.index > 0) {
    const who = headNoun(nounPhrase.slice(0, split.index).replace(/(?:免费|无偿)$/, ''));
    const rest = afterEnumeration(nounPhrase.slice(split.index + split[0].length));
    return `${who}${KEPT_SERVICE_VERBS.has(split[0]) ? split[0] : ''}${rest}`;
  }
  const isVerb = LEADING_VERBS.has(verb) && !GENERIC_VERBS.has(verb);
  return `${isVerb ? verb : ''}${headNoun(nounPhrase)}`;
}

/** Leading verbs of a project name (深入推进居民长期护理保险 → 居民长期护理保险). */
const NAME_VERBS = [
  '深入推进', '持续推进', '加快推进', '全面推进', '推进', '加强', '强化', '提升', '提高', '实施', '开展', '建设', '深化',
  '完善', '持续', '做好', '推动', '实现', '优化', '扩大', '加大', '丰富', '改善', '保障', '落实', '促进', '新增',
  '增加', '举办', '免费开展', '免费', '深入', '全面',
];

/** What a project is about, from its name, to complete a label that is only a verb (覆盖 → 覆盖居民长期护理保险). */
export function nameTopic(projectName: string | undefined): string {
  if (projectName === undefined) return '';
  const topic = stripRepeatedly(projectName.replace(/\s+/g, ''), NAME_VERBS, true).replace(/(?:项目|工程|工作|行动)$/, '');
  return topic.length >= 2 ? topic : '';
}
