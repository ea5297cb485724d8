/**
 * Writes fixtures/notice-2025-table.xlsx: an invented 2025 notice of another district laid out as a task
 * table with its columns in another order and other header words (序号/责任单位/项目名称/目标任务/配合单位/
 * 完成时限), section rows merged across the table, and a title row. Run: npx tsx scripts/make-notice-2025-fixtures.ts
 */
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

type Row = [seq: number, lead: string, name: string, target: string, co: string, due: string];
type Section = { title: string; rows: Row[] };

const SECTIONS: Section[] = [
  {
    title: '一、就业和社会保障（4项）',
    rows: [
      [
        1,
        '区人力资源和社会保障局',
        '促进城乡居民就业',
        '全年城镇新增就业3800人以上，城镇登记失业率控制在3.5%以内，新增发放创业担保贷款1.2亿元。',
        '区财政局\n区金融服务中心',
        '2025年12月底',
      ],
      [
        2,
        '区人力资源和社会保障局',
        '提高城乡居民基础养老金',
        '城乡居民基础养老金最低标准提高到每人每月200元，60周岁以上城乡居民参保率达到97%。',
        '区财政局',
        '2025年6月底',
      ],
      [
        3,
        '区卫生健康局',
        '发展普惠托育服务',
        '新增普惠性托位500个，其中社区嵌入式托育点托位150个；建设区级托育综合服务中心1处。',
        '区发展和改革局\n区住房和城乡建设局\n各街道办事处',
        '2025年12月底',
      ],
      [
        4,
        '区民政局',
        '提升困难群体保障水平',
        '建设街道综合养老服务中心3处，为1000户特殊困难老年人家庭实施适老化改造，特困人员基本生活标准每人每年不低于13800元。',
        '区财政局\n区残疾人联合会',
        '2025年11月底',
      ],
    ],
  },
  {
    title: '二、教育和卫生健康（4项）',
    rows: [
      [5, '区教育局', '扩充义务教育学位', '新建九年一贯制学校1所，新增学位2160个；实施校园“明厨亮灶”改造45所。', '区自然资源和规划局\n区财政局', '2025年8月底'],
      [
        6,
        '区卫生健康局',
        '提升基本医疗服务',
        '①区人民医院新院区于2025年6月底前建成投用；\n②新增家庭医生签约服务2.6万人，重点人群签约率达到80%；\n③为辖区居民建立电子健康档案，建档率不低于95%。',
        '区医疗保障局\n各街道办事处',
        '2025年12月底',
      ],
      [
        7,
        '区市场监督管理局',
        '守护群众舌尖安全',
        '完成食品安全监督抽检2600批次，农贸市场快检室实现全覆盖，问题食品处置率100%。',
        '区农业农村局\n各街道办事处',
        '2025年12月底',
      ],
      [8, '区残疾人联合会', '助残惠残', '为300名困难重度残疾人免费发放辅助器具，残疾儿童康复救助不少于120人次。', '区民政局\n区卫生健康局', '2025年10月底'],
    ],
  },
  {
    title: '三、城乡建设和交通（4项）',
    rows: [
      [
        9,
        '区交通运输局',
        '畅通城乡路网',
        '实施G105国道临水段改造提升工程8.2公里，打通城区断头路5条，新增公共停车泊位约3000个。',
        '区自然资源和规划局\n区城市管理局',
        '2025年12月底',
      ],
      [
        10,
        '区住房和城乡建设局',
        '燃气供热管网更新',
        '改造城市燃气老化管道46公里，新增集中供热面积60万平方米。',
        '临水燃气有限公司\n临水热力有限公司',
        '2025年10月底',
      ],
      [
        11,
        '区农业农村局',
        '改善农村人居环境',
        '新建、改造农村户厕1500户，农村生活污水治理率达到60%，城市生活垃圾分类覆盖率达到100%。',
        '区生态环境分局\n区城市管理局',
        '2025年11月底',
      ],
      [12, '区交通运输局', '优化城乡公交服务', '开通城乡公交线路3条，更新新能源公交车40辆，行政村公交通达率保持100%。', '临水公交集团有限公司', '2025年9月底'],
    ],
  },
  {
    title: '四、平安和便民服务（3项）',
    rows: [
      [
        13,
        '区政务服务和数据管理局',
        '提升政务服务效能',
        '优化12345政务服务便民热线，群众诉求按时办结率达到98%以上，推行“一件事一次办”集成服务事项不少于30项。',
        '区直各部门',
        '2025年12月底',
      ],
      [
        14,
        '区应急管理局',
        '织密城乡安全防护网',
        '新建、改造城市应急避难场所4处，为全区约1.8万户独居老人、困难家庭安装燃气泄漏报警器。',
        '区住房和城乡建设局\n各街道办事处',
        '2025年9月底',
      ],
      [
        15,
        '区住房和城乡建设局',
        '规范住宅小区物业服务',
        '①出台老旧小区物业服务导则；\n②推动无物业小区专业化物业服务全覆盖；\n③建立物业服务“红黑榜”季度发布机制。',
        '各街道办事处',
        '2025年12月底',
      ],
    ],
  },
];

const workbook = new ExcelJS.Workbook();
workbook.created = new Date('2025-03-01T00:00:00Z');
workbook.modified = workbook.created;
const sheet = workbook.addWorksheet('任务分解表');
sheet.columns = [{ width: 6 }, { width: 22 }, { width: 20 }, { width: 60 }, { width: 24 }, { width: 14 }];
sheet.getCell('A1').value = '临水区2025年为民办实事项目任务分解表';
sheet.mergeCells('A1:F1');
sheet.getRow(2).values = ['序号', '责任单位', '项目名称', '目标任务', '配合单位', '完成时限'];
let rowNumber = 3;
for (const section of SECTIONS) {
  sheet.getCell(`A${rowNumber}`).value = section.title;
  sheet.mergeCells(`A${rowNumber}:F${rowNumber}`);
  rowNumber += 1;
  for (const row of section.rows) {
    sheet.getRow(rowNumber).values = row;
    sheet.getRow(rowNumber).alignment = { wrapText: true, vertical: 'top' };
    rowNumber += 1;
  }
}
await workbook.xlsx.writeFile(fileURLToPath(new URL('../fixtures/notice-2025-table.xlsx', import.meta.url)));
console.log('wrote fixtures/notice-2025-table.xlsx');
