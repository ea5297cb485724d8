import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { EChartCanvas } from './echart-canvas.component';

// echarts-for-react is not installed; this wrapper does its job with ECharts' own API (bar, pie and line only).
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type EChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface EChartProps {
  option: EChartOption;
  height?: number;
  /** read by screen readers in place of the canvas */
  ariaLabel: string;
  testId?: string;
}

/** A bar, pie or line chart (the dashboard's charts) on an EChartCanvas. Import it lazily: it pulls ECharts. */
export default function EChart({ option, height = 260, ariaLabel, testId }: EChartProps) {
  return <EChartCanvas option={option} height={height} ariaLabel={ariaLabel} testId={testId} />;
}
