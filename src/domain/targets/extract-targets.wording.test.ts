import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

/** Wording seen in published notices, each rule with sentences of its own (not copied from the fixtures). */
const read = (content: string, projectName?: string) =>
  extractTargets(content, projectName === undefined ? {} : { projectName }).targets.map(({ label, value, unit, text }) => ({
    label,
    value,
    unit,
    text,
  }));

describe('ordinals that look like counts', () => {
  it('reads 二期/三期 after a name as a phase, not a count', () => {
    expect(read('推进滨江绿道三期、北湖公园二期建设，实施污水厂四期工程')).toEqual([]);
  });
  it('still counts sessions after a verb that holds them', () => {
    expect(read('开展家政技能培训三期')).toMatchObject([{ value: 3, unit: '期' }]);
  });
  it('reads 二次 before a word as "second-time" or a term, not as 2 次', () => {
    expect(read('完成老旧泵站二次改造，推进二次供水设施提升')).toEqual([]);
    expect(read('开展二次供水设施改造6处')).toMatchObject([{ label: '二次供水设施改造', value: 6, unit: '处' }]);
  });
});

describe('the counted noun after the measure word', () => {
  it('takes the noun after the number when only a conjunction stands before it', () => {
    expect(read('新建5个口袋公园和12处健身驿站')).toEqual([
      { label: '新建口袋公园', value: 5, unit: '个', text: '新建5个口袋公园' },
      { label: '健身驿站', value: 12, unit: '处', text: '12处健身驿站' },
    ]);
  });
  it('keeps a quoted name whole, 的 included', () => {
    expect(read('建成2个“社区的会客厅”。')).toMatchObject([{ label: '建成“社区的会客厅”', value: 2, unit: '个' }]);
  });
  it('takes the head noun after the last 的, across brackets and ages inside the phrase', () => {
    expect(read('为不少于2000名六十五岁以上、患有慢性病(高血压)的老人提供上门随访服务。')).toMatchObject([
      { label: '老人上门随访服务', value: 2000, unit: '名' },
    ]);
  });
  it('keeps 免费 with the service that people receive', () => {
    expect(read('为800名环卫工人免费进行职业病筛查')).toMatchObject([{ label: '环卫工人免费职业病筛查', value: 800 }]);
  });
  it('names things by what is done to them after 对, or when they are the subject', () => {
    expect(read('对15所幼儿园厨房安装明厨亮灶设备。')).toMatchObject([{ label: '安装明厨亮灶设备的幼儿园厨房', value: 15, unit: '所' }]);
    expect(read('30个社区配备自动体外除颤仪。')).toMatchObject([{ label: '配备自动体外除颤仪的社区', value: 30, unit: '个' }]);
  });
  it('keeps people served first after 为', () => {
    expect(read('为300名独居老人安装烟感报警器。')).toMatchObject([{ label: '独居老人安装烟感报警器', value: 300 }]);
  });
  it('keeps a short place before the verb and drops adverbs such as 再', () => {
    expect(read('城北片区再新建2个社区食堂。')).toMatchObject([{ label: '城北片区新建社区食堂', value: 2, unit: '个' }]);
  });
});

describe('names listed before the number', () => {
  it('treats names closed by 等 as examples: the verb and the noun after the measure word', () => {
    expect(read('改造提升东门、西门、南门等6座农贸市场。')).toMatchObject([
      { label: '改造提升农贸市场', value: 6, unit: '座', text: '改造提升东门、西门、南门等6座农贸市场' },
    ]);
    expect(read('整治城南路(解放路至人民路)等4条背街小巷。')).toMatchObject([{ label: '整治背街小巷', value: 4, unit: '条' }]);
  });
  it('treats as many names as the number says as what is counted', () => {
    expect(read('新建东苑、南苑、北苑三个小区的公共停车场')).toMatchObject([{ label: '新建公共停车场', value: 3 }]);
  });
  it('without a noun after the number, names the project or the first example, not the list', () => {
    expect(read('建成投用东城、西城、北城等4家。', '建设社区食堂')).toMatchObject([{ label: '建成投用社区食堂', value: 4 }]);
    expect(read('建成投用东城、西城、北城等4家。')).toMatchObject([{ label: '建成投用东城等', value: 4 }]);
  });
  it('does not read a list of examples that ends in what is done as names', () => {
    const [target] = read('实施旧水管、阀门等管网改造3个小区');
    expect(target).toMatchObject({ value: 3, unit: '个' });
    expect(target?.label).toMatch(/^管网改造/);
  });
});

