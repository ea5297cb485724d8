import { describe, expect, it } from 'vitest';
import type { WeeklyUpdate } from '../../../contract/weekly.contract';
import { acceptedActualsByMonth, actualsOnMonths } from './accepted-actuals.util';

const week = (w: string, weekEnd: string, status: WeeklyUpdate['status'], actual: number | null) =>
  ({
    week: w,
    weekEnd,
    status,
    values: [{ targetId: 7, label: '充电桩', unit: '座', target: 110, previous: null, actual, reason: null, flags: [] }],
  }) as unknown as WeeklyUpdate;

describe('acceptedActualsByMonth', () => {
  it('takes the last accepted week of each month and ignores drafts, submitted and returned weeks', () => {
    const updates = [
      week('2024-W05', '2024-02-04', 'accepted', 10),
      week('2024-W09', '2024-03-03', 'accepted', 30),
      week('2024-W08', '2024-02-25', 'accepted', 25),
      week('2024-W13', '2024-03-31', 'submitted', 60),
      week('2024-W12', '2024-03-24', 'returned', 50),
    ];
    expect(acceptedActualsByMonth(updates, 7)).toEqual([
      { month: '2024-02', value: 25 },
      { month: '2024-03', value: 30 },
    ]);
    expect(acceptedActualsByMonth(updates, 8)).toEqual([]);
  });
  it('carries the value between reports and draws nothing outside them', () => {
    const actuals = [
      { month: '2024-02', value: 25 },
      { month: '2024-04', value: 40 },
    ];
    expect(actualsOnMonths(actuals, ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'])).toEqual([null, 25, 25, 40, null]);
  });
});
