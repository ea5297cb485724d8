/**
 * Turning the words around a number into a short label (新改建充电桩, 处置率). The word lists are what
 * livelihood notices use around targets; they only ever shorten a phrase taken from the source.
 */

/** Scope, time and framing words at the start of a phrase that say nothing about what is counted. */
const LEADING_WORDS = [
  '*',
  '＊',
  '★',
  '※',
  '全年',
  '全区',
  '全市',
  '全县',
  '全镇',
  '年内',
  '今年',
  '当年',
  '年底前',
  '计划',
  '力争',
  '确保',
  '争取',
  '累计',
  '完成',
  '实现',
  '开展',
  '区级',
  '继续',
  '积极',
  '进一步',
  '持续',
  '按照',
  '免费',
  '其中',
  '含',
  '并',
  '同时',
  '且',
  '以及',
  '全面',
  '有序',
  '稳步',
  '着力',
  '切实',
];

/** Words that, left alone, frame a sentence without naming anything. */
const FRAMING_ONLY = new Set(['按照', '依据', '根据', '通过', '围绕', '对照']);

/** Predicate words at the end of a phrase, between what is counted and the number (处置率达到100%). */
const TRAILING_WORDS = [
  '均比上年提高',
  '均较上年提高',
  '比上年提高',
  '较上年提高',
  '比去年提高',
  '同比提高',
  '比上年增长',
  '较上年增长',
  '同比增长',
  '扩大到',
  '扩大至',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增加到',
  '增加至',
  '增长到',
  '增长至',
  '上调至',
  '上调到',
  '按照平均',
  '平均',
  '达到',
  '控制在',
  '保持在',
  '稳定在',
  '维持在',
  '保持',
  '维持',
  '不少于',
  '不低于',
  '至少',
  '超过',
  '分别',
  '提高',
  '提升',
  '增长',
  '上调',
  '总计',
  '共计',
  '累计',
  '均',
  '都',
  '达',
  '为',
  '到',
  '至',
  '共',
];

/** Verbs that may stand before the number when what is counted follows it (新建2处老年人食堂). */
const LEADING_VERBS = new Set([
  '建设',
  '新建',
  '改建',
  '扩建',
  '新改建',
  '改扩建',
  '建成',
  '打造',
  '举办',
  '开展',
  '实施',
  '完成',
  '培训',
  '安装',
  '改造',
  '新增',
  '增设',
  '配备',
  '创建',
  '培育',
  '发放',
  '提供',
  '组织',
  '招募',
  '开通',
  '更新',
  '购置',
  '设立',
  '设置',
  '新开',
  '开设',
  '建立',
  '选派',
  '招录',
  '救助',
  '资助',
  '筛查',
  '引进',
  '评选',
  '认定',
  '修缮',
  '维修',
  '提升',
  '整治',
  '治理',
  '新开工',
  '落实',
  '举行',
  '承办',
  '推出',
  '打通',
  '铺设',
  '栽植',
  '种植',
  '回收',
  '处置',
  '接种',
  '检测',
  '抽检',
  '走访',
  '帮扶',
  '慰问',
  '安置',
  '招生',
  '收治',
  '惠及',
  '覆盖',
  '服务',
  '带动',
  '吸纳',
  '帮助',
  '支持',
  '扶持',
  '新建改造',
  '建设改造',
  '提升改造',
  '改造提升',
  '建成投用',
  '建成投运',
  '建成使用',
  '开工建设',
  '投用',
  '开工',
  '续建',
  '启动建设',
  '启动',
  '改善',
  '运行',
  '开通运行',
  '新购置',
  '购买',
  '建好',
  '改扩',
  '完善',
  '推进',
  '推动',
  '加装',
  '增配',
  '投保',
]);

/** Generic verbs dropped from a label: 开展心理辅导筛查 is labelled 心理辅导筛查. */
const GENERIC_VERBS = new Set(['开展', '完成', '实现', '组织', '实施', '落实', '举行', '推进', '推动']);

/** Prepositions before the number: 为8名…开展, 对20户…进行. */
const PREPOSITION = /^(?:免费|无偿)?(?:为|对|给|向|帮助|帮扶|组织|在)(?:全区|全市|全县|全镇|辖区|全体)?$/;

/** A place before the number (推进G237国道沿线3个镇卫生院…): what is counted follows the number. */
const LOCATIVE_END = /(?:沿线|沿岸|周边|周围|辖区内?|境内|范围内|区域内|城区内)$/;

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
/** Conjunctions that may stand alone before a number in a list (…、376个广播室和752只喇叭). */
const CONJUNCTION_ONLY = /^(?:和|及|与|以及|或|并|、)$/;

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
      // Never strip a word that is the whole phrase: 新增 alone stays a verb, not an empty label; nor leave
      // one character of a word it opens (完成率 stays 完成率, not 率).
      if (hit && rest.length > word.length + (atStart ? 1 : 0)) {
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

/** Leading verbs of a project name (深入推进居民长期护理保险 → 居民长期护理保险). */
const NAME_VERBS = [
  '深入推进',
  '持续推进',
  '加快推进',
  '全面推进',
  '推进',
  '加强',
  '强化',
  '提升',
  '提高',
  '实施',
  '开展',
  '建设',
  '深化',
  '完善',
  '持续',
  '做好',
  '推动',
  '实现',
  '优化',
  '扩大',
  '加大',
  '丰富',
  '改善',
  '保障',
  '落实',
  '促进',
  '新增',
  '增加',
  '举办',
  '免费开展',
  '免费',
  '深入',
  '全面',
];

/** What a project is about, from its name, to complete a label that is only a verb (覆盖 → 覆盖居民长期护理保险). */
export function nameTopic(projectName: string | undefined): string {
  // a name that is itself a task sentence ("新建中小学15所、改扩建8所") names no topic
  if (projectName === undefined || /[0-9０-９、，,。；;]/.test(projectName) || projectName.length > 20) return '';
  const topic = stripRepeatedly(projectName.replace(/\s+/g, ''), NAME_VERBS, true).replace(/(?:项目|工程|工作|行动)$/, '');
  return topic.length >= 2 ? topic : '';
}
