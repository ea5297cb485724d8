import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNoticeText } from '../notice/notice-text.parser';
import { extractTargets } from './extract-targets';
import type { TargetExtraction } from './target.types';

const seed = parseNoticeText(readFileSync(new URL('../../../fixtures/notice-2024-jingkai.txt', import.meta.url), 'utf8'));
const extractionOf = (seq: number): TargetExtraction => {
  const project = seed.projects.find((candidate) => candidate.seq === seq);
  if (project === undefined) throw new Error(`no project ${seq}`);
  return extractTargets(project.content, { projectName: project.name });
};
const brief = (extraction: TargetExtraction) =>
  extraction.targets.map(({ value, unit, kind, min, approx, parent }) => ({ value, unit, kind, min, approx, parent }));
const quantity = (value: number, unit: string, extra: Partial<{ min: boolean; approx: boolean; parent: number }> = {}) => ({
  value,
  unit,
  kind: 'quantity',
  min: false,
  approx: false,
  parent: undefined,
  ...extra,
});

describe('extractTargets on the 2024 seed notice (Done means)', () => {
  it('project 1 → one target, 110 座, exactly as the CLI contract shows it', () => {
    expect(extractionOf(1)).toEqual({
      targets: [
        {
          label: '新改建充电桩',
          value: 110,
          unit: '座',
          kind: 'quantity',
          min: false,
          approx: false,
          text: '全区新改建充电桩110座',
          confidence: 1,
        },
      ],
      milestones: [],
    });
  });

  it('project 3 → 113 个 with the child 32 个 (parent 0), and 2 处', () => {
    const extraction = extractionOf(3);
    expect(brief(extraction)).toEqual([quantity(113, '个'), quantity(32, '个', { parent: 0 }), quantity(2, '处')]);
    expect(extraction.targets.map((target) => target.label)).toEqual(['新增托位', '社区托位', '建设“乡村安心托”项目']);
    expect(extraction.milestones).toEqual([]);
  });

  it('project 6 → 550 批次 quantity and 处置率 100% rate', () => {
    const extraction = extractionOf(6);
    expect(brief(extraction)).toEqual([quantity(550, '批次'), { ...quantity(100, '%'), kind: 'rate' }]);
    expect(extraction.targets[1]).toMatchObject({ label: '处置率', text: '处置率达到100%' });
  });

  it('project 7 → 113000 人, approximate', () => {
    expect(brief(extractionOf(7))).toEqual([quantity(113_000, '人', { approx: true })]);
    expect(extractionOf(7).targets[0]).toMatchObject({ label: '覆盖居民长期护理保险', text: '覆盖约11.3万人' });
  });

  it('project 12 → at least 150 场', () => {
    expect(brief(extractionOf(12))).toEqual([quantity(150, '场', { min: true })]);
  });

  it('project 15 → five increase targets and ② as a milestone', () => {
    const extraction = extractionOf(15);
    expect(extraction.targets.map(({ label, value, unit, kind }) => [label, value, unit, kind])).toEqual([
      ['城市低保标准', 7.5, '%', 'increase'],
      ['农村低保标准', 9.5, '%', 'increase'],
      ['孤困儿童基本生活保障标准', 7.5, '%', 'increase'],
      ['残疾人“两项补贴”标准', 7.5, '%', 'increase'],
      ['农村特困人员基本生活标准', 9.5, '%', 'increase'],
    ]);
    expect(extraction.milestones.map((milestone) => milestone.title)).toEqual([expect.stringMatching(/^擦亮“济时救·经心救”品牌，.*健全完善救助保障网络$/)]);
  });

  it('project 19 → four milestones and no target', () => {
    expect(extractionOf(19)).toEqual({
      targets: [],
      milestones: [
        {
          title: '嘉兴路（S338以北路段、竹李路段）道路新建工程，文祥路东段、嘉德路道路排水及配套工程建设',
          text: '嘉兴路（S338以北路段、竹李路段）道路新建工程，文祥路东段、嘉德路道路排水及配套工程建设',
        },
        { title: '2024年供热管网工程', text: '2024年供热管网工程' },
        { title: '2024年市政排水管网维护工程', text: '2024年市政排水管网维护工程' },
        { title: '2024年路灯亮化工程', text: '2024年路灯亮化工程' },
      ],
    });
  });

  it('project 20 → 1500 人 and 录取率 70.5%, the restated 70% task target is not a second target', () => {
    const extraction = extractionOf(20);
    expect(brief(extraction)).toEqual([quantity(1500, '人'), { ...quantity(70.5, '%'), kind: 'rate' }]);
    expect(extraction.targets[1]?.label).toContain('录取率');
  });

  it('project 23 → 4 处, about 44% rate, 3.5 平方米 and ① as a milestone', () => {
    const extraction = extractionOf(23);
    expect(brief(extraction)).toEqual([quantity(4, '处'), { ...quantity(44, '%', { approx: true }), kind: 'rate' }, quantity(3.5, '平方米')]);
    expect(extraction.milestones.map((milestone) => milestone.title)).toEqual(['为尚未配备健身设施的社区进行配装，对损坏的设施进行修缮，确保设施的正常使用']);
  });

  it('project 24 → standard targets only: 每人每年2元 and 每户每年2元', () => {
    const extraction = extractionOf(24);
    expect(extraction.targets.map(({ value, unit, kind, text }) => ({ value, unit, kind, text }))).toEqual([
      { value: 2, unit: '元', kind: 'standard', text: '每人每年2元' },
      { value: 2, unit: '元', kind: 'standard', text: '每户每年2元' },
    ]);
  });

  it('project 26 → 5.5 公里', () => {
    expect(brief(extractionOf(26))).toEqual([quantity(5.5, '公里')]);
  });

  it('reads no year, road code, route number, duration or name as a target anywhere', () => {
    for (const project of seed.projects) {
      const { targets } = extractTargets(project.content, { projectName: project.name });
      for (const target of targets) {
        expect([2024, 338, 101, 15, 212], `${project.seq} ${target.text}`).not.toContain(target.value);
        expect(['年', '分钟', ''], `${project.seq} ${target.text}`).not.toContain(target.unit);
        expect(target.text, `${project.seq}`).not.toMatch(/S338|101公交|大安机场|三年行动/);
      }
    }
    expect(extractionOf(27).targets).toEqual([]);
    expect(extractionOf(14).targets.map((target) => target.value)).toEqual([8]);
  });

  it('gives every target an exact span of its content that contains its number', () => {
    for (const project of seed.projects) {
      for (const target of extractTargets(project.content, { projectName: project.name }).targets) {
        expect(project.content.indexOf(target.text), target.text).toBeGreaterThanOrEqual(0);
        expect(target.text).toMatch(/[0-9一二三四五六七八九十百千万两]/);
        expect(target.label.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
