import { withoutInlineStyles } from '../../../lib/svg.ts';
import { formatNumber } from '../../../ui/format.ts';
import type { SeriesKey, Trend } from './trend.ts';

// echarts is loaded on the first chart drawn, not at start: it is large and most requests never need it.
const loadEcharts = () => import('echarts');

export const CHART_SIZE = { width: 640, height: 340 } as const;
const FONT = 'Arial, Helvetica, sans-serif';

/**
 * Each line differs in colour, dash and marker, so they are told apart without colour too (and in
 * print); every colour has at least 4.5:1 against white.
 */
export const SERIES_STYLE: Record<SeriesKey, { color: string; type: 'solid' | 'dashed' | 'dotted'; symbol: string; width: number }> = {
  estate: { color: '#0059b3', type: 'solid', symbol: 'circle', width: 3 },
  organisation: { color: '#0059b3', type: 'solid', symbol: 'circle', width: 3 },
  twins: { color: '#a34a00', type: 'dashed', symbol: 'triangle', width: 2 },
  municipality: { color: '#4d4d4d', type: 'dotted', symbol: 'rect', width: 2 },
};

/** The echarts option for a trend: one line per series over the years; the same numbers as its table and CSV. */
export function trendOption(t: Trend) {
  const decimals = t.indicator.decimals;
  return {
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 15, color: '#1a1a1a' },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 30,
      textStyle: { color: '#1a1a1a', fontSize: 15 },
      data: t.series.map((s) => s.label),
    },
    grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: t.years.map(String),
      axisLabel: { color: '#1a1a1a', fontSize: 14 },
      axisLine: { lineStyle: { color: '#737373' } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: t.indicator.unit,
      nameTextStyle: { color: '#1a1a1a', align: 'left', fontSize: 14 },
      axisLabel: { color: '#1a1a1a', fontSize: 14, formatter: (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : decimals) },
      splitLine: { lineStyle: { color: '#d9d9d9' } },
    },
    series: t.series.map((s) => {
      const style = SERIES_STYLE[s.key];
      return {
        name: s.label,
        type: 'line',
        data: s.values,
        connectNulls: false,
        symbol: style.symbol,
        symbolSize: 8,
        lineStyle: { color: style.color, type: style.type, width: style.width },
        itemStyle: { color: style.color },
        silent: true,
      };
    }),
  };
}

/** The trend as an SVG drawn on the server, with its title and text alternative; no script reaches the browser. */
export async function trendSvg(t: Trend, labels: { title: string; alt: string }): Promise<string> {
  const echarts = await loadEcharts();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  chart.setOption(trendOption(t));
  const svg = chart.renderToSVGString();
  chart.dispose();
  const escape = (s: string) => s.replace(/[<>&"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return withoutInlineStyles(svg).replace(
    /^<svg([^>]*)>/,
    `<svg$1 role="img" aria-label="${escape(labels.title)}"><title>${escape(labels.title)}</title><desc>${escape(labels.alt)}</desc>`,
  );
}
