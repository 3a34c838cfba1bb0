// echarts is loaded on the first wheel drawn, not at start: it is large and most requests never need it.
import { separateColumns } from './columns.ts';
import { withoutInlineStyles } from '../../../lib/svg.ts';
const loadEcharts = () => import('echarts');
import { DEADLINE_KINDS, type DeadlineKind } from '../deadlines.ts';
import type { MarkState, WheelMark } from './marks.ts';

export const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
/** Short names on the wheel's marks; the table beside it has the full ones. */
export const SHORT_LABELS: Record<DeadlineKind, string> = {
  faellesmoede: 'Fællesmøde',
  regnskab: 'Regnskab',
  indkaldelse: 'Indkaldelse',
  dokumentationspakke: 'Pakke',
  dialogmoede: 'Møde',
  aftaledokument: 'Aftaledok.',
  redegoerelse: 'Redegørelse',
};
/** The picture's width and height in px; the page scales it to its column. */
export const WHEEL_SIZE = 720;
/**
 * The wheel for a phone's width (shown up to 40em by the page's <picture>): a smaller canvas with
 * larger text, so the labels, scaled to a 390 px screen, are about 13 px high instead of 6 px.
 */
export const COMPACT_WHEEL = { size: 400, labelSize: 15, monthSize: 13, hub: 0.14 } as const;
/** Fill colours of the marks; white text on each has a contrast of at least 6:1. */
export const STATE_COLOURS: Record<MarkState, string> = { overdue: '#b51d09', met: '#2c6e38', upcoming: '#0059b3', info: '#5c5c5c' };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const FONT = 'Arial, Helvetica, sans-serif';
const dayOfYear = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(Number(iso.slice(0, 4)), 0, 1)) / 86_400_000;

/** The text of a mark: its kind, and how many organisations when it stands for several. */
export const markText = (m: WheelMark) => (m.count > 1 ? `${SHORT_LABELS[m.kind]} · ${m.count}` : SHORT_LABELS[m.kind]);

/**
 * The årshjul as an SVG: a ring of the twelve months (their real lengths) clockwise from 1 January
 * at the top, the year in the hub, and in each month's sector its deadlines as coloured labels
 * (red overdue, green met, blue upcoming, grey a common date no stage tracks), stacked in date order
 * from the rim inwards; a dashed line marks today. Rendered on the server with echarts; no script
 * reaches the browser.
 */
