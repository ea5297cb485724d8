import type { DashboardResponse } from '../../../contract/dashboard.contract';
import { ProgressTrendChart, StatusDistributionChart, UnitReportsChart } from './dashboard-charts.component';
import { DashPanel, LaggingList, OpenBlockerList, OverdueActionList, UnitRankingTable } from './dashboard-lists.component';
import { DashboardNumbers } from './dashboard-numbers.component';
import type { DashboardTone } from './dashboard-theme';

/**
 * The dashboard's body, shared by the back-office page (light) and the 大屏 (dark, large type, no menu): big numbers,
 * status ring, progress trend, unit ranking, 挂牌督办, open blockers and overdue action items.
 */
export function DashboardView({ data, tone }: { data: DashboardResponse; tone: DashboardTone }) {
  const isScreen = tone === 'dark';
  const chartHeight = isScreen ? 340 : 260;
  return (
    <div className={`ms-dash ms-dash-${tone}`}>
      <DashboardNumbers counts={data.counts} tone={tone} />
      <div className="ms-dash-grid">
        <DashPanel title="状态分布" tone={tone} testId="dash-panel-status">
          <StatusDistributionChart data={data} tone={tone} height={chartHeight} />
        </DashPanel>
        <DashPanel title="进度趋势（平均完成进度 / 序时进度）" tone={tone} testId="dash-panel-trend">
          <ProgressTrendChart data={data} tone={tone} height={chartHeight} />
        </DashPanel>
        <DashPanel title="单位周报报送排名" tone={tone} extra="未报最多在前" testId="dash-panel-units">
          <UnitReportsChart data={data} tone={tone} height={chartHeight} top={isScreen ? 8 : 10} />
          {!isScreen && <UnitRankingTable data={data} tone={tone} />}
        </DashPanel>
        <DashPanel title="挂牌督办" tone={tone} extra={`${data.lagging.length} 项`} testId="dash-panel-lagging">
          <LaggingList data={data} tone={tone} linkable={!isScreen} />
        </DashPanel>
        <DashPanel title="未解决的堵点卡点" tone={tone} extra={`${data.openBlockers.length} 个`} testId="dash-panel-blockers">
          <OpenBlockerList data={data} tone={tone} linkable={!isScreen} />
        </DashPanel>
        <DashPanel title="逾期交办事项" tone={tone} extra={`${data.overdueActionItems.length} 项`} testId="dash-panel-actions">
          <OverdueActionList data={data} tone={tone} />
        </DashPanel>
      </div>
    </div>
  );
}
