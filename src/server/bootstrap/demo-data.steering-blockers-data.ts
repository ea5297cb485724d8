import type { BlockerKind } from '../db/schema';

/** A green-channel request of a demo blocker to a co-unit (by name); its state follows from the dates. */
export interface DemoRequest {
  coUnit: string;
  on: string;
  text: string;
  dueDays?: number;
  acceptedOn?: string;
  answer?: { on: string; text: string };
  closedOn?: string;
}

/** A demo 堵点卡点; its status follows: finished → resolved/closed, requests or escalation → in_progress, else open. */
export interface DemoBlocker {
  key: string;
  /** keyword of the project name */
  project: string;
  kind: BlockerKind;
  raisedOn: string;
  time?: string;
  /** raised from this week's weekly update */
  week?: string;
  description: string;
  neededFrom: string;
  escalatedOn?: string;
  requests: DemoRequest[];
  finish?: { outcome: 'resolved' | 'closed'; on: string; text: string; bySupervisor?: boolean };
}

export const DEMO_BLOCKERS: DemoBlocker[] = [
  {
    key: 'insurance-data',
    project: '灾害民生综合保险',
    kind: 'coordination',
    raisedOn: '2024-03-12',
    description: '投保需常住人口和户数底数，公安、镇街数据口径不一致，保险公司无法出具保单。',
    neededFrom: '市公安局经开区分局、疃里镇、马集镇',
    requests: [
      {
        coUnit: '市公安局经开区分局',
        on: '2024-03-12',
        text: '请提供截至2023年底的辖区常住人口和户数统计数据（分镇）。',
        acceptedOn: '2024-03-13',
        answer: { on: '2024-03-15', text: '已提供分镇常住人口和户数数据，并与两镇核对一致。' },
        closedOn: '2024-03-18',
      },
    ],
    finish: { outcome: 'resolved', on: '2024-03-20', text: '人口户数底数已确认，保险公司3月20日出具保单。' },
  },
  {
    key: 'road-permit',
    project: '城乡基础设施',
    kind: 'approval',
    raisedOn: '2024-04-16',
    time: '09:20',
    description: '嘉兴路（S338以北路段）道路新建工程规划许可未办结，无法办理施工许可。',
    neededFrom: '市自然资源和规划局经开区分局',
    requests: [
      {
        coUnit: '市自然资源和规划局经开区分局',
        on: '2024-04-16',
        text: '请对嘉兴路（S338以北路段）建设工程规划许可开辟绿色通道，并联审查。',
        dueDays: 5,
        acceptedOn: '2024-04-17',
        answer: { on: '2024-04-22', text: '规划许可证已核发（并联审查，5个工作日办结）。' },
        closedOn: '2024-04-23',
      },
    ],
    finish: { outcome: 'resolved', on: '2024-04-26', text: '规划许可和施工许可均已取得，4月28日开工。' },
  },
  {
    key: 'charging-power',
    project: '充电',
    kind: 'coordination',
    raisedOn: '2024-06-07',
    time: '15:05',
    description: '3处小区充电站点变压器容量不足，需电力增容后才能通电，部分物业对安装有顾虑。',
    neededFrom: '区供电中心、疃里镇',
    requests: [
      {
        coUnit: '区供电中心',
        on: '2024-06-07',
        text: '请对3处充电站点的用电增容报装开辟绿色通道，优先勘察接电。',
        acceptedOn: '2024-06-11',
        answer: { on: '2024-06-14', text: '已完成现场勘察，增容方案确定，6月20日前完成接电。' },
        closedOn: '2024-06-21',
      },
    ],
    finish: { outcome: 'resolved', on: '2024-06-21', text: '3处站点增容接电完成，经镇街协调物业同意安装，已全部通电。' },
  },
  {
    key: 'clinic-housing',
    project: '乡村医疗',
    kind: 'coordination',
    raisedOn: '2024-07-19',
    week: '2024-W29',
    description: '中心村卫生室改造期间需临时业务用房，村里暂无合适场所，影响开工。',
    neededFrom: '疃里镇',
    requests: [
      {
        coUnit: '疃里镇',
        on: '2024-07-19',
        text: '请协调村集体提供临时诊疗用房，保障改造期间群众就医。',
        acceptedOn: '2024-07-22',
        answer: { on: '2024-07-25', text: '已协调村委会闲置办公用房作为临时诊室，7月29日可投用。' },
        closedOn: '2024-07-30',
      },
    ],
    finish: { outcome: 'resolved', on: '2024-08-02', text: '临时诊室已启用，卫生室改造工程8月1日开工。' },
  },
  {
    key: 'elderly-venue',
    project: '社区养老服务设施',
    kind: 'other',
    raisedOn: '2024-05-21',
    description: '原拟租用的养老服务场所产权人变更，租赁合同无法签订。',
    neededFrom: '区城乡建设和交通局',
    requests: [],
    finish: { outcome: 'closed', on: '2024-06-04', text: '经研究改在社区综合服务中心一楼实施，原场所不再使用，该堵点不再存在。' },
  },
  {
    key: 'rural-road-funds',
    project: '四好农村路',
    kind: 'funding',
    raisedOn: '2024-08-06',
    description: '上级“四好农村路”补助资金尚未下达，第二批路段招标需先落实资金来源。',
    neededFrom: '区财政局',
    requests: [],
    finish: { outcome: 'closed', on: '2024-08-20', text: '经督查室核实，第二批路段资金已纳入区财政年度预算统筹，不再构成堵点。', bySupervisor: true },
  },
  {
    key: 'sports-land',
    project: '体育基础设施',
    kind: 'land',
    raisedOn: '2024-09-06',
    week: '2024-W36',
    time: '16:30',
    description: '室外连片综合健身区选址地块涉及用地性质调整，室内健身综合体审批手续未办理，项目无法开工。',
    neededFrom: '市自然资源和规划局经开区分局、区行政审批服务局、区财政局',
    escalatedOn: '2024-09-26',
    requests: [
      {
        coUnit: '市自然资源和规划局经开区分局',
        on: '2024-09-06',
        text: '请就室外连片综合健身区选址出具用地意见，明确是否需调整用地性质。',
        acceptedOn: '2024-09-09',
        answer: { on: '2024-09-12', text: '选址地块可按公共体育设施临时使用，已出具用地意见。' },
      },
      { coUnit: '区行政审批服务局', on: '2024-09-20', text: '请对室内健身综合体项目立项和施工许可开辟绿色通道，并联办理。', acceptedOn: '2024-09-23' },
      { coUnit: '区财政局', on: '2024-10-11', text: '申请追加健身设施采购及安装资金，请予审核。' },
    ],
  },
  {
    key: 'canteen-fire',
    project: '老年人食堂',
    kind: 'approval',
    raisedOn: '2024-09-27',
    week: '2024-W39',
    description: '马集镇老年人食堂消防验收手续未办结，运营补贴资金未到位，无法按期试运营。',
    neededFrom: '马集镇、区财政局',
    requests: [
      {
        coUnit: '区财政局',
        on: '2024-09-27',
        text: '请审核拨付老年人食堂运营补贴资金（首批）。',
        acceptedOn: '2024-09-29',
        answer: { on: '2024-09-30', text: '首批运营补贴资金已审核，国庆后拨付。' },
        closedOn: '2024-10-09',
      },
      { coUnit: '马集镇', on: '2024-10-08', text: '请协调消防部门尽快对马集镇老年人食堂开展消防验收。' },
    ],
  },
  {
    key: 'water-outage',
    project: '农村供水',
    kind: 'coordination',
    raisedOn: '2024-09-13',
    week: '2024-W37',
    description: '光明社区旧管网改造需分段停水，部分群众有抵触情绪，施工推进缓慢。',
    neededFrom: '疃里镇',
    requests: [
      {
        coUnit: '疃里镇',
        on: '2024-09-13',
        text: '请组织社区干部入户做好停水解释工作，并协调临时供水。',
        acceptedOn: '2024-09-14',
        answer: { on: '2024-09-19', text: '已逐户发放停水告知书，安排送水车分时段送水，群众情绪平稳。' },
      },
    ],
  },
  {
    key: 'bus-terminal',
    project: '公交出行',
    kind: 'land',
    raisedOn: '2024-08-23',
    description: '疃里镇公交首末站选址地块权属未理清，站场建设无法启动。',
    neededFrom: '疃里镇',
    requests: [{ coUnit: '疃里镇', on: '2024-10-11', text: '请协调确认首末站地块权属，并出具同意使用意见。', acceptedOn: '2024-10-14' }],
  },
  {
    key: 'culture-funds',
    project: '群众文化活动',
    kind: 'funding',
    raisedOn: '2024-10-11',
    week: '2024-W41',
    time: '17:20',
    description: '下半年群众文化活动经费尚未拨付，两镇已暂停部分场次，全年140场目标完成难度大。',
    neededFrom: '区财政局',
    requests: [],
  },
  {
    key: 'kindergarten-air',
    project: '公办幼儿园',
    kind: 'other',
    raisedOn: '2024-10-14',
    time: '11:45',
    description: '新建幼儿园2间教室室内空气检测甲醛超标，需通风治理后复检，学位启用时间推迟。',
    neededFrom: '',
    requests: [],
  },
];
