/*
 * Decisions and actions in an item's lines. Decisions: the paragraphs under "Beslutning:",
 * "Beslutninger <udvalg> den <dato>", "Konklusion:", "Aftale:"; sentences such as "Det blev
 * aftalt, at …", "Det aftales, at …", "Indstillingen blev godkendt", "Dagsordenen blev godkendt".
 * Actions: "Handling: …", "Opfølgning: …", "Ansvarlig: X", "Frist: …", and sentences where someone
 * takes a task ("Jette løfter opgaven videre", "Kommunen vil undersøge …", "Tilsynet følger op").
 */
import { actionColumns, tableActions } from './action-table.ts';
import { dueDate } from './due-date.ts';
import { committeeHeading } from './committee-heading.ts';
import { isAbsence, isCaseDescription, proseResponsible } from './prose-actions.ts';
import { findDates } from '../text/dates.ts';
import type { Line } from '../text/reflow.ts';
import { sentences } from '../text/sentences.ts';
import type { ImportedAction } from '../types.ts';

const BLOCK_LABEL = /^(?:beslutning(?:er)?|konklusion(?:er)?|aftale(?:r)?|aftalt|besluttet|afgørelse)\b\s*(.*)$/i;
/** Section headings that end a block of decisions. */
const SECTION =
  /^(?:fraværende|afbud|bilag|indstilling|sagsfremstilling|supplerende sagsfremstilling|indledning|baggrund|retsgrundlag|økonomi|kommunikation|høring|tidsplan|beslutninger?|handling|opfølgning|ansvarlig|frist|næste møde|deltagere|referent)\b/i;

const DECISION_START =
  /^(?:det (?:blev|er) (?:aftalt|besluttet|vedtaget|godkendt)|det aftaltes|det aftales|det besluttes|det besluttedes|det vedtoges|der (?:blev|er) (?:aftalt|enighed)|der aftales|parterne (?:aftalte|aftaler|blev enige|er enige|var enige)|man (?:aftalte|blev enige)|mødet (?:besluttede|godkendte|vedtog)|(?:dagsorden|referat|indstilling|forslag|orientering|sag|punkt|budget|regnskab|aftale)(?:en|et|erne)? (?:blev |er )?(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|tiltrædes|anbefalet|anbefales|forkastet|udsat|taget til efterretning|tages til efterretning|taget af dagsordenen)|(?:herefter |enstemmigt |endeligt )?(?:godkendt|vedtaget|anbefalet)|(?:taget |tages )?til efterretning|drøftet|(?:bestyrelsen|udvalget|byrådet|kommunalbestyrelsen|rådet|organisationsbestyrelsen|afdelingsbestyrelsen|repræsentantskabet) besluttede,? (?:enstemmigt )?at|orientering(?:en)? (?:blev )?taget til efterretning|oversendes|oversendt|anbefales|indstilles|tiltrædes|tiltrådt|et flertal (?:bestående af|stemte)|sagen (?:blev )?udsat)(?![\p{L}])/iu;

const INSTITUTION_WORDS =
  'kommunen|tilsynet|boligselskabet|boligorganisationen|boligforeningen|forvaltningen|administrationen|sekretariatet|organisationen|organisationsbestyrelsen|afdelingsbestyrelsen|bestyrelsen|formanden|forretningsføreren|direktøren|styregruppen|arbejdsgruppen|parterne|begge parter|udlejningen|ejendomskontoret|centret|centeret';
/** Either case for the first letter: "Kommunen vil …", "… vil kommunen …". */
const INSTITUTIONS = INSTITUTION_WORDS.split('|')
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
const NAME = '\\p{Lu}[\\p{Ll}]+(?:[ -]\\p{Lu}[\\p{Ll}]+){0,2}|\\p{Lu}{2,6}(?: \\p{Lu}[\\p{Ll}]+)?';
const SUBJECT = `(?:${NAME}|${INSTITUTIONS})(?:\\s+og\\s+(?:${NAME}|${INSTITUTIONS}))?`;
const PRESENT =
  'løfter|følger op|undersøger|sender|fremsender|udsender|vender tilbage|melder tilbage|tager kontakt|kontakter|indkalder|udarbejder|sørger for|afklarer|koordinerer|tager initiativ|tager fat|tjekker|ser nærmere på|ser på|giver besked|opdaterer|indsender|deler|laver|booker|arrangerer|inviterer|går videre|arbejder videre|tager sig af|retter henvendelse|fremlægger|forelægger|indhenter|beregner|planlægger|gennemgår|tilretter|reviderer|færdiggør|har ansvaret|er ansvarlig';
