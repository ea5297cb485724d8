import { describe, expect, it } from 'vitest';
import { COMPLETED_AT, DEFAULT_STATUS_THRESHOLDS, PROJECT_STATUSES, addMonths, projectStatus } from './project-status.rules';
import type { ProjectStatusInput } from './project-status.rules';
import { NOT_REPORTED_COLOR, NOT_REPORTED_LABEL, STATUS_COLORS, STATUS_COLOR_NAMES, STATUS_LABELS } from './status-labels';

const base: ProjectStatusInput = { progress: 0.5, expected: 0.5, startDate: '2024-01-01', hasAnyProgress: true, date: '2024-06-30' };
const status = (patch: Partial<ProjectStatusInput>) => projectStatus({ ...base, ...patch });

describe('projectStatus', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_STATUS_THRESHOLDS).toEqual({ behindPp: 10, seriousPp: 30, stallMonths: 3 });
  });
  it('is completed at 100 %, allowing float dust', () => {
    expect(status({ progress: 1 })).toBe('completed');
    expect(status({ progress: COMPLETED_AT })).toBe('completed');
    expect(status({ progress: 0.9998, expected: 1 })).toBe('on_track');
  });
  it('is on track when ahead or up to and including 10 pp behind', () => {
    expect(status({ progress: 0.8, expected: 0.5 })).toBe('on_track');
    expect(status({ progress: 0.5, expected: 0.5 })).toBe('on_track');
    expect(status({ progress: 0.4, expected: 0.5 })).toBe('on_track');
    // float arithmetic: 0.7 − 0.6 is 0.09999… and 0.3 − 0.2 is 0.0999…; 0.6 − 0.5 is 0.1000…02
    expect(status({ progress: 0.5, expected: 0.6 })).toBe('on_track');
    expect(status({ progress: 0.2, expected: 0.3 })).toBe('on_track');
  });
  it('is behind from just over 10 pp up to and including 30 pp', () => {
    expect(status({ progress: 0.399, expected: 0.5 })).toBe('behind');
    expect(status({ progress: 0.2, expected: 0.5 })).toBe('behind');
    expect(status({ progress: 0.4, expected: 0.7 })).toBe('behind');
  });
  it('is seriously behind beyond 30 pp', () => {
    expect(status({ progress: 0.199, expected: 0.5 })).toBe('seriously_behind');
    expect(status({ progress: 0, expected: 0.9 })).toBe('seriously_behind');
  });
  it('is seriously behind with no progress at all three months after the planned start', () => {
    const stalled = { progress: 0, expected: 0.05, hasAnyProgress: false, startDate: '2024-03-15' };
    expect(status({ ...stalled, date: '2024-06-14' })).toBe('on_track');
    expect(status({ ...stalled, date: '2024-06-15' })).toBe('seriously_behind');
    expect(status({ ...stalled, date: '2024-06-15', hasAnyProgress: true })).toBe('on_track');
  });
  it('is on track before the start', () => {
    expect(status({ progress: 0, expected: 0, hasAnyProgress: false, startDate: '2024-07-01' })).toBe('on_track');
  });
  it('takes plan-specific thresholds', () => {
    const thresholds = { behindPp: 5, seriousPp: 15, stallMonths: 1 };
    expect(status({ progress: 0.44, expected: 0.5, thresholds })).toBe('behind');
    expect(status({ progress: 0.3, expected: 0.5, thresholds })).toBe('seriously_behind');
    expect(status({ progress: 0, expected: 0, hasAnyProgress: false, date: '2024-02-01', thresholds })).toBe('seriously_behind');
  });
});

describe('addMonths', () => {
  it('counts calendar months, clamping to the month end', () => {
    expect(addMonths('2024-01-01', 3)).toBe('2024-04-01');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});

describe('status labels and colours', () => {
  it('names and paints every status', () => {
    expect(PROJECT_STATUSES.map((s) => STATUS_LABELS[s])).toEqual(['已完成', '序时推进', '滞后', '严重滞后']);
    expect(PROJECT_STATUSES.map((s) => STATUS_COLORS[s])).toEqual(['#1677ff', '#52c41a', '#faad14', '#ff4d4f']);
    expect(PROJECT_STATUSES.map((s) => STATUS_COLOR_NAMES[s]).join('')).toBe('蓝绿黄红');
    expect(NOT_REPORTED_LABEL).toBe('未报送');
    expect(NOT_REPORTED_COLOR).toMatch(/^#[0-9a-f]{6}$/);
  });
});
