import { useMemo } from 'react';
import type { DashboardResponse } from '../../../contract/dashboard.contract';
import EChart from '../../components/echart.component';
import type { EChartOption } from '../../components/echart.component';
import { shortWeek } from '../weekly/week-format.util';
import { COUNT_COLORS, COUNT_LABELS, PALETTES, percent } from './dashboard-theme';
import type { DashboardTone } from './dashboard-theme';

const STATUS_KEYS = ['completed', 'on_track', 'behind', 'seriously_behind'] as const;

/** 状态分布: projects by status as a ring. */
export function StatusDistributionChart({ data, tone, height }: { data: DashboardResponse; tone: DashboardTone; height: number }) {
  const palette = PALETTES[tone];
  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'item', formatter: '{b}：{c} 项（{d}%）' },
      legend: { bottom: 0, textStyle: { color: palette.text, fontSize: tone === 'dark' ? 16 : 12 } },
      series: [
        {
          type: 'pie',
          radius: ['42%', '70%'],
          center: ['50%', '45%'],
          label: { color: palette.text, formatter: '{b}\n{c}', fontSize: tone === 'dark' ? 18 : 12 },
          data: STATUS_KEYS.map((key) => ({ name: COUNT_LABELS[key], value: data.counts[key], itemStyle: { color: COUNT_COLORS[key] } })).filter(
            (d) => d.value > 0,
          ),
        },
      ],
    }),
    [data, palette, tone],
  );
  const text = STATUS_KEYS.map((key) => `${COUNT_LABELS[key]}${data.counts[key]}项`).join('，');
  return <EChart option={option} height={height} ariaLabel={`状态分布：${text}`} testId="dash-status-chart" />;
}

/** 进度趋势: average progress against the average 序时进度, week by week. */
export function ProgressTrendChart({ data, tone, height }: { data: DashboardResponse; tone: DashboardTone; height: number }) {
  const palette = PALETTES[tone];
  const option = useMemo<EChartOption>(() => {
    const axis = { axisLabel: { color: palette.subtle, fontSize: tone === 'dark' ? 14 : 11 }, axisLine: { lineStyle: { color: palette.grid } } };
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, data: ['平均完成进度', '序时进度'], textStyle: { color: palette.text, fontSize: tone === 'dark' ? 16 : 12 } },
      tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? `${value}%` : '—') },
      xAxis: { type: 'category', boundaryGap: false, data: data.trend.map((p) => shortWeek(p.week).replace(/^\d{4}年/, '')), ...axis },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { ...axis.axisLabel, formatter: '{value}%' }, splitLine: { lineStyle: { color: palette.grid } } },
      series: [
        {
          name: '平均完成进度',
          type: 'line',
          data: data.trend.map((p) => percent(p.averageProgress)),
          symbol: 'none',
          lineStyle: { width: 3, color: '#1677ff' },
          itemStyle: { color: '#1677ff' },
          areaStyle: { color: 'rgba(22,119,255,0.12)' },
        },
        {
          name: '序时进度',
          type: 'line',
          data: data.trend.map((p) => percent(p.averageExpected)),
          symbol: 'none',
          lineStyle: { width: 2, type: 'dashed', color: '#faad14' },
          itemStyle: { color: '#faad14' },
        },
      ],
    };
  }, [data, palette, tone]);
  const last = data.trend[data.trend.length - 1];
  const label = last
    ? `进度趋势：至${shortWeek(last.week)}平均完成${percent(last.averageProgress)}%，序时进度${percent(last.averageExpected)}%`
    : '进度趋势：暂无数据';
  return <EChart option={option} height={height} ariaLabel={label} testId="dash-trend-chart" />;
}

/** 单位排名: weekly reports on time, late and missing of the worst units (most missing first). */
export function UnitReportsChart({ data, tone, height, top = 10 }: { data: DashboardResponse; tone: DashboardTone; height: number; top?: number }) {
  const palette = PALETTES[tone];
  const units = data.units.slice(0, top).reverse();
  const option = useMemo<EChartOption>(() => {
    const label = { color: palette.subtle, fontSize: tone === 'dark' ? 14 : 11 };
    const bar = (name: string, color: string, values: number[]) => ({
      name,
      type: 'bar' as const,
      stack: 'reports',
      data: values,
      itemStyle: { color },
      barMaxWidth: 18,
    });
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: palette.text, fontSize: tone === 'dark' ? 16 : 12 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', axisLabel: label, splitLine: { lineStyle: { color: palette.grid } } },
      yAxis: { type: 'category', data: units.map((u) => (u.unitName.length > 8 ? `${u.unitName.slice(0, 8)}…` : u.unitName)), axisLabel: label },
      series: [
        bar(
          '按时',
          '#52c41a',
          units.map((u) => u.onTime),
        ),
        bar(
          '逾期',
          '#faad14',
          units.map((u) => u.late),
        ),
        bar(
          '未报',
          '#ff4d4f',
          units.map((u) => u.missing),
        ),
      ],
    };
  }, [units, palette, tone]);
  const worst = data.units[0];
  return (
    <EChart
      option={option}
      height={height}
      ariaLabel={worst ? `单位周报报送：未报最多的是${worst.unitName}（${worst.missing}次）` : '单位周报报送：暂无数据'}
      testId="dash-units-chart"
    />
  );
}