const INFINITIVE =
  'løfte|følge op|undersøge|sende|fremsende|udsende|vende tilbage|melde tilbage|tage kontakt|kontakte|indkalde|udarbejde|sørge for|afklare|koordinere|tage initiativ|tage fat|tjekke|se nærmere på|se på|give besked|opdatere|indsende|dele|lave|booke|arrangere|invitere|gå videre|arbejde videre|tage sig af|rette henvendelse|fremlægge|forelægge|indhente|beregne|planlægge|gennemgå|tilrette|revidere|færdiggøre|forsøge';
/** Sentence start, or after what was agreed: "Det aftales, at Jette løfter …". */
const LEAD = '(?:^|(?:aftalt|aftales|aftaltes|besluttet|besluttes|enige om|vedtaget)(?:,)?\\s+at\\s+|;\\s*|:\\s*)';
const ADVERB = '(?:(?:derfor|også|nu|hurtigst muligt|gerne|snarest)\\s+)?';
const ACTION_PATTERNS = [
  new RegExp(`${LEAD}(${SUBJECT})\\s+(?:vil|skal)\\s+${ADVERB}(?:${INFINITIVE})(?![\\p{L}])`, 'u'),
  new RegExp(`${LEAD}(${SUBJECT})\\s+${ADVERB}(?:${PRESENT})(?![\\p{L}])`, 'u'),
  new RegExp(`\\b(?:vil|skal)\\s+(${INSTITUTIONS}|${NAME})\\s+${ADVERB}(?:${INFINITIVE})(?![\\p{L}])`, 'u'),
];
const NOT_SUBJECTS =
  /^(?:det|der|den|de|dem|man|vi|han|hun|dette|disse|her|når|hvis|samtidig|derudover|endvidere|herefter|hvor|som|så|men|og|i|alle|flere|nogle|begge|hver|sagen|planen|projektet|forslaget|materialet)$/i;

