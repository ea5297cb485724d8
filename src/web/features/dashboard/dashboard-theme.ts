import { PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../weekly/weekly-labels';

/** Light (back office) or dark (大屏 on a meeting-room screen). */
export type DashboardTone = 'light' | 'dark';

export interface DashboardPalette {
  text: string;
  subtle: string;
  card: string;
  border: string;
  grid: string;
}

export const PALETTES: Record<DashboardTone, DashboardPalette> = {
  light: { text: '#1f1f1f', subtle: '#8c8c8c', card: '#ffffff', border: '#f0f0f0', grid: '#f0f0f0' },
  dark: { text: '#e6f4ff', subtle: '#8fa8c8', card: '#0f2747', border: '#1d3f6b', grid: '#1d3f6b' },
};

export const NOT_REPORTED_COLOR = '#8c8c8c';

/** The five big numbers in the order the notice's practice reads them, with the ledger's colours. */
export const COUNT_KEYS = ['completed', 'on_track', 'behind', 'seriously_behind', 'notReported'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export const COUNT_LABELS: Record<CountKey, string> = { ...PROJECT_STATUS_LABELS, notReported: '未报送' };
export const COUNT_COLORS: Record<CountKey, string> = { ...PROJECT_STATUS_COLORS, notReported: NOT_REPORTED_COLOR };

/** 0.4567 → 45.7 */
export const percent = (fraction: number) => Math.round(fraction * 1000) / 10;
