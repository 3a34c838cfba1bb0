/** Action tables and label lines as municipalities write them under an item. */
import { describe, expect, it } from 'vitest';
import { findOutcome } from './decisions.ts';
import { toLines } from '../text/reflow.ts';

const outcome = (text: string) => findOutcome(toLines(text), '2022-10-12');

describe('actions', () => {
  it('reads a "Hvad | Hvem | Hvornår" table (tabs in a TXT export), a month and year as its last day', () => {
    const { actions } = outcome(
      'Hvad\tHvem\tHvornår\nUdbud af renholdelse\tLejerbo\t1. april 2023\nStatusmøde om klimaplan\tKøge Kommune\tJuni 2023',
    );
    expect(actions).toEqual([
      { text: 'Udbud af renholdelse', responsible: 'Lejerbo', due: '2023-04-01' },
      { text: 'Statusmøde om klimaplan', responsible: 'Køge Kommune', due: '2023-06-30' },
    ]);
  });

  it('reads our own export\'s table "Hvad | Ansvarlig | Frist | Status"', () => {
    const { actions } = outcome('Hvad | Ansvarlig | Frist | Status\nFinde en midlertidig bolig | Louise Kjær | 15. april 2022 | Åben');
    expect(actions).toEqual([{ text: 'Finde en midlertidig bolig', responsible: 'Louise Kjær', due: '2022-04-15' }]);
  });

  it('splits "Ansvarlig: X, frist: D" into the responsible and the due date', () => {
    const { actions } = outcome('Beslutning: Ringgården udarbejder en handleplan for tomgang.\nAnsvarlig: Tina Juhl, frist: 1. marts 2023');
    expect(actions).toEqual([{ text: 'Ringgården udarbejder en handleplan for tomgang.', responsible: 'Tina Juhl', due: '2023-03-01' }]);
  });

  it('makes what was agreed an action when an "Ansvarlig:" line follows it', () => {
    const { decisions, actions } = outcome(
      'Det blev aftalt, at kommunen og Ringgården holder et møde med politiet.\nAnsvarlig: Jonas Krog, frist: 30. november 2022',
    );
    expect(decisions).toEqual(['Det blev aftalt, at kommunen og Ringgården holder et møde med politiet.']);
    expect(actions).toEqual([
      { text: 'Det blev aftalt, at kommunen og Ringgården holder et møde med politiet.', responsible: 'Jonas Krog', due: '2022-11-30' },
    ]);
  });

  it('takes a due date in a "Konklusion:" line as an action', () => {
    const { actions } = outcome('Konklusion: Kommunen ønsker en skriftlig status inden 1. december 2022.');
    expect(actions).toEqual([
      { text: 'Kommunen ønsker en skriftlig status inden 1. december 2022.', responsible: null, due: '2022-12-01' },
    ]);
  });
});
