import { describe, expect, it } from 'vitest';
import { clampIntoPlanYear, formatDayChinese, isPlanYearOver, isWeekInPlanYear, planAsOf, planLastDay, planWeekOf } from './plan-as-of';

/** An instant given as Shanghai wall-clock time. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('planAsOf', () => {
  it('is today while the plan year runs', () => {
    expect(planAsOf({ year: 2026, now: sh('2026-12-06T10:00:00') })).toBe('2026-12-06');
  });
  it('is the last day of a past plan year (a 2024 plan read in 2026)', () => {
    expect(planAsOf({ year: 2024, now: sh('2026-12-06T10:00:00') })).toBe('2024-12-31');
  });
  it('is the first day of a plan whose year has not begun', () => {
    expect(planAsOf({ year: 2027, now: sh('2026-12-06T10:00:00') })).toBe('2027-01-01');
  });
  it('takes the Shanghai date, not UTC: 1 January 00:30 in Shanghai is already the new year', () => {
    expect(planAsOf({ year: 2025, now: sh('2025-01-01T00:30:00') })).toBe('2025-01-01');
    expect(planAsOf({ year: 2024, now: sh('2025-01-01T00:30:00') })).toBe('2024-12-31');
  });
  it('uses a chosen date, clamped into the plan year', () => {
    const now = sh('2026-12-06T10:00:00');
    expect(planAsOf({ year: 2024, chosen: '2024-06-30', now })).toBe('2024-06-30');
    expect(planAsOf({ year: 2024, chosen: '2026-03-01', now })).toBe('2024-12-31');
    expect(planAsOf({ year: 2024, chosen: '2023-11-01', now })).toBe('2024-01-01');
    expect(planAsOf({ year: 2024, chosen: null, now })).toBe('2024-12-31');
  });
  it('stops at the 台账截止日 when the 督查室 set one: the default date after it is that day, a chosen date still counts', () => {
    expect(planAsOf({ year: 2024, endDate: '2024-10-15', now: sh('2026-12-06T10:00:00') })).toBe('2024-10-15');
    expect(planAsOf({ year: 2026, endDate: '2026-11-30', now: sh('2026-12-06T10:00:00') })).toBe('2026-11-30');
    expect(planAsOf({ year: 2026, endDate: '2026-12-20', now: sh('2026-12-06T10:00:00') })).toBe('2026-12-06');
    expect(planAsOf({ year: 2024, endDate: '2024-10-15', chosen: '2024-12-01', now: sh('2026-12-06T10:00:00') })).toBe('2024-12-01');
    expect(isPlanYearOver(2026, sh('2026-12-06T10:00:00'), '2026-11-30')).toBe(true);
    expect(isPlanYearOver(2026, sh('2026-12-06T10:00:00'), '2026-12-20')).toBe(false);
    expect(planLastDay(2024, null)).toBe('2024-12-31');
    expect(planLastDay(2024, '2024-10-15')).toBe('2024-10-15');
  });
});

describe('planWeekOf', () => {
  it('is the ISO week of a date inside the year', () => {
    expect(planWeekOf('2024-06-05', 2024)).toBe('2024-W23');
  });
  it('never gives a week of another year: 2024-12-31 (ISO 2025-W01) → 2024-W52', () => {
    expect(planWeekOf('2024-12-31', 2024)).toBe('2024-W52');
  });
  it('gives week 1 for early January that belongs to the previous ISO year (2021-01-01 is 2020-W53)', () => {
    expect(planWeekOf('2021-01-01', 2021)).toBe('2021-W01');
  });
  it('keeps week 53 of a year that has one (2026-12-31 is 2026-W53)', () => {
    expect(planWeekOf('2026-12-31', 2026)).toBe('2026-W53');
  });
  it('clamps a date outside the year first (the real 2026 date for a 2024 plan)', () => {
    expect(planWeekOf('2026-12-06', 2024)).toBe('2024-W52');
    expect(planWeekOf('2023-12-06', 2024)).toBe('2024-W01');
  });
});

describe('helpers', () => {
  it('clamps, tells a finished year, checks a week and formats the caption', () => {
    expect(clampIntoPlanYear('2024-02-29', 2024)).toBe('2024-02-29');
    expect(isPlanYearOver(2024, sh('2026-12-06T10:00:00'))).toBe(true);
    expect(isPlanYearOver(2026, sh('2026-12-31T23:59:00'))).toBe(false);
    expect(isPlanYearOver(2026, sh('2027-01-01T00:00:00'))).toBe(true);
    expect(isWeekInPlanYear('2026-W49', 2024)).toBe(false);
    expect(isWeekInPlanYear('2024-W49', 2024)).toBe(true);
    expect(formatDayChinese('2024-12-31')).toBe('2024年12月31日');
    expect(formatDayChinese('2024-03-08')).toBe('2024年3月8日');
  });
});
