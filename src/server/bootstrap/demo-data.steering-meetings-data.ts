/** A 交办事项 of a demo meeting; owner is a unit name or 'lead' (the lead unit of its project). */
export interface DemoActionItem {
  title: string;
  owner: string;
  deadline: string;
  /** keyword of one of the meeting's projects */
  project?: string;
  done?: { on: string; evidence: string; bySupervisor?: boolean };
}

export interface DemoMeeting {
  kind: 'weekly' | 'topic';
  date: string;
  host: string;
  /** weekly: the lead unit recording it */
  hostUnit?: string;
  /** topic: who called it */
  by?: 'demo-leader' | 'demo-leader2' | 'demo-leader3' | 'supervisor';
  attendees: string;
  minutes: string;
  projects: string[];
  items: DemoActionItem[];
}

const SOCIAL = '区社会事业中心';
const HEALTH = '市卫健委经开区管理办公室';
const EDU = '市教育局经开区分局';
const BUILD = '区城乡建设和交通局';
const LOGISTICS = '市商贸物流园区管理服务中心物流服务部';

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    kind: 'weekly',
    date: '2024-09-02',
    host: '区社会事业中心 刘主任',
    hostUnit: SOCIAL,
    attendees: '区社会事业中心各科室负责人，疃里镇、马集镇分管同志',
    projects: ['困难老年人', '老年人食堂', '社区养老服务设施'],
    minutes:
      '逐项听取养老类民生实事进展。适老化改造第一批10户已完工；疃里镇老年人食堂装修完成八成，马集镇食堂设备未进场；社区养老服务设施装修按计划推进。会议要求各责任人对照序时进度倒排工期，9月底前形成实物工作量。',
    items: [
      {
        title: '完成第二批10户适老化改造入户评估',
        owner: 'lead',
        project: '困难老年人',
        deadline: '2024-09-13',
        done: { on: '2024-09-12', evidence: '入户评估表10份，改造清单已经老人及家属签字确认。' },
      },
      {
        title: '马集镇老年人食堂完成厨房设备安装调试',
        owner: '马集镇',
        project: '老年人食堂',
        deadline: '2024-09-20',
        done: { on: '2024-09-19', evidence: '设备安装调试完成，燃气、排烟通过检测，附验收单和现场照片3张。' },
      },
      {
        title: '社区养老服务设施装修工程完工',
        owner: 'lead',
        project: '社区养老服务设施',
        deadline: '2024-09-30',
        done: { on: '2024-09-27', evidence: '装修工程竣工验收记录，适老化设施配置清单。' },
      },
    ],
  },
  {
    kind: 'topic',
    date: '2024-09-12',
    host: '赵副区长',
    by: 'demo-leader2',
    attendees: '区社会事业中心、区财政局、疃里镇、马集镇、市消防救援支队济东大队',
    projects: ['老年人食堂', '独居老人', '困难老年人'],
    minutes:
      '专题调度养老服务类民生实事。会议指出老年人食堂建设滞后于序时进度，要求财政资金9月20日前拨付到位，两镇落实运营主体，确保国庆前后试运营；独居老人火灾报警器安装要同步做好使用培训和回访。',
    items: [
      {
        title: '拨付老年人食堂建设补助资金',
        owner: '区财政局',
        project: '老年人食堂',
        deadline: '2024-09-20',
        done: { on: '2024-09-19', evidence: '资金拨付凭证（建设补助首批），已到镇财政账户。' },
      },
      { title: '落实马集镇老年人食堂运营主体并签订运营协议', owner: '马集镇', project: '老年人食堂', deadline: '2024-09-30' },
      { title: '已安装火灾探测报警器的独居老人逐户回访并教会使用', owner: '市消防救援支队济东大队', project: '独居老人', deadline: '2024-10-31' },
    ],
  },
  {
    kind: 'weekly',
    date: '2024-09-23',
    host: '市卫健委经开区管理办公室 孙主任',
    hostUnit: HEALTH,
    attendees: '办公室各科室，疃里镇、马集镇卫生院负责人',
    projects: ['托位', '乡村医疗', '中医药'],
    minutes:
      '研究托育、乡村医疗和中医药项目推进。新增托位已完成86个；疃里镇中心村卫生室主体改造完成，设备采购尚未招标；中医药干预基层工作站已建成运行。会议要求卫生室设备采购10月上旬完成招标。',
    items: [
      { title: '疃里镇中心村卫生室完成设备采购招标', owner: '疃里镇', project: '乡村医疗', deadline: '2024-10-10' },
      {
        title: '社区托育点完成消防安全检查',
        owner: 'lead',
        project: '托位',
        deadline: '2024-09-30',
        done: { on: '2024-09-29', evidence: '消防安全检查记录3份，整改事项已闭环。' },
      },
      { title: '整理中医药工作站运行台账，准备年度成效评估', owner: 'lead', project: '中医药', deadline: '2024-10-31' },
    ],
  },
  {
    kind: 'topic',
    date: '2024-09-25',
    host: '区党政办督查室 王督查',
    by: 'supervisor',
    attendees: '区农业服务中心、市卫健委经开区管理办公室、物流服务部、疃里镇',
    projects: ['农村供水', '乡村医疗', '公交出行'],
    minutes: '督查室对进度滞后项目开展督帮一体专题调度。三个项目均低于序时进度，要求主办单位分析原因、倒排节点，协办单位主动对接；督查室每旬跟踪一次。',
    items: [
      {
        title: '疃里镇做好光明社区停水期间群众解释和临时供水',
        owner: '疃里镇',
        project: '农村供水',
        deadline: '2024-09-30',
        done: { on: '2024-09-27', evidence: '送水记录和入户告知书签收表，未发生群众投诉。' },
      },
      {
        title: '报送吉祥社区管网改造倒排工期计划',
        owner: 'lead',
        project: '农村供水',
        deadline: '2024-09-30',
        done: { on: '2024-09-30', evidence: '倒排工期计划表（10—11月），已报督查室备案。', bySupervisor: true },
      },
      { title: '报送中心村卫生室建设倒排计划', owner: 'lead', project: '乡村医疗', deadline: '2024-10-08' },
    ],
  },
  {
    kind: 'weekly',
    date: '2024-09-29',
    host: '区城乡建设和交通局 周局长',
    hostUnit: BUILD,
    attendees: '局属各科室，施工、监理单位项目负责人',
    projects: ['物业管理', '城乡基础设施'],
    minutes: '调度城乡基础设施和物业管理项目。嘉兴路（竹李路段）路基完成，准备沥青摊铺；供热管网工程进入打压试验阶段；物业服务从业人员培训已完成两期。',
    items: [
      { title: '嘉兴路（竹李路段）完成路面沥青摊铺', owner: 'lead', project: '城乡基础设施', deadline: '2024-10-25' },
      {
        title: '组织物业服务从业人员第三期培训',
        owner: 'lead',
        project: '物业管理',
        deadline: '2024-10-12',
        done: { on: '2024-10-12', evidence: '培训签到表（132人次）、培训课件和现场照片。' },
      },
      { title: '供热管网打压试验，确保11月15日前具备供热条件', owner: 'lead', project: '城乡基础设施', deadline: '2024-11-05' },
    ],
  },
  {
    kind: 'weekly',
    date: '2024-10-08',
    host: '区社会事业中心 刘主任',
    hostUnit: SOCIAL,
    attendees: '区社会事业中心各科室负责人，两镇文化站站长',
    projects: ['送戏下乡', '群众文化活动', '盲人按摩', '残疾儿童'],
    minutes:
      '国庆假期后首次例会。送戏下乡已完成118场；群众文化活动仅完成72场，明显滞后，经费未到位是主要原因；盲人按摩培训已有5人结业；残疾儿童康复救助按计划推进。',
    items: [
      {
        title: '两镇报送10月送戏下乡演出排期',
        owner: '疃里镇',
        project: '送戏下乡',
        deadline: '2024-10-11',
        done: { on: '2024-10-10', evidence: '疃里镇10月演出排期表（12场），已在村务公开栏公示。' },
      },
      { title: '群众文化活动经费使用计划报区财政局审核', owner: 'lead', project: '群众文化活动', deadline: '2024-10-11' },
      { title: '对接盲人按摩实训基地，安排剩余3人实训', owner: 'lead', project: '盲人按摩', deadline: '2024-10-31' },
    ],
  },
  {
    kind: 'weekly',
    date: '2024-10-09',
    host: '市教育局经开区分局 吴局长',
    hostUnit: EDU,
    attendees: '分局各科室，各中小学、幼儿园负责人',
    projects: ['高中招生', '心理辅导', '公办幼儿园', '体育基础设施'],
    minutes:
      '研究教育类民生实事。普通高中招生任务已完成；秋季学期心理筛查已覆盖全部初中；新建幼儿园教室待空气检测后启用；体育设施项目严重滞后，须在用地和审批手续上取得突破。',
    items: [
      { title: '补正室外健身区项目用地预审材料', owner: 'lead', project: '体育基础设施', deadline: '2024-10-12' },
      { title: '汇总秋季学期心理筛查结果，建立重点学生档案', owner: 'lead', project: '心理辅导', deadline: '2024-10-31' },
      {
        title: '新建幼儿园教室室内空气质量检测',
        owner: 'lead',
        project: '公办幼儿园',
        deadline: '2024-10-14',
        done: { on: '2024-10-14', evidence: '检测报告已出：6间教室中2间甲醛超标，已通风治理并反映堵点，待复检。' },
      },
    ],
  },
  {
    kind: 'topic',
    date: '2024-10-10',
    host: '李区长',
    by: 'demo-leader',
    attendees: '区党政办督查室、区社会事业中心、市教育局经开区分局、区财政局、区行政审批服务局、市自然资源和规划局经开区分局',
    projects: ['体育基础设施', '群众文化活动'],
    minutes:
      '专题研究严重滞后的两个项目。体育设施项目用地意见已取得，审批手续须开辟绿色通道并联办理；群众文化活动经费须尽快拨付。两个项目列入挂牌督办，每周向督查室报送进展。',
    items: [
      { title: '开辟绿色通道，完成室内健身综合体项目审批', owner: '区行政审批服务局', project: '体育基础设施', deadline: '2024-10-18' },
      { title: '拨付下半年群众文化活动经费', owner: '区财政局', project: '群众文化活动', deadline: '2024-10-14' },
      {
        title: '倒排体育设施项目工期，每周报送进展',
        owner: 'lead',
        project: '体育基础设施',
        deadline: '2024-10-11',
        done: { on: '2024-10-11', evidence: '倒排工期表及第一期周报已报送督查室。' },
      },
    ],
  },
  {
    kind: 'weekly',
    date: '2024-10-14',
    host: '物流服务部 郑部长',
    hostUnit: LOGISTICS,
    attendees: '物流服务部相关科室，疃里镇、马集镇交通管理人员，公交公司',
    projects: ['四好农村路', '公交出行'],
    minutes: '调度农村公路和公交项目。四好农村路已完成4.1公里；大安机场经开区站点已设站运行；疃里镇公交首末站地块权属正在确认，101路优化方案已征求意见。',
    items: [
      { title: '确认疃里镇公交首末站地块权属', owner: '疃里镇', project: '公交出行', deadline: '2024-10-18' },
      { title: '完成剩余1.4公里农村公路路基施工', owner: 'lead', project: '四好农村路', deadline: '2024-10-31' },
    ],
  },
];
