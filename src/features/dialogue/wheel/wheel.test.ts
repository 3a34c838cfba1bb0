import { describe, expect, it } from 'vitest';
import { deadlineStatuses } from '../deadline-status.ts';
import { NO_FACTS } from '../facts.ts';
import { COMPACT_WHEEL, markText, wheelSvg, WHEEL_SIZE } from './chart.ts';
import { withoutInlineStyles } from '../../../lib/svg.ts';
import { wheelMarks } from './marks.ts';

describe('the årshjul', () => {
  const calendar = deadlineStatuses({
    fiscalYearEndMonth: 12,
    governanceYear: 2026,
    progress: { stage: 'indkaldt', facts: NO_FACTS },
    today: '2026-10-20',
  });
  const may = deadlineStatuses({
    fiscalYearEndMonth: 5,
    governanceYear: 2027,
    progress: { stage: 'planlagt', facts: NO_FACTS },
    today: '2026-10-20',
  });

  it("places the deadlines of a calendar year by month, the next governance year's too, worst state first", () => {
    const marks = wheelMarks(2026, [
      { name: 'A', deadlines: calendar },
      { name: 'B', deadlines: may },
    ]);
    const regnskab = marks.filter((m) => m.kind === 'regnskab');
    // A: 31 May 2026 (not met: stage indkaldt); B (fiscal year to 31 May 2026): 31 October 2026.
    expect(regnskab.map((m) => [m.month, m.date, m.state])).toEqual([
      [5, '2026-05-31', 'overdue'],
      [10, '2026-10-31', 'upcoming'],
    ]);
    const convened = marks.find((m) => m.kind === 'indkaldelse' && m.month === 9)!;
    expect(convened).toMatchObject({ state: 'met', count: 1, names: ['A'] });
    expect(marks.every((m) => m.date.startsWith('2026-'))).toBe(true);
    // B's fællesmøde of governance year 2027 is in 2027; A's and C's are one mark for two.
    const joint = wheelMarks(2026, [
      { name: 'A', deadlines: calendar },
      { name: 'B', deadlines: may },
      { name: 'C', deadlines: calendar },
    ]).find((m) => m.kind === 'faellesmoede')!;
    expect(joint).toMatchObject({ count: 2, month: 5, names: ['A', 'C'] });
    expect(markText(joint)).toBe('Fællesmøde · 2');
  });

  it('renders a standalone SVG with its title, the Danish months and no inline styles', async () => {
    const svg = await wheelSvg(wheelMarks(2026, [{ name: 'A', deadlines: calendar }]), {
      year: 2026,
      today: '2026-10-20',
      title: 'Årshjul 2026 – A & B',
    });
    expect(svg).toMatch(
      /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img" aria-label="Årshjul 2026 – A &#38; B"><title>Årshjul 2026 – A &#38; B<\/title>/,
    );
    expect(svg).not.toMatch(/style=|<style/);
    for (const month of ['januar', 'maj', 'oktober', 'december']) expect(svg).toContain(`>${month}</text>`);
    expect(svg).toContain('>I dag</text>');
    expect(svg).toContain('>Regnskab</text>');
    expect(svg).toContain('fill="#b51d09"'); // the accounts, overdue
    expect(svg).toContain('fill="#2c6e38"'); // the convening, met
  });

  it("draws a phone's wheel with labels that stay readable when scaled to a 390 px screen", async () => {
    const marks = wheelMarks(2026, [{ name: 'A', deadlines: calendar }]);
    const compact = await wheelSvg(marks, { year: 2026, today: '2026-10-20', title: 'Årshjul', ...COMPACT_WHEEL });
    const labelPx = (svg: string) => Number(/font-size="([\d.]+)px"[^>]*>Regnskab</.exec(svg)?.[1]);
    // A page 390 px wide shows the picture about 358 px wide.
    const shown = (svg: string, size: number) => (labelPx(svg) * 358) / size;
    const wide = await wheelSvg(marks, { year: 2026, today: '2026-10-20', title: 'Årshjul' });
    expect(shown(wide, WHEEL_SIZE)).toBeLessThan(7);
    expect(shown(compact, COMPACT_WHEEL.size)).toBeGreaterThanOrEqual(12);
    expect(compact).toMatch(/viewBox="0 0 400 400"/);
  });

  it('turns style attributes, the font shorthand too, into presentation attributes', () => {
    expect(withoutInlineStyles('<text style="font-size:12px;font-family:A, B;">x</text>')).toBe(
      '<text font-size="12px" font-family="A, B">x</text>',
    );
    expect(withoutInlineStyles('<text style="font: bold 33px Arial, sans-serif">x</text>')).toBe(
      '<text font-weight="bold" font-size="33px" font-family="Arial, sans-serif">x</text>',
    );
    expect(withoutInlineStyles('<svg><style>a:hover{}</style><g/></svg>')).toBe('<svg><g/></svg>');
  });
});