const ACTION_LABEL = /^(?:handling|opfølgning|aktion|action|to ?do|opgave)\s*:\s*(.+)$/i;
const RESPONSIBLE_LABEL = /(?:^|[(,;]\s*|\s[-–]\s*)ansvarlig(?:e)?\s*:\s*([^,;()]+?)(?=\s*(?:[,;()]|frist|deadline|$))/i;
const DUE_LABEL = /^(?:frist|deadline|tidsfrist)\s*:\s*(.+)$/i;
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Who takes the task in `sentence`, or undefined when nobody does. */
export function responsibleIn(sentence: string): string | null | undefined {
  if (isCaseDescription(sentence)) return undefined;
  const labelled = RESPONSIBLE_LABEL.exec(sentence);
  if (labelled) return labelled[1].trim();
  for (const re of ACTION_PATTERNS) {
    const m = re.exec(sentence);
    if (m && !NOT_SUBJECTS.test(m[1].split(/\s+/)[0])) return capitalise(m[1].trim());
  }
  return proseResponsible(sentence);
}

/** "Referatet fra sidste møde blev godkendt", "Handleplanen for afd. 3 er vedtaget". */
const DECIDED_THING =
  /^(?:dagsorden|referat|indstilling|forslag|orientering|sag|punkt|budget|regnskab|aftale|handleplan|kommissorium|rapport|udlejningsaftale|aftaledokument)(?:en|et|erne|ne)?(?![\p{L}]).{0,80}?\s(?:blev|er|bliver)\s+(?:\p{L}+\s+)?(?:godkendt|vedtaget|tiltrådt|anbefalet|forkastet|udsat|taget til efterretning|taget af dagsordenen)(?![\p{L}])/iu;

export function isDecisionSentence(sentence: string): boolean {
  // "Punkt 2: Vedtaget." under a case of a council's minutes: the label names the item, not the decision.
  const s = sentence.replace(/^[-–•]\s*/, '').replace(/^(?:punkt|pkt\.?)\s*\d{1,3}\s*[:.]\s*/i, '');
  if (isAbsence(s)) return false;
  return DECISION_START.test(s) || DECIDED_THING.test(s);
}

export type Outcome = { decisions: string[]; actions: ImportedAction[] };

/** Decisions and actions in an item's own lines; `date` is the meeting date, for due dates without a year. */
export function findOutcome(lines: Line[], date: string | null): Outcome {
  const decisions: string[] = [];
  const actions: ImportedAction[] = [];
  const decide = (text: string) => {
    if (text && !decisions.includes(text)) decisions.push(text);
  };
  const act = (text: string, responsible: string | null) => {
    if (!actions.some((a) => a.text === text)) actions.push({ text, responsible, due: dueDate(text, date) });
  };
  let inBlock = false;
  const tableRows = new Set<number>();
  lines.forEach((line, i) => {
    const text = line.text;
    if (tableRows.has(i)) return;
    const columns = actionColumns(text);
    if (columns) {
      const table = tableActions(lines, i, columns, date);
      if (table.actions.length) {
        for (const a of table.actions) if (!actions.some((b) => b.text === a.text)) actions.push(a);
        table.rows.forEach((r) => tableRows.add(r));
        inBlock = false;
        return;
      }
    }
    const label = BLOCK_LABEL.exec(text);
    const labelAlone =
      (label && (/^[:.]?$/.test(label[1].trim()) || (!/[.!?]$/.test(text) && findDates(text).length > 0 && text.length < 160))) ||
      committeeHeading(text) !== null;
    if (label && /^:/.test(label[1].trim())) {
      // "Beslutning: Godkendt." – the decision on the label's line; bullets right after it belong to it.
      const rest = label[1].trim().slice(1).trim();
      if (rest) decide(rest);
      inBlock = !rest;
      // "Konklusion: … ønsker en skriftlig status inden 1. december 2022": a due date makes it an action too.
      if (rest)
        for (const s of sentences(rest)) {
          const who = responsibleIn(s);
          if (who !== undefined || dueDate(s, date)) act(s, who ?? null);
        }
      return;
    }
    if (labelAlone) {
      inBlock = true;
      return;
    }
    if (inBlock) {
      const first = i > 0 && BLOCK_LABEL.test(lines[i - 1].text);
      const headingLike = !line.bullet && text.split(/\s+/).length <= 6 && !/[.!?:]$/.test(text);
      const label = /^[\p{Lu}][^.!?,]{0,40}:$/u.test(text) && text.split(/\s+/).length <= 3;
      if (!first && (SECTION.test(text) || label || headingLike)) inBlock = false;
      else {
        // What was decided, without who was away and what someone is to do next ("… Forvaltningen
        // forhandler aftalen …"), which are the item's absence and actions.
        const said = sentences(text);
        const kept = said.filter((s) => !isAbsence(s) && (isDecisionSentence(s) || !responsibleIn(s)));
        if (kept.length) decide(kept.length === said.length ? text : kept.join(' '));
      }
    }
    const actionLabel = ACTION_LABEL.exec(text);
    if (actionLabel) {
      const who = responsibleIn(actionLabel[1]);
      act(actionLabel[1].trim(), who ?? null);
      return;
    }
    const due = DUE_LABEL.exec(text);
    // "Ansvarlig: Tina Juhl, frist: 1. marts 2023": the name ends where the due date's label starts.
    const responsible = /^ansvarlig(?:e)?\s*:\s*(.+?)(?:[,;]?\s*(?:frist|deadline|tidsfrist)\b.*)?$/i.exec(text);
    if (due || responsible) {
      // A label line under what was agreed ("Det blev aftalt, at …" / "Ansvarlig: Jonas") makes it an action.
      const agreed = decisions[decisions.length - 1] ?? (i > 0 && !lines[i - 1].heading ? lines[i - 1].text : null);
      if (!actions.length && agreed) act(agreed, null);
    }
    if ((due || responsible) && actions.length) {
      // "Ansvarlig: Lise Berg" names the person, where the sentence named only "Kommunen".
      const last = actions[actions.length - 1];
      if (responsible) last.responsible = responsible[1].replace(/[.,;]+$/, '').trim();
      const stated = due ? dueDate(`frist ${due[1]}`, date) : dueDate(text, date);
      if (stated && !last.due) last.due = stated;
      return;
    }
    for (const s of sentences(text)) {
      if (!inBlock && isDecisionSentence(s)) decide(s);
      // Someone takes a task, or something is to be done by a date ("… sendes senest 1. maj").
      const who = responsibleIn(s);
      if (who !== undefined || dueDate(s, date)) act(s, who ?? null);
    }
  });
  return { decisions, actions };
}
