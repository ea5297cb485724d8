import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { DashboardResponse } from '../../../contract/dashboard.contract';
import { formatDate, formatDateTime } from '../../components/date-format.util';
import { PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../weekly/weekly-labels';
import { PALETTES, percent } from './dashboard-theme';
import type { DashboardTone } from './dashboard-theme';

/** A titled panel of the dashboard, light or dark. */
export function DashPanel({
  title,
  tone,
  extra,
  children,
  testId,
}: {
  title: string;
  tone: DashboardTone;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const palette = PALETTES[tone];
  return (
    <section className="ms-dash-panel" style={{ background: palette.card, border: `1px solid ${palette.border}`, color: palette.text }} data-testid={testId}>
      <header className="ms-dash-panel-title">
        <span>{title}</span>
        {extra && <span style={{ color: palette.subtle, fontWeight: 400 }}>{extra}</span>}
      </header>
      {children}
    </section>
  );
}

const Empty = ({ tone, text }: { tone: DashboardTone; text: string }) => <div style={{ color: PALETTES[tone].subtle, padding: '8px 0' }}>{text}</div>;

/** 挂牌督办: the ledger's 滞后 and 严重滞后 projects, furthest behind first (as the monthly bulletin lists them). */
export function LaggingList({ data, tone, linkable }: { data: DashboardResponse; tone: DashboardTone; linkable: boolean }) {
  if (data.lagging.length === 0) return <Empty tone={tone} text="没有滞后项目" />;
  return (
    <ol className="ms-dash-list" data-testid="dash-lagging">
      {data.lagging.map((p) => (
        <li key={p.projectId}>
          <span className="ms-dash-dot" style={{ background: PROJECT_STATUS_COLORS[p.status] }} />
          <span className="ms-shrink" style={{ flex: 1 }}>
            {linkable ? (
              <Link to={`/projects/${p.projectId}`}>
                {p.seq}. {p.name}
              </Link>
            ) : (
              `${p.seq}. ${p.name}`
            )}
            <span className="ms-dash-sub" style={{ color: PALETTES[tone].subtle }}>
              {p.leadUnits.join('、')} · {PROJECT_STATUS_LABELS[p.status]} · 完成{percent(p.progress)}% / 序时{percent(p.expected)}%
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** 未解决的堵点卡点, oldest first. */
export function OpenBlockerList({ data, tone, linkable }: { data: DashboardResponse; tone: DashboardTone; linkable: boolean }) {
  if (data.openBlockers.length === 0) return <Empty tone={tone} text="没有未解决的堵点" />;
  return (
    <ol className="ms-dash-list" data-testid="dash-blockers">
      {data.openBlockers.map((b) => (
        <li key={b.id}>
          <span className="ms-shrink" style={{ flex: 1 }}>
            {linkable ? <Link to={`/projects/${b.projectId}`}>{b.projectName}</Link> : b.projectName}：{b.description}
            <span className="ms-dash-sub" style={{ color: PALETTES[tone].subtle }}>
              {b.status === 'open' ? '待处理' : '处理中'}
              {b.isEscalated && ' · 已提请分管领导协调'} · {formatDateTime(b.raisedAt)} 反映
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** 逾期交办事项: open action items past their deadline, earliest first. */
export function OverdueActionList({ data, tone }: { data: DashboardResponse; tone: DashboardTone }) {
  if (data.overdueActionItems.length === 0) return <Empty tone={tone} text="没有逾期的交办事项" />;
  return (
    <ol className="ms-dash-list" data-testid="dash-action-items">
      {data.overdueActionItems.map((a) => (
        <li key={a.id}>
          <span className="ms-shrink" style={{ flex: 1 }}>
            {a.title}
            <span className="ms-dash-sub" style={{ color: PALETTES[tone].subtle }}>
              {a.ownerUnitName} · 限{formatDate(a.deadline)}办结
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** 单位排名 as a table: reports due, on time, late, missing, and lagging projects; most missing first. */
export function UnitRankingTable({ data, tone, limit }: { data: DashboardResponse; tone: DashboardTone; limit?: number }) {
  const rows = limit ? data.units.slice(0, limit) : data.units;
  const palette = PALETTES[tone];
  return (
    <div className="ms-dash-table-wrap">
      <table className="ms-dash-table" data-testid="dash-unit-ranking" style={{ color: palette.text }}>
        <thead>
          <tr style={{ color: palette.subtle }}>
            <th>#</th>
            <th>主办单位</th>
            <th>按时</th>
            <th>逾期</th>
            <th>未报</th>
            <th>滞后项目</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u, i) => (
            <tr key={u.unitId} style={{ borderTop: `1px solid ${palette.border}` }}>
              <td>{i + 1}</td>
              <td className="ms-dash-unit">{u.unitName}</td>
              <td>{u.onTime}</td>
              <td style={{ color: u.late ? '#faad14' : undefined }}>{u.late}</td>
              <td style={{ color: u.missing ? '#ff4d4f' : undefined }}>{u.missing}</td>
              <td>{u.lagging}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
