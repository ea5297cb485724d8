import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChineseNumber } from '../numbers/chinese-number.formatter';
import { extractTargets } from './extract-targets';
import { splitContentSegments } from './sub-item.splitter';

const values = (content: string) => extractTargets(content).targets.map((target) => [target.value, target.unit]);

describe('splitContentSegments', () => {
  it.each([
    ['①甲；②乙。', ['甲', '乙']],
    ['⑴甲；⑵乙', ['甲', '乙']],
    ['（1）甲；\n（2）乙', ['甲', '乙']],
    ['1.甲；\n2、乙。', ['甲', '乙']],
    ['引言：①甲②乙', ['引言：', '甲', '乙']],
  ])('splits %j at its markers', (content, bodies) => {
    expect(splitContentSegments(content).map((s) => content.slice(s.bodyStart, s.bodyEnd))).toEqual(bodies);
  });

  it('never splits at a decimal or at brackets inside a sentence', () => {
    const content = '新改建道路5.5公里（含2条支路），改造小区（1）号楼。';
    expect(splitContentSegments(content)).toEqual([{ marker: null, bodyStart: 0, bodyEnd: content.length - 1 }]);
  });

  it('keeps the first family of markers: (1)(2) inside ① stay in ①', () => {
    const content = '①建设：（1）甲3处；（2）乙4处；\n②丙。';
    expect(splitContentSegments(content).map((s) => s.marker)).toEqual(['①', '②']);
  });
});

describe('extractTargets kinds and qualifiers', () => {
  it('reads a raised standard as one standard target, not the old value', () => {
    const { targets } = extractTargets('城市低保标准由每人每月820元提高到每人每月860元，农村低保标准比上年提高6%。');
    expect(targets.map(({ label, value, unit, kind }) => [label, value, unit, kind])).toEqual([
      ['城市低保标准', 860, '元', 'standard'],
      ['农村低保标准', 6, '%', 'increase'],
    ]);
  });

  it('reads per-head money and frequencies as standards', () => {
    const money = extractTargets('为80周岁以上老年人每人每月发放助餐补贴30元。').targets;
    expect(money).toMatchObject([{ label: '助餐补贴', value: 30, unit: '元', kind: 'standard' }]);
    const frequency = extractTargets('对初中学生每学期开展1次心理辅导筛查。').targets;
    expect(frequency).toMatchObject([{ label: '心理辅导筛查', value: 1, unit: '次', kind: 'standard', confidence: 0.6 }]);
    expect(frequency[0]?.text).toBe('每学期开展1次心理辅导筛查');
  });

  it('reads increases in 个百分点 and money raised by an amount', () => {
    expect(extractTargets('参保率提高2个百分点').targets[0]).toMatchObject({ kind: 'increase', value: 2, unit: '个百分点' });
    expect(extractTargets('基础养老金比上年提高20元').targets[0]).toMatchObject({ kind: 'increase', value: 20, unit: '元' });
  });

  it('marks minimums, approximations, ranges and ceilings', () => {
    const { targets } = extractTargets('新增就业3800人以上，惠及居民约6500户，每校配备3-5名心理教师，失业率控制在3.5%以内。');
    expect(targets.map(({ value, min, approx, kind, confidence }) => ({ value, min, approx, kind, confidence }))).toEqual([
      { value: 3800, min: true, approx: false, kind: 'quantity', confidence: 1 },
      { value: 6500, min: false, approx: true, kind: 'quantity', confidence: 1 },
      { value: 3, min: false, approx: false, kind: 'quantity', confidence: 0.7 },
      { value: 3.5, min: false, approx: false, kind: 'rate', confidence: 0.8 },
    ]);
  });

  it('reads Chinese numerals and 万/亿 amounts', () => {
    expect(values('新建两所学校，发放创业担保贷款1.2亿元，覆盖十一万人。')).toEqual([
      [2, '所'],
      [120_000_000, '元'],
      [110_000, '人'],
    ]);
  });
});

describe('extractTargets never reads names, codes, dates or ordinals', () => {
  it.each([
    '推进G237国道沿线卫生院改造',
    '优化12路、25路公交线路走向',
    '优化12345政务服务便民热线',
    '为65周岁及以上老年人免费提供一次健康体检',
    '新建青阳第二水厂配套管网工程',
    '打造“15分钟健身圈”',
    '实施三年行动计划，2025年6月底前完成',
    '落实济开管发〔2024〕1号文件要求',
    '推行“一件事一次办”，统一部署',
  ])('%s', (content) => {
    expect(extractTargets(content).targets).toEqual([]);
  });

  it('turns a sub-item without a target into a milestone, with its exact text', () => {
    const content = '①完成8家村卫生室标准化建设；\n②建设县域医共体远程会诊中心。';
    const { targets, milestones } = extractTargets(content);
    expect(targets.map((target) => target.value)).toEqual([8]);
    expect(milestones).toEqual([{ title: '建设县域医共体远程会诊中心', text: '建设县域医共体远程会诊中心' }]);
  });

  it('does not make milestones of unnumbered content', () => {
    expect(extractTargets('按照原则及时报销，提高出生人口健康水平。')).toEqual({ targets: [], milestones: [] });
  });
});

describe('extractTargets labels, spans and children', () => {
  it('makes 其中 and （含…） children of the target before them', () => {
    const { targets } = extractTargets('新增托位500个，其中社区托位150个、企业托位50个；新建道路5条（含断头路2条）。');
    expect(targets.map(({ label, value, parent }) => [label, value, parent])).toEqual([
      ['新增托位', 500, undefined],
      ['社区托位', 150, 0],
      ['企业托位', 50, 0],
      ['新建道路', 5, undefined],
      ['断头路', 2, 3],
    ]);
  });

  it('reads 其中 without a target before it as a top-level target', () => {
    expect(extractTargets('继续提高标准。其中城市低保标准比上年提高7.5%').targets[0]?.parent).toBeUndefined();
  });

  it('takes the counted noun after the number when only a verb stands before it', () => {
    const { targets } = extractTargets('按照省级标准改造提升薄弱村卫生室、建设2家中心村卫生室；全年举办140场群众乐于参与的文化活动。');
    expect(targets.map(({ label, text }) => [label, text])).toEqual([
      ['建设中心村卫生室', '建设2家中心村卫生室'],
      ['举办文化活动', '全年举办140场群众乐于参与的文化活动'],
    ]);
  });

  it('completes a bare verb with the project name, or says so with a low confidence', () => {
    expect(extractTargets('2024年覆盖约11.3万人。', { projectName: '深入推进居民长期护理保险' }).targets[0]).toMatchObject({
      label: '覆盖居民长期护理保险',
      confidence: 0.9,
    });
    expect(extractTargets('2024年覆盖约11.3万人。').targets[0]).toMatchObject({ label: '覆盖人数', confidence: 0.6 });
  });

  it('finds every target text in the content and reads back its value (property)', () => {
    const units = ['座', '个', '处', '家', '人', '人次', '批次', '场', '户', '名', '公里', '平方米'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 99_999 }),
        fc.constantFrom(...units),
        fc.boolean(),
        fc.constantFrom('全区新建充电桩', '2025年新增托位', '完成道路改造'),
        (value, unit, isChinese, label) => {
          const written = isChinese ? formatChineseNumber(value) : String(value);
          const content = `${label}${written}${unit}，提升服务水平。`;
          const { targets } = extractTargets(content);
          expect(targets).toHaveLength(1);
          expect(targets[0]).toMatchObject({ value, unit, kind: 'quantity' });
          expect(content.indexOf(targets[0]?.text ?? '∅')).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
