import { describe, expect, it } from 'vitest';
import { xunOf } from './xun';

describe('xunOf', () => {
  it('splits at the 10th/11th and 20th/21st', () => {
    expect(xunOf('2024-06-01')).toEqual({ start: '2024-06-01', end: '2024-06-10', label: '2024年6月上旬' });
    expect(xunOf('2024-06-10')).toEqual({ start: '2024-06-01', end: '2024-06-10', label: '2024年6月上旬' });
    expect(xunOf('2024-06-11')).toEqual({ start: '2024-06-11', end: '2024-06-20', label: '2024年6月中旬' });
    expect(xunOf('2024-06-20')).toEqual({ start: '2024-06-11', end: '2024-06-20', label: '2024年6月中旬' });
    expect(xunOf('2024-06-21')).toEqual({ start: '2024-06-21', end: '2024-06-30', label: '2024年6月下旬' });
  });

  it('ends the last 旬 at the month end, February included', () => {
    expect(xunOf('2024-06-30').end).toBe('2024-06-30');
    expect(xunOf('2024-07-31')).toEqual({ start: '2024-07-21', end: '2024-07-31', label: '2024年7月下旬' });
    expect(xunOf('2024-02-29')).toEqual({ start: '2024-02-21', end: '2024-02-29', label: '2024年2月下旬' });
    expect(xunOf('2023-02-21').end).toBe('2023-02-28');
    expect(xunOf('2024-12-31')).toEqual({ start: '2024-12-21', end: '2024-12-31', label: '2024年12月下旬' });
  });

  it('refuses what is not a date', () => {
    expect(() => xunOf('2024-6-1')).toThrow();
  });
});
