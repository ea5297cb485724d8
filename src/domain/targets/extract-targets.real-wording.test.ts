import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

/**
 * Families of wording met in real published lists, one rule per test, each with sentences of its own
 * (not copied from the fixtures).
 */
const read = (content: string, projectName?: string) =>
  extractTargets(content, projectName === undefined ? {} : { projectName }).targets.map(({ label, value, unit, kind, text }) => ({
    label,
    value,
    unit,
    kind,
    text,
  }));
const labels = (content: string, projectName?: string) => read(content, projectName).map(({ label, value }) => [label, value]);

describe('one task ends where the next verb starts', () => {
  it('stops the counted noun at 、 or 并 followed by a verb', () => {
    expect(read('新建8个口袋公园、改造老城区路灯120盏')).toMatchObject([
      { label: '新建口袋公园', value: 8, text: '新建8个口袋公园' },
      { label: '改造老城区路灯', value: 120 },
    ]);
    expect(labels('新建8个口袋公园并改造12处街头绿地')).toEqual([
      ['新建口袋公园', 8],
      ['改造街头绿地', 12],
    ]);
  });
  it('starts the label after a task of its own without a number (verb and noun, then 、 and a verb)', () => {
    expect(read('建成湖滨路等3条城市道路、建成滨江公园人行天桥、改造老城区路灯120盏')[1]).toMatchObject({
      label: '改造老城区路灯',
      value: 120,
      text: '改造老城区路灯120盏',
    });
  });
});

describe('chains of verbs before the number', () => {
  it('keeps 改造提升 and 建设提升 whole (提升 is no predicate here)', () => {
    expect(labels('改造提升15个农贸市场，建设提升20个“儿童之家”')).toEqual([
      ['改造提升农贸市场', 15],
      ['建设提升“儿童之家”', 20],
    ]);
    expect(labels('新建改造提升300座公共厕所')).toEqual([['新建改造提升公共厕所', 300]]);
  });
  it('reads verbs joined by 、 or 并 as one verb', () => {
    expect(labels('建设、完善9处村级养老服务站和6处老年食堂')).toEqual([
      ['建设、完善村级养老服务站', 9],
      ['老年食堂', 6],
    ]);
    expect(labels('实施并完成4处公交首末站改造')).toEqual([['实施并完成公交首末站改造', 4]]);
  });
  it('reads 推进 and 推动 as verbs that name nothing', () => {
    expect(labels('推进1200户老旧小区居民加装燃气报警器')).toEqual([['老旧小区居民加装燃气报警器', 1200]]);
    expect(labels('推动16条街道社区服务站全覆盖')).toEqual([['街道社区服务站全覆盖', 16]]);
  });
});

describe('who is served and what they get', () => {
  it('keeps 开展 and 实现 between the people or places served and the service', () => {
    expect(labels('为500名孕产妇开展免费产前筛查')).toEqual([['孕产妇开展免费产前筛查', 500]]);
    expect(labels('帮助300名退役军人实现稳定就业')).toEqual([['退役军人实现稳定就业', 300]]);
  });
  it('drops 开展 after 对, where the thing counted is what the work is done to', () => {
    expect(labels('对12个背街小巷开展“微更新”')).toEqual([['背街小巷“微更新”', 12]]);
  });
  it('keeps a place after 在 with what is counted there', () => {
    expect(labels('在城东新区20所小学开展课后延时服务')).toEqual([['城东新区小学开展课后延时服务', 20]]);
  });
  it('reads a verb followed by 工程 as the name of a works, not who + what', () => {
    expect(labels('完成15所学校教室照明改造工程，完成8所学校空调安装工程')).toEqual([
      ['学校教室照明改造工程', 15],
      ['学校空调安装工程', 8],
    ]);
  });
  it('adds what the verb gives when the phrase before the number ends in its verb', () => {
    expect(labels('为65周岁以上老年人免费提供1.2万份健康体检套餐')).toEqual([['为65周岁以上老年人免费提供健康体检套餐', 12_000]]);
  });
  it('names people counted with 的 by what is done for them', () => {
    expect(read('解决沿河各乡镇3.2万人的安全饮水问题')).toMatchObject([{ label: '安全饮水问题', value: 32_000, unit: '人' }]);
  });
});

describe('a year between the verb and what is counted', () => {
  it('drops the year: it dates the task, it does not name it', () => {
    expect(read('开设2025年青少年公益夏令营不少于30个')).toMatchObject([{ label: '开设青少年公益夏令营', value: 30, unit: '个' }]);
  });
});

describe('Chinese numerals that are part of a name', () => {
  it('reads a distance glued to a noun as a scheme (三公里就业圈), not an amount', () => {
    expect(labels('打造三公里就业服务圈，城镇新增就业1.2万人')).toEqual([['城镇新增就业', 12_000]]);
    expect(labels('省级十五公里健身圈社区占比达到40%')).toEqual([['省级十五公里健身圈社区占比', 40]]);
  });
  it('reads a numeral and unit right before another number, or right after 街道/镇, as a place name', () => {
    expect(labels('完成东湖、西湖、七里3个街道便民服务中心改造')).toEqual([['街道便民服务中心改造', 3]]);
    expect(labels('新建桥头街道三里社区卫生服务站1个')).toEqual([['新建桥头街道三里社区卫生服务站', 1]]);
  });
  it('reads 实现N个…全覆盖 in numerals as the reach of a task, not a target of its own', () => {
    expect(labels('建成8个社区儿童服务站，实现五个街道全覆盖')).toEqual([['建成社区儿童服务站', 8]]);
  });
  it('still counts digits before 全覆盖', () => {
    expect(labels('推动21条街道儿童服务站全覆盖')).toEqual([['街道儿童服务站全覆盖', 21]]);
  });
});

