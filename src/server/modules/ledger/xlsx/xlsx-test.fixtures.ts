import ExcelJS from 'exceljs';
import type { LedgerSheetData, WeeklyExportData, WeeklyFormData } from '../../../../contract/ledger.contract';

/** Small hand-made inputs for the workbook tests; the numbers follow the 2024 济宁经开区 notice. */

/** Three projects: two targets, no target, one target not reported. */
export const LEDGER_SAMPLE: LedgerSheetData = {
  planTitle: '济宁经济开发区2024年重点民生实事',
  docNumber: '济开管发〔2024〕1号',
  year: 2024,
  asOf: '2024-06-07',
  items: [
    {
      projectId: 1,
      seq: 1,
      name: '方便群众新能源汽车充电',
      leadUnits: ['区经济发展局'],
      coUnits: ['区城乡建设和交通局', '区供电中心'],
      progress: 0.45,
      expected: 0.42,
      status: 'on_track',
      notReported: false,
      forecast: 1.02,
      latest: {
        week: '2024-W23',
        progressText: '新建充电桩6座，累计46座。',
        problemsText: '部分点位电力增容审批慢。',
        nextStepsText: '协调供电中心开辟绿色通道。',
      },
      targets: [
        { label: '新改建充电桩', unit: '座', target: 110, actual: 46, progress: 46 / 110, kind: 'quantity' },
        { label: '新增充电车位', unit: '个', target: 300, actual: 150, progress: 0.5, kind: 'quantity' },
      ],
    },
    {
      projectId: 2,
      seq: 2,
      name: '免费开展孕妇外周血胎儿游离DNA产前筛查',
      leadUnits: ['市卫健委经开区管理办公室'],
      coUnits: [],
      progress: 1,
      expected: 0.42,
      status: 'completed',
      notReported: false,
      forecast: null,
      latest: null,
      targets: [],
    },
    {
      projectId: 3,
      seq: 3,
      name: '建设老年人食堂',
      leadUnits: ['区社会事业中心'],
      coUnits: ['马集镇'],
      progress: 0.05,
      expected: 0.42,
      status: 'seriously_behind',
      notReported: true,
      forecast: 0.2,
      latest: { week: '2024-W22', progressText: '完成选址。', problemsText: '资金未到位。', nextStepsText: '争取专项资金。' },
      targets: [{ label: '新建老年人食堂', unit: '处', target: 2, actual: null, progress: null, kind: 'quantity' }],
    },
  ],
};

export const WEEKLY_EXPORT_SAMPLE: WeeklyExportData = {
  planTitle: '济宁经济开发区2024年重点民生实事',
  week: '2024-W23',
  weekStart: '2024-06-03',
  weekEnd: '2024-06-09',
  rows: [
    {
      seq: 1,
      projectName: '方便群众新能源汽车充电',
      leadUnits: ['区经济发展局'],
      status: 'accepted',
      submittedAt: '2024-06-07T09:30:00.000Z',
      isLate: false,
      values: [
        { label: '新改建充电桩', unit: '座', target: 110, actual: 46 },
        { label: '新增充电车位', unit: '个', target: 300, actual: null },
      ],
      progressText: '新建充电桩6座。',
      problemsText: '无',
      nextStepsText: '继续推进。',
    },
    {
      seq: 2,
      projectName: '建设老年人食堂',
      leadUnits: ['区社会事业中心'],
      status: 'submitted',
      submittedAt: '2024-06-07T11:05:00.000Z',
      isLate: true,
      values: [],
      progressText: '完成选址。',
      problemsText: '',
      nextStepsText: '',
    },
    {
      seq: 3,
      projectName: '提升乡村医疗服务能力',
      leadUnits: ['市卫健委经开区管理办公室'],
      status: 'none',
      submittedAt: null,
      isLate: false,
      values: [{ label: '建设中心村卫生室', unit: '家', target: 2, actual: null }],
      progressText: '',
      problemsText: '',
      nextStepsText: '',
    },
  ],
};

/** Two targets and two milestones; target rows are 7–8, milestone rows 12–13, texts 16–18. */
export const WEEKLY_FORM_SAMPLE: WeeklyFormData = {
  planTitle: '济宁经济开发区2024年重点民生实事',
  projectId: 101,
  seq: 1,
  projectName: '方便群众新能源汽车充电',
  week: '2024-W23',
  weekStart: '2024-06-03',
  weekEnd: '2024-06-09',
  targets: [
    { targetId: 11, label: '新改建充电桩', unit: '座', target: 110, previous: 40, actual: null },
    { targetId: 12, label: '新增充电车位', unit: '个', target: 300, previous: null, actual: 30 },
  ],
  milestones: [
    { milestoneId: 5, title: '完成选址', completedOn: '2024-05-02' },
    { milestoneId: 6, title: '全部建成投用', completedOn: null },
  ],
  progressText: '',
  problemsText: '',
  nextStepsText: '',
};

/** Loads a workbook built by one of the builders. */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** Serialises a workbook edited in a test back to a Buffer, as a unit saving the file would. */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
