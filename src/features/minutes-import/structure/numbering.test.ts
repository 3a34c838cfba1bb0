import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbering.ts';

describe('item numbers', () => {
  it.each([
    ['1. Opfølgning på aftaledokument fra 2020', 'plain', '1', 'Opfølgning på aftaledokument fra 2020'],
    ['1) Godkendelse af dagsorden', 'plain', '1', 'Godkendelse af dagsorden'],
    ['2 a. Status for afdelingerne', 'sub', '2a', 'Status for afdelingerne'],
    ['2a) Status', 'sub', '2a', 'Status'],
    ['2a Status', 'sub', '2a', 'Status'],
    ['1.a Helhedsplaner', 'sub', '1a', 'Helhedsplaner'],
    ['2.1. Dialogforum for almene boliger', 'decimal', '2.1', 'Dialogforum for almene boliger'],
    ['2.1 Dialogforum', 'decimal', '2.1', 'Dialogforum'],
    ['a) Første halvår 2021', 'letter', 'a', 'Første halvår 2021'],
    ['Punkt 3', 'punkt', '3', ''],
    ['Punkt 3: Eventuelt', 'punkt', '3', 'Eventuelt'],
    ['Punkt 1: Godkendelse af dagsorden', 'punkt', '1', 'Godkendelse af dagsorden'],
    ['Pkt. 5 Næste møde', 'punkt', '5', 'Næste møde'],
    ['PKT 5. Næste møde', 'punkt', '5', 'Næste møde'],
    ['Dagsordenspunkt 2 - Status', 'punkt', '2', 'Status'],
    ['Ad 4: Etablering af et bydelspartnerskab', 'ad', '4', 'Etablering af et bydelspartnerskab'],
    ['Ad. 4. Etablering', 'ad', '4', 'Etablering'],
    ['Ad 4', 'ad', '4', ''],
    ['8.', 'plain', '8', ''],
  ])('%s', (text, kind, number, rest) => {
    const mark = parseNumber(text);
    expect(mark).toMatchObject({ kind, number, rest });
  });

  it.each([
    '1.300 boliger',
    '3. november 2021 blev afholdt',
    '2021 blev et godt år',
    'Ad 1-2: Indstillingerne anbefales',
    'Ad. 2.1. Dialogforum',
    '20/25312',
    '3.3.2022',
    'og så videre',
    'Punktet blev udsat',
    '100. Punkt',
  ])('%s is no item number', (text) => {
    expect(['plain', 'punkt', 'ad', 'sub']).not.toContain(parseNumber(text)?.kind);
  });
});
