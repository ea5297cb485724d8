import type { DashboardCounts } from '../../../contract/dashboard.contract';
import { COUNT_COLORS, COUNT_KEYS, COUNT_LABELS, PALETTES, percent } from './dashboard-theme';
import type { DashboardTone } from './dashboard-theme';

/** The big numbers: average completion against the schedule pace, then projects by status and 未报送. */
export function DashboardNumbers({ counts, tone }: { counts: DashboardCounts; tone: DashboardTone }) {
  const palette = PALETTES[tone];
  const card = { background: palette.card, border: `1px solid ${palette.border}`, color: palette.text };
  return (
    <div className={`ms-dash-numbers ms-dash-${tone}`} data-testid="dash-numbers">
      <div className="ms-dash-number" style={card}>
        <div className="ms-dash-number-label" style={{ color: palette.subtle }}>
          平均完成进度（{counts.total} 个项目）
        </div>
        <div className="ms-dash-number-value" data-testid="dash-average">
          {percent(counts.averageProgress)}
          <small>%</small>
        </div>
        <div className="ms-dash-number-label" style={{ color: palette.subtle }}>
          序时进度 {percent(counts.averageExpected)}%
        </div>
      </div>
      {COUNT_KEYS.map((key) => (
        <div key={key} className="ms-dash-number" style={{ ...card, borderTop: `4px solid ${COUNT_COLORS[key]}` }}>
          <div className="ms-dash-number-label" style={{ color: palette.subtle }}>
            {COUNT_LABELS[key]}
          </div>
          <div className="ms-dash-number-value" style={{ color: COUNT_COLORS[key] }} data-testid={`dash-count-${key}`}>
            {counts[key]}
          </div>
          <div className="ms-dash-number-label" style={{ color: palette.subtle }}>
            个项目
          </div>
        </div>
      ))}
    </div>
  );
}