export async function wheelSvg(
  marks: WheelMark[],
  options: { year: number; today?: string; title: string; size?: number; labelSize?: number; monthSize?: number; hub?: number },
): Promise<string> {
  const echarts = await loadEcharts();
  const size = options.size ?? WHEEL_SIZE;
  const { year } = options;
  const half = size / 2;
  const inner = 0.8 * half; // the sectors' radius; the month ring lies outside it
  const hub = (options.hub ?? 0.2) * half;
  const total = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const months = MONTH_NAMES.map((name, i) => ({ name, value: daysIn(year, i + 1) }));
  const monthMiddle = (month: number) => dayOfYear(`${year}-${String(month).padStart(2, '0')}-01`) + daysIn(year, month) / 2;

  const at = (radius: number, day: number) => {
    const angle = (2 * Math.PI * day) / total;
    return { x: half + radius * Math.sin(angle), y: half - radius * Math.cos(angle) };
  };

  // Each month's marks in a column (in date order) around a point in the middle of its sector:
  // stacked upright, a month's labels never cover each other, whichever way the sector points.
  const labelSize = options.labelSize ?? 12;
  const pillHeight = Math.round(labelSize * 1.85);
  const gap = 4;
  // No text measuring on the server: about 0.6 of the font size a character, in bold.
  const widthOf = (m: WheelMark) => Math.round(markText(m).length * labelSize * 0.6 + labelSize * 1.3);
  const columns = [...Map.groupBy(marks, (m) => m.month).values()]
    .map((group) => ({
      month: group[0].month,
      middle: monthMiddle(group[0].month),
      day: monthMiddle(group[0].month),
      radius: 0.7 * inner,
      marks: group.sort((a, b) => a.date.localeCompare(b.date) || DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind)),
      width: Math.max(...group.map(widthOf)),
      height: group.length * (pillHeight + gap) - gap,
    }))
    .sort((a, b) => a.month - b.month);
  // A wide label near the rim would cover the month ring, one near the middle the hub: each column
  // takes the radius nearest its own where its box clears both, or at least the ring.
  const keepInside = () => {
    for (const col of columns) {
      const fits = (radius: number) => {
        const c = at(radius, col.day);
        const [left, right, top, bottom] = [c.x - col.width / 2, c.x + col.width / 2, c.y - col.height / 2, c.y + col.height / 2];
        const far = Math.max(...[left, right].flatMap((x) => [top, bottom].map((y) => Math.hypot(x - half, y - half))));
        const near = Math.hypot(Math.max(left - half, 0, half - right), Math.max(top - half, 0, half - bottom));
        return { ring: far <= inner - 4, hub: near >= hub + 2 };
      };
      const radii = Array.from({ length: Math.floor((inner - hub) / 2) }, (_, i) => hub + i * 2);
      const byDistance = radii.sort((a, b) => Math.abs(a - col.radius) - Math.abs(b - col.radius));
      const best = byDistance.find((r) => fits(r).ring && fits(r).hub) ?? byDistance.find((r) => fits(r).ring);
      if (best !== undefined) col.radius = best;
    }
  };
  keepInside();
  separateColumns(columns, at, { hub, inner });
  keepInside();
  const pills = columns.flatMap((col) => {
    const centre = at(col.radius, col.day);
    const top = centre.y - col.height / 2;
    return col.marks.flatMap((m, i) => {
      const width = widthOf(m);
      const y = top + i * (pillHeight + gap);
      return [
        {
          type: 'rect',
          shape: { x: centre.x - width / 2, y, width, height: pillHeight, r: pillHeight / 2 },
          style: { fill: STATE_COLOURS[m.state], stroke: '#ffffff', lineWidth: 1 },
          z: 10,
          silent: true,
        },
        {
          type: 'text',
          x: centre.x,
          y: y + pillHeight / 2,
          style: {
            text: markText(m),
            fill: '#ffffff',
            fontSize: labelSize,
            fontWeight: 'bold',
            fontFamily: FONT,
            align: 'center',
            verticalAlign: 'middle',
          },
          z: 11,
          silent: true,
        },
      ];
    });
  });

  const todayAt = options.today?.startsWith(`${year}-`) ? dayOfYear(options.today) + 0.5 : null;
  const todayGraphic =
    todayAt === null
      ? []
      : (() => {
          const from = at(hub, todayAt);
          const to = at(inner - 4, todayAt);
          const label = at(inner - 16, todayAt);
          return [
            {
              type: 'line',
              shape: { x1: from.x, y1: from.y, x2: to.x, y2: to.y },
              style: { stroke: '#1a1a1a', lineWidth: 2, lineDash: [6, 4] },
              z: 4,
              silent: true,
            },
            {
              type: 'rect',
              shape: { x: label.x - labelSize * 2, y: label.y - labelSize * 0.85, width: labelSize * 4, height: labelSize * 1.7, r: 4 },
              style: { fill: '#1a1a1a' },
              z: 12,
              silent: true,
            },
            {
              type: 'text',
              x: label.x,
              y: label.y,
              style: {
                text: 'I dag',
                fill: '#ffffff',
                fontSize: labelSize,
                fontWeight: 'bold',
                fontFamily: FONT,
                align: 'center',
                verticalAlign: 'middle',
              },
              z: 13,
              silent: true,
            },
          ];
        })();

  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size, height: size });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    graphic: [
      ...todayGraphic,
      { type: 'circle', shape: { cx: half, cy: half, r: hub }, style: { fill: '#0059b3' }, z: 5, silent: true },
      {
        type: 'text',
        x: half,
        y: half,
        style: {
          text: String(year),
          fill: '#ffffff',
          fontSize: Math.round(size / 22),
          fontWeight: 'bold',
          fontFamily: FONT,
          align: 'center',
          verticalAlign: 'middle',
        },
        z: 6,
        silent: true,
      },
      ...pills,
    ],
    series: [
      {
        // The month ring with the months' names.
        type: 'pie',
        radius: [inner + 6, half - 4],
        center: ['50%', '50%'],
        startAngle: 90,
        clockwise: true,
        silent: true,
        sort: null,
        data: months.map((m, i) => ({ ...m, itemStyle: { color: i % 2 ? '#d6e4f3' : '#eaf1f9' } })),
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        label: {
          position: 'inside',
          rotate: 'tangential',
          formatter: '{b}',
          color: '#1a1a1a',
          fontSize: options.monthSize ?? Math.round(size / 42),
          fontWeight: 700,
        },
        labelLine: { show: false },
      },
      {
        // The months' sectors, lightly shaded every other month, with a line between them.
        type: 'pie',
        radius: [0, inner],
        center: ['50%', '50%'],
        startAngle: 90,
        clockwise: true,
        silent: true,
        sort: null,
        data: months.map((m, i) => ({ ...m, itemStyle: { color: i % 2 ? '#f2f5f9' : '#ffffff' } })),
        itemStyle: { borderColor: '#a6a6a6', borderWidth: 1 },
        label: { show: false },
        labelLine: { show: false },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const title = options.title.replace(/[<>&"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return withoutInlineStyles(svg).replace(/^<svg([^>]*)>/, `<svg$1 role="img" aria-label="${title}"><title>${title}</title>`);
}
