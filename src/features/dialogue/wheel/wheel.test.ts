import { describe, expect, it } from 'vitest';
import { deadlineStatuses } from '../deadline-status.ts';
import { withoutInlineStyles, wheelSvg } from './chart.ts';
import { wheelMarks } from './marks.ts';

describe('the årshjul', () => {
  const calendar = deadlineStatuses({ fiscalYearEndMonth: 12, governanceYear: 2026, stage: 'indkaldt', today: '2026-10-20' });
  const may = deadlineStatuses({ fiscalYearEndMonth: 5, governanceYear: 2027, stage: 'planlagt', today: '2026-10-20' });

  it('places the deadlines of a calendar year by month, the next governance year\'s too, worst state first', () => {
    const marks = wheelMarks(2026, [{ name: 'A', deadlines: calendar }, { name: 'B', deadlines: may }]);
    const regnskab = marks.filter((m) => m.kind === 'regnskab');
    // A: 31 May 2026 (not met: stage indkaldt); B (fiscal year to 31 May 2026): 31 October 2026.
    expect(regnskab.map((m) => [m.month, m.date, m.state])).toEqual([[5, '2026-05-31', 'overdue'], [10, '2026-10-31', 'upcoming']]);
    const convened = marks.find((m) => m.kind === 'indkaldelse' && m.month === 9)!;
    expect(convened).toMatchObject({ state: 'met', count: 1, names: ['A'] });
    expect(marks.every((m) => m.date.startsWith('2026-'))).toBe(true);
  });

  it('renders an SVG without inline styles, which the page\'s CSP would block', async () => {
    const svg = await wheelSvg(wheelMarks(2026, [{ name: 'A', deadlines: calendar }]));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/style=|<style/);
    expect(svg).toContain('>okt<');
    expect(svg).toContain('#b51d09');
    expect(withoutInlineStyles('<text style="font-size:12px;font-family:A, B;">x</text>')).toBe('<text font-size="12px" font-family="A, B">x</text>');
  });
});