describe('units written in full or with a bracketed qualifier', () => {
  it('keeps 人（次） and 人(次) as written', () => {
    expect(read('开展家政技能培训500人（次）。')).toMatchObject([{ label: '家政技能培训', value: 500, unit: '人（次）' }]);
    expect(read('新增就业岗位800人(次)以上')[0]).toMatchObject({ unit: '人(次)', text: '新增就业岗位800人(次)以上' });
  });
  it('reads 延长米 as a unit', () => {
    const { targets } = extractTargets('新建排水管网2300延长米以上。');
    expect(targets).toMatchObject([{ label: '新建排水管网', value: 2300, unit: '延长米', min: true }]);
  });
});

describe('a place framed by 在 and a verb', () => {
  it('keeps the place and what is done there, not the frame', () => {
    expect(read('在城东街道实施雨污分流改造4.2公里、在城西街道实施雨污分流改造3公里')).toMatchObject([
      { label: '城东街道雨污分流改造', value: 4.2, unit: '公里' },
      { label: '城西街道雨污分流改造', value: 3, unit: '公里' },
    ]);
  });
  it('keeps a verb that says what is built, drops a scope word', () => {
    expect(read('在全区新建社区食堂5个')).toMatchObject([{ label: '新建社区食堂', value: 5 }]);
  });
});

describe('a share followed by what it is a share of', () => {
  it('adds the verb phrase after the %', () => {
    expect(read('适龄儿童在居住地100%就近入学')).toMatchObject([{ label: '适龄儿童在居住地就近入学', value: 100, unit: '%' }]);
  });
  it('does not add a following clause, nor cut a word such as 完成率', () => {
    expect(read('工程完成率100%并通过验收')).toMatchObject([{ label: '工程完成率', value: 100, unit: '%' }]);
  });
});

describe('an amount that belongs to the noun after 的', () => {
  it('names the owner and its measure (总投资, 全长, 建筑面积)', () => {
    expect(read('开工建设全长3.2公里的滨河绿道，')).toMatchObject([{ label: '滨河绿道全长', value: 3.2, unit: '公里' }]);
    expect(read('新建建筑面积1.2万平方米的综合服务中心')).toMatchObject([{ label: '综合服务中心建筑面积', value: 12_000 }]);
  });
  it('leaves a measure without an owner after it as it was', () => {
    expect(read('总投资5000万元，新建道路3条')).toMatchObject([{ label: '总投资' }, { label: '新建道路' }]);
  });
});

describe('a verb alone before the number, and measure words of real lists', () => {
  it('names the target by the verb and the noun after the measure word', () => {
    expect(read('启动8个集镇污水处理站建设')).toMatchObject([{ label: '启动集镇污水处理站建设', value: 8, unit: '个' }]);
    expect(read('开通运行60个村级寄递点')).toMatchObject([{ label: '开通运行村级寄递点', value: 60, unit: '个' }]);
    expect(read('在30所中学开展心理健康筛查')).toMatchObject([{ value: 30, unit: '所' }]);
    expect(read('在30所中学开展心理健康筛查')[0]?.label).toContain('中学');
  });
  it('reads 穴, 种, 方, 对, 层 and 村 as units', () => {
    expect(read('新增骨灰墓穴5000穴，免费提供9种基础药物，清淤12万方，新建站台8对，主体结构完成6层，整村推进25村').map((t) => t.unit)).toEqual([
      '穴',
      '种',
      '方',
      '对',
      '层',
      '村',
    ]);
  });
});

describe('marks before a task', () => {
  it('reads past the star that marks a city-level task', () => {
    expect(read('*为8个住宅小区新增电动自行车充电设施')).toMatchObject([{ value: 8, unit: '个' }]);
    expect(read('*为8个住宅小区新增电动自行车充电设施')[0]?.label).toContain('住宅小区');
  });
});
