/** A leader's 批示 in the demo: on a project, or on one of its weekly updates (week) or blockers (blocker key). */
export interface DemoInstruction {
  /** keyword of the project name */
  project: string;
  leader: 'demo-leader' | 'demo-leader2' | 'demo-leader3';
  date: string;
  text: string;
  week?: string;
  blocker?: string;
  answer?: { date: string; text: string; evidence: string; byManager?: boolean };
  closedOn?: string;
  closedBySupervisor?: boolean;
}

export const DEMO_INSTRUCTIONS: DemoInstruction[] = [
  {
    project: '充电',
    leader: 'demo-leader',
    date: '2024-07-10',
    text: '充电桩建设进度较好。要同步建立运维管理机制，确保建成一座、投用一座、群众满意一座。',
    answer: {
      date: '2024-07-19',
      text: '已会同区供电中心、济宁祥城投资集团制定充电设施运维管理办法，明确巡检频次和故障2小时响应要求。',
      evidence: '《经开区公共充电设施运维管理办法（试行）》及巡检台账（7月）',
      byManager: true,
    },
    closedOn: '2024-07-23',
  },
  {
    project: '城乡基础设施',
    leader: 'demo-leader3',
    date: '2024-08-20',
    text: '嘉兴路新建工程要科学组织交通导改，施工围挡规范设置，雨季做好排水，确保汛期安全和群众出行。',
    answer: {
      date: '2024-08-27',
      text: '已优化交通导改方案，增设临时指示牌12块，配备抽水泵4台，安排专人值守。',
      evidence: '交通导改方案、现场照片6张、防汛值班表',
    },
    closedOn: '2024-08-30',
  },
  {
    project: '老年人食堂',
    leader: 'demo-leader2',
    date: '2024-09-14',
    week: '2024-W37',
    text: '老年人食堂要确保国庆前具备试运营条件，同步明确运营主体和补贴政策，让老人吃得上、吃得起。',
    answer: {
      date: '2024-09-20',
      text: '疃里镇食堂已完成装修和设备安装，9月底试运营；马集镇食堂运营主体已完成比选，补贴政策报区财政局审核。',
      evidence: '试运营方案、运营主体比选结果公示截图',
    },
    closedOn: '2024-09-23',
  },
  {
    project: '农村供水',
    leader: 'demo-leader3',
    date: '2024-09-18',
    blocker: 'water-outage',
    text: '管网改造停水要提前三天张贴公告，安排送水车保障群众基本用水，做好解释工作，不能因施工引发信访。',
    answer: {
      date: '2024-09-24',
      text: '光明社区停水已提前公告，疃里镇安排送水车2辆分时段送水，逐户发放告知书312份，未发生信访。',
      evidence: '停水公告照片、送水记录、告知书签收表',
    },
    closedOn: '2024-09-26',
  },
  {
    project: '体育基础设施',
    leader: 'demo-leader',
    date: '2024-09-27',
    blocker: 'sports-land',
    text: '体育设施项目进度严重滞后。请市自然资源和规划局经开区分局、区行政审批服务局开辟绿色通道，市教育局经开区分局倒排工期，10月10日前报送推进方案。',
    answer: {
      date: '2024-10-09',
      text: '已制定倒排工期推进方案：用地意见已取得，室内健身综合体10月底前完成审批，11月中旬开工；社区健身设施修缮10月完成。',
      evidence: '推进方案（倒排工期表）、用地意见复函',
      byManager: true,
    },
  },
  {
    project: '心理辅导',
    leader: 'demo-leader2',
    date: '2024-10-08',
    week: '2024-W40',
    text: '心理辅导筛查要注意保护学生隐私，对筛查中发现的重点学生建立一人一档，做好家校医协同跟踪。',
    answer: {
      date: '2024-10-12',
      text: '已建立重点学生心理健康档案，实行专人管理；与市卫健委经开区管理办公室建立转介绿色通道。',
      evidence: '心理健康档案管理制度、转介流程图',
    },
  },
  {
    project: '乡村医疗',
    leader: 'demo-leader2',
    date: '2024-10-09',
    week: '2024-W40',
    text: '中心村卫生室建设滞后于序时进度，请市卫健委经开区管理办公室会同两镇倒排工期，10月底前完成设备采购。',
  },
  {
    project: '群众文化活动',
    leader: 'demo-leader',
    date: '2024-10-11',
    text: '群众文化活动进度严重滞后，请区社会事业中心会同两镇10月底前制定补缺场次计划，每周报送进展，确保年底前完成140场。',
  },
];