describe('an amount that takes its label from elsewhere in the clause', () => {
  it('gives a bare amount after 、 the label of the amount before it', () => {
    expect(read('改造城镇老旧小区36个、1.8万户')).toMatchObject([
      { label: '改造城镇老旧小区', value: 36, unit: '个' },
      { label: '改造城镇老旧小区', value: 18_000, unit: '户', text: '1.8万户' },
    ]);
  });
  it('names a share by what follows 的 when only a verb stands before it', () => {
    expect(read('实现95%以上的行政村通客车')).toMatchObject([{ label: '行政村通客车', value: 95, unit: '%', kind: 'rate' }]);
  });
  it('names an amount alone in brackets by the phrase before the brackets', () => {
    expect(read('滨河公园景观提升（约5000平方米）')).toMatchObject([{ label: '滨河公园景观', value: 5000, unit: '平方米' }]);
    expect(read('建成集学习、活动为一体的党群活动阵地(约800平方米左右)')).toMatchObject([{ label: '党群活动阵地', value: 800 }]);
  });
  it('completes a bare verb with the project name when the name already holds the verb', () => {
    expect(labels('完成培训3000人次', '开展新型职业农民培训')).toEqual([['新型职业农民培训', 3000]]);
  });
  it('gives each value of 分别 its own label', () => {
    expect(read('城市、农村低保标准分别提高到每人每月900元和700元')).toMatchObject([
      { label: '城市低保标准', value: 900, kind: 'standard' },
      { label: '农村低保标准', value: 700, kind: 'standard' },
    ]);
    expect(labels('新生儿、孕产妇死亡率分别控制在3‰和8‰以内')).toEqual([
      ['新生儿死亡率', 3],
      ['孕产妇死亡率', 8],
    ]);
  });
});

describe('measures of one thing', () => {
  it('reads 1条 + 全长/总长度 + an amount: the count is of the thing named after the last 的', () => {
    expect(read('建设1条总长度约12公里，途经城南、城东的农村供水主管道')).toMatchObject([
      { label: '建设农村供水主管道', value: 1, unit: '条' },
      { label: '总长度', value: 12, unit: '公里' },
    ]);
  });
  it('reads 长…宽…的X as the length and the width of X', () => {
    expect(read('建设长800米宽12米的滨水步道')).toMatchObject([
      { label: '滨水步道长', value: 800, unit: '米', text: '建设长800米' },
      { label: '滨水步道宽', value: 12, unit: '米' },
    ]);
  });
  it('names a stretch of road by its ends and what is built on it', () => {
    expect(labels('完成人民路东门桥至西门桥2.6公里道路提升改造工程')).toEqual([['人民路东门桥至西门桥道路提升改造工程', 2.6]]);
  });
});

describe('standards and frequencies', () => {
  it('reads 每年每床 (period, then unit) as a per-unit standard', () => {
    expect(read('对民办养老机构按照平均每年每床1200元的标准给予运营补贴')).toMatchObject([
      { label: '对民办养老机构', value: 1200, unit: '元', kind: 'standard' },
    ]);
  });
  it('reads 每个小区组织开展N次 as a frequency named after the number', () => {
    expect(read('在全县每个学校组织开展至少2次应急疏散演练')).toMatchObject([{ label: '应急疏散演练', value: 2, unit: '次', kind: 'standard' }]);
  });
  it('keeps a unit per head written after a slash', () => {
    expect(read('年度抽检不少于4批次/千人')).toMatchObject([{ label: '年度抽检', value: 4, unit: '批次/千人', kind: 'standard' }]);
  });
});

describe('amounts without a unit and items in quotes', () => {
  it('reads a large amount after a count noun (人次达, 用户数突破) with the unit the noun counts', () => {
    expect(read('全年家庭医生签约服务人次达50万以上')).toMatchObject([{ label: '家庭医生签约服务人次', value: 500_000, unit: '人次' }]);
    expect(read('政务小程序用户数突破80万')).toMatchObject([{ label: '政务小程序用户数突破', value: 800_000, unit: '' }]);
  });
  it('still ignores a bare number that no count noun names', () => {
    expect(read('建设S338公路，完成101项改革')).toMatchObject([{ value: 101, unit: '项' }]);
  });
  it('reads a task whose whole item is quoted, and drops the quotes from its label', () => {
    expect(read('“新建5所公办幼儿园”')).toMatchObject([{ label: '新建公办幼儿园', value: 5, unit: '所' }]);
    expect(read('打造“15分钟健身圈”')).toEqual([]);
  });
});
