import { describe, expect, it } from 'vitest';
import { applyOffset, checkRules, commonDate, computeDeadlines, fiscalYearEnd } from './deadlines.ts';

const dates = (d: ReturnType<typeof computeDeadlines>) => Object.fromEntries(d.map((x) => [x.kind, x.date]));

describe('årshjul deadlines', () => {
  it('follow the guide for a calendar fiscal year', () => {
    expect(dates(computeDeadlines({ fiscalYearEndMonth: 12, governanceYear: 2026 }))).toEqual({
      faellesmoede: '2026-05-31',
      regnskab: '2026-05-31',
      indkaldelse: '2026-09-30',
      dokumentationspakke: '2026-10-15',
      dialogmoede: '2026-10-31',
      aftaledokument: '2026-11-30',
      redegoerelse: '2026-12-31',
    });
  });

  it('shift with a fiscal year ending 31 May', () => {
    expect(fiscalYearEnd(5, 2026)).toBe('2025-05-31');
    expect(dates(computeDeadlines({ fiscalYearEndMonth: 5, governanceYear: 2026 }))).toMatchObject({
      regnskab: '2025-10-31',
      indkaldelse: '2026-02-28',
      dokumentationspakke: '2026-03-15',
      dialogmoede: '2026-03-31',
      aftaledokument: '2026-04-30',
    });
  });

  it('land on 29 February in a leap year for a fiscal year ending 30 September', () => {
    expect(fiscalYearEnd(9, 2028)).toBe('2027-09-30');
    expect(dates(computeDeadlines({ fiscalYearEndMonth: 9, governanceYear: 2028 })).regnskab).toBe('2028-02-29');
    expect(dates(computeDeadlines({ fiscalYearEndMonth: 9, governanceYear: 2027 })).regnskab).toBe('2027-02-28');
  });

  it('handle a fiscal year ending in February, leap or not', () => {
    expect(fiscalYearEnd(2, 2025)).toBe('2024-02-29');
    expect(fiscalYearEnd(2, 2026)).toBe('2025-02-28');
    expect(applyOffset('2024-02-29', { months: 5, day: 'last' })).toBe('2024-07-31');
  });

  it('clamp a day past the month end to its last day', () => {
    expect(applyOffset('2025-09-30', { months: 5, day: 30 })).toBe('2026-02-28');
  });

  it("use the municipality's offsets and common dates", () => {
    const d = computeDeadlines({
      fiscalYearEndMonth: 12,
      governanceYear: 2026,
      rules: { offsets: { dialogmoede: { months: 9, day: 15 } }, commonDates: { dokumentationspakke: '08-31' } },
    });
    expect(dates(d).dialogmoede).toBe('2026-09-15');
    expect(d.find((x) => x.kind === 'dokumentationspakke')).toEqual({ kind: 'dokumentationspakke', date: '2026-08-31', source: 'common' });
  });

  it('put the fællesmøde on one date for every fiscal year', () => {
    expect(dates(computeDeadlines({ fiscalYearEndMonth: 9, governanceYear: 2027 })).faellesmoede).toBe('2027-05-31');
    expect(
      dates(computeDeadlines({ fiscalYearEndMonth: 5, governanceYear: 2027, rules: { commonDates: { faellesmoede: '04-20' } } }))
        .faellesmoede,
    ).toBe('2027-04-20');
    expect(checkRules({ commonDates: { faellesmoede: '01-10' } }, [12], 2027)).toEqual({});
  });

  it('keep the dialogue in order: convened before the meeting, the meeting before publication', () => {
    expect(checkRules({ offsets: { dialogmoede: { months: 9, day: 20 } } }, [12], 2026)).toEqual({
      dialogmoede: 'Styringsdialogmøde afholdt: fristen (20/9 2026) ligger før fristen for indkaldelse til styringsdialogmøde (30/9 2026).',
    });
    expect(checkRules({ commonDates: { aftaledokument: '09-01' } }, [12], 2026).aftaledokument).toContain(
      'ligger før fristen for styringsdialogmøde afholdt (31/10 2026)',
    );
    expect(checkRules({ offsets: { dialogmoede: { months: 10, day: 20 } } }, [12, 5, 9], 2026)).toEqual({});
  });

  it('know which common dates exist', () => {
    expect(commonDate('02-29', 2028)).toBe('2028-02-29');
    expect(commonDate('02-29', 2027)).toBeNull();
    expect(commonDate('13-01', 2027)).toBeNull();
  });

  it("refuse rules that put a deadline on or before the fiscal year's end", () => {
    expect(checkRules({ offsets: { regnskab: { months: -1, day: 'last' } } }, [12], 2026)).toEqual({
      regnskab: 'Regnskab indsendt: fristen skal ligge efter regnskabsårets afslutning.',
    });
    expect(checkRules({ commonDates: { dokumentationspakke: '10-15' } }, [12, 5], 2026)).toEqual({});
    expect(checkRules({ commonDates: { dokumentationspakke: '06-15' } }, [12, 9], 2027).dokumentationspakke).toBeUndefined();
    expect(checkRules({ commonDates: { dokumentationspakke: '03-15' } }, [9], 2027).dokumentationspakke).toBeUndefined();
    expect(checkRules({ commonDates: { dokumentationspakke: '01-15' } }, [12, 9], 2027).dokumentationspakke).toBe(
      'Dokumentationspakke indsendt: den fælles dato ligger før regnskabsfristen 31/5 2027 for nogle boligorganisationer.',
    );
    expect(checkRules({ commonDates: { dialogmoede: '02-29' } }, [12], 2027).dialogmoede).toBe(
      'Styringsdialogmøde afholdt: datoen 29/02 findes ikke i 2027.',
    );
  });
});
