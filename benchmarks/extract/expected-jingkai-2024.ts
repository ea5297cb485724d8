import type { ExpectedNotice } from './expected.types';

/**
 * Written by hand from the 2024 notice of 济宁经济开发区 (fixtures/notice-2024-jingkai.txt), one entry per
 * project. Judgement calls: 每学期开展1次 (21) is a frequency kept as a `standard`; the 70% task target of
 * project 20 restates the 录取率 and is not a separate target; 一个试点社区 (18②) is a milestone.
 */
export const JINGKAI_2024_EXPECTED: ExpectedNotice = {
  name: '济开 2024（表格 txt）',
  file: 'notice-2024-jingkai.txt',
  projects: [
    { seq: 1, targets: [{ label: '新改建充电桩', value: 110, unit: '座', kind: 'quantity' }], milestones: [] },
    { seq: 2, targets: [], milestones: [] },
    {
      seq: 3,
      targets: [
        { label: '新增托位', value: 113, unit: '个', kind: 'quantity' },
        { label: '社区托位', value: 32, unit: '个', kind: 'quantity', parent: 0 },
        { label: '“乡村安心托”项目', value: 2, unit: '处', kind: 'quantity' },
      ],
      milestones: [],
    },
    { seq: 4, targets: [{ label: '中心村卫生室', value: 2, unit: '家', kind: 'quantity' }], milestones: [] },
    { seq: 5, targets: [{ label: '中医药干预基层工作站', value: 1, unit: '处', kind: 'quantity' }], milestones: [] },
    {
      seq: 6,
      targets: [
        { label: '食品安全抽检检测', value: 550, unit: '批次', kind: 'quantity' },
        { label: '处置率', value: 100, unit: '%', kind: 'rate' },
      ],
      milestones: [],
    },
    {
      seq: 7,
      targets: [{ label: '覆盖居民长期护理保险', value: 113_000, unit: '人', kind: 'quantity', approx: true }],
      milestones: [],
    },
    { seq: 8, targets: [{ label: '新增城镇就业', value: 1200, unit: '人', kind: 'quantity' }], milestones: [] },
    { seq: 9, targets: [{ label: '适老化和智能化改造', value: 20, unit: '户', kind: 'quantity' }], milestones: [] },
    { seq: 10, targets: [{ label: '老年人食堂', value: 2, unit: '处', kind: 'quantity' }], milestones: [] },
    {
      seq: 11,
      targets: [
        { label: '社区养老服务设施', value: 1, unit: '处', kind: 'quantity' },
        { label: '养老服务从业人员培训', value: 10, unit: '人次', kind: 'quantity' },
      ],
      milestones: [],
    },
    {
      seq: 12,
      targets: [{ label: '送戏下乡文化惠民演出', value: 150, unit: '场', kind: 'quantity', min: true }],
      milestones: [],
    },
    { seq: 13, targets: [{ label: '文化活动', value: 140, unit: '场', kind: 'quantity' }], milestones: [] },
    { seq: 14, targets: [{ label: '盲人按摩培训实训', value: 8, unit: '名', kind: 'quantity' }], milestones: [] },
    {
      seq: 15,
      targets: [
        { label: '城市低保标准', value: 7.5, unit: '%', kind: 'increase' },
        { label: '农村低保标准', value: 9.5, unit: '%', kind: 'increase' },
        { label: '孤困儿童基本生活保障标准', value: 7.5, unit: '%', kind: 'increase' },
        { label: '残疾人“两项补贴”标准', value: 7.5, unit: '%', kind: 'increase' },
        { label: '农村特困人员基本生活标准', value: 9.5, unit: '%', kind: 'increase' },
      ],
      milestones: ['擦亮“济时救·经心救”品牌'],
    },
    { seq: 16, targets: [{ label: '残疾儿童、孤独症儿童', value: 90, unit: '名', kind: 'quantity' }], milestones: [] },
    { seq: 17, targets: [{ label: '供水设施改造', value: 2, unit: '个', kind: 'quantity' }], milestones: [] },
    {
      seq: 18,
      targets: [
        { label: '物业企业项目经理培训', value: 36, unit: '人次', kind: 'quantity' },
        { label: '物业服务从业人员培训', value: 620, unit: '人次', kind: 'quantity' },
      ],
      milestones: ['推行一个试点社区成立“物管委”', '规范物业服务收费行为', '持续推广“经开区物业投诉平台”微信小程序'],
    },
    {
      seq: 19,
      targets: [],
      milestones: ['嘉兴路（S338以北路段、竹李路段）道路新建工程', '2024年供热管网工程', '2024年市政排水管网维护工程', '2024年路灯亮化工程'],
    },
    {
      seq: 20,
      targets: [
        { label: '普通高中招生', value: 1500, unit: '人', kind: 'quantity' },
        { label: '普通高中录取率', value: 70.5, unit: '%', kind: 'rate' },
      ],
      milestones: [],
    },
    { seq: 21, targets: [{ label: '心理辅导筛查', value: 1, unit: '次', kind: 'standard' }], milestones: [] },
    { seq: 22, targets: [{ label: '新增公办幼儿园学位', value: 180, unit: '个', kind: 'quantity' }], milestones: [] },
    {
      seq: 23,
      targets: [
        { label: '室外连片综合健身区和室内健身综合体', value: 4, unit: '处', kind: 'quantity' },
        { label: '经常参加体育锻炼人数比例', value: 44, unit: '%', kind: 'rate', approx: true },
        { label: '人均体育场地面积', value: 3.5, unit: '平方米', kind: 'quantity' },
      ],
      milestones: ['为尚未配备健身设施的社区进行配装'],
    },
    {
      seq: 24,
      targets: [
        { label: '每人每年', value: 2, unit: '元', kind: 'standard' },
        { label: '每户每年', value: 2, unit: '元', kind: 'standard' },
      ],
      milestones: [],
    },
    {
      seq: 25,
      targets: [{ label: '独居老人安装火灾探测报警器', value: 150, unit: '名', kind: 'quantity', approx: true }],
      milestones: [],
    },
    { seq: 26, targets: [{ label: '新改建“四好农村路”', value: 5.5, unit: '公里', kind: 'quantity' }], milestones: [] },
    {
      seq: 27,
      targets: [],
      milestones: ['增设嘉祥汽车站至济宁大安机场经开区站点项目', '在疃里镇设立公交首末站', '优化101公交线路'],
    },
  ],
};
