import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';

interface EChartCanvasProps {
  option: EChartsCoreOption;
  height: number;
  /** read by screen readers in place of the canvas */
  ariaLabel: string;
  testId?: string;
}

/**
 * An ECharts canvas: creates the chart on mount, replaces its option when it changes, follows the width of its
 * container (phone rotation, side-bar collapse) and disposes of it on unmount. It registers no chart type: the
 * component that uses it registers what it draws (echarts.use), so each lazily loaded chunk carries only its own.
 */
export function EChartCanvas({ option, height, ariaLabel, testId }: EChartCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = echarts.init(container, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={containerRef} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />;
}
