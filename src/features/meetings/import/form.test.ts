import { describe, expect, it } from 'vitest';
import type { ImportedItem, ImportedMinutes } from '../../minutes-import/index.ts';
import { parsePreview } from './form.ts';
import { previewNumbers } from './item-fields.ts';
import { actionsLikelyDone, matchOption, previewValues } from './preview-values.ts';
import { parseActions, parseDue, parseParticipants, participantToLine } from './lines.ts';

const item = (number: string | null, title: string, items: ImportedItem[] = []): ImportedItem => ({
  number,
  title,
  text: `Tekst til ${title}`,
  decisions: [],
  actions: [],
  items,
});
const minutes = (over: Partial<ImportedMinutes> = {}): ImportedMinutes => ({
  title: 'Referat af styringsdialogmøde',
  date: '2021-04-07',
  place: null,
  municipality: 'Næstved Kommune',
  organisations: [],
  participants: [],
  absent: [],
  items: [],
  header: '',
  other: '',
  warnings: [],
  coverage: { read: 0, placed: 0 },
  ...over,
});
const targets = {
  organisations: [
    { value: '1', label: 'Lejerbo Næstved' },
    { value: '2', label: 'Bolig Næstved' },
  ],
  fora: [{ value: '7', label: 'Dialogforum Næstved' }],
};
const noChoice = { kind: '', organisationId: '', forumId: '' };

describe('participant lines', () => {
  it('reads name; title; side, two parts as title or side, and no side as øvrige', () => {
    expect(parseParticipants('Jette Hansen; Tilsynsansvarlig; kommune\n\nLena; boligorganisationen\nOle; formand\nBo').rows).toEqual([
      { name: 'Jette Hansen', title: 'Tilsynsansvarlig', side: 'municipality' },
      { name: 'Lena', title: null, side: 'organisation' },
      { name: 'Ole', title: 'formand', side: 'other' },
      { name: 'Bo', title: null, side: 'other' },
    ]);
  });

  it('names the line of an unknown side or a missing name (blank lines count)', () => {
    expect(parseParticipants('A; b; kommune\n\nC; d; xyz\n; formand').errors).toEqual([
      'Linje 3: Siden „xyz“ kendes ikke. Skriv kommune, boligorganisation eller øvrige.',
      'Linje 4: Skriv deltagerens navn før første semikolon.',
    ]);
  });

  it('writes what it reads', () => {
    const p = { name: 'Lena Andersen', title: null, side: 'organisation' as const };
    expect(participantToLine(p)).toBe('Lena Andersen; ; boligorganisation');
    expect(parseParticipants(participantToLine(p)).rows).toEqual([p]);
    expect(participantToLine({ name: 'Bo', title: null, side: null })).toBe('Bo');
  });
});

describe('action lines', () => {
  it('reads from the right, so the text may hold semicolons', () => {
    expect(parseActions('Send planen; også budgettet; Jette; 2022-03-31\nRing; 31.3.2022\nSkriv; Kommunen\nKun tekst').rows).toEqual([
      { text: 'Send planen; også budgettet', responsible: 'Jette', due: '2022-03-31' },
      { text: 'Ring', responsible: null, due: '2022-03-31' },
      { text: 'Skriv', responsible: 'Kommunen', due: null },
      { text: 'Kun tekst', responsible: null, due: null },
    ]);
  });

  it('names the line of a date that does not exist', () => {
    expect(parseActions('A; B; 2022-01-01\nRing; Jette; 2022-02-30').errors).toEqual([
      'Linje 2: Fristen „2022-02-30“ er ikke en gyldig dato. Skriv den som åååå-mm-dd, fx 2022-03-31.',
    ]);
    expect(parseDue('2024-02-29')).toBe('2024-02-29');
    expect(parseDue('29-02-2023')).toBeNull();
    expect(parseDue('1. marts 2023')).toBe('2023-03-01');
    expect(parseDue('d. 3/3-2022')).toBeNull(); // not a date alone
    expect(parseDue('31. februar 2023')).toBeNull();
    expect(parseActions('Send budgettet; Lejerbo; 1. marts 2023').rows).toEqual([
      { text: 'Send budgettet', responsible: 'Lejerbo', due: '2023-03-01' },
    ]);
  });
});

describe('organisation by name', () => {
  it('takes the one organisation whose name contains or is contained in a name from the minutes', () => {
    expect(matchOption(['Lejerbo'], targets.organisations)).toBe('1');
    expect(matchOption(['lejerbo næstved afd. 12'], targets.organisations)).toBe('1');
    expect(matchOption(['Næstved'], targets.organisations)).toBe('');
    expect(matchOption(['KAB', 'Bolig Næstved'], targets.organisations)).toBe('2');
  });
});

