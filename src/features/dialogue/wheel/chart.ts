// echarts is loaded on the first wheel drawn, not at start: it is large and most requests never need it.
const loadEcharts = () => import('echarts');
import { DEADLINE_KINDS } from '../deadlines.ts';
import type { MarkState, WheelMark } from './marks.ts';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const SHORT = ['Regnskab', 'Indkaldelse', 'Pakke', 'Møde', 'Aftaledok.', 'Redegørelse'];
export const STATE_COLOURS: Record<MarkState, string> = { overdue: '#b51d09', met: '#2c6e38', upcoming: '#0059b3', info: '#5c5c5c' };

/**
 * The årshjul as an SVG: twelve month sectors clockwise from the top, one ring per kind of deadline
 * (the fællesmøde innermost), a dot where a deadline falls, coloured by state, with the number of
 * organisations when there are several. Rendered on the server with echarts; no script reaches the browser.
 */
export async function wheelSvg(marks: WheelMark[], options: { width?: number } = {}): Promise<string> {
  const echarts = await loadEcharts();
  const size = options.width ?? 560;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size, height: size });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'IBM Plex Sans, Arial, sans-serif' },
    polar: { radius: ['12%', '78%'], center: ['50%', '50%'] },
    angleAxis: {
      type: 'category', data: MONTHS.map((m) => m.slice(0, 3)), startAngle: 90, clockwise: true, boundaryGap: true,
      axisLabel: { color: '#1a1a1a', fontSize: 14, fontWeight: 600 }, splitLine: { show: true, lineStyle: { color: '#bfbfbf' } },
      splitArea: { show: true, areaStyle: { color: ['#f5f7fa', '#ffffff'] } }, axisLine: { lineStyle: { color: '#747474' } },
    },
    radiusAxis: {
      type: 'category', data: ['Fællesmøde', ...SHORT], axisLabel: { show: false }, axisLine: { show: false }, axisTick: { show: false },
      splitLine: { show: true, lineStyle: { color: '#e6e6e6' } },
    },
    series: [{
      type: 'scatter', coordinateSystem: 'polar', silent: true, emphasis: { disabled: true },
      data: marks.map((m) => ({
        value: [DEADLINE_KINDS.indexOf(m.kind), m.month - 1],
        symbolSize: m.count > 1 ? Math.min(30, 14 + m.count * 2) : 14,
        itemStyle: { color: STATE_COLOURS[m.state], borderColor: '#ffffff', borderWidth: 1.5 },
        label: { show: m.count > 1, formatter: String(m.count), color: '#ffffff', fontSize: 11, fontWeight: 700 },
      })),
    }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return withoutInlineStyles(svg);
}

/**
 * The page's CSP forbids inline styles, so the SVG can be inlined (and read by screen readers
 * with the page) only with its style="…" turned into presentation attributes and its hover
 * <style> block, which a static picture does not need, removed.
 */
export function withoutInlineStyles(svg: string): string {
  return svg
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, css: string) => css.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const i = d.indexOf(':');
      return ` ${d.slice(0, i).trim()}="${d.slice(i + 1).trim().replaceAll('"', "'")}"`;
    }).join(''));
}

export const MONTH_NAMES = MONTHS;
