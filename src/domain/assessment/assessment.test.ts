import { describe, expect, it } from 'vitest';
import {
  blockerFact,
  DEFAULT_RUBRIC,
  noticeFact,
  progressFact,
  rankByTotal,
  rectificationFact,
  reportFacts,
  rubricProblem,
  scoreCriterion,
  scoreUnit,
} from '.';

describe('rubric', () => {
  it('accepts the default rubric (weights sum to 100)', () => {
    expect(rubricProblem(DEFAULT_RUBRIC)).toBeNull();
  });
  it('refuses weights that do not sum to 100, naming the sum', () => {
    expect(
      rubricProblem([
        { key: 'timeliness', weight: 50 },
        { key: 'progress', weight: 40 },
      ]),
    ).toBe('各项考核指标分值合计为 90 分，应为 100 分，请调整后再保存。');
  });
  it('refuses a criterion twice', () => {
    expect(
      rubricProblem([
        { key: 'timeliness', weight: 50 },
        { key: 'timeliness', weight: 50 },
      ]),
    ).toContain('重复');
  });
});

describe('scoring', () => {
  it('gives weight × share of good facts, and full points without facts', () => {
    const facts = reportFacts(
      '项目3',
      ['2024-W36', '2024-W37', '2024-W38', '2024-W39'],
      new Map([
        ['2024-W36', { isLate: false }],
        ['2024-W37', { isLate: true }],
        ['2024-W39', { isLate: false }],
      ]),
    );
    const s = scoreCriterion({ key: 'timeliness', weight: 30 }, facts);
    expect(s.points).toBe(15);
    expect(s.deductions).toEqual(['项目3 第37周 迟报', '项目3 第38周 未报送']);
    expect(scoreCriterion({ key: 'inspection', weight: 10 }, []).points).toBe(10);
  });
  it('counts 滞后 half and 严重滞后 nothing on progress', () => {
    const r = scoreUnit([{ key: 'progress', weight: 30 }], () => [
      progressFact('项目1', 'on_track'),
      progressFact('项目2', 'behind'),
      progressFact('项目3', 'seriously_behind'),
    ]);
    expect(r.total).toBe(15);
    expect(r.criteria[0]!.deductions).toEqual(['项目2 滞后', '项目3 严重滞后']);
  });
  it('judges 督办单, blockers and rectifications by their deadline as of a date', () => {
    expect(noticeFact({ label: '督办〔2024〕2号', deadline: '2024-09-10', closedOn: '2024-09-12' }, '2024-09-30')).toEqual({
      ok: false,
      text: '督办〔2024〕2号 逾期办结',
    });
    expect(noticeFact({ label: '督办〔2024〕3号', deadline: '2024-09-10', closedOn: null }, '2024-09-30')?.text).toBe('督办〔2024〕3号 逾期未办结');
    expect(noticeFact({ label: '督办〔2024〕4号', deadline: '2024-10-10', closedOn: null }, '2024-09-30')).toBeNull();
    expect(blockerFact({ label: '堵点#1', dueOn: '2024-09-01', resolvedOn: '2024-08-20' }, '2024-09-30')?.ok).toBe(true);
    expect(rectificationFact({ label: '整改#1', deadline: '2024-09-01', closedOn: null }, '2024-09-30')?.text).toBe('整改#1 逾期未整改');
  });
  it('ranks by total with shared ranks', () => {
    const ranked = rankByTotal([
      { unitName: '乙', total: 90 },
      { unitName: '甲', total: 95 },
      { unitName: '丙', total: 90 },
    ]);
    expect(ranked.map((r) => [r.unitName, r.rank])).toEqual([
      ['甲', 1],
      ['丙', 2],
      ['乙', 2],
    ]);
  });
});
