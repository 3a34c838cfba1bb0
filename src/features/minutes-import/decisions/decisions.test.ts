import { describe, expect, it } from 'vitest';
import { findOutcome, isDecisionSentence, responsibleIn } from './decisions.ts';
import { dueDate } from './due-date.ts';
import { toLines } from '../text/reflow.ts';

const outcome = (text: string, date: string | null = '2022-11-03') => findOutcome(toLines(text), date);

describe('decisions', () => {
  it.each([
    'Det blev aftalt, at kommunen sender udkastet.',
    'Det aftales, at Jette løfter opgaven videre.',
    'Det blev besluttet at udsætte punktet.',
    'Indstillingen blev godkendt.',
    'Dagsordenen blev godkendt.',
    'Dagsorden godkendt.',
    'Referatet blev godkendt uden bemærkninger.',
    'Parterne er enige om at forlænge aftalen.',
    'Godkendt.',
    'Referatet fra sidste møde blev godkendt.',
    'Handleplanen for afd. 3 er nu vedtaget.',
    'Orienteringen blev taget til efterretning.',
    'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
  ])('%s is a decision', (sentence) => {
    expect(isDecisionSentence(sentence)).toBe(true);
  });

  it.each([
    'På sidste dialogmøde, blev det aftalt, at centerchefen skulle nedsætte en enhed.',
    'Det blev drøftet, at Lejerbo må forvente ventetid.',
    'Byrådet vedtog i august 2019 Helsingør Kommunes boligpolitik.',
    'Administrationen indstiller at anbefalingen følges.',
  ])('%s is no decision', (sentence) => {
    expect(isDecisionSentence(sentence)).toBe(false);
  });

  it('reads decision blocks under a label, up to the next section', () => {
    expect(
      outcome(
        'Indstilling\n\nAdministrationen indstiller at anbefalingen følges.\n\nBeslutninger Rådet for Almene Boligforhold den 07-04-2021\n\nDagsordenen blev godkendt.\n\nFraværende:\n\nLisbeth Læssøe',
      ).decisions,
    ).toEqual(['Dagsordenen blev godkendt.']);
    expect(
      outcome('Drøftelse.\nBeslutning:\n- Kommunen og boligselskabet fortsætter samarbejdet.\n- Der nedsættes en arbejdsgruppe.').decisions,
    ).toEqual(['Kommunen og boligselskabet fortsætter samarbejdet.', 'Der nedsættes en arbejdsgruppe.']);
    expect(outcome('Konklusion: Kommunen tager orienteringen til efterretning.').decisions).toEqual([
      'Kommunen tager orienteringen til efterretning.',
    ]);
    expect(outcome('Aftale: Næste møde holdes hos Lejerbo.').decisions).toEqual(['Næste møde holdes hos Lejerbo.']);
  });
});

describe('actions', () => {
  it.each([
    ['Det aftales, at Jette løfter opgaven videre omkring social vicevært.', 'Jette'],
    ['Tilsynet vil se nærmere på, om Daniel skal inviteres med.', 'Tilsynet'],
    ['Kommunen vil udarbejde en arbejdsgangsbeskrivelse.', 'Kommunen'],
    ['Lejerbo følger op på tomgangen i afd. 102.', 'Lejerbo'],
    ['Bo Jensen sender kvarterprofilen til Lejerbo.', 'Bo Jensen'],
    ['KAB undersøger muligheden for en ny udlejningsaftale.', 'KAB'],
    ['Det blev aftalt, at AAB Horsens udarbejder en energihandleplan inden 1. marts 2022.', 'AAB Horsens'],
    ['Her vil kommunen forsøge at få aftalen godkendt snarest.', 'Kommunen'],
    ['Udkast til aftaledokument (ansvarlig: Slagelse Kommune, frist: 1/9-2022)', 'Slagelse Kommune'],
  ])('%s → %s', (sentence, who) => {
    expect(responsibleIn(sentence)).toBe(who);
  });

  it.each([
    'Kommunen orienterede om de nye muligheder.',
    'Der skal tages hensyn til afdelingerne.',
    'Det følger af loven, at kommunen fører tilsyn.',
    'Kommunen tilkendegav, at aftalen om, at boligselskabet giver besked ved studietjek, fungerer.',
    'Lejerbo vil gerne deltage i et møde.',
  ])('%s is no action', (sentence) => {
    expect(responsibleIn(sentence)).toBeUndefined();
  });

  it('reads due dates', () => {
    expect(dueDate('senest 1. marts 2023', null)).toBe('2023-03-01');
    expect(dueDate('inden d. 15/4-2022', null)).toBe('2022-04-15');
    expect(dueDate('frist: 3.3.2023', null)).toBe('2023-03-03');
    expect(dueDate('Frist: 1. marts', '2022-11-03')).toBe('2023-03-01');
    expect(dueDate('inden udgangen af august 2022', null)).toBe('2022-08-31');
    expect(dueDate('senest 1. marts', null)).toBeNull();
    expect(dueDate('Mødet blev holdt 1. marts 2023', null)).toBeNull();
  });

  it('reads a task with a deadline as an action, also without someone named', () => {
    expect(outcome('Beslutning:\n- Handleplanen sendes til kommunen senest 1. maj 2023.').actions).toEqual([
      { text: 'Handleplanen sendes til kommunen senest 1. maj 2023.', responsible: null, due: '2023-05-01' },
    ]);
  });

  it('reads labelled actions with responsible and due on the next lines', () => {
    expect(outcome('Handling: Kommunen undersøger mulighederne for tilskud.\nAnsvarlig: Lise Berg\nFrist: 15/8-2023').actions).toEqual([
      { text: 'Kommunen undersøger mulighederne for tilskud.', responsible: 'Lise Berg', due: '2023-08-15' },
    ]);
    expect(outcome('Opfølgning: Status på tomgang sendes til tilsynet.').actions).toEqual([
      { text: 'Status på tomgang sendes til tilsynet.', responsible: null, due: null },
    ]);
  });
});
