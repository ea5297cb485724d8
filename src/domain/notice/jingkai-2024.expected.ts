/**
 * The units of every project of the seed notice (济开管发〔2024〕1号), written by hand from the document,
 * for tests of every reader (txt, docx, xlsx, CLI). Index = seq − 1.
 */
const ECONOMY = '区经济发展局';
const CONSTRUCTION = '区城乡建设和交通局';
const NATURAL_RESOURCES = '市自然资源和规划局经开区分局';
const TUANLI = '疃里镇';
const MAJI = '马集镇';
const HEALTH = '市卫健委经开区管理办公室';
const FINANCE = '区财政局';
const ORGANISATION = '区组织部（人力资源部）';
const EDUCATION = '市教育局经开区分局';
const SOCIAL = '区社会事业中心';
const LOGISTICS = '市商贸物流园区管理服务中心物流服务部';
const TOWNS = [TUANLI, MAJI];

export const JINGKAI_2024_UNITS: ReadonlyArray<{ seq: number; leadUnits: string[]; coUnits: string[] }> = [
  { seq: 1, leadUnits: [ECONOMY], coUnits: [CONSTRUCTION, NATURAL_RESOURCES, TUANLI, MAJI, '区供电中心', '济宁祥城投资集团有限公司'] },
  { seq: 2, leadUnits: [HEALTH], coUnits: [FINANCE] },
  { seq: 3, leadUnits: [HEALTH], coUnits: [ORGANISATION, ECONOMY, EDUCATION, TUANLI, MAJI] },
  { seq: 4, leadUnits: [HEALTH], coUnits: [...TOWNS] },
  { seq: 5, leadUnits: [HEALTH], coUnits: [] },
  { seq: 6, leadUnits: ['区市场监管中心'], coUnits: [...TOWNS] },
  { seq: 7, leadUnits: [ORGANISATION], coUnits: [FINANCE, ...TOWNS] },
  { seq: 8, leadUnits: [ORGANISATION], coUnits: [...TOWNS] },
  { seq: 9, leadUnits: [SOCIAL], coUnits: [FINANCE, ...TOWNS] },
  { seq: 10, leadUnits: [SOCIAL], coUnits: [FINANCE, ...TOWNS] },
  { seq: 11, leadUnits: [SOCIAL], coUnits: [CONSTRUCTION, FINANCE, ...TOWNS] },
  { seq: 12, leadUnits: [SOCIAL], coUnits: [FINANCE, ...TOWNS] },
  { seq: 13, leadUnits: [SOCIAL], coUnits: [FINANCE, ...TOWNS] },
  { seq: 14, leadUnits: [SOCIAL], coUnits: [FINANCE, ...TOWNS] },
  { seq: 15, leadUnits: [SOCIAL], coUnits: [FINANCE, ...TOWNS] },
  { seq: 16, leadUnits: [SOCIAL], coUnits: [FINANCE, ...TOWNS] },
  { seq: 17, leadUnits: ['区农业服务中心'], coUnits: [TUANLI] },
  { seq: 18, leadUnits: [CONSTRUCTION], coUnits: [TUANLI] },
  { seq: 19, leadUnits: [CONSTRUCTION], coUnits: [NATURAL_RESOURCES, FINANCE, TUANLI] },
  { seq: 20, leadUnits: [EDUCATION], coUnits: [ORGANISATION, FINANCE, '区金融和国资管理局'] },
  { seq: 21, leadUnits: [EDUCATION], coUnits: [HEALTH] },
  { seq: 22, leadUnits: [EDUCATION], coUnits: [...TOWNS] },
  { seq: 23, leadUnits: [EDUCATION], coUnits: [FINANCE, '区行政审批服务局', NATURAL_RESOURCES] },
  { seq: 24, leadUnits: ['区应急管理中心'], coUnits: [FINANCE, '市公安局经开区分局', ...TOWNS] },
  { seq: 25, leadUnits: [SOCIAL, '市消防救援支队济东大队'], coUnits: [FINANCE, ...TOWNS] },
  { seq: 26, leadUnits: [LOGISTICS], coUnits: [NATURAL_RESOURCES, ...TOWNS] },
  { seq: 27, leadUnits: [LOGISTICS], coUnits: [TUANLI] },
];

/** Names of a few projects as the notice writes them (wrapped lines joined). */
export const JINGKAI_2024_NAMES: Readonly<Record<number, string>> = {
  1: '方便群众新能源汽车充电',
  2: '免费开展孕妇外周血胎儿游离DNA产前筛查和产前诊断',
  3: '丰富托位供给降低托育费用',
  7: '深入推进居民长期护理保险',
  15: '加强困难群众救助保障',
  24: '实施政府灾害民生综合保险项目',
  25: '为独居老人安装火灾探测报警器',
  26: '建设“四好农村路”',
  27: '提升公交出行服务',
};
