import { describe, expect, it } from 'vitest';
import { forecastYearEnd } from './year-end.forecast';

const start = '2024-01-01';
const deadline = '2024-12-31';

describe('forecastYearEnd', () => {
  it('is null without history', () => {
    expect(forecastYearEnd([], start, deadline, '2024-06-30')).toBeNull();
    expect(forecastYearEnd([{ date: '2024-07-05', progress: 0.5 }], start, deadline, '2024-06-30')).toBeNull();
  });
  it('uses the pace since the start with fewer than 3 points', () => {
    // 0.25 in 91 days → 0.25 + 0.25/91 × 275 days left
    const f = forecastYearEnd([{ date: '2024-04-01', progress: 0.25 }], start, deadline, '2024-04-01');
    expect(f?.projected).toBeCloseTo(0.25 + (0.25 / 91) * 274, 6);
    expect(f?.missesDeadline).toBe(false);
  });
  it('uses the least-squares trend of recent weeks and warns when it misses', () => {
    // 1 pp per week since June: far too slow for the remaining half year
    const dates = ['2024-06-03', '2024-06-10', '2024-06-17', '2024-06-24', '2024-07-01'];
    const history = dates.map((date, i) => ({ date, progress: 0.3 + 0.01 * i }));
    const f = forecastYearEnd(history, start, deadline, '2024-07-01');
    // 183 days from 1 July to 31 December
    expect(f?.projected).toBeCloseTo(0.34 + (0.01 / 7) * 183, 6);
    expect(f?.missesDeadline).toBe(true);
  });
  it('projects over-achievement above 1 for a fast trend', () => {
    const history = [0.2, 0.3, 0.4, 0.5].map((progress, i) => ({ date: `2024-0${3 + i}-01`, progress }));
    const f = forecastYearEnd(history, start, deadline, '2024-06-30');
    expect(f?.projected).toBeGreaterThan(1);
    expect(f?.missesDeadline).toBe(false);
  });
  it('fits only the last 8 points', () => {
    const slowThenFast = [
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ date: `2024-01-${String(1 + 5 * i).padStart(2, '0')}`, progress: 0 })),
      ...Array.from({ length: 8 }, (_, i) => ({ date: `2024-02-${String(1 + 3 * i).padStart(2, '0')}`, progress: 0.05 * (i + 1) })),
    ];
    const f = forecastYearEnd(slowThenFast, start, deadline, '2024-03-01');
    // 0.05 per 3 days, from 0.4 on 22 Feb: over 1 well before the year end
    expect(f?.projected).toBeCloseTo(0.4 + (0.05 / 3) * 313, 6);
  });
  it('treats a downward trend as no pace and never forecasts below the latest value', () => {
    const history = [0.5, 0.45, 0.4].map((progress, i) => ({ date: `2024-0${5 + i}-01`, progress }));
    expect(forecastYearEnd(history, start, deadline, '2024-07-31')).toEqual({ projected: 0.4, missesDeadline: true });
  });
  it('orders observations by date and ignores those after asOf', () => {
    const history = [
      { date: '2024-03-01', progress: 0.3 },
      { date: '2024-01-01', progress: 0.1 },
      { date: '2024-02-01', progress: 0.2 },
      { date: '2024-09-01', progress: 0.2 },
    ];
    const f = forecastYearEnd(history, start, deadline, '2024-03-01');
    expect(f?.projected).toBeGreaterThan(0.3);
  });
  it('is the latest value once the deadline has passed', () => {
    const history = [{ date: '2025-01-05', progress: 0.97 }];
    expect(forecastYearEnd(history, start, deadline, '2025-01-05')).toEqual({ projected: 0.97, missesDeadline: true });
    expect(forecastYearEnd([{ date: '2024-12-31', progress: 1 }], start, deadline, '2025-01-05')).toEqual({ projected: 1, missesDeadline: false });
  });
  it('has no pace when the only observation is on the start day', () => {
    expect(forecastYearEnd([{ date: start, progress: 0 }], start, deadline, start)).toEqual({ projected: 0, missesDeadline: true });
  });
});
