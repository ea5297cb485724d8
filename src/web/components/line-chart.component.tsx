import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { LineChart as EChartsLine } from 'echarts/charts';
import type { LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { EChartCanvas } from './echart-canvas.component';

// Only the line chart and the parts it needs are registered, so the chunk stays a fraction of full ECharts.
echarts.use([EChartsLine, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type LineChartOption = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** A line chart (a target's trajectory) on an EChartCanvas. Import it lazily: it pulls ECharts. */
export default function LineChart({ option, height = 200, ariaLabel }: { option: LineChartOption; height?: number; ariaLabel: string }) {
  return <EChartCanvas option={option} height={height} ariaLabel={ariaLabel} />;
}
