import { useMemo } from 'react';
import type { Target, TrajectoryPoint } from '../../../contract/targets.contract';
import LineChart from '../../components/line-chart.component';
import type { LineChartOption } from '../../components/line-chart.component';
import { useTimeline } from '../weekly/use-weekly.query';
import { acceptedActualsByMonth, actualsOnMonths } from './accepted-actuals.util';
import { formatNumber, monthLabel, showsBaseline } from './target-labels';

const PLAN_COLOR = '#1677ff';
const ACTUAL_COLOR = '#52c41a';
const BASELINE_COLOR = '#8c8c8c';

/** Months of both lines in order, so a changed due date still lines up with the original promise. */
function allMonths(...series: TrajectoryPoint[][]): string[] {
  return [...new Set(series.flat().map((point) => point.month))].sort();
}

function valuesByMonth(points: TrajectoryPoint[], months: string[]): Array<number | null> {
  const byMonth = new Map(points.map((point) => [point.month, point.value]));
  return months.map((month) => byMonth.get(month) ?? null);
}

/**
 * 计划进度: the planned cumulative value at each month end, with 实际完成 (accepted weekly values, month by month)
 * beside it; after an approved change the locked promise is drawn dashed too (原承诺 / 现计划), so nobody can move
 * the goal posts unseen.
 */
export default function TrajectoryChart({ target }: { target: Target }) {
  const withBaseline = showsBaseline(target);
  const timeline = useTimeline(target.projectId);
  const actuals = useMemo(() => acceptedActualsByMonth(timeline.data?.items ?? [], target.id), [timeline.data, target.id]);
  const hasActuals = actuals.length > 0;
  const option = useMemo<LineChartOption>(() => {
    const baseline = withBaseline && target.baseline ? target.baseline.trajectory : [];
    const months = allMonths(target.trajectory, baseline);
    const crossesYear = new Set(months.map((month) => month.slice(0, 4))).size > 1;
    const planName = withBaseline ? '现计划' : '计划进度';
    return {
      animation: false,
      grid: { left: 8, right: 16, top: withBaseline || hasActuals ? 32 : 16, bottom: 8, containLabel: true },
      legend: withBaseline || hasActuals ? { top: 0, data: [...(withBaseline ? ['原承诺'] : []), planName, ...(hasActuals ? ['实际完成'] : [])] } : undefined,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => (typeof value === 'number' ? `${formatNumber(value)}${target.unit}` : '—'),
      },
      xAxis: { type: 'category', boundaryGap: false, data: months.map((month) => monthLabel(month, crossesYear)) },
      yAxis: {
        type: 'value',
        min: 0,
        axisLabel: { formatter: (value: number) => formatNumber(value) },
      },
      series: [
        ...(withBaseline
          ? [
              {
                name: '原承诺',
                type: 'line' as const,
                data: valuesByMonth(baseline, months),
                symbol: 'none',
                lineStyle: { type: 'dashed' as const, color: BASELINE_COLOR },
                itemStyle: { color: BASELINE_COLOR },
              },
            ]
          : []),
        {
          name: planName,
          type: 'line' as const,
          data: valuesByMonth(target.trajectory, months),
          symbolSize: 5,
          lineStyle: { color: PLAN_COLOR },
          itemStyle: { color: PLAN_COLOR },
          areaStyle: { color: 'rgba(22, 119, 255, 0.08)' },
        },
        ...(hasActuals
          ? [
              {
                name: '实际完成',
                type: 'line' as const,
                data: actualsOnMonths(actuals, months),
                symbolSize: 6,
                lineStyle: { color: ACTUAL_COLOR, width: 3 },
                itemStyle: { color: ACTUAL_COLOR },
              },
            ]
          : []),
      ],
    };
  }, [target, withBaseline, actuals, hasActuals]);

  const last = target.trajectory[target.trajectory.length - 1];
  const lastActual = actuals[actuals.length - 1];
  const ariaLabel = `${
    last ? `${target.label}计划进度：至${monthLabel(last.month, true)}累计${formatNumber(last.value)}${target.unit}` : `${target.label}暂无计划进度`
  }${lastActual ? `；实际完成：至${monthLabel(lastActual.month, true)}累计${formatNumber(lastActual.value)}${target.unit}` : ''}`;
  return <LineChart option={option} height={withBaseline || hasActuals ? 200 : 180} ariaLabel={ariaLabel} />;
}
