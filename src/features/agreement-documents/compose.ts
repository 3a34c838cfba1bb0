import { TIME_ZONE } from '../../lib/copenhagen-time.ts';
import { formatDate } from '../../ui/format.ts';

const clock = new Intl.DateTimeFormat('da-DK', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** "8. oktober 2025 kl. 10.00", as a document writes it. */
const when = (d: Date) => `${formatDate(d)} kl. ${clock.format(d).replace(':', '.')}`;

/*
 * The aftaledokument's sections from the dialogue's data, as text (paragraphs, "- " bullets): a
 * pure function, so what the document says is tested without a database. The sections the data
 * gives are refreshable; the focus points and the extra documentation are the parties' own words.
 */

export type SectionKey = 'moede' | 'fokus' | 'aftaler' | 'afdelinger' | 'noegletal' | 'dokumentation' | 'naeste_moede';

export interface SectionDraft {
  key: SectionKey;
  heading: string;
  text: string;
  /** Written from the data (refreshable), or the parties' own words (empty until written). */
  fromData: boolean;
}

export interface DocumentFacts {
  municipalityName: string;
  organisationName: string;
  meeting: {
    startsAt: Date | null;
    heldOn: string;
    place: string | null;
    participants: { name: string; title: string | null; side: 'municipality' | 'organisation' | 'other'; present: boolean }[];
    next: { startsAt: Date | null; place: string | null } | null;
  };
  agreements: { text: string; status: string; responsible: string; deadline: string | null; estateIds: number[] }[];
  estates: { id: number; number: number; name: string }[];
  focus: Map<
    number,
    {
      red: { year: number; indicator: string; value: string }[];
      plans: { year: number; text: string; deadline: string | null; handled: boolean }[];
    }
  >;
}

/** The hints under the sections written by hand. */
export const SECTION_HINTS: Partial<Record<SectionKey, string>> = {
  fokus: 'Skriv de punkter, parterne vil have særlig fokus på i det kommende år. Ét punkt pr. linje, fx "- Vedligeholdelse i afdeling 7".',
  dokumentation:
    'Den ekstra dokumentation, kommunen beder om til næste års dokumentationspakke. Ét punkt pr. linje, fx "- Plan for energirenovering". Når dokumentet offentliggøres, bliver punkterne boligorganisationens punkter på næste års tjekliste.',
};

const person = (p: { name: string; title: string | null; present: boolean }) =>
  `- ${p.name}${p.title ? `, ${p.title}` : ''}${p.present ? '' : ' (afbud)'}`;

function meetingText(f: DocumentFacts): string {
  const m = f.meeting;
  const side = (s: 'municipality' | 'organisation' | 'other', heading: string) => {
    const people = m.participants.filter((p) => p.side === s);
    return people.length ? [`${heading}:`, ...people.map(person)].join('\n') : null;
  };
  return [
    `Styringsdialogmødet blev holdt ${m.startsAt ? when(m.startsAt) : formatDate(m.heldOn)}${m.place ? ` (${m.place})` : ''}.`,
    side('municipality', `For ${f.municipalityName}`) ?? `For ${f.municipalityName}: ingen deltagere er registreret.`,
    side('organisation', `For ${f.organisationName}`) ?? `For ${f.organisationName}: ingen deltagere er registreret.`,
    side('other', 'Øvrige deltagere'),
  ]
    .filter((x): x is string => x !== null)
    .join('\n\n');
}

function agreementsText(f: DocumentFacts): string {
  if (f.agreements.length === 0) return 'Parterne indgik ingen aftaler ved styringsdialogen.';
  return f.agreements
    .map(
      (a) =>
        `- ${a.text} Status: ${a.status.toLowerCase()}. Ansvarlig: ${a.responsible}.${a.deadline ? ` Frist: ${formatDate(a.deadline)}.` : ''}`,
    )
    .join('\n');
}

/** Per estate: its action plans and the agreements that concern it, or "Ingen særlig fokus". */
function estatesText(f: DocumentFacts): string {
  if (f.estates.length === 0) return 'Boligorganisationen har ingen afdelinger registreret.';
  return f.estates
    .map((e) => {
      const focus = f.focus.get(e.id);
      const lines = [
        ...(focus?.plans ?? []).map(
          (p) =>
            `  - Handlingsplan (rød ${p.year - 2}–${p.year})${p.deadline ? `, frist ${formatDate(p.deadline)}` : ''}: ${p.text.trim() || 'ikke skrevet endnu'}${p.handled ? ' (behandlet)' : ''}`,
        ),
        ...f.agreements.filter((a) => a.estateIds.includes(e.id)).map((a) => `  - Aftale: ${a.text}`),
        ...(focus?.red.length && !focus.plans.length ? ['  - Røde nøgletal, se nedenfor.'] : []),
      ];
      return lines.length ? `- ${e.number} ${e.name}:\n${lines.join('\n')}` : `- ${e.number} ${e.name}: Ingen særlig fokus`;
    })
    .join('\n');
}

function figuresText(f: DocumentFacts): string {
  const red = f.estates.filter((e) => f.focus.get(e.id)?.red.length);
  if (red.length === 0) return 'Ingen afdelinger har røde nøgletal.';
  return red
    .map((e) => {
      const figures = f.focus.get(e.id)!.red;
      return `- ${e.number} ${e.name} (${figures[0].year}): ${figures.map((r) => `${r.indicator} ${r.value}`).join(', ')}`;
    })
    .join('\n');
}

function nextMeetingText(f: DocumentFacts): string {
  const n = f.meeting.next;
  if (!n?.startsAt) return 'Dato og sted for næste styringsdialogmøde aftales senere.';
  return `Næste styringsdialogmøde holdes ${when(n.startsAt)}${n.place ? ` (${n.place})` : ''}.`;
}

/** Every section in order, the data's text written out. */
export function composeSections(f: DocumentFacts): SectionDraft[] {
  return [
    { key: 'moede', heading: 'Mødet og deltagerne', text: meetingText(f), fromData: true },
    { key: 'fokus', heading: 'Fokuspunkter for det kommende år', text: '', fromData: false },
    { key: 'aftaler', heading: 'Aftaler og mål', text: agreementsText(f), fromData: true },
    { key: 'afdelinger', heading: 'Afdelingerne', text: estatesText(f), fromData: true },
    { key: 'noegletal', heading: 'Nøgletal bag afdelinger med røde tal', text: figuresText(f), fromData: true },
    { key: 'dokumentation', heading: 'Ekstra dokumentation til næste års dokumentationspakke', text: '', fromData: false },
    { key: 'naeste_moede', heading: 'Næste møde', text: nextMeetingText(f), fromData: true },
  ];
}

/** The bullets of the extra documentation section: next year's checklist items. */
export const documentationItems = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((l) => l.length > 0)
    .map((l) => l.slice(0, 200));
