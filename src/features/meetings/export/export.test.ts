import JSZip from 'jszip';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../../lib/written-document/blocks.ts';
import { meetingWhen } from './content.ts';
import type { MeetingDocument } from './document.ts';
import { renderMeetingDocx } from './docx.ts';
import { breakLongWords, drawable, winAnsi } from '../../../lib/written-document/pdf-fonts.ts';
import { renderMeetingPdf } from './pdf.ts';
import { sampleMeeting } from './sample.ts';

/** The PDF's text with runs of white space made one space (wrapped lines and columns). */
async function pdfText(pdf: Buffer) {
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(proxy, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

async function docxText(docx: Buffer) {
  return (await mammoth.extractRawText({ buffer: docx })).value.replace(/\s+/g, ' ');
}

/** One part of a DOCX (a ZIP). */
async function docxPart(docx: Buffer, name: string): Promise<string> {
  const part = (await JSZip.loadAsync(docx)).file(name);
  if (!part) throw new Error(`${name} is not in the DOCX`);
  return part.async('string');
}

const publicCopy: MeetingDocument = { ...sampleMeeting, includeClosed: false };

const empty: MeetingDocument = {
  kind: 'agenda',
  meetingKindLabel: 'Fællesmøde',
  title: 'Fællesmøde 2026 – Ærø Kommune',
  municipality: 'Ærø Kommune',
  organisations: [],
  startsAt: null,
  endsAt: null,
  place: null,
  participants: [],
  status: null,
  version: null,
  generatedAt: '2026-12-03T13:05:00Z',
  includeClosed: false,
  items: [],
};

// What both formats must say about the sample minutes.
const EXPECTED = [
  'Styringsdialogmøde 2021 – Lejerbo Næstved',
  'onsdag den 2. marts 2022 kl. 10.00–12.00',
  'Deltagere',
  'Afbud/fraværende',
  '1. Opfølgning på aftaledokument fra 2020',
  '5.a Udlejningsaftale for bofællesskaberne',
  'Åse Lærkegård',
  'organisationsbestyrelsen',
  'Præstøvej',
  'Søren Østergaard',
  'Sagen afgøres i: Byrådet 2018-2021',
  'Tema: Økonomi og drift',
  'Beslutning i Økonomiudvalget 2018-2021 den 14. december 2020',
  'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
  'Jette løfter opgaven om socialvicevært videre',
  'Jette Hansen',
  '1. juni 2022',
  'Udført',
  'Fraværende: Birgitte Holm',
  'Oversigt behandling af de strategiske indsatser på almenboligområdet FINAL.pdf',
];
const CLOSED = [
  '9. Genhusning af en beboer i afdelingen på Manøvej',
  'Lukket punkt',
  '22/03117',
  'Finde en midlertidig bolig til beboeren',
];

describe('renderMeetingPdf', () => {
  it('renders the minutes with participants, items, decisions, follow-up and page numbers', async () => {
    const pdf = await renderMeetingPdf(sampleMeeting);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await pdfText(pdf);
    for (const s of [...EXPECTED, ...CLOSED]) expect(text).toContain(s);
    expect(text).toContain('Jette Hansen, integrationskonsulent, Borgerservice');
    expect(text).toContain('Indhold');
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page++)
      expect(text).toContain(`Styringsdialogmøde 2021 – Lejerbo Næstved – side ${page} af ${pages}`);
  });

  it('leaves closed items out of the public copy', async () => {
    const { text } = await pdfText(await renderMeetingPdf(publicCopy));
    for (const s of EXPECTED) expect(text).toContain(s);
    for (const s of CLOSED) expect(text).not.toContain(s);
    expect(text).toContain('10. Eventuelt');
  });

  it('keeps æøå with the built-in Helvetica too', async () => {
    const { text } = await pdfText(await renderMeetingPdf(sampleMeeting, { standardFonts: true }));
    for (const s of [
      'Åse Lærkegård',
      'Præstøvej',
      'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
      '1. Opfølgning på aftaledokument fra 2020',
    ])
      expect(text).toContain(s);
  });

  it('breaks a very long word (a pasted URL or hash) so it wraps instead of running for minutes', async () => {
    const long = structuredClone(sampleMeeting);
    long.items[0].text = `https://example.dk/${'a'.repeat(50_000)}`;
    long.items[0].attachments = [`${'B'.repeat(2_000)}.pdf`];
    const { text } = await pdfText(await renderMeetingPdf(long));
    expect(text.replace(/[\u200b\s]/g, '')).toContain(`https://example.dk/${'a'.repeat(1_000)}`);
    expect(breakLongWords('kort tekst og IT-system', ' ')).toBe('kort tekst og IT-system');
    expect(breakLongWords('x'.repeat(65), '|')).toBe(`${'x'.repeat(30)}|${'x'.repeat(30)}|xxxxx`);
  });

  it('renders an empty meeting', async () => {
    const { text, pages } = await pdfText(await renderMeetingPdf(empty));
    expect(pages).toBe(1);
    expect(text).toContain('Fællesmøde 2026 – Ærø Kommune');
    expect(text).toContain('Dagsordenen har ingen punkter.');
    expect(text).toContain('side 1 af 1');
    expect(text).not.toContain('Deltagere');
  });
});

describe('renderMeetingDocx', () => {
  it('renders the same content with Word headings, bullets, tables and page numbers', async () => {
    const docx = await renderMeetingDocx(sampleMeeting);
    const text = await docxText(docx);
    for (const s of [...EXPECTED, ...CLOSED]) expect(text).toContain(s);
    expect(text).toContain('integrationskonsulent, Borgerservice');
    const body = await docxPart(docx, 'word/document.xml');
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>.*1\. Opfølgning på aftaledokument fra 2020/);
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:numPr>'); // real Word bullets
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBe(1 + 3); // participants + three follow-up tables
    expect(body.match(/<w:tbl>/g)?.length).toBe(1 + 3 + 4); // … and four decisions, each a one-cell table with a bar
    const footer = await docxPart(docx, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(await docxPart(docx, 'word/header1.xml')).toContain('Næstved Kommune');
    expect(await docxPart(docx, 'docProps/core.xml')).toContain('<dc:creator>Styringsdialog</dc:creator>');
    expect(await docxPart(docx, 'docProps/core.xml')).toContain('<dc:title>Styringsdialogmøde 2021 – Lejerbo Næstved</dc:title>');
    expect(await docxPart(docx, 'word/styles.xml')).toContain('<w:lang w:val="da-DK"/>');
  });

  it('leaves closed items out of the public copy', async () => {
    const text = await docxText(await renderMeetingDocx(publicCopy));
    for (const s of EXPECTED) expect(text).toContain(s);
    for (const s of CLOSED) expect(text).not.toContain(s);
  });

  it('renders an empty meeting', async () => {
    const docx = await renderMeetingDocx(empty);
    const text = await docxText(docx);
    expect(text).toContain('Fællesmøde 2026 – Ærø Kommune');
    expect(text).toContain('Dagsordenen har ingen punkter.');
    expect(await docxPart(docx, 'word/document.xml')).not.toContain('<w:tbl>');
  });
});

describe('parseBlocks', () => {
  it('reads paragraphs, nested bullets, labelled lines and wrapped items', () => {
    const text =
      'Indledning.\nAnden linje.\n\n- Et punkt\n  - Et underpunkt\n    der fortsætter\n* Stjerne\n\n1. Første\n2) Anden\na) Litra\n\nSlut';
    expect(parseBlocks(text)).toEqual([
      { kind: 'paragraph', lines: ['Indledning.', 'Anden linje.'] },
      { kind: 'item', level: 0, label: null, text: 'Et punkt' },
      { kind: 'item', level: 1, label: null, text: 'Et underpunkt der fortsætter' },
      { kind: 'item', level: 0, label: null, text: 'Stjerne' },
      { kind: 'item', level: 0, label: '1.', text: 'Første' },
      { kind: 'item', level: 0, label: '2)', text: 'Anden' },
      { kind: 'item', level: 0, label: 'a)', text: 'Litra' },
      { kind: 'paragraph', lines: ['Slut'] },
    ]);
  });

  it('starts a paragraph after a list without a blank line and survives empty text', () => {
    expect(parseBlocks('- punkt\nTekst\r\n')).toEqual([
      { kind: 'item', level: 0, label: null, text: 'punkt' },
      { kind: 'paragraph', lines: ['Tekst'] },
    ]);
    expect(parseBlocks('')).toEqual([]);
    expect(parseBlocks(null)).toEqual([]);
  });
});

describe('Danish dates and characters', () => {
  it('shows meeting times in Danish time, summer and winter', () => {
    expect(meetingWhen('2026-12-02T09:00:00Z', '2026-12-02T11:30:00+01:00')).toBe('onsdag den 2. december 2026 kl. 10.00–11.30');
    expect(meetingWhen('2026-06-10T08:00:00Z', null)).toBe('onsdag den 10. juni 2026 kl. 10.00');
    expect(meetingWhen('2026-01-05T23:05:00Z', null)).toBe('tirsdag den 6. januar 2026 kl. 00.05');
    expect(meetingWhen('2026-03-28T22:30:00Z', '2026-03-29T09:00:00Z')).toBe(
      'lørdag den 28. marts 2026 kl. 23.30 til søndag den 29. marts 2026 kl. 11.00',
    );
    expect(meetingWhen(null, null)).toBeNull();
  });

  it('keeps what WinAnsi can draw and replaces the rest', () => {
    expect(winAnsi('Æble, øl og å – “citat” … 5 €')).toBe('Æble, øl og å – “citat” … 5 €');
    expect(winAnsi('≥ 5 · Łódź ő')).toBe('>= 5 · ?ódz o');
  });

  it("draws with the design system's IBM Plex Sans, and replaces what the font lacks (an emoji) instead of drawing a box", async () => {
    const emoji = structuredClone(sampleMeeting);
    emoji.items[0].text = 'Godt møde 👍 – Łódź → næste år';
    const pdf = await renderMeetingPdf(emoji);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+IBMPlexSans/);
    const { text } = await pdfText(pdf);
    expect(text).toContain('Godt møde ? – Łódź → næste år');
    expect(drawable('a\u200bb\n😀', (cp) => cp < 0x250)).toBe('ab\n?');
  });
});
