import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNoticeDraft } from './notice-draft.reader';
import { NoticeParseError } from './notice.types';
import { findUnitClause } from './unit-clause';

const brief = (text: string) =>
  readNoticeDraft(text).projects.map((p) => ({ seq: p.seq, name: p.name, lead: p.leadUnits, co: p.coUnits, category: p.category }));

describe('readNoticeDraft: the families of real notices', () => {
  it('reads a run-on list separated only by its numbers ("1 ." "3," "4完善")', () => {
    const projects = readNoticeDraft(
      '2025年民生实事：1 .新建幼儿园3所（牵头单位：区教育局）。2.改造老旧小区12个（责任单位：区住建局）。3,新增停车泊位500个（牵头单位：区交通局）。4完善社区食堂8个（牵头单位：区民政局；配合单位：各街道）。',
    ).projects;
    expect(projects.map((p) => [p.seq, p.leadUnits[0]])).toEqual([
      [1, '区教育局'],
      [2, '区住建局'],
      [3, '区交通局'],
      [4, '区民政局'],
    ]);
    expect(projects[3]?.coUnits).toEqual(['各街道']);
  });

  it('takes category headings as categories, never as projects, with numbering per category', () => {
    const text =
      '一、促进就业（2项）\n1.新增就业1000人（牵头单位：区人社局）\n2.培训500人次（牵头单位：区人社局）\n二、老有所养（1项）\n1.新建养老院1所（牵头单位：区民政局）';
    expect(brief(text).map((p) => [p.seq, p.category])).toEqual([
      [1, '促进就业'],
      [2, '促进就业'],
      [3, '老有所养'],
    ]);
  });

  it('keeps a 牵头领导 out of the units and reads 共同责任单位 as co-units', () => {
    expect(findUnitClause('新建公园2个。牵头领导：张三，责任单位：区住建局、区城管局')).toMatchObject({ lead: ['区住建局', '区城管局'], people: ['张三'] });
    expect(findUnitClause('（牵头单位：区教育局、区财政局；共同责任单位：各镇）')).toMatchObject({ lead: ['区教育局', '区财政局'], co: ['各镇'] });
    expect(findUnitClause('（区教育局牵头，区财政局、各镇配合）')).toMatchObject({ lead: ['区教育局'], co: ['区财政局', '各镇'], isGuessed: true });
  });

  it('does not take a preamble with its own numbered points for the list', () => {
    const text =
      '现将有关事项公告如下：\n1.本次票决于1月5日进行。\n2.代表按差额投票。\n根据票决结果，2024年民生实事项目为：\n' +
      '1.新建幼儿园3所（牵头单位：区教育局）\n2.改造道路5公里（牵头单位：区交通局）\n3.新增停车位500个（牵头单位：区住建局）';
    expect(brief(text).map((p) => p.lead[0])).toEqual(['区教育局', '区交通局', '区住建局']);
  });

  it('reads unnumbered lines under short headings as projects of that category, not the signature after them', () => {
    const text =
      '2014年实事项目具体如下：\n一、安居工程\n旧住房综合整治50万平方米。\n扩大廉租住房受益面。\n二、为老服务\n新增养老床位100张。\n' +
      '三、促进就业\n扶持创业组织1000户。\n对以上实事项目，如有意见和建议，望来电反映。\n联系人：李某\n某区发展和改革委员会\n2013年10月31日';
    expect(brief(text).map((p) => [p.seq, p.category])).toEqual([
      [1, '安居工程'],
      [2, '安居工程'],
      [3, '为老服务'],
      [4, '促进就业'],
    ]);
  });

  it('keeps a name-then-content list whose 一、 lines are the projects themselves', () => {
    const text = '一、加强学位建设。\n新增学位1500个。\n二、整治黑臭水体。\n整治水体27条。';
    expect(brief(text).map((p) => p.name)).toEqual(['加强学位建设', '整治黑臭水体']);
  });

  it('reads a | table that starts mid-way, keeps a leader out of the content and a numberless line with its row', () => {
    const cells =
      '推进情况表\n序号 |\n主要任务 |\n分管 领导 |\n牵头 单位 |\n协同单位 |\n24 |\n优化背街后巷50条。 |\n徐国江 |\n城管局 |\n市政局、各街道 |\n25 |\n新建中转站8个。 |\n徐国江 |\n城管局 |\n各街道 |';
    const read = readNoticeDraft(cells).projects;
    expect(read.map((p) => [p.seq, p.content, p.leadUnits, p.coUnits])).toEqual([
      [24, '优化背街后巷50条。', ['城管局'], ['市政局', '各街道']],
      [25, '新建中转站8个。', ['城管局'], ['各街道']],
    ]);
    const rows =
      '序号 | 工作任务 | 责任单位 | 一季度目标 |\n1 | 新建学校1所 | 教体局 | 装修 |\n新增学位810个 | | | |\n2 | 结对帮扶学校2所 | 教体局 | 互派人员 |\n3 | 新建食堂3个 | 教体局 | 选址 |';
    const projects = readNoticeDraft(rows).projects;
    expect(projects.map((p) => [p.seq, p.name])).toEqual([
      [1, '新建学校1所'],
      [2, '结对帮扶学校2所'],
      [3, '新建食堂3个'],
    ]);
    expect(projects[0]?.content).toContain('新增学位810个');
  });

  it('places a town in 建设地点 and a second sub-row under one merged number with its row, and flags a row cut off', () => {
    const text =
      '序号\n项目名称\n建设地点\n建设内容\n责任单位\n1\n城北道路建设项目\n纸坊街道\n建成道路2公里。\n住建局\n2\n老年养护楼\n城关镇\n开工建设养护楼。\n民政局\n开工建设老年大学。\n3\n职教中心建设项目\n磨子桥镇\n改造教学楼和学生宿舍等，';
    const projects = readNoticeDraft(text).projects;
    expect(projects.map((p) => [p.name, p.location, p.leadUnits])).toEqual([
      ['城北道路建设项目', '纸坊街道', ['住建局']],
      ['老年养护楼', '城关镇', ['民政局']],
      ['职教中心建设项目', '磨子桥镇', []],
    ]);
    expect(projects[1]?.content).toContain('开工建设老年大学');
    expect(projects[2]?.doubts?.join('')).toContain('清单在此处中断');
  });

  it('reads a table whose cells were run together by a document-sharing site, leader names kept out of the units', () => {
    const text =
      '1、2023年民生实事责任分解表序号项目名称主要内容分管领导牵头单位配合单位1扩大学位供给新建幼儿园3所,新增学位900个。王建国教育局各街道城投公司' +
      '2提升养老服务为2000名老人提供助餐服务。李红民政局各街道\n2、3改造老旧小区完成老旧小区改造12个。王建国住建局区城管局各街道';
    const projects = readNoticeDraft(text).projects;
    expect(projects.map((p) => [p.seq, p.name, p.leadUnits, p.coUnits])).toEqual([
      [1, '扩大学位供给', ['教育局'], ['各街道', '城投公司']],
      [2, '提升养老服务', ['民政局'], ['各街道']],
      [3, '改造老旧小区', ['住建局'], ['区城管局', '各街道']],
    ]);
    expect(projects[0]?.content).toBe('新建幼儿园3所,新增学位900个。');
  });

  it("reads a news report's run-on 一是…二是 list and an unnumbered ；-list after 分别是", () => {
    const shi = readNoticeDraft(
      '今年十件实事分别为:一是新建幼儿园3所;二是改造老旧小区12个;三是新增停车位\n500个;四是建设公园2个。在做好以上实事的同时，办好其他实事。',
    ).projects;
    expect(shi.map((p) => p.content)).toEqual(['新建幼儿园3所', '改造老旧小区12个', '新增停车位500个', '建设公园2个。']);
    const semicolons = readNoticeDraft(
      '会上票选出十大民生实事项目，分别是：暖心工程，为200户低保对象投保；交通工程，新建停车位200个；道路工程，改造道路3条；“文化小镇”提升工程，建成书房1个。',
    ).projects;
    expect(semicolons.map((p) => p.name)).toEqual(['暖心工程', '交通工程', '道路工程', '“文化小镇”提升工程']);
  });

  it('gathers the units of every sub-task of an item and keeps an explaining bracket out of the units', () => {
    const text =
      '一、推进水系建设\n引水工程年底前完成。（牵头责任单位：水利局；配合单位：有关乡镇）。打造游园9个。（牵头责任单位：城管局；配合单位：有关乡镇）\n' +
      '二、建设活动阵地\n建成活动功能区（红色教育区、党代表工作室），面积500平方米。（牵头责任单位：组织部）';
    expect(brief(text).map((p) => [p.lead, p.co])).toEqual([
      [['水利局', '城管局'], ['有关乡镇']],
      [['组织部'], []],
    ]);
  });

  it('drops pinyin a mirror page injected, joins header and unit cells broken over lines, and reads sub-rows under one number', () => {
    const text = [
      '序號',
      '項目',
      '責任單位',
      '建設內容',
      '總投資',
      '(萬元)',
      '2023年',
      '目標進度',
      '1',
      '完善交通設施',
      '區(qū)新興產(chǎn)業(yè)',
      '服務(wù)中心',
      '實施宏圖路提升改造工程。',
      '48414',
      '年內完工。',
      '區(qū)住建局',
      '實施危橋改造工程。',
      '1000',
      '6月開工。',
      '2',
      '提升防洪能力',
      '區(qū)農業農村局',
      '實施河道整治工程。',
      '19311',
      '6月開工',
    ].join('\n');
    const projects = readNoticeDraft(text).projects;
    expect(projects.map((p) => [p.name, p.leadUnits])).toEqual([
      ['完善交通設施', ['區新興產業服務中心', '區住建局']],
      ['提升防洪能力', ['區農業農村局']],
    ]);
    expect(projects[0]?.content).toContain('實施危橋改造工程。');
  });

  it('takes a heading with one unnumbered line as a project, names separated by 、 after a count, and a 序号 | 项目名称 table', () => {
    const headed =
      '主要内容是：\n一、公交便民工程\n（一）新购公交车200辆\n（二）新建公交站台100个\n二、棚户区改造\n完成棚户区改造2万户\n三、农村生活\n（一）建成农村公路85公里';
    expect(brief(headed).map((p) => [p.seq, p.category])).toEqual([
      [1, '公交便民工程'],
      [2, '公交便民工程'],
      [3, '棚户区改造'],
      [4, '农村生活'],
    ]);
    const names = readNoticeDraft(
      '经票决，共实施民生实事项目5项，分别为：敬老院改造项目、老年大学建设工程、农村公路提档工程、村内路灯亮化工程、危房改造项目。下一步将跟踪监督。',
    ).projects;
    expect(names.map((p) => p.name)).toEqual(['敬老院改造项目', '老年大学建设工程', '农村公路提档工程', '村内路灯亮化工程', '危房改造项目']);
    const table = readNoticeDraft(
      '共3项，分别是：\n序号 | 项目名称 |\n1 | 颐养项目:新建颐养小院6个 |\n2 | 助残项目:为600名残疾人适配辅具 |\n3 | 名医项目:建设工作站5个 |',
    ).projects;
    expect(table.map((p) => [p.name, p.content])).toEqual([
      ['颐养项目', '新建颐养小院6个'],
      ['助残项目', '为600名残疾人适配辅具'],
      ['名医项目', '建设工作站5个'],
    ]);
  });

  it('joins header titles a narrow cell broke over lines (责任 + 单位) and a name broken the same way', () => {
    const text = [
      '序号',
      '项目名称',
      '建设内容',
      '建设起',
      '止年限',
      '资金',
      '来源',
      '责任',
      '单位',
      '1',
      '城市用气',
      '提升工程',
      '对28个小区进行改造。',
      '2023.01-2023.12',
      '国企投资',
      '城投集团',
      '2',
      '水库整治工程',
      '完成6座水库加固。',
      '2023.01-2023.12',
      '政府投资',
      '水利局',
    ].join('\n');
    expect(brief(text).map((p) => [p.name, p.lead])).toEqual([
      ['城市用气提升工程', ['城投集团']],
      ['水库整治工程', ['水利局']],
    ]);
  });

  it("keeps the notice's own numbered points apart from the attached list, and a first sentence with a number in the content", () => {
    const text =
      '现征集意见建议。一、征集的主要内容\n1. 您关注哪些民生问题?\n2. 您想了解哪几项实事?\n二、征集时间\n即日起至8月5日\n市人大社会建设委员会\n附件:\n2023年民生实事项目\n一、教育领域\n' +
      '1. 新建中小学15所。完成校安工程23万平方米。(牵头单位:市教育局;共同责任单位:市财政局)\n2. 新建幼儿园14所。(牵头单位:市教育局)\n二、卫生领域\n1. 新建社区卫生站6个。(牵头单位:市卫健委)';
    const projects = readNoticeDraft(text).projects;
    expect(projects.map((p) => [p.seq, p.leadUnits[0], p.category])).toEqual([
      [1, '市教育局', '教育领域'],
      [2, '市教育局', '教育领域'],
      [3, '市卫健委', '卫生领域'],
    ]);
    expect(projects[0]?.content).toContain('新建中小学15所');
  });

  it('reads items numbered 1。 and a chain of 《》 titles', () => {
    expect(brief('项目如下:\n1。 新改扩建20所幼儿园;\n2。 改善60所中小学教室环境;\n3。 新建10家照护服务机构;').map((p) => p.seq)).toEqual([1, 2, 3]);
    const chain = readNoticeDraft(
      '《通知》内容主要包括《城镇新增就业2000人以上》《建成幼儿园3所》《建成全民健身中心1个》《新增城区停车位1000个以上》4个为民实事方案。',
    ).projects;
    expect(chain.map((p) => p.content)).toEqual(['城镇新增就业2000人以上', '建成幼儿园3所', '建成全民健身中心1个', '新增城区停车位1000个以上']);
  });

  it('reads numbered blocks (01 alone on a line) without the page title repeated between them', () => {
    const text =
      '2019年某区政府实事项目安排\n实事项目\n01\n新增就业9000人\n*帮助430名失业青年就业\n2019年某区政府实事项目安排\n02\n建成行政服务中心\n修缮公交场站5处\n03\n新增助餐点15家';
    const projects = readNoticeDraft(text).projects;
    expect(projects.map((p) => p.seq)).toEqual([1, 2, 3]);
    expect(projects[0]?.content).toContain('新增就业9000人');
    expect(projects[0]?.content).not.toContain('实事项目安排');
  });

  it('reads names after 即 when their number matches the count announced, and tables in tabs on one line or in spaces', () => {
    const names = readNoticeDraft('今年确定8件实事包含4个子项目，即荔景小学新校区建设、霞林学校扩建、口袋公园建设、全民健身场地设施建设等。').projects;
    expect(names.map((p) => p.name)).toEqual(['荔景小学新校区建设', '霞林学校扩建', '口袋公园建设', '全民健身场地设施建设']);
    const oneLine = '2025年民生实事项目\n序号\t项目名称\t项目内容\t牵头单位\t1\t充电桩\t新建充电桩110座\t区经发局\t2\t学校\t新建学校3所\t区教育局';
    expect(brief(oneLine).map((p) => [p.seq, p.name, p.lead])).toEqual([
      [1, '充电桩', ['区经发局']],
      [2, '学校', ['区教育局']],
    ]);
    const spaced =
      '序号 项目名称 项目内容 牵头单位 配合单位\n1 充电桩建设 新建充电桩110座 区经发局 区住建局\n2 学校建设 新建学校3所 区教育局 区财政局\n3 道路改造 改造道路5公里 区交通局 各街道';
    expect(brief(spaced).map((p) => [p.name, p.lead, p.co])).toEqual([
      ['充电桩建设', ['区经发局'], ['区住建局']],
      ['学校建设', ['区教育局'], ['区财政局']],
      ['道路改造', ['区交通局'], ['各街道']],
    ]);
    expect(brief('2025年民生实事\n1.*新建充电桩110座（牵头单位：区经发局）\n2.改造道路5公里（牵头单位：区交通局）')[0]?.name).toBe('新建充电桩110座');
  });

  it('reads names one per line, paragraphs after 具体包括, items numbered right before an amount, and 这十件实事是：', () => {
    const names = readNoticeDraft(
      '全市2020年度重点民生实事项目\n（按得票多少排序）\n中小学校舍建设工程项目\n城市人居环境提升项目\n老旧小区改造项目\n城市供暖项目\n\n民生无小事，枝叶总关情。',
    ).projects;
    expect(names.map((p) => p.name)).toEqual(['中小学校舍建设工程项目', '城市人居环境提升项目', '老旧小区改造项目', '城市供暖项目']);
    const paragraphs = readNoticeDraft(
      '10件民生实事具体包括：加强教育设施建设，拓展优质教育资源。建成学校2所。\n加强公共设施建设，丰富文体生活。新建球场5处。\n继续实施关爱工程，提高卫生服务水平。免费体检1万人。\n实施暖心工程，提高残疾人保障水平。建立康复中心1处。',
    ).projects;
    expect(paragraphs.map((p) => p.name)).toEqual([
      '加强教育设施建设，拓展优质教育资源',
      '加强公共设施建设，丰富文体生活',
      '继续实施关爱工程，提高卫生服务水平',
      '实施暖心工程，提高残疾人保障水平',
    ]);
    const glued = brief('2022年实事项目：\n1.加装电梯新增400台。\n2.50个小区新增充电设施。\n3.开设40个暑托班办班点。');
    expect(glued.map((p) => p.seq)).toEqual([1, 2, 3]);
    const shi = readNoticeDraft('这四件实事是：整治美化行政商务区；综合整治小区；完成30条道路的翻建工程；建设社区广场。').projects;
    expect(shi.map((p) => p.seq)).toEqual([1, 2, 3, 4]);
  });

  it('reads paragraphs that open alike, with the unit a sentence makes responsible (由…负责)', () => {
    const text =
      '累计征集重点项目3项。\n聚焦“幸福民生”。由镇公路站负责的农村道路硬化项目，建设自然村内约12.3公里道路硬化。\n' +
      '聚焦“乡村振兴”。由农业农村办负责的美丽乡村建设项目，建设污水处理设施3处。\n聚焦“绿色转型”。由镇经济发展办负责的光伏发电项目，新建100兆瓦光伏发电站。';
    expect(brief(text).map((p) => p.lead)).toEqual([['镇公路站'], ['农业农村办'], ['镇经济发展办']]);
  });

  it('reads task records with their fields on their own lines (主管领导/责任单位/主要责任人)', () => {
    const text =
      '关键词 教育\n市区新增中小学学位2.36万个。\n主管领导：刘某\n责任单位：市教育局\n主要责任人：毛某\n进度安排：12月底前完成。\n' +
      '新建幼儿园84所。\n主管领导：刘某\n责任单位：市教育局\n主要责任人：毛某\n关键词 交通\n新增公交线路20条。\n主管领导：王某\n责任单位：市交通局';
    expect(brief(text).map((p) => [p.category, p.lead])).toEqual([
      ['教育', ['市教育局']],
      ['教育', ['市教育局']],
      ['交通', ['市交通局']],
    ]);
  });

  it('reads a names-only list and flags every row for its missing lead unit', () => {
    const projects = readNoticeDraft('2024年十件民生实事\n1.城区学校扩容工程\n2.老旧小区改造\n3.农村饮水安全提升').projects;
    expect(projects.map((p) => p.name)).toEqual(['城区学校扩容工程', '老旧小区改造', '农村饮水安全提升']);
    expect(projects.every((p) => (p.confidence ?? 1) < 1 && (p.doubts ?? []).length > 0)).toBe(true);
  });

  it('reads a Traditional web table one cell per line, keeping the original characters', () => {
    const text =
      '洋縣2024年民生實事\n序號\n項目名稱\n建設內容\n責任單位\n配合單位\n1\n城區學校擴容\n新建教學樓2棟\n縣教體局\n縣財政局\n2\n農村道路\n新建道路10公里\n縣交通局\n/\n';
    const notice = readNoticeDraft(text);
    expect(notice.plan.year).toBe(2024);
    expect(notice.projects.map((p) => [p.name, p.leadUnits, p.coUnits])).toEqual([
      ['城區學校擴容', ['縣教體局'], ['縣財政局']],
      ['農村道路', ['縣交通局'], []],
    ]);
  });

  it('reads | tables and tab rows with extra columns kept as fields', () => {
    const pipe =
      '2024年民生实事\n| 序号 | 事项名称 | 主要内容 | 牵头单位 | 完成时限 |\n| 1 | 学校扩容 | 新建学校1所 | 区教育局 | 2024年6月底 |\n| 2 | 道路改造 | 改造道路5公里 | 区交通局 | 12月底前 |';
    const projects = readNoticeDraft(pipe).projects;
    expect(projects.map((p) => [p.name, p.leadUnits[0], p.deadline])).toEqual([
      ['学校扩容', '区教育局', '2024-06-30'],
      ['道路改造', '区交通局', '2024-12-31'],
    ]);
    const tabs =
      '序号\t项目名称\t建设内容\t牵头单位\t年度投资金额（万元）\n1\t学校扩容\t"新建学校1所\n新增学位900个"\t区教育局\t1200\n2\t道路改造\t改造道路5公里\t区交通局\t300';
    const pasted = readNoticeDraft(tabs).projects;
    expect(pasted.map((p) => [p.content, p.investment])).toEqual([
      ['新建学校1所\n新增学位900个', 1200],
      ['改造道路5公里', 300],
    ]);
  });

  it('imports the complete items of a cut-off list and warns about the last one', () => {
    const projects = readNoticeDraft('1.新建幼儿园3所（牵头单位：区教育局）\n2.改造老旧小区12个（牵头单位：区住建局）\n3.新增停车泊位500个，完善').projects;
    expect(projects.slice(0, 2).every((p) => p.confidence === 1)).toBe(true);
    expect(projects[2]?.doubts?.join('')).toContain('可能不完整');
  });

  it('says why a meeting note or a ledger is not a list of projects', () => {
    expect(() => readNoticeDraft('会议纪要\n会议要求各科室按时报送周报。')).toThrow(NoticeParseError);
    // a report's numbered sections are no list of projects
    expect(() =>
      readNoticeDraft('2024年工作总结\n一、主要工作\n今年以来认真贯彻落实。\n全年完成各项任务。\n二、存在问题\n一是人员不足。\n三、下步打算\n继续加强学习。'),
    ).toThrow(/不是项目|报告/);
    expect(() => readNoticeDraft('序号\t项目名称\t本周进展\t牵头单位\n1\t充电桩\t完成20座\t区经发局\n2\t道路\t完成1公里\t区交通局')).toThrow(/进度台账/);
  });
});

describe('readNoticeDraft on the real published lists (fixtures/notices-real)', () => {
  const dir = new URL('../../../fixtures/notices-real/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));

  // a new held-out set (a new prefix) is scored by npm run bench:import first, then joins this floor
  const scored = files.filter((name) => /^[ntghkmpqr]-/.test(name));
  const knownRefused: string[] = [];

  it('finds a list in every file, refuses none and keeps finding at least 98% of the projects', () => {
    let expected = 0;
    let found = 0;
    const refused: string[] = [];
    for (const file of scored) {
      const want = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), dir), 'utf8')) as { projects: Array<{ seq: number }> };
      let seqs: number[] = [];
      try {
        seqs = readNoticeDraft(readFileSync(new URL(file, dir), 'utf8')).projects.map((p) => p.seq);
      } catch {
        refused.push(file);
      }
      expected += want.projects.length;
      found += want.projects.filter((p) => seqs.includes(p.seq)).length;
    }
    expect(scored.length).toBeGreaterThanOrEqual(40);
    expect(refused).toEqual(knownRefused);
    expect(found / expected).toBeGreaterThanOrEqual(0.98);
  });
});
