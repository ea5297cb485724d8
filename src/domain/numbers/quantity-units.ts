/**
 * The measure words (量词) and units that follow a number in livelihood notices. Longer units come
 * first where they share a start (人次 before 人, 平方米 before 米) — the finder takes the longest match.
 */

/** Counts of things, people and events: a target is a count of these. */
export const COUNT_UNITS = [
  '个百分点',
  '人次',
  '批次',
  '户次',
  '台次',
  '车次',
  '架次',
  '场次',
  '课时',
  '学时',
  '床位',
  '座',
  '个',
  '处',
  '家',
  '人',
  '批',
  '场',
  '户',
  '名',
  '所',
  '间',
  '张',
  '台',
  '套',
  '辆',
  '条',
  '项',
  '支',
  '次',
  '件',
  '棵',
  '株',
  '盏',
  '只',
  '床',
  '例',
  '位',
  '班',
  '期',
  '栋',
  '幢',
  '片',
  '部',
  '口',
  '块',
  '组',
  '类',
  '份',
  '册',
  '本',
  '门',
  '趟',
  '宗',
  '孔',
  '眼',
  '根',
  '把',
  '头',
  '篇',
  '节',
  '轮',
  '届',
  '笔',
  '列',
  '穴',
  '种',
  '对',
  '层',
  '村',
] as const;

/** Measures of length, area, volume, weight, power and money. */
export const MEASURE_UNITS = [
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '方',
  '公里',
  '千米',
  '标准延米',
  '延长米',
  '延米',
  '米',
  '公顷',
  '亩',
  '平米',
  '吨',
  '千克',
  '公斤',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '元',
  '倍',
] as const;

/** Time spans and dates: never a target on their own (三年行动计划, 15分钟健身圈, 6月底). */
export const TIME_UNITS = ['个工作日', '个小时', '个月', '周岁', '年度', '小时', '分钟', '工作日', '年', '月', '日', '天', '周', '秒', '岁', '号'] as const;

/** Units after which the number is a rank or grade, not an amount (一级, 3A级, 五星级). */
export const RANK_UNITS = ['星级', '级', '星', '等'] as const;

/** Every unit the finder recognises, longest first. */
export const ALL_UNITS: readonly string[] = [...COUNT_UNITS, ...MEASURE_UNITS, ...TIME_UNITS, ...RANK_UNITS].sort((a, b) => b.length - a.length);

const TIME_UNIT_SET = new Set<string>(TIME_UNITS);
const RANK_UNIT_SET = new Set<string>(RANK_UNITS);
const COMMON_UNIT_SET = new Set<string>([
  '座',
  '个',
  '处',
  '家',
  '人',
  '人次',
  '批次',
  '场',
  '户',
  '名',
  '公里',
  '平方米',
  '所',
  '条',
  '辆',
  '套',
  '项',
  '次',
  '间',
  '张',
  '台',
  '元',
  '片',
  '部',
  '期',
  '班',
  '千米',
  '米',
  '亩',
  '吨',
  '个百分点',
]);

/** True for units of time (年, 个月, 分钟…), which make a duration or a date, not a target. */
export function isTimeUnit(unit: string): boolean {
  return TIME_UNIT_SET.has(unit);
}

/** True for units of rank (级, 星级), which make a grade, not an amount. */
export function isRankUnit(unit: string): boolean {
  return RANK_UNIT_SET.has(unit);
}

/** True for the units notices use all the time; a rarer unit lowers the confidence of a target. */
export function isCommonUnit(unit: string): boolean {
  return COMMON_UNIT_SET.has(unit) || unit === '%';
}

/**
 * Words that begin with a measure word but are not one (统一部署 is no "一部", 三部门联合 no "三部"):
 * after a number these mean the number belongs to an ordinary word.
 */
const WORDS_NOT_UNITS = [
  '部门',
  '部署',
  '部分',
  '部位',
  '名单',
  '名称',
  '名义',
  '项目',
  '批准',
  '批复',
  '条件',
  '条例',
  '家庭',
  '家属',
  '所有',
  '所属',
  '场所',
  '户籍',
  '台账',
  '期间',
  '班子',
  '支持',
  '支付',
  '处理',
  '处置',
  '次性',
  '件事',
  '类型',
  '间隔',
  '套餐',
  '张贴',
  '份额',
  '本地',
  '门槛',
  '门诊',
  '节点',
  '组织',
  '口径',
  '站式',
];

/** The longest unit that starts `text` at `offset`, or '' when none does (or it begins an ordinary word). */
export function unitAt(text: string, offset: number): string {
  if (WORDS_NOT_UNITS.some((word) => text.startsWith(word, offset))) return '';
  for (const unit of ALL_UNITS) {
    if (text.startsWith(unit, offset)) return unit;
  }
  return '';
}
