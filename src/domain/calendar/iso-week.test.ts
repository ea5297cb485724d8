import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDayNumber,
  dayNumberOf,
  currentWeek,
  formatWeekChinese,
  isValidWeek,
  isoWeekOf,
  isoWeekday,
  nextWeek,
  previousWeek,
  shanghaiDate,
  shanghaiInstant,
  weekRange,
  weeksBetween,
  weeksInYear,
} from './iso-week';

describe('shanghaiDate', () => {
  it('is already the next day in Shanghai from 16:00Z', () => {
    expect(shanghaiDate(new Date('2024-06-07T15:59:59.999Z'))).toBe('2024-06-07');
    expect(shanghaiDate(new Date('2024-06-07T16:00:00Z'))).toBe('2024-06-08');
  });
  it('turns the year at 16:00Z on 31 December', () => {
    expect(shanghaiDate(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });
});

describe('shanghaiInstant', () => {
  it('is the UTC instant of a Shanghai wall-clock time, the day start by default', () => {
    expect(shanghaiInstant('2024-03-08', '18:00')).toBe('2024-03-08T10:00:00.000Z');
    expect(shanghaiInstant('2024-03-08')).toBe('2024-03-07T16:00:00.000Z');
  });
  it('goes back to the same Shanghai date, also from an ISO string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 1439 }), (day, minute) => {
        const date = dateOfDayNumber(day);
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        expect(shanghaiDate(shanghaiInstant(date, time))).toBe(date);
      }),
    );
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2024-06-03', '2024-W23'],
    ['2024-06-09', '2024-W23'],
    ['2024-12-30', '2025-W01'],
    ['2025-01-05', '2025-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2023-01-01', '2022-W52'],
    ['2024-01-01', '2024-W01'],
    ['2024-02-29', '2024-W09'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
  it('refuses impossible dates in Chinese', () => {
    expect(() => isoWeekOf('2023-02-29')).toThrow('日期不存在');
    expect(() => isoWeekOf('2024/06/03')).toThrow('日期格式不正确');
  });
});

describe('currentWeek', () => {
  it('uses the Shanghai date: Sunday 16:00Z is already Monday of the next week', () => {
    expect(currentWeek(new Date('2024-06-09T15:59:00Z'))).toBe('2024-W23');
    expect(currentWeek(new Date('2024-06-09T16:00:00Z'))).toBe('2024-W24');
  });
  it('crosses into a week of the next year', () => {
    expect(currentWeek(new Date('2024-12-29T16:30:00Z'))).toBe('2025-W01');
  });
});

describe('weekRange and validity', () => {
  it('gives Monday and Sunday', () => {
    expect(weekRange('2024-W23')).toEqual({ start: '2024-06-03', end: '2024-06-09' });
    expect(weekRange('2025-W01')).toEqual({ start: '2024-12-30', end: '2025-01-05' });
    expect(weekRange('2020-W53')).toEqual({ start: '2020-12-28', end: '2021-01-03' });
    expect(weekRange('2026-W53')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(weekRange('2026-W01')).toEqual({ start: '2025-12-29', end: '2026-01-04' });
  });
  it('knows which years have 53 weeks', () => {
    expect([2015, 2020, 2026, 2032].map(weeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2023, 2024, 2025].map(weeksInYear)).toEqual([52, 52, 52, 52]);
  });
  it('refuses week 53 of a 52-week year and malformed weeks, in Chinese', () => {
    expect(() => weekRange('2025-W53')).toThrow('周次不存在：2025年没有第53周。');
    expect(() => weekRange('2024-W00')).toThrow('周次不存在');
    expect(() => weekRange('2024-23')).toThrow('周次格式不正确');
    expect(() => weekRange('2024-W5')).toThrow('周次格式不正确');
  });
  it('validates weeks', () => {
    expect(isValidWeek('2020-W53')).toBe(true);
    expect(isValidWeek('2026-W53')).toBe(true);
    expect(isValidWeek('2025-W53')).toBe(false);
    expect(isValidWeek('2024-W54')).toBe(false);
    expect(isValidWeek('2024-W00')).toBe(false);
    expect(isValidWeek('2024W23')).toBe(false);
    expect(isValidWeek('')).toBe(false);
  });
});

describe('week navigation', () => {
  it('steps across year boundaries, through week 53', () => {
    expect(nextWeek('2020-W52')).toBe('2020-W53');
    expect(nextWeek('2020-W53')).toBe('2021-W01');
    expect(previousWeek('2021-W01')).toBe('2020-W53');
    expect(nextWeek('2024-W52')).toBe('2025-W01');
    expect(previousWeek('2025-W01')).toBe('2024-W52');
    expect(previousWeek('2027-W01')).toBe('2026-W53');
  });
  it('lists weeks inclusively', () => {
    expect(weeksBetween('2020-W52', '2021-W02')).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(weeksBetween('2024-W23', '2024-W23')).toEqual(['2024-W23']);
    expect(weeksBetween('2024-W24', '2024-W23')).toEqual([]);
    expect(weeksBetween('2024-W01', '2024-W52')).toHaveLength(52);
    expect(weeksBetween('2026-W01', '2026-W53')).toHaveLength(53);
  });
});

describe('date helpers', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
  it('gives ISO weekdays', () => {
    expect(isoWeekday('2024-06-03')).toBe(1);
    expect(isoWeekday('2024-06-07')).toBe(5);
    expect(isoWeekday('2024-06-09')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });
});

describe('formatWeekChinese', () => {
  it('formats a week the way the notice writes dates', () => {
    expect(formatWeekChinese('2024-W23')).toBe('2024年第23周（6月3日—6月9日）');
    expect(formatWeekChinese('2024-W02')).toBe('2024年第2周（1月8日—1月14日）');
  });
  it('names the other year when the week straddles the year end', () => {
    expect(formatWeekChinese('2025-W01')).toBe('2025年第1周（2024年12月30日—1月5日）');
    expect(formatWeekChinese('2020-W53')).toBe('2020年第53周（12月28日—2021年1月3日）');
  });
});

describe('ISO week properties', () => {
  const anyDate = fc.integer({ min: dayNumberOf('1990-01-01'), max: dayNumberOf('2100-12-31') }).map(dateOfDayNumber);

  it('every date lies within the range of its own week, which runs Monday to Sunday', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { start, end } = weekRange(isoWeekOf(date));
        return start <= date && date <= end && isoWeekday(start) === 1 && addDays(start, 6) === end;
      }),
    );
  });
  it('next and previous week are inverse and one week apart', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const week = isoWeekOf(date);
        return previousWeek(nextWeek(week)) === week && weekRange(nextWeek(week)).start === addDays(weekRange(week).start, 7);
      }),
    );
  });
});
