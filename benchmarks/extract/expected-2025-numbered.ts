import type { ExpectedNotice } from './expected.types';

/**
 * Written by hand from fixtures/notice-2025-numbered.txt (invented 青阳区 notice, numbered paragraphs).
 * Judgement calls: 由每人每月820元提高到每人每月860元 has one target, the new standard (860元); ages
 * (65周岁, 35—64周岁, 80周岁), years (2000年前, 2025年), road codes (G237, S228) and route numbers
 * (12路, 25路) are no targets; 提供一次健康体检 is an article, not a count.
 */
export const NUMBERED_2025_EXPECTED: ExpectedNotice = {
  name: '青阳 2025（编号段落 txt）',
  file: 'notice-2025-numbered.txt',
  projects: [
    {
      seq: 1,
      targets: [
        { label: '新建、改扩建公办幼儿园', value: 3, unit: '所', kind: 'quantity' },
        { label: '新增公办学位', value: 1080, unit: '个', kind: 'quantity' },
        { label: '普惠性托班学位', value: 120, unit: '个', kind: 'quantity', parent: 1 },
      ],
      milestones: [],
    },
    {
      seq: 2,
      targets: [
        { label: '农村中小学校食堂改造', value: 12, unit: '所', kind: 'quantity' },
        { label: '更换护眼灯具', value: 2400, unit: '套', kind: 'quantity' },
      ],
      milestones: [],
    },
    {
      seq: 3,
      targets: [
        { label: '社区健身点', value: 40, unit: '个', kind: 'quantity' },
        { label: '笼式足球场', value: 6, unit: '片', kind: 'quantity' },
        { label: '经常参加体育锻炼人数比例', value: 45, unit: '%', kind: 'rate', min: true },
      ],
      milestones: [],
    },
    {
      seq: 4,
      targets: [
        { label: '文化惠民演出', value: 200, unit: '场', kind: 'quantity', min: true },
        { label: '接待群众', value: 350_000, unit: '人次', kind: 'quantity', approx: true },
      ],
      milestones: [],
    },
    {
      seq: 5,
      targets: [
        { label: '体检', value: 42_000, unit: '人', kind: 'quantity', min: true },
        { label: '老年人健康管理率', value: 72, unit: '%', kind: 'rate' },
      ],
      milestones: [],
    },
    {
      seq: 6,
      targets: [
        { label: '宫颈癌、乳腺癌筛查', value: 15_000, unit: '人次', kind: 'quantity' },
        { label: '目标人群筛查覆盖率', value: 90, unit: '%', kind: 'rate', min: true },
      ],
      milestones: [],
    },
    {
      seq: 7,
      targets: [
        { label: '村卫生室标准化建设', value: 8, unit: '家', kind: 'quantity' },
        { label: '镇卫生院发热门诊改造', value: 3, unit: '个', kind: 'quantity' },
      ],
      milestones: ['建设县域医共体远程会诊中心'],
    },
    {
      seq: 8,
      targets: [
        { label: '城市低保标准', value: 860, unit: '元', kind: 'standard' },
        { label: '农村低保标准', value: 6, unit: '%', kind: 'increase' },
      ],
      milestones: [],
    },
    {
      seq: 9,
      targets: [
        { label: '社区老年助餐点', value: 25, unit: '处', kind: 'quantity' },
        { label: '助餐补贴', value: 30, unit: '元', kind: 'standard' },
      ],
      milestones: [],
    },
    {
      seq: 10,
      targets: [
        { label: '城镇新增就业', value: 5600, unit: '人', kind: 'quantity' },
        { label: '城乡公益性岗位', value: 800, unit: '个', kind: 'quantity', approx: true },
        { label: '就业困难人员', value: 1200, unit: '名', kind: 'quantity' },
      ],
      milestones: [],
    },
    {
      seq: 11,
      targets: [
        { label: '城镇住房保障家庭租赁补贴', value: 600, unit: '户', kind: 'quantity', min: true },
        { label: '农村低收入群体危房改造', value: 120, unit: '户', kind: 'quantity' },
      ],
      milestones: [],
    },
    {
      seq: 12,
      targets: [
        { label: '新改建农村公路', value: 65.5, unit: '公里', kind: 'quantity' },
        { label: 'S228省道青阳段大中修', value: 12, unit: '公里', kind: 'quantity' },
        { label: '农村公路安全生命防护工程', value: 30, unit: '处', kind: 'quantity' },
      ],
      milestones: [],
    },
    {
      seq: 13,
      targets: [
        { label: '公交线路', value: 6, unit: '条', kind: 'quantity' },
        { label: '新能源公交车', value: 50, unit: '辆', kind: 'quantity' },
      ],
      milestones: [],
    },
    {
      seq: 14,
      targets: [
        { label: '老旧小区', value: 18, unit: '个', kind: 'quantity' },
        { label: '惠及居民', value: 6500, unit: '户', kind: 'quantity', approx: true },
        { label: '加装电梯', value: 20, unit: '部', kind: 'quantity', min: true },
      ],
      milestones: [],
    },
    {
      seq: 15,
      targets: [
        { label: '城区老旧供水管网改造', value: 18.6, unit: '公里', kind: 'quantity' },
        { label: '农村自来水普及率', value: 99, unit: '%', kind: 'rate' },
      ],
      milestones: ['新建青阳第二水厂配套管网工程'],
    },
  ],
};