describe('preview form', () => {
  const deep = minutes({
    organisations: ['Lejerbo'],
    items: [
      item('1', 'Velkomst'),
      item('2', 'Økonomi', [item('2a', 'Budget', [item('2a.i', 'Detalje')]), item('2b', 'Regnskab')]),
      item('3', 'Eventuelt'),
    ],
  });

  it('puts items deeper than two levels under their top-level item, and numbers the preview', () => {
    const values = previewValues(deep, { fileName: 'r.txt', choice: noChoice, targets, municipalityName: 'Næstved Kommune' });
    expect(values.kind).toBe('dialogmoede');
    expect(values.organisationId).toBe('1');
    expect(previewNumbers(values)).toEqual(['1', '2', '2.a', '2.b', '2.c', '3']);
    expect(values['item-3-parent']).toBe('1');
    expect(values.readSummary).toContain('Læst: 6 punkter (heraf 3 underpunkter)');
    expect(values.readSummary).toContain('tredje niveau');
  });

  it('reads back what it wrote as a tree; leaving out an item leaves out its sub-items', () => {
    const values = previewValues(deep, { fileName: 'r.txt', choice: noChoice, targets, municipalityName: 'Næstved Kommune' });
    const ok = parsePreview(values);
    expect(ok.ok && ok.data.items.map((i) => [i.title, i.items.map((s) => s.title)])).toEqual([
      ['Velkomst', []],
      ['Økonomi', ['Budget', 'Detalje', 'Regnskab']],
      ['Eventuelt', []],
    ]);
    const skipped = parsePreview({ ...values, 'item-1-skip': 'on', 'item-4-title': '' });
    expect(skipped.ok && skipped.data.items.map((i) => i.title)).toEqual(['Velkomst', 'Eventuelt']);
  });

  it('reads a forged parent as a top-level item', () => {
    const values = previewValues(deep, { fileName: 'r.txt', choice: noChoice, targets, municipalityName: 'Næstved Kommune' });
    const forged = parsePreview({ ...values, 'item-2-parent': '9', 'item-3-parent': '2' });
    expect(forged.ok && forged.data.items.map((i) => i.title)).toEqual(['Velkomst', 'Økonomi', 'Budget', 'Eventuelt']);
    expect(forged.ok && forged.data.items.map((i) => i.items.map((s) => s.title))).toEqual([[], ['Regnskab'], ['Detalje'], []]);
  });

  it('wants the organisation of a dialogue meeting and a title per item kept', () => {
    const values = previewValues(deep, { fileName: 'r.txt', choice: noChoice, targets, municipalityName: 'Næstved Kommune' });
    const bad = parsePreview({ ...values, organisationId: '', 'item-0-title': ' ' });
    expect(bad.ok ? null : bad.errors).toEqual({
      organisationId: 'Vælg boligorganisationen, mødet blev holdt med.',
      'item-0-title': 'Punkt 1: Udfyld punktets titel, eller markér „Udelad punktet“.',
    });
  });

  it('ticks "followed up" for minutes more than a year old, and reads the tick back', () => {
    const today = new Date('2026-11-29T10:00:00Z');
    expect(actionsLikelyDone('2025-11-28', today)).toBe(true);
    expect(actionsLikelyDone('2025-12-01', today)).toBe(false);
    expect(actionsLikelyDone(null, today)).toBe(false);
    const old = previewValues(minutes({ date: '2021-04-07' }), {
      fileName: 'r.txt',
      choice: noChoice,
      targets,
      municipalityName: 'Næstved Kommune',
      today,
    });
    expect(old.actionsDone).toBe('on');
    const read = parsePreview({ ...old, kind: 'faellesmoede' });
    expect(read.ok && read.data.actionsDone).toBe(true);
    const untick = parsePreview({ ...old, kind: 'faellesmoede', actionsDone: '' });
    expect(untick.ok && untick.data.actionsDone).toBe(false);
  });

  it('takes minutes of a standing body for a forum meeting, even without a forum of that name', () => {
    const values = previewValues(minutes({ title: 'Referat – Rådet for Almene Boligforhold d. 07-04-2021', organisations: ['Lejerbo'] }), {
      fileName: 'r.txt',
      choice: noChoice,
      targets,
      municipalityName: 'Næstved Kommune',
    });
    expect(values.kind).toBe('forum');
    expect(values.forumId).toBe('');
  });

  it('tells when the minutes name another municipality or an organisation it cannot place', () => {
    const values = previewValues(minutes({ municipality: 'Hillerød Kommune', organisations: ['KAB'], date: null }), {
      fileName: 'r.txt',
      choice: noChoice,
      targets,
      municipalityName: 'Næstved Kommune',
    });
    expect(values.readSummary).toContain('Referatet nævner Hillerød Kommune, men du importerer det til Næstved Kommune.');
    expect(values.readSummary).toContain('Referatet nævner KAB, men ingen af kommunens boligorganisationer');
    expect(values.readSummary).toContain('ingen mødedato');
  });
});

describe("the header's text in the preview (coverage counts it, so the user must see it)", () => {
  const opts = { fileName: 'r.txt', choice: noChoice, targets, municipalityName: 'Næstved Kommune' };
  const header = 'Dato: 7. april 2021\nSted: Rådhuset\nNote: Mødet blev flyttet på grund af corona.';

  it("puts the lines no field shows above the first item's text, and leaves those a field shows", () => {
    const values = previewValues(minutes({ header, place: 'Rådhuset', items: [item('1', 'Velkomst')] }), opts);
    expect(values['item-0-text']).toBe('Fra mødets hoved:\nNote: Mødet blev flyttet på grund af corona.\n\nTekst til Velkomst');
    expect(values.readSummary).toContain('mødets hoved');
    const shown = previewValues(
      minutes({ header: 'Dato: 7. april 2021\nSted: Rådhuset', place: 'Rådhuset', items: [item('1', 'Velkomst')] }),
      opts,
    );
    expect(shown['item-0-text']).toBe('Tekst til Velkomst');
  });

  it('puts them with the "Øvrigt" text when there is such', () => {
    const values = previewValues(minutes({ header, place: 'Rådhuset', other: 'Resumé.', items: [item('1', 'Velkomst')] }), opts);
    expect(values['item-0-title']).toBe('Øvrigt');
    expect(values['item-0-text']).toBe('Note: Mødet blev flyttet på grund af corona.\n\nResumé.');
    expect(values['item-1-text']).toBe('Tekst til Velkomst');
  });
});
