import { formatDate } from '../../../ui/format.ts';
import type { DocumentItem, MeetingDocument } from './document.ts';
import { KIND_LABELS, MINUTES_STATUS_LABELS, SECTION_KEYS, SECTION_LABELS, SIDE_LABELS, THEME_LABELS } from '../labels.ts';
import type { MeetingItemView, MeetingView } from '../load.ts';
import { renderVote } from '../minutes/votes.ts';

function kindLabel(m: MeetingView): string {
  if (m.kind === 'forum') return m.forumName ? `Møde i ${m.forumName}` : KIND_LABELS.forum;
  return KIND_LABELS[m.kind];
}

function statusLine(m: MeetingView): string {
  if (m.minutesStatus !== 'godkendt') return MINUTES_STATUS_LABELS[m.minutesStatus];
  const approved = [m.municipalityApprovedAt, m.organisationApprovedAt].filter((d): d is Date => d !== null).sort((a, b) => +b - +a)[0];
  const who = m.organisationId !== null ? 'Godkendt af begge parter' : 'Godkendt';
  return approved ? `${who} ${formatDate(approved)}` : who;
}

type AnyItem = MeetingItemView | MeetingItemView['children'][number];

/** The item as the renderers take it; without closed items at any depth (and what is under them) unless `includeClosed`. */
function item(i: AnyItem, includeClosed: boolean): DocumentItem {
  return {
    number: i.number,
    title: i.title,
    theme: i.theme ? THEME_LABELS[i.theme] : null,
    closed: i.closed,
    caseNumber: i.caseNumber,
    decidingBody: i.decidingBody,
    sections: SECTION_KEYS.filter((k) => i.sections[k]).map((k) => ({ heading: SECTION_LABELS[k], text: i.sections[k]! })),
    text: i.text,
    notes: i.notes,
    decisions: i.decisions.map((d) => ({ body: d.body, date: d.decidedOn, text: d.text, vote: renderVote(d) })),
    actions: i.actions.map((a) => ({ text: a.text, responsible: a.responsible, due: a.due, done: a.doneAt !== null })),
    absent: i.absent,
    attachments: i.files.map((f) => f.fileName),
    items: visible(i.children, includeClosed).map((c) => item(c, includeClosed)),
  };
}

const visible = <T extends AnyItem>(items: T[], includeClosed: boolean): T[] => (includeClosed ? items : items.filter((i) => !i.closed));

/** The meeting as the renderers take it. The parties' copy includes closed items; a public copy never does. */
export function toMeetingDocument(
  m: MeetingView,
  kind: 'agenda' | 'minutes',
  opts: { includeClosed: boolean; now?: Date } = { includeClosed: true },
): MeetingDocument {
  return {
    kind,
    meetingKindLabel: kindLabel(m),
    title: m.title,
    municipality: m.municipalityName,
    organisations: m.organisationName ? [m.organisationName] : [],
    startsAt: m.startsAt?.toISOString() ?? null,
    endsAt: m.endsAt?.toISOString() ?? null,
    place: m.place,
    participants: m.participants.map((p) => ({
      name: p.name,
      title: p.title,
      side: p.side,
      sideLabel: SIDE_LABELS[p.side],
      present: p.present,
    })),
    status: kind === 'minutes' ? statusLine(m) : null,
    version: kind === 'minutes' ? m.minutesVersion : null,
    generatedAt: (opts.now ?? new Date()).toISOString(),
    includeClosed: opts.includeClosed,
    items: visible(m.tree, opts.includeClosed).map((i) => item(i, opts.includeClosed)),
  };
}

/**
 * The minutes as plain text, one fact per line: what a version freezes and what the diff
 * between two versions compares.
 */
export function minutesText(doc: MeetingDocument): string {
  const lines: string[] = [`${doc.meetingKindLabel}: ${doc.title}`];
  if (doc.startsAt) lines.push(`Dato: ${formatDate(doc.startsAt)}`);
  if (doc.place) lines.push(`Sted: ${doc.place}`);
  lines.push('', 'Deltagere:');
  for (const p of doc.participants)
    lines.push(`${p.present ? '' : '(fraværende) '}${p.name}${p.title ? `, ${p.title}` : ''} – ${p.sideLabel}`);
  const walk = (i: DocumentItem) => {
    lines.push('', `${i.number}. ${i.title}${i.closed ? ' (lukket punkt)' : ''}`);
    if (i.caseNumber) lines.push(`Sagsnr.: ${i.caseNumber}`);
    if (i.decidingBody) lines.push(`Sagen afgøres i: ${i.decidingBody}`);
    for (const s of i.sections) lines.push(`${s.heading}:`, ...s.text.split('\n'));
    if (i.text) lines.push(...i.text.split('\n'));
    if (i.notes) lines.push('Referat:', ...i.notes.split('\n'));
    for (const d of i.decisions)
      lines.push(
        `Beslutning${d.body ? ` (${d.body}${d.date ? ` ${formatDate(d.date)}` : ''})` : ''}: ${d.text}${d.vote ? ` ${d.vote}` : ''}`,
      );
    for (const a of i.actions)
      lines.push(`Opfølgning: ${a.text}${a.responsible ? ` – ${a.responsible}` : ''}${a.due ? ` (frist ${formatDate(a.due)})` : ''}`);
    if (i.absent.length) lines.push(`Fraværende: ${i.absent.join(', ')}`);
    i.items.forEach(walk);
  };
  doc.items.forEach(walk);
  return lines.join('\n') + '\n';
}
